package dev.storylink.features;

/**
 * Document-frequency statistics used to weight terms (inverse document frequency) and to decide
 * which shared words are rare enough to count as evidence. Implementations say whether they are
 * thread-safe; all in this package are.
 */
public interface TermStats {
  /** Number of documents the statistics were collected from (at least 1). */
  long docCount();

  /** Number of documents containing {@code term} (0 if unseen). */
  long docFreq(String term);

  /** Smoothed inverse document frequency: {@code ln((N + 1) / (df + 0.5))}, at least 0.1. */
  default double idf(String term) {
    long n = docCount();
    return Math.max(0.1, Math.log((n + 1.0) / (docFreq(term) + 0.5)));
  }

  /** The idf an unseen term gets; the ceiling of {@link #idf}. */
  default double maxIdf() {
    return Math.log((docCount() + 1.0) / 0.5);
  }

  /** Statistics that know no document: every term is equally rare. */
  TermStats UNIFORM =
      new TermStats() {
        @Override
        public long docCount() {
          return 1;
        }

        @Override
        public long docFreq(String term) {
          return 0;
        }
      };
}
