package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An item edited in its feed under the id it was read by (a new user's run, session 23: a death
 * toll raised in the headline was silently ignored): the first version stays stored and the feed's
 * rejections say so once.
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedEditTest extends LiveFeedTest {
  @Test
  void anEditedItemIsToldOnceAndTheFirstVersionStays() throws Exception {
    String url = "https://p.example/fire";
    rssAt("/ed", "E", FeedHttp.item("fire-1", url, "Wildfire near Marseille", FIRE));
    FeedPoller p = poller(Duration.ofMillis(100), Duration.ZERO, false, false);
    p.add(FeedSource.of(http.url("/ed")));
    await("stored", () -> health("/ed").ingested() == 1);
    rssAt(
        "/ed",
        "E",
        FeedHttp.item(
            "fire-1", url, "Wildfire near Marseille: three dead", FIRE + " Three people died."));
    long fetched = health("/ed").fetches();
    await("edit seen", () -> !health("/ed").recentRejections().isEmpty());
    await("polled again", () -> health("/ed").fetches() >= fetched + 4);
    FeedHealth h = health("/ed");
    List<FeedHealth.Rejection> r = h.recentRejections();
    assertThat(r).as(r.toString()).hasSize(1);
    assertThat(r.get(0).item()).isEqualTo(url);
    assertThat(r.get(0).reason()).isEqualTo(FeedPoller.EDITED);
    assertThat(r.get(0).kept()).isTrue();
    assertThat(List.of(h.newItems(), h.ingested(), h.duplicates(), h.rejected()))
        .as("new, ingested, duplicates, rejected")
        .containsExactly(1L, 1L, 0L, 0L);
    assertThat(stored()).isEqualTo(1);
    String title = sl.read(s -> s.article("fire-1").orElseThrow().article().title());
    assertThat(title).isEqualTo("Wildfire near Marseille");
  }
}
