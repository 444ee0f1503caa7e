package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.IngestItem;
import dev.storylink.app.StoryLink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same story in two or three feeds while the first copy is still being written: the writer is
 * held on a latch (not a sleep) while the other feeds are polled, then released. A refused copy
 * must not hide the story; an accepted one must not be ingested twice.
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedRaceTest extends LiveFeedTest {
  private final CountDownLatch writing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile String holdOn = "";

  @Override
  IngestQueue queue(StoryLink storyLink) {
    return new IngestQueue(storyLink, this::hold, item -> {});
  }

  /** On the writer's thread: a batch holding item {@link #holdOn} waits for {@link #release}. */
  private void hold(List<IngestItem> batch) {
    if (batch.stream().anyMatch(i -> i.article().id().equals(holdOn))) {
      writing.countDown();
      try {
        assertThat(release.await(60, TimeUnit.SECONDS)).as("released").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @AfterEach
  void release() {
    release.countDown(); // before the queue closes: it waits for the batch being written
  }

  private void feed(String path, String guid, String link, String text) {
    rssAt(path, path, FeedHttp.item(guid, link, "Wildfire near Marseille", text));
  }

  /**
   * Serves the story at /a under {@code aGuid} and at each of {@code others} under another guid and
   * URL; starts /a, holds the writer on its item, then polls the others once each, and releases.
   */
  private void whileAIsBeingWritten(String aGuid, String... others) throws Exception {
    feed("/a", aGuid, "https://a.example/fire", FIRE);
    for (String path : others) {
      String name = path.substring(1);
      feed(path, name + "-1", "https://" + name + ".example/x", FIRE);
    }
    poller(Duration.ofSeconds(30), Duration.ZERO, false, true);
    holdOn = aGuid;
    poller.add(FeedSource.of(http.url("/a")));
    assertThat(writing.await(60, TimeUnit.SECONDS)).as("the writer holds /a's item").isTrue();
    for (String path : others) {
      poller.add(FeedSource.of(http.url(path)));
      await(path + " read", () -> health(path).fetches() == 1); // its items are sighted
    }
    assertThat(stored()).isZero();
    release.countDown();
  }

  @Test
  void aStoryFromAnotherFeedIsIngestedWhenTheCopyBeingWrittenIsRefused() throws Exception {
    // guid "e7" has the form of the store's own event ids: the writer refuses that item
    whileAIsBeingWritten("e7", "/b");
    await("a refused", () -> health("/a").rejected() == 1);
    await("b stored", () -> health("/b").ingested() == 1);
    assertThat(stored()).isEqualTo(1);
    boolean b1 = sl.read(s -> s.article("b-1").isPresent());
    assertThat(b1).isTrue();
    assertThat(health("/b").newItems()).isEqualTo(1);
    assertThat(health("/b").duplicates()).isZero();
    FeedHealth.Rejection r = health("/a").recentRejections().get(0);
    assertThat(r.item()).isEqualTo("https://a.example/fire");
    assertThat(r.kept()).isFalse();
    assertThat(r.reason()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void aStoryInTwoMoreFeedsIsIngestedOnceWhenTheCopyBeingWrittenIsRefused() throws Exception {
    whileAIsBeingWritten("e7", "/b", "/c");
    await("b or c stored", () -> health("/b").ingested() + health("/c").ingested() == 1);
    await(
        "the other a duplicate", () -> health("/b").duplicates() + health("/c").duplicates() == 1);
    assertThat(stored()).isEqualTo(1);
    assertThat(health("/a").rejected()).isEqualTo(1);
  }

  @Test
  void aStoryFromAnotherFeedIsADuplicateWhenTheCopyBeingWrittenIsStored() throws Exception {
    whileAIsBeingWritten("a-1", "/b");
    await("b a duplicate of a, once a is stored", () -> health("/b").duplicates() == 1);
    FeedHealth a = health("/a");
    FeedHealth b = health("/b");
    assertThat(List.of(a.ingested(), a.duplicates(), b.ingested(), b.newItems(), stored()))
        .containsExactly(1L, 0L, 0L, 0L, 1L);
  }

  @Test
  void aRefusedItemCompletedWithItsPageFreesTheFeedsOwnContent() throws Exception {
    // the refused item's text comes from its page: the content key it was seen by (the feed's
    // title and summary) must be freed, not the key of the page's text
    String page = "<html lang=\"en\"><body><article><p>" + FIRE + " Water bombers flew.</p>";
    http.on("/page", ex -> FeedHttp.respond(ex, 200, "text/html; charset=utf-8", page));
    feed("/a", "e7", http.url("/page"), FIRE);
    feed("/b", "b-1", "", FIRE);
    poller(Duration.ofSeconds(30), Duration.ZERO, true, true);
    poller.add(FeedSource.of(http.url("/a")));
    release.countDown();
    await("a refused", () -> health("/a").rejected() == 1);
    poller.add(FeedSource.of(http.url("/b")));
    await("b stored", () -> health("/b").ingested() == 1);
    assertThat(stored()).isEqualTo(1);
  }
}
