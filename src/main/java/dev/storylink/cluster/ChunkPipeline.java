package dev.storylink.cluster;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Overlaps the per-article work of one chunk with the in-order clustering of its articles: items
 * {@code 0..n-1} are computed by common-pool helpers and by the consuming thread (whoever claims
 * an item first computes it), while the consuming thread waits for them in order ({@link
 * #await}); writes handed over with {@link #write} run one at a time in the order given, on a
 * helper or on the consuming thread, whichever is free. The consuming thread itself never waits
 * while there is an item or a write it could run, so the chunk completes even when the pool runs
 * no helper at all.
 *
 * <p>Use: {@link #start}, then {@link #await} each item in order and {@link #write} as needed, then
 * {@link #finish}; {@link #cancel} (in a {@code finally}) when the consumer failed. Failures of
 * items or writes are rethrown to the consuming thread by {@code await} or {@code finish}. One
 * consuming thread per pipeline; helpers never touch the pipeline after {@code finish} or {@code
 * cancel} return.
 */
final class ChunkPipeline {
  private final int n;
  private final IntConsumer item;
  private final AtomicInteger next = new AtomicInteger();
  private final Object lock = new Object();
  private final boolean[] done; // guarded by lock
  private final ArrayDeque<Runnable> writes = new ArrayDeque<>(); // guarded by lock
  private boolean writing; // a write is running; guarded by lock
  private boolean closed; // no helper may start; guarded by lock
  private int helping; // helpers started and not yet returned; guarded by lock
  private Throwable failure; // guarded by lock

  /** A pipeline over items {@code 0..n-1}; {@code item} computes one (called once per index). */
  ChunkPipeline(int n, IntConsumer item) {
    this.n = n;
    this.item = Objects.requireNonNull(item, "item");
    this.done = new boolean[n];
  }

  /** Starts helpers on the common pool (none for a single item, or on a one-core machine). */
  void start() {
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
    if (Runtime.getRuntime().availableProcessors() < 2) {
      helpers = 0;
    }
    for (int k = 0; k < helpers; k++) {
      ForkJoinPool.commonPool().execute(this::help);
    }
  }

  /**
   * Returns once item {@code i} is computed, computing unclaimed items and running writes
   * meanwhile. Rethrows the failure of any item or write.
   */
  void await(int i) {
    while (true) {
      int j = claim();
      if (j >= 0) {
        compute(j);
        continue;
      }
      Runnable w;
      synchronized (lock) {
        while (true) {
          rethrowFailure();
          if (done[i]) {
            return;
          }
          w = takeWrite();
          if (w != null) {
            break;
          }
          waitOnLock();
        }
      }
      runWrite(w);
    }
  }

  /** Queues a write; writes run one at a time, in the order queued. */
  void write(Runnable w) {
    Objects.requireNonNull(w, "w");
    synchronized (lock) {
      writes.add(w);
      lock.notifyAll();
    }
  }

  /**
   * After the last {@link #await}: runs the queued writes (helpers take part), waits until the
   * helpers have returned, and rethrows any failure.
   */
  void finish() {
    while (true) {
      Runnable w;
      synchronized (lock) {
        closed = true;
        lock.notifyAll(); // idle helpers return once the writes are done
        rethrowFailure();
        w = takeWrite();
        if (w == null) {
          if (!writing && writes.isEmpty() && helping == 0) {
            return;
          }
          waitOnLock();
          continue;
        }
      }
      runWrite(w);
    }
  }

  /** Stops the helpers (unclaimed items and queued writes are dropped) and waits for them. */
  void cancel() {
    synchronized (lock) {
      closed = true;
      next.set(n);
      writes.clear();
      lock.notifyAll();
      while (helping > 0) {
        waitOnLock();
      }
    }
  }

  private void help() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      helping++;
    }
    try {
      while (true) {
        int j = claim();
        if (j >= 0) {
          compute(j);
          continue;
        }
        Runnable w;
        synchronized (lock) {
          while (true) {
            if (failure != null || closed && writes.isEmpty()) {
              return;
            }
            w = takeWrite();
            if (w != null) {
              break;
            }
            waitOnLock();
          }
        }
        runWrite(w);
      }
    } finally {
      synchronized (lock) {
        helping--;
        lock.notifyAll();
      }
    }
  }

  private int claim() {
    if (next.get() >= n) {
      return -1;
    }
    int j = next.getAndIncrement();
    return j < n ? j : -1;
  }

  private void compute(int j) {
    Throwable t = null;
    try {
      item.accept(j);
    } catch (RuntimeException | Error e) {
      t = e;
    }
    synchronized (lock) {
      done[j] = true;
      if (t != null && failure == null) {
        failure = t;
      }
      lock.notifyAll();
    }
  }

  /** The next write if none is running (then marks one as running); holds the lock. */
  private Runnable takeWrite() {
    if (writing || writes.isEmpty()) {
      return null;
    }
    writing = true;
    return writes.poll();
  }

  private void runWrite(Runnable w) {
    Throwable t = null;
    try {
      w.run();
    } catch (RuntimeException | Error e) {
      t = e;
    }
    synchronized (lock) {
      writing = false;
      if (t != null && failure == null) {
        failure = t;
      }
      lock.notifyAll();
    }
  }

  private void rethrowFailure() {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  private void waitOnLock() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while clustering a chunk", e);
    }
  }
}
