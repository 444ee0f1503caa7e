package dev.storylink.store;

import dev.storylink.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The keys an article is recognised by when it comes back under another id ({@link ArticleKeys}),
 * computed once per article and passed on: to the feed items already seen, to the store's look-up
 * ({@link ArticleStore#storedCopy(Article, RepeatKeys)}) and to the ingest's repeat rule. Immutable
 * and thread-safe.
 *
 * @param url the {@link ArticleKeys#url} of the article's URL, empty when it has none
 * @param content the {@link ArticleKeys#content} key of its title and text
 */
public record RepeatKeys(String url, String content) {
  public RepeatKeys {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(content, "content");
  }

  /** The keys of {@code a}: one pass over its title and text. */
  public static RepeatKeys of(Article a) {
    return new RepeatKeys(
        a.url().isBlank() ? "" : ArticleKeys.url(a.url()), ArticleKeys.content(a));
  }

  /** The terms the store indexes these keys by ({@link StoreSchema#REPEAT_KEYS}). */
  List<String> terms() {
    List<String> out = new ArrayList<>(2);
    if (!url.isEmpty()) {
      out.add(URL_TERM + ArticleKeys.hash(url));
    }
    out.add(CONTENT_TERM + content);
    return out;
  }

  /** The first letter of a URL key's term. */
  static final char URL_TERM = 'u';

  /** The first letter of a content key's term. */
  static final char CONTENT_TERM = 'c';
}
