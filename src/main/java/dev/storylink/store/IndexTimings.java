package dev.storylink.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Counts and times the store's commits and merges since it was opened, for the benchmarks ({@code
 * storylink bench ingest}). Thread-safe: merges run on Lucene's merge threads.
 */
final class IndexTimings {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong commitNanos = new AtomicLong();
  private final AtomicLong maxCommitNanos = new AtomicLong();
  private final AtomicLong merges = new AtomicLong();
  private final AtomicLong mergeNanos = new AtomicLong();
  private final AtomicLong maxMergeNanos = new AtomicLong();
  private final AtomicLong mergedDocs = new AtomicLong();
  private final AtomicLong mergeCpuNanos = new AtomicLong();

  /** A commit took {@code nanos}. */
  void commit(long nanos) {
    commits.incrementAndGet();
    commitNanos.addAndGet(nanos);
    maxCommitNanos.accumulateAndGet(nanos, Math::max);
  }

  /** A merge of {@code docs} documents took {@code nanos}, {@code cpuNanos} of them on a CPU. */
  void merge(long nanos, long docs, long cpuNanos) {
    mergeCpuNanos.addAndGet(Math.max(0, cpuNanos));
    merges.incrementAndGet();
    mergeNanos.addAndGet(nanos);
    maxMergeNanos.accumulateAndGet(nanos, Math::max);
    mergedDocs.addAndGet(docs);
  }

  /** The figures so far. */
  StoreTimings snapshot() {
    return new StoreTimings(
        commits.get(),
        commitNanos.get(),
        maxCommitNanos.get(),
        merges.get(),
        mergeNanos.get(),
        maxMergeNanos.get(),
        mergedDocs.get(),
        mergeCpuNanos.get());
  }

  /** Lucene's concurrent merge scheduler, timing each merge into {@code timings}. */
  static ConcurrentMergeScheduler timedScheduler(IndexTimings timings) {
    return new ConcurrentMergeScheduler() {
      @Override
      protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
        long t = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime(); // -1 where the JVM cannot measure it
        super.doMerge(source, merge);
        timings.merge(
            System.nanoTime() - t,
            merge.totalNumDocs(),
            cpu < 0 ? 0 : THREADS.getCurrentThreadCpuTime() - cpu);
      }
    };
  }
}
