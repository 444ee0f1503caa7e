package dev.storylink.cluster;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs the per-article work of chunks ahead of their in-order clustering, on helper threads and on
 * the consuming thread, so that both cores stay busy: while the consuming thread clusters one
 * chunk, the next one is analysed and its features computed.
 *
 * <p>Each chunk's {@link Work} runs in four steps, each call made once, by whichever thread claims
 * it first:
 *
 * <ol>
 *   <li>{@link Work#analyse} for every index (independent of everything else);
 *   <li>{@link Work#index}, once all of the chunk is analysed <em>and</em> every earlier chunk is
 *       finished (step 4), so it sees the statistics of all earlier chunks and of none later;
 *   <li>{@link Work#featurize} for every index, once the chunk is indexed;
 *   <li>{@link Work#finish}, once all of the chunk's features are computed (it may add the chunk's
 *       statistics: the next chunk is indexed only after it).
 * </ol>
 *
 * Writes handed over with {@link #write} run one at a time in the order given. Tasks are taken in
 * this order: a queued write, then the oldest chunk's next step, then the next chunk's, and so on;
 * the consuming thread waiting for a chunk's feature prefers that chunk's next feature.
 *
 * <p>Helpers never wait for the consuming thread: they wait only while a step they could take next
 * is running elsewhere, and return once no chunk is unfinished and no write is queued (a new chunk
 * or write starts them again). So a consumer that stops early leaves no helper behind. A failed
 * step or write is rethrown to the consuming thread by {@link #await} and {@link
 * #awaitWritesAndFinish}, and after it every call fails: the scheduler is then unusable.
 *
 * <p>Thread-safety: one consuming thread calls {@link #submit}, {@link #await}, {@link #write} and
 * {@link #awaitWritesAndFinish}; the helpers are internal. A {@link Work}'s calls for different
 * indexes may run concurrently; every call happens-after the calls its step depends on, and the
 * consumer's {@code await(c, i)} happens-after {@code featurize(i)}.
 */
final class ChunkScheduler {
  /** The work of one chunk of {@link #size} articles. */
  interface Work {
    int size();

    void analyse(int i);

    void index();

    void featurize(int i);

    void finish();
  }

  /** A submitted chunk and its progress; all fields guarded by the scheduler's lock. */
  static final class Chunk {
    private final Work work;
    private final int n;
    private int analyseNext;
    private int analysed;
    private boolean indexClaimed;
    private boolean indexed;
    private int featureNext;
    private final boolean[] featured;
    private int featuredCount;
    private boolean finishClaimed;
    private boolean finished;

    private Chunk(Work work) {
      this.work = work;
      this.n = work.size();
      this.featured = new boolean[n];
    }
  }

  private final int helpers;
  private final Object lock = new Object();
  private final ArrayDeque<Chunk> chunks = new ArrayDeque<>(); // unfinished, oldest first; guarded
  private final ArrayDeque<Runnable> writes = new ArrayDeque<>(); // guarded by lock
  private boolean writing; // a write is running; guarded by lock
  private int helping; // helpers started and not yet returned; guarded by lock
  private Throwable failure; // guarded by lock

  /**
   * Helper threads, shared by all schedulers: daemon threads, kept while busy and for a few seconds
   * after. Not the common pool: a helper waits on the scheduler's lock, and a common-pool worker
   * waiting there could starve the fork/join tasks of a step it waits for (language identification
   * runs its own tasks on the common pool).
   */
  private static final ExecutorService HELPERS =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          5,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "storylink-cluster-helper");
            t.setDaemon(true);
            return t;
          });

  /** A scheduler with one helper per core beyond the first (none on a one-core machine). */
  ChunkScheduler() {
    this(Runtime.getRuntime().availableProcessors() - 1);
  }

  /** A scheduler with at most {@code helpers} helper threads (0: the consumer does all). */
  ChunkScheduler(int helpers) {
    if (helpers < 0) {
      throw new IllegalArgumentException("helpers must be >= 0: " + helpers);
    }
    this.helpers = helpers;
  }

  /** Queues a chunk's work after those submitted before and starts helpers for it. */
  Chunk submit(Work work) {
    Chunk c = new Chunk(Objects.requireNonNull(work, "work"));
    synchronized (lock) {
      rethrowFailure();
      chunks.add(c);
      startHelpers();
      lock.notifyAll();
    }
    return c;
  }

  /**
   * Returns once {@code featurize(i)} of chunk {@code c} has run, running other steps and writes
   * meanwhile. Rethrows the failure of any step or write.
   */
  void await(Chunk c, int i) {
    Objects.checkIndex(i, c.n);
    workUntil(
        () -> c.featured[i], () -> c.indexed && c.featureNext < c.n ? claimFeature(c) : claim());
  }

  /** Queues a write; writes run one at a time, in the order queued. */
  void write(Runnable w) {
    Objects.requireNonNull(w, "w");
    synchronized (lock) {
      rethrowFailure();
      writes.add(w);
      startHelpers();
      lock.notifyAll();
    }
  }

  /**
   * Returns once every queued write has run and chunk {@code c} is finished (its last step has
   * run), running other steps meanwhile; rethrows failures.
   */
  void awaitWritesAndFinish(Chunk c) {
    workUntil(() -> writes.isEmpty() && !writing && c.finished, this::claim);
  }

  /**
   * The consumer's loop: runs the tasks {@code next} claims until {@code done} holds, waiting while
   * there is none; both are called under the lock. Rethrows any failure.
   */
  private void workUntil(BooleanSupplier done, Supplier<Runnable> next) {
    while (true) {
      Runnable task;
      synchronized (lock) {
        while (true) {
          rethrowFailure();
          if (done.getAsBoolean()) {
            return;
          }
          task = next.get();
          if (task != null) {
            break;
          }
          waitOnLock();
        }
      }
      task.run();
    }
  }

  /** Number of helpers running now (for tests: 0 once all work is done). */
  int helpersRunning() {
    synchronized (lock) {
      return helping;
    }
  }

  private void startHelpers() {
    while (helping < helpers) {
      helping++;
      HELPERS.execute(this::help);
    }
  }

  private void help() {
    while (true) {
      Runnable task;
      synchronized (lock) {
        while (true) {
          if (failure != null || chunks.isEmpty() && writes.isEmpty()) {
            helping--;
            lock.notifyAll();
            return;
          }
          task = claim();
          if (task != null) {
            break;
          }
          waitOnLock(); // a step this one depends on is running elsewhere
        }
      }
      task.run();
    }
  }

  /** The next task in the order the class javadoc gives, marked as claimed; holds the lock. */
  private Runnable claim() {
    if (!writing && !writes.isEmpty()) {
      writing = true;
      Runnable w = writes.poll();
      return () -> run(w, () -> writing = false); // after a failure nothing runs any more
    }
    boolean oldest = true;
    for (Chunk c : chunks) {
      if (c.analyseNext < c.n) {
        int i = c.analyseNext++;
        return () -> run(() -> c.work.analyse(i), () -> c.analysed++);
      }
      if (oldest && c.analysed == c.n && !c.indexClaimed) {
        c.indexClaimed = true;
        return () -> run(c.work::index, () -> c.indexed = true);
      }
      if (c.indexed && c.featureNext < c.n) {
        return claimFeature(c);
      }
      if (c.featuredCount == c.n && c.indexed && !c.finishClaimed) {
        c.finishClaimed = true;
        return () ->
            run(
                c.work::finish,
                () -> {
                  c.finished = true;
                  chunks.remove(c);
                });
      }
      oldest = false;
    }
    return null;
  }

  private Runnable claimFeature(Chunk c) {
    int i = c.featureNext++;
    return () ->
        run(
            () -> c.work.featurize(i),
            () -> {
              c.featured[i] = true;
              c.featuredCount++;
            });
  }

  /**
   * Runs a step or write outside the lock, then records it done (or the failure) under the lock.
   */
  private void run(Runnable step, Runnable done) {
    Throwable t = null;
    try {
      step.run();
    } catch (RuntimeException | Error e) {
      t = e;
    }
    synchronized (lock) {
      if (t == null) {
        done.run();
      } else if (failure == null) {
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
      throw new IllegalStateException("interrupted while clustering", e);
    }
  }
}
