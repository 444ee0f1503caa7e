package dev.storylink.store;

import dev.storylink.features.TermStats;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Document frequencies of the articles in a store, blended with a background: {@code docFreq} and
 * {@code docCount} are the sums of the store's and the background's, so the first articles of an
 * empty store are not all equally rare. The store part is persisted by {@link ArticleStore} (a
 * {@code df} field per article, so it is committed with the article) and loaded back on open.
 * Thread-safe.
 */
public final class StoreStats implements TermStats {
  private final TermStats background;
  private final Map<String, LongAdder> df = new ConcurrentHashMap<>();
  private final AtomicLong docs = new AtomicLong();

  /** Empty statistics over {@code background}. */
  public StoreStats(TermStats background) {
    this.background = java.util.Objects.requireNonNull(background, "background");
  }

  /** Counts one document given its distinct terms. */
  public void addDocument(Collection<String> distinctTerms) {
    for (String t : distinctTerms) {
      df.computeIfAbsent(t, k -> new LongAdder()).increment();
    }
    docs.incrementAndGet();
  }

  /** Adds {@code n} to the document frequency of {@code term} (loading). */
  void addFrequency(String term, long n) {
    df.computeIfAbsent(term, k -> new LongAdder()).add(n);
  }

  /** Sets the number of store documents (loading). */
  void setDocuments(long n) {
    docs.set(n);
  }

  /** Number of documents counted in the store part. */
  public long storeDocuments() {
    return docs.get();
  }

  @Override
  public long docCount() {
    return Math.max(1, docs.get() + (background.docCount() > 1 ? background.docCount() : 0));
  }

  @Override
  public long docFreq(String term) {
    LongAdder a = df.get(term);
    return (a == null ? 0 : a.sum()) + background.docFreq(term);
  }
}
