package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Claims, settles and parks of {@link SeenItems}, one step at a time and from many threads. */
class SeenItemsTest {
  private static final String FIRE = "A wildfire near Marseille forced 1,200 residents to leave.";

  private static Article item(String id, String url, String title, String text) {
    return new Article(id, "en", title, text, Optional.of(LocalDate.of(2025, 6, 3)), "", url);
  }

  private final SeenItems<String> seen = new SeenItems<>(1000);

  /** One story in two feeds, under two ids and URLs. */
  private final Article a = item("a-1", "https://a.example/fire", "Wildfire", FIRE);

  private final Article b = item("b-1", "https://b.example/x", "Wildfire", FIRE);

  /** Sights {@code first} (new), then {@code copy} of the same story, which waits on it. */
  private void bWaitsOnA(Article first, Article copy) {
    assertThat(seen.sight(first, "a")).isEqualTo(SeenItems.Sight.NEW);
    assertThat(seen.sight(copy, "b")).isEqualTo(SeenItems.Sight.WAITING);
  }

  @Test
  void aDuplicateSeenWhileARefusedItemIsBeingWrittenIsSightedAgainAndIsNew() {
    // b arrives from another feed while a is still being written: it waits, it is not skipped
    bWaitsOnA(a, b);
    assertThat(seen.refused(a)).containsExactly("b");
    assertThat(seen.sight(b, "b")).isEqualTo(SeenItems.Sight.NEW);
    assertThat(seen.accepted(b)).isEmpty();
    assertThat(seen.sight(a, "a"))
        .as("a refused id is not tried again")
        .isEqualTo(SeenItems.Sight.SEEN);
    assertThat(seen.sight(item("c", "", "Wildfire", FIRE), "c")).isEqualTo(SeenItems.Sight.SEEN);
    assertThat(seen.claimed()).isZero();
  }

  @Test
  void aDuplicateOfAnAcceptedItemIsReturnedOnceAndStaysSeen() {
    Article b2 = item("b-2", "https://b.example/x", "Wildfire (updated)", FIRE + " More.");
    bWaitsOnA(a, b);
    assertThat(seen.sight(b, "b again")).as("listed again").isEqualTo(SeenItems.Sight.WAITING);
    assertThat(seen.accepted(a)).containsExactly("b");
    assertThat(seen.sight(b, "b")).isEqualTo(SeenItems.Sight.SEEN);
    assertThat(seen.sight(b2, "b2")).as("b's URL is settled too").isEqualTo(SeenItems.Sight.SEEN);
    assertThat(seen.refused(a)).as("decided once").isEmpty();
  }

  @Test
  void aRefusedItemForgetsOnlyTheKeysItHeld() {
    Article other = item("o-1", "https://o.example/y", "Strike", "Dockworkers went on strike.");
    assertThat(seen.sight(other, "o")).isEqualTo(SeenItems.Sight.NEW);
    assertThat(seen.accepted(other)).isEmpty();
    assertThat(seen.sight(a, "a")).isEqualTo(SeenItems.Sight.NEW);
    assertThat(seen.refused(a)).isEmpty();
    assertThat(seen.sight(item("x", "https://o.example/y", "t", "u"), "x"))
        .isEqualTo(SeenItems.Sight.SEEN);
    assertThat(seen.sight(item("y", "https://a.example/fire", "t2", "u2"), "y"))
        .as("the refused item's URL is free again")
        .isEqualTo(SeenItems.Sight.NEW);
  }

  @Test
  void anItemNeverHandedToTheWriterIsForgottenWhole() {
    Article noUrl = item("b-1", "", "Wildfire", FIRE);
    bWaitsOnA(a, noUrl);
    assertThat(seen.released(a)).containsExactly("b");
    bWaitsOnA(a, noUrl);
  }

  @Test
  void anItemWhoseKeysWereForgottenForCapacityStillWaitsOnItsOwnClaim() {
    SeenItems<String> small = new SeenItems<>(3);
    assertThat(small.sight(a, "a")).isEqualTo(SeenItems.Sight.NEW);
    for (int i = 0; i < 3; i++) {
      small.sight(item("f" + i, "", "t" + i, "u" + i), "f");
    }
    assertThat(small.sight(a, "a listed again")).isEqualTo(SeenItems.Sight.WAITING);
    assertThat(small.accepted(a)).containsExactly("a listed again");
  }

  @Test
  void aClaimIsNeverForgottenWhileItsItemIsWrittenHoweverManyKeysArrive() {
    SeenItems<String> small = new SeenItems<>(3);
    assertThat(small.sight(a, "a")).isEqualTo(SeenItems.Sight.NEW);
    for (int i = 0; i < 1000; i++) { // 2,000 settled keys go by, 3 remembered
      Article other = item("f" + i, "", "t" + i, "u" + i);
      assertThat(small.sight(other, "f")).isEqualTo(SeenItems.Sight.NEW);
      small.accepted(other);
    }
    assertThat(small.keys()).as("3 settled + a's 3 claimed").isEqualTo(6);
    assertThat(small.sight(b, "b"))
        .as("a copy under another id and URL still finds a's content claim")
        .isEqualTo(SeenItems.Sight.WAITING);
    assertThat(small.sight(item("c-1", "https://a.example/fire", "Other", "Other text."), "c"))
        .as("and one with a's URL")
        .isEqualTo(SeenItems.Sight.WAITING);
    assertThat(small.accepted(a)).containsExactly("b", "c");
    assertThat(small.claimed()).isZero();
    assertThat(small.keys()).as("bounded again once decided").isEqualTo(3);
  }

  @Test
  void manyFeedsSightingOneStoryAtOnceClaimItOnce() throws Exception {
    int threads = 8;
    for (int round = 0; round < 50; round++) {
      SeenItems<String> s = new SeenItems<>(10_000);
      CyclicBarrier start = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<SeenItems.Sight>> sights = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Article copy = item("feed" + t + "-" + round, "https://f" + t + ".example/x", "W", FIRE);
          Callable<SeenItems.Sight> c =
              () -> {
                start.await(30, TimeUnit.SECONDS);
                return s.sight(copy, copy.id());
              };
          sights.add(pool.submit(c));
        }
        List<SeenItems.Sight> got = new ArrayList<>();
        for (Future<SeenItems.Sight> f : sights) {
          got.add(f.get(30, TimeUnit.SECONDS));
        }
        assertThat(got).filteredOn(x -> x == SeenItems.Sight.NEW).hasSize(1);
        assertThat(got).filteredOn(x -> x == SeenItems.Sight.WAITING).hasSize(threads - 1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
