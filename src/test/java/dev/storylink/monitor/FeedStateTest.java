package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A feed's health shows each fetch with the next poll it decided, never the previous poll's. */
class FeedStateTest {
  private static long gap(FeedHealth h) {
    return Duration.between(h.lastFetch().orElseThrow(), h.nextPoll().orElseThrow()).toMillis();
  }

  @Test
  void aFailedFetchSetsItsBackOffInTheSameStep() {
    FeedState f = new FeedState(FeedSource.of("http://127.0.0.1:1/feed"));
    FeedPoller.Config config = FeedPoller.Config.defaults();
    for (int i = 0; i < 3; i++) {
      long delay = f.failed(new IllegalStateException("boom " + i), config);
      FeedHealth h = f.health();
      assertThat(h.consecutiveFailures()).isEqualTo(i + 1);
      assertThat(gap(h)).as("failure %d", i + 1).isEqualTo(delay);
    }
  }

  @Test
  void aReadFeedSetsItsIntervalInTheSameStep() {
    FeedState f = new FeedState(FeedSource.of("http://127.0.0.1:1/feed"));
    f.failed(new IllegalStateException("boom"), FeedPoller.Config.defaults());
    long delay = f.read(FeedFetcher.Validators.NONE, 3, "A feed", Duration.ofMinutes(5));
    assertThat(delay).isEqualTo(300_000L);
    assertThat(gap(f.health())).isEqualTo(300_000L);
    long again = f.notModified(FeedFetcher.Validators.NONE, Duration.ofMinutes(7));
    assertThat(gap(f.health())).isEqualTo(again).isEqualTo(420_000L);
  }
}
