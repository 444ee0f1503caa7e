package dev.storylink.monitor;

import dev.storylink.core.Article;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.ingest.HtmlArticleExtractor;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.InputGuard;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Completes a new feed item with its web page: fetches the item's link with {@link
 * HttpFetcher#fetchLinked} (links found in feeds are untrusted: loopback, private and link-local
 * addresses are refused unless the fetcher allows them), extracts it with {@link
 * HtmlArticleExtractor} (the main-text block, the date from meta tags / JSON-LD, the language), and
 * keeps the longer of the page's text and the feed's summary; the feed's title, date and language
 * win when the feed gives them. A page that cannot be fetched or read leaves the item as the feed
 * gave it, with a warning. Thread-safe.
 */
public final class ArticlePages {
  private final HttpFetcher fetcher;
  private final InputGuard guard;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  /**
   * Pages fetched by {@code fetcher} (its private-address rule applies), limited by {@code guard}.
   */
  public ArticlePages(HttpFetcher fetcher, InputGuard guard) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  /** The item completed with its page; {@code warnings} hears why a page was not used. */
  public Article complete(Article item, String where, Consumer<IngestProblem> warnings) {
    if (!HttpFetcher.isHttpUrl(item.url())) {
      return item;
    }
    try {
      HttpFetcher.Response r = fetcher.fetchLinked(item.url());
      Article p = ArticleReader.extractPage(r, guard, html, item.url(), item.id());
      String text = p.text().length() > item.text().length() ? p.text() : item.text();
      String title = item.title().isBlank() ? p.title() : item.title();
      String lang = item.lang().equals(Article.UNKNOWN_LANG) ? p.lang() : item.lang();
      return new Article(
          item.id(),
          lang,
          title,
          text,
          item.date().isPresent() ? item.date() : p.date(),
          item.source().isBlank() ? p.source() : item.source(),
          item.url());
    } catch (RuntimeException e) {
      warnings.accept(IngestProblem.of(where, "linked page not used: " + FeedPoller.reason(e)));
      return item;
    }
  }
}
