package dev.storylink.store;

import dev.storylink.core.Article;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repeat keys of the articles an ingest checked ({@link ArticleStore#storedCopyOrExpect}) and
 * hands to the clusterer, kept by id until the store writes the article ({@link
 * ArticleStore#putArticle}), so that the write indexes the keys the check computed instead of
 * computing them a second time: one pass over an article's title and text per ingest, on every path
 * that checks repeats by key (the command line's {@code ingest}, the API, the feed monitor).
 *
 * <p>Exact rule of {@link #take}: the keys expected for the article's id are used when the article
 * written has the URL, title and text of the one checked (the keys are a function of these three
 * only); otherwise (no check by key, as the evaluations and benchmarks ingest; a rewrite after an
 * event merge; an article changed in between) they are computed. An article the clusterer refuses
 * is never written: its entry stays until a later article with its id is written, or until {@value
 * #LIMIT} entries are held, when all are let go (and computed again if written).
 *
 * <p>Thread-safe (a concurrent map): the check and the write may run on different threads.
 */
final class PendingKeys {
  /** Entries held at most; beyond it the map is cleared. */
  static final int LIMIT = 100_000;

  private record Entry(Article article, RepeatKeys keys) {}

  private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();

  /** Remembers {@code keys}, computed by the caller for {@code a}, until {@code a} is written. */
  void expect(Article a, RepeatKeys keys) {
    if (byId.size() >= LIMIT) {
      byId.clear();
    }
    byId.put(a.id(), new Entry(a, keys));
  }

  /** The keys of {@code a} to index: those expected for it (class comment), else computed now. */
  RepeatKeys take(Article a) {
    Entry e = byId.remove(a.id());
    return e != null && sameKeyed(e.article(), a) ? e.keys() : RepeatKeys.of(a);
  }

  /** Entries held (for tests). */
  int size() {
    return byId.size();
  }

  /** True when {@code x} and {@code y} have the same URL, title and text. */
  private static boolean sameKeyed(Article x, Article y) {
    return x == y
        || x.url().equals(y.url()) && x.title().equals(y.title()) && x.text().equals(y.text());
  }
}
