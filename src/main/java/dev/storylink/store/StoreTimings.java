package dev.storylink.store;

/**
 * Commits and merges since the store was opened (for benchmarks). Commit times include reopening
 * the reads; merges run on Lucene's merge threads, beside the ingest, and their CPU time is that of
 * the merge threads while merging. Immutable and thread-safe.
 *
 * @param commits commits made
 * @param commitNanos wall time of all commits
 * @param maxCommitNanos the longest commit
 * @param merges merges finished
 * @param mergeNanos wall time of all finished merges
 * @param maxMergeNanos the longest merge
 * @param mergedDocs documents of all finished merges
 * @param mergeCpuNanos CPU time of the merge threads in all finished merges
 */
public record StoreTimings(
    long commits,
    long commitNanos,
    long maxCommitNanos,
    long merges,
    long mergeNanos,
    long maxMergeNanos,
    long mergedDocs,
    long mergeCpuNanos) {
  public StoreTimings {
    if (commits < 0
        || commitNanos < 0
        || maxCommitNanos < 0
        || merges < 0
        || mergeNanos < 0
        || maxMergeNanos < 0
        || mergedDocs < 0
        || mergeCpuNanos < 0) {
      throw new IllegalArgumentException("counts and times must not be negative");
    }
  }
}
