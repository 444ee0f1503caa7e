package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChunkSchedulerTest {
  /** Records every step as "chunk:step:index" in one shared log, in the order they ran. */
  private static final class Logged implements ChunkScheduler.Work {
    final int chunk;
    final int n;
    final List<String> log;
    final int failAtFeature;

    Logged(int chunk, int n, List<String> log, int failAtFeature) {
      this.chunk = chunk;
      this.n = n;
      this.log = log;
      this.failAtFeature = failAtFeature;
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public void analyse(int i) {
      spin();
      log.add(chunk + ":a:" + i);
    }

    @Override
    public void index() {
      log.add(chunk + ":i:0");
    }

    @Override
    public void featurize(int i) {
      spin();
      if (i == failAtFeature) {
        throw new IllegalStateException("feature " + i + " failed");
      }
      log.add(chunk + ":f:" + i);
    }

    @Override
    public void finish() {
      log.add(chunk + ":z:0");
    }

    private static void spin() {
      long x = 0;
      for (int k = 0; k < 20_000; k++) {
        x += k * 31L ^ x;
      }
      if (x == 42) {
        throw new AssertionError();
      }
    }
  }

  private static void runChunks(ChunkScheduler s, List<String> log, int chunks, int n) {
    List<ChunkScheduler.Chunk> handles = new ArrayList<>();
    List<Integer> written = new java.util.concurrent.CopyOnWriteArrayList<>();
    // two chunks on their way at a time, as StoryClusterer.addChunks keeps them
    handles.add(s.submit(new Logged(0, n, log, -1)));
    for (int c = 0; c < chunks; c++) {
      if (c + 1 < chunks) {
        handles.add(s.submit(new Logged(c + 1, n, log, -1)));
      }
      for (int i = 0; i < n; i++) {
        s.await(handles.get(c), i);
        assertThat(log).contains(c + ":f:" + i);
        int w = c * n + i;
        s.write(() -> written.add(w));
      }
      s.awaitWritesAndFinish(handles.get(c));
      assertThat(written).hasSize((c + 1) * n);
    }
    List<Integer> expected = new ArrayList<>();
    for (int w = 0; w < chunks * n; w++) {
      expected.add(w);
    }
    assertThat(written).as("writes run in the order queued").containsExactlyElementsOf(expected);
  }

  private static void assertStepOrder(List<String> log, int chunks, int n) {
    for (int c = 0; c < chunks; c++) {
      int index = log.indexOf(c + ":i:0");
      int finish = log.indexOf(c + ":z:0");
      assertThat(index).as("chunk %d indexed", c).isGreaterThanOrEqualTo(0);
      for (int i = 0; i < n; i++) {
        assertThat(log.indexOf(c + ":a:" + i)).as("analysis before index").isBetween(0, index);
        assertThat(log.indexOf(c + ":f:" + i))
            .as("features after index, before finish")
            .isBetween(index, finish);
      }
      if (c > 0) {
        assertThat(index)
            .as("chunk %d indexed after chunk %d finished", c, c - 1)
            .isGreaterThan(log.indexOf((c - 1) + ":z:0"));
      }
    }
    assertThat(log).hasSize(chunks * (2 * n + 2)).doesNotHaveDuplicates();
  }

  @Test
  void stepsRunOnceEachAfterWhatTheyDependOnWithHelpers() throws InterruptedException {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChunkScheduler s = new ChunkScheduler(2);
    runChunks(s, log, 12, 40);
    assertStepOrder(log, 12, 40);
    for (int k = 0; k < 200 && s.helpersRunning() > 0; k++) {
      Thread.sleep(10);
    }
    assertThat(s.helpersRunning()).as("helpers return once the work is done").isZero();
  }

  @Test
  void withoutHelpersTheConsumingThreadDoesEverything() {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChunkScheduler s = new ChunkScheduler(0);
    runChunks(s, log, 4, 10);
    assertStepOrder(log, 4, 10);
  }

  @Test
  void emptyChunksPassThrough() {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChunkScheduler s = new ChunkScheduler(1);
    ChunkScheduler.Chunk empty = s.submit(new Logged(0, 0, log, -1));
    ChunkScheduler.Chunk next = s.submit(new Logged(1, 3, log, -1));
    for (int i = 0; i < 3; i++) {
      s.await(next, i);
    }
    assertThat(empty).isNotNull();
    assertThat(log).contains("0:z:0", "1:f:2");
    assertThat(log.indexOf("1:i:0")).isGreaterThan(log.indexOf("0:z:0"));
  }

  @Test
  void aFailedStepIsRethrownAndTheSchedulerStaysFailed() {
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    ChunkScheduler s = new ChunkScheduler(1);
    ChunkScheduler.Chunk c = s.submit(new Logged(0, 8, log, 5));
    AtomicInteger awaited = new AtomicInteger();
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 8; i++) {
                s.await(c, i);
                awaited.incrementAndGet();
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("feature 5 failed");
    assertThat(awaited.get()).isLessThanOrEqualTo(5);
    assertThatThrownBy(() -> s.submit(new Logged(1, 1, log, -1))).hasMessage("feature 5 failed");
    assertThatThrownBy(() -> s.write(() -> {})).hasMessage("feature 5 failed");
  }

  @Test
  void aFailedWriteIsRethrownByAwaitWrites() {
    ChunkScheduler s = new ChunkScheduler(1);
    ChunkScheduler.Chunk c =
        s.submit(new Logged(0, 2, new java.util.concurrent.CopyOnWriteArrayList<>(), -1));
    s.write(
        () -> {
          throw new IllegalArgumentException("disk full");
        });
    assertThatThrownBy(() -> s.awaitWritesAndFinish(c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("disk full");
  }

  @Test
  void stepsMayWaitForForkJoinTasksOfTheirOwn() {
    // language identification runs fork/join tasks on the common pool from inside a step: the
    // helpers must not be common-pool workers blocked on the scheduler (that deadlocked)
    ChunkScheduler s =
        new ChunkScheduler(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    AtomicInteger sum = new AtomicInteger();
    ChunkScheduler.Work forking =
        new ChunkScheduler.Work() {
          @Override
          public int size() {
            return 64;
          }

          @Override
          public void analyse(int i) {
            List<java.util.concurrent.Callable<Integer>> parts = List.of(() -> i, () -> 1);
            for (var f : java.util.concurrent.ForkJoinPool.commonPool().invokeAll(parts)) {
              sum.addAndGet(f.resultNow());
            }
          }

          @Override
          public void index() {}

          @Override
          public void featurize(int i) {}

          @Override
          public void finish() {}
        };
    ChunkScheduler.Chunk c = s.submit(forking);
    for (int i = 0; i < 64; i++) {
      s.await(c, i);
    }
    s.awaitWritesAndFinish(c);
    assertThat(sum.get()).isEqualTo(63 * 64 / 2 + 64);
  }
}
