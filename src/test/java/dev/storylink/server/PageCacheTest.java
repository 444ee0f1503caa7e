package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.store.ReaderStamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers are kept per view of the store, shared by concurrent reads, and never outlive it. */
class PageCacheTest {
  private static final ReaderStamp V1 = new ReaderStamp(1, 10);
  private static final ReaderStamp V2 = new ReaderStamp(1, 11);
  private static final ReaderStamp OTHER_STORE = new ReaderStamp(2, 10);

  @Test
  void anAnswerIsReusedOnlyUnderTheSameView() {
    PageCache<String, String> cache = new PageCache<>(8);
    AtomicInteger computed = new AtomicInteger();
    assertThat(cache.get("p1", V1, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
    assertThat(cache.get("p1", V1, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
    // a refresh made new writes visible: computed afresh
    assertThat(cache.get("p1", V2, () -> "a" + computed.incrementAndGet())).isEqualTo("a2");
    // another opened store with the same searcher version is another view
    assertThat(cache.get("p1", OTHER_STORE, () -> "a" + computed.incrementAndGet()))
        .isEqualTo("a3");
    assertThat(cache.get("p2", OTHER_STORE, () -> "b")).isEqualTo("b");
    assertThat(computed).hasValue(3);
  }

  @Test
  void concurrentReadsOfOneKeyComputeOnce() throws Exception {
    PageCache<String, Integer> cache = new PageCache<>(8);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      reads.add(
          pool.submit(
              () ->
                  cache.get(
                      "page",
                      V1,
                      () -> {
                        inside.countDown();
                        await(release);
                        return computed.incrementAndGet();
                      })));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 5; i++) {
        reads.add(pool.submit(() -> cache.get("page", V1, computed::incrementAndGet)));
      }
      release.countDown();
      for (Future<Integer> f : reads) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureIsNotKept() {
    PageCache<String, String> cache = new PageCache<>(8);
    assertThatThrownBy(
            () ->
                cache.get(
                    "p",
                    V1,
                    () -> {
                      throw new IllegalArgumentException("unknown language 'xx'");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown language 'xx'");
    assertThat(cache.get("p", V1, () -> "ok")).isEqualTo("ok");
  }

  @Test
  void keepsAtMostItsCapacityAndNothingWhenZero() {
    PageCache<Integer, Integer> cache = new PageCache<>(4);
    for (int i = 0; i < 10; i++) {
      cache.get(i, i < 5 ? V1 : V2, () -> 0);
      assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
    PageCache<String, Integer> none = new PageCache<>(0);
    AtomicInteger computed = new AtomicInteger();
    none.get("p", V1, computed::incrementAndGet);
    none.get("p", V1, computed::incrementAndGet);
    assertThat(computed).hasValue(2);
    assertThat(none.size()).isZero();
    assertThatThrownBy(() -> new PageCache<String, String>(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
