package dev.storylink.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads RSS and Atom feeds with Rome, from a file or an http(s) URL. Each entry becomes an article:
 * the entry title, its content or description with HTML stripped (whichever is longer), the
 * published (else updated) date, the entry link, the feed title as source (else the feed's host)
 * and the feed language when the feed declares one.
 *
 * <p>By default the linked pages are not fetched; with {@code fetchLinkedPages} each entry's page
 * is fetched and extracted with {@link HtmlArticleExtractor}, and its text replaces the feed
 * summary when it is longer (failures are reported as problems and the summary is kept).
 *
 * <p>Entries without title and text are reported as {@link IngestProblem}s and skipped. Entry ids
 * are the entry's guid / Atom id, else its link, else {@code <feed-name>-<n>}; repeated ids within
 * one feed are reported and skipped.
 *
 * <p>Each entry is checked against {@link ArticleLimits} (an id over 512 characters, a control
 * character in it... is that entry's problem, the rest of the feed is read); an entry date outside
 * the accepted years is dropped, a link that is not http(s) is dropped with a warning; a relative
 * link is resolved against the feed's address, and an RSS guid that Rome also gives as the link is
 * no link ({@link #entryLink}).
 *
 * <p>Document type declarations are accepted (RSS 0.91 declares the Netscape DTD) but never loaded:
 * no external DTD, no external entity is read (Rome's parser has external general and parameter
 * entities and external DTD loading turned off), so XXE payloads resolve to nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeedReader {

  private final InputGuard guard;
  private final HttpFetcher fetcher;
  private final boolean fetchLinkedPages;
  private final Optional<FeedLanguage> language;
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  /** A reader with the default 20 MB limit that does not fetch linked pages. */
  public FeedReader() {
    this(InputGuard.defaults(), new HttpFetcher(InputGuard.defaults()), false);
  }

  /**
   * A reader.
   *
   * @param guard size limit for the feed document
   * @param fetcher HTTP client for feed URLs and (optionally) linked pages
   * @param fetchLinkedPages whether to fetch and extract each entry's linked page
   */
  public FeedReader(InputGuard guard, HttpFetcher fetcher, boolean fetchLinkedPages) {
    this(guard, fetcher, fetchLinkedPages, Optional.empty());
  }

  /**
   * A reader whose entries' declared language is a hint that {@code language} may overrule ({@link
   * FeedLanguage}; each overruled entry gets a warning); without it the declared language is kept.
   */
  public FeedReader(
      InputGuard guard,
      HttpFetcher fetcher,
      boolean fetchLinkedPages,
      Optional<FeedLanguage> language) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.fetchLinkedPages = fetchLinkedPages;
    this.language = Objects.requireNonNull(language, "language");
  }

  /** Reads a feed from an http(s) URL or a file path. */
  public List<Article> read(String pathOrUrl, Consumer<IngestProblem> problems) {
    if (HttpFetcher.isHttpUrl(pathOrUrl)) {
      HttpFetcher.Response r = fetcher.fetch(pathOrUrl);
      return parse(r.body(), pathOrUrl.strip(), idPrefix(pathOrUrl), r.uri().toString(), problems);
    }
    return read(Path.of(pathOrUrl), problems);
  }

  /** Reads a feed file. */
  public List<Article> read(Path file, Consumer<IngestProblem> problems) {
    if (!Files.exists(file)) {
      throw new IngestInputException(file.toString(), "no such file");
    }
    return parse(
        guard.readBytes(file), file.toString(), ArticleReader.defaultId(file), "", problems);
  }

  /**
   * Parses a feed document.
   *
   * @param xml the feed bytes (encoding detected from BOM / XML declaration; UTF-8 bytes under a
   *     declaration of another encoding are read as UTF-8, with a warning on the first entry:
   *     {@link FeedEncoding})
   * @param name input name for messages
   * @param idPrefix prefix for ids of entries without guid or link
   * @param feedUrl the address of the feed or {@code ""}
   * @param problems receives one problem per skipped entry
   * @throws IngestInputException when the document is empty, binary or not a feed
   */
  public List<Article> parse(
      byte[] xml, String name, String idPrefix, String feedUrl, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    return parseLabelled(xml, name, idPrefix, feedUrl, (p, label, id) -> problems.accept(p));
  }

  /** True when the document's first 4 KB (a UTF-8 BOM skipped) open as an HTML page. */
  private static boolean isHtmlPage(byte[] doc) {
    int from = doc.length >= 3 && (doc[0] & 0xff) == 0xef && (doc[1] & 0xff) == 0xbb ? 3 : 0;
    int n = Math.min(doc.length - from, 4096);
    return ArticleReader.startsAsHtml(
        new String(doc, from, Math.max(n, 0), java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  /** Hears each problem of a feed with the entry it is about. */
  @FunctionalInterface
  public interface EntryProblems {
    /**
     * One problem.
     *
     * @param problem the problem, as {@link #parse(byte[], String, String, String, Consumer)} tells
     *     it
     * @param label the entry's link as the feed gave it, else its title (HTML stripped), else
     *     {@code ""}
     * @param articleId the id of the article read from the entry when it was read (the problem is
     *     then a warning about it), else {@code ""} (the entry was skipped)
     */
    void problem(IngestProblem problem, String label, String articleId);
  }

  /**
   * Parses a feed document like {@link #parse(byte[], String, String, String, Consumer)}, and tells
   * each problem with its entry's label and, when the entry was read anyway, its article's id; an
   * entry's problems are told once the entry is read or skipped, in the order they were found.
   */
  public List<Article> parseLabelled(
      byte[] xml, String name, String idPrefix, String feedUrl, EntryProblems problems) {
    Objects.requireNonNull(problems, "problems");
    if (xml.length == 0) {
      throw new IngestInputException(name, "file is empty");
    }
    guard.checkNotBinary(xml, name);
    Optional<String> mislabelled = FeedEncoding.mislabelledUtf8(xml);
    FeedDocument.Parsed parsed;
    try {
      parsed = FeedDocument.parse(xml, mislabelled);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      if (isHtmlPage(xml)) {
        throw new IngestInputException(
            name, "an HTML page, not an RSS or Atom feed (give the address of the site's feed)", e);
      }
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IngestInputException(name, "not a valid RSS or Atom feed: " + msg, e);
    }
    SyndFeed feed = parsed.feed();
    String source = clean(feed.getTitle());
    if (source.isBlank()) {
      source =
          HtmlArticleExtractor.host(nonNull(feed.getLink()).isBlank() ? feedUrl : feed.getLink());
    }
    if (source.length() > ArticleLimits.MAX_SOURCE_CHARS) {
      source = source.substring(0, ArticleLimits.MAX_SOURCE_CHARS);
    }
    String lang = JsonArticles.normalizeLang(nonNull(feed.getLanguage()));
    String base =
        HttpFetcher.isHttpUrl(feedUrl) ? feedUrl.strip() : nonNull(feed.getLink()).strip();
    List<Article> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String entryName = name + " entry " + n;
      List<IngestProblem> entryProblems = new ArrayList<>();
      if (n == 1 && mislabelled.isPresent()) {
        entryProblems.add(
            IngestProblem.warning(entryName, FeedEncoding.warning(mislabelled.get())));
      }
      if (n == 1 && !parsed.warning().isEmpty()) {
        entryProblems.add(IngestProblem.warning(entryName, parsed.warning()));
      }
      String read = "";
      try {
        Article a =
            toArticle(e, idPrefix + "-" + n, lang, source, base, entryName, entryProblems::add);
        if (ids.add(a.id())) {
          out.add(a);
          read = a.id();
        } else {
          entryProblems.add(IngestProblem.of(entryName, "duplicate id '" + a.id() + "'"));
        }
      } catch (RuntimeException ex) {
        entryProblems.add(IngestProblem.from(entryName, OptionalLong.empty(), ex));
      }
      if (!entryProblems.isEmpty()) {
        String label = label(e);
        for (IngestProblem p : entryProblems) {
          problems.problem(p, label, read);
        }
      }
    }
    return out;
  }

  private Article toArticle(
      SyndEntry e,
      String fallbackId,
      String lang,
      String source,
      String base,
      String entryName,
      Consumer<IngestProblem> problems) {
    String title = clean(e.getTitle());
    String link = entryLink(nonNull(e.getLink()), nonNull(e.getUri()), base);
    String content = "";
    for (SyndContent c : e.getContents()) {
      if (isText(c.getType())) {
        content = appendBlock(content, HtmlText.fragmentToText(nonNull(c.getValue())));
      } else if (!nonNull(c.getValue()).isBlank()) {
        problems.accept(
            IngestProblem.of(
                entryName,
                IngestProblem.WARNING
                    + "content of type "
                    + Texts.abbreviate(Texts.oneLine(c.getType()), 60)
                    + " not read (not text)"));
      }
    }
    String description =
        e.getDescription() == null
            ? ""
            : HtmlText.fragmentToText(nonNull(e.getDescription().getValue()));
    String text = content.length() >= description.length() ? content : description;
    Date published = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Optional<LocalDate> date =
        Optional.ofNullable(published).map(Dates::utcDate).filter(FeedReader::plausible);
    String id = nonNull(e.getUri()).strip();
    if (id.isBlank()) {
      id = link.isBlank() ? fallbackId : link;
    }
    ArticleLimits.checkId(id, entryName);
    link = ArticleLimits.url(link, w -> problems.accept(IngestProblem.warning(entryName, w)));
    if (fetchLinkedPages && HttpFetcher.isHttpUrl(link)) {
      try {
        HttpFetcher.Response r = fetcher.fetchLinked(link);
        Article fromPage = ArticleReader.extractPage(r, guard, html, link, id);
        if (fromPage.text().length() > text.length()) {
          text = fromPage.text();
        }
        if (title.isBlank()) {
          title = fromPage.title();
        }
        if (date.isEmpty()) {
          date = fromPage.date().filter(FeedReader::plausible);
        }
        if (lang.equals(Article.UNKNOWN_LANG)) {
          lang = fromPage.lang();
        }
      } catch (RuntimeException ex) {
        String why = IngestProblem.from(link, OptionalLong.empty(), ex).message();
        problems.accept(IngestProblem.warning(entryName, "linked page not used: " + why));
      }
    }
    if (title.isBlank() && text.isBlank()) {
      throw new IngestInputException(entryName, "entry has neither title nor text");
    }
    Article a =
        ArticleLimits.check(
            new Article(id, lang, title, text, date, source, link),
            entryName,
            w -> problems.accept(IngestProblem.warning(entryName, w)));
    return language.isEmpty()
        ? a
        : language.get().decide(a, note -> problems.accept(IngestProblem.warning(entryName, note)));
  }

  /**
   * The address of an entry's page: {@code ""} when the link is the entry's id and no http(s) URL
   * (an RSS {@code <guid>} without {@code isPermaLink="false"}, such as {@code 4711} or {@code
   * urn:x:1}, which Rome also gives as the link: an id, not an address); the link as written when
   * it has a scheme ({@code https:}, {@code javascript:}: {@link ArticleLimits#url} then keeps or
   * drops it, the latter with a warning); a relative link ({@code /world/quake.html}), resolved
   * against {@code base} (the feed's address, else its channel link) when that is an http(s) URL;
   * otherwise as written.
   */
  static String entryLink(String link, String entryId, String base) {
    String l = link.strip();
    if (l.equals(entryId.strip()) && !HttpFetcher.isHttpUrl(l)) {
      return "";
    }
    if (l.isEmpty() || HAS_SCHEME.matcher(l).lookingAt()) {
      return l;
    }
    if (HttpFetcher.isHttpUrl(base)) {
      try {
        return java.net.URI.create(base.strip()).resolve(l).toString();
      } catch (IllegalArgumentException e) {
        return l; // not a URI reference: dropped with its warning
      }
    }
    return l;
  }

  private static final java.util.regex.Pattern HAS_SCHEME =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  /**
   * True for content that is text: no type, Atom's {@code text}, {@code html} and {@code xhtml},
   * and the media types {@code text/*} and {@code *\/xml} or {@code *+xml}. Any other media type
   * (an Atom entry's {@code image/png}, {@code application/octet-stream}...) is Base64-encoded
   * binary data (RFC 4287, 4.1.3.3), not text to read.
   */
  static boolean isText(String type) {
    String t = nonNull(type).strip().toLowerCase(Locale.ROOT);
    int params = t.indexOf(';');
    if (params >= 0) {
      t = t.substring(0, params).strip();
    }
    return t.isEmpty()
        || t.equals("text")
        || t.equals("html")
        || t.equals("xhtml")
        || t.startsWith("text/")
        || t.endsWith("/xml")
        || t.endsWith("+xml");
  }

  /** The entry's link, else its title, else "" (a title that cannot be read counts as none). */
  private static String label(SyndEntry e) {
    String link = nonNull(e.getLink()).strip();
    if (!link.isBlank()) {
      return link;
    }
    try {
      return clean(e.getTitle()).strip();
    } catch (RuntimeException ex) {
      return "";
    }
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= ArticleLimits.MIN_YEAR && d.getYear() <= ArticleLimits.MAX_YEAR;
  }

  private static String appendBlock(String a, String b) {
    if (a.isBlank()) {
      return b;
    }
    return b.isBlank() ? a : a + "\n" + b;
  }

  private static String clean(String s) {
    return HtmlText.fragmentToText(nonNull(s)).replace('\n', ' ');
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  static String idPrefix(String url) {
    String id = ArticleReader.idFromUrl(url);
    return id.toLowerCase(Locale.ROOT);
  }
}
