package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.IngestItem;
import dev.storylink.app.StoryLink;
import dev.storylink.text.LanguageIdentifier;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same story in two or three feeds while the first copy is still being written: the writer is
 * held on a latch (not a sleep) while the other feeds are polled, then released. A refused copy
 * must not hide the story; an accepted one must not be ingested twice.
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedRaceTest {
  private static final LanguageIdentifier ENGLISH = text -> "en";
  private static final String FIRE =
      "A wildfire near Marseille forced 1,200 residents of Les Pennes-Mirabeau to leave on"
          + " Tuesday, and 350 firefighters fought the flames.";

  @TempDir java.nio.file.Path tmp;
  private FeedHttp http;
  private StoryLink sl;
  private IngestQueue queue;
  private FeedPoller poller;
  private final CountDownLatch writing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile String holdOn = "";

  @BeforeEach
  void start() throws Exception {
    http = new FeedHttp();
    sl = StoryLink.builder().dataDir(tmp.resolve("data")).languages(() -> ENGLISH).build();
    queue = new IngestQueue(sl, this::hold);
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
  void stop() {
    release.countDown();
    if (poller != null) {
      poller.close();
    }
    queue.close();
    sl.close();
    http.close();
  }

  private FeedPoller poller(boolean pages) {
    poller =
        new FeedPoller(
            new FeedPoller.Config(
                Duration.ofSeconds(30),
                Duration.ZERO,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                256 * 1024,
                pages,
                true,
                4),
            queue);
    return poller;
  }

  /** Waits for a condition the poller reaches on its own threads (no assumption on timing). */
  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 60 s: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(10);
    }
  }

  private void feed(String path, String guid, String link, String text) {
    String body = FeedHttp.rss(path, FeedHttp.item(guid, link, "Wildfire near Marseille", text));
    http.on(path, ex -> FeedHttp.respond(ex, 200, "application/rss+xml", body));
  }

  private FeedHealth health(String path) {
    return poller.health(http.url(path)).orElseThrow();
  }

  private long stored() {
    return sl.read(s -> s.articleCount());
  }

  /** Starts feed /a, holds the writer on its item, then polls the other feeds once each. */
  private void whileAIsBeingWritten(String aGuid, String... others) throws Exception {
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
    feed("/a", "e7", "https://a.example/fire", FIRE);
    feed("/b", "b-1", "https://b.example/x", FIRE);
    poller(false);
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
    feed("/a", "e7", "https://a.example/fire", FIRE);
    feed("/b", "b-1", "https://b.example/x", FIRE);
    feed("/c", "c-1", "https://c.example/y", FIRE);
    poller(false);
    whileAIsBeingWritten("e7", "/b", "/c");
    await("b or c stored", () -> health("/b").ingested() + health("/c").ingested() == 1);
    await(
        "the other a duplicate", () -> health("/b").duplicates() + health("/c").duplicates() == 1);
    assertThat(stored()).isEqualTo(1);
    assertThat(health("/a").rejected()).isEqualTo(1);
  }

  @Test
  void aStoryFromAnotherFeedIsADuplicateWhenTheCopyBeingWrittenIsStored() throws Exception {
    feed("/a", "a-1", "https://a.example/fire", FIRE);
    feed("/b", "b-1", "https://b.example/x", FIRE);
    poller(false);
    whileAIsBeingWritten("a-1", "/b");
    await("a stored", () -> health("/a").ingested() == 1);
    await("b a duplicate", () -> health("/b").duplicates() == 1);
    assertThat(stored()).isEqualTo(1);
    assertThat(health("/b").ingested()).isZero();
    assertThat(health("/b").newItems()).isZero();
  }

  @Test
  void aRefusedItemCompletedWithItsPageFreesTheFeedsOwnContent() throws Exception {
    // the refused item's text comes from its page: the content key it was seen by (the feed's
    // title and summary) must be freed, not the key of the page's text
    String page = "<html lang=\"en\"><body><article><p>" + FIRE + " Water bombers flew.</p>";
    http.on("/page", ex -> FeedHttp.respond(ex, 200, "text/html; charset=utf-8", page));
    feed("/a", "e7", http.url("/page"), FIRE);
    feed("/b", "b-1", "", FIRE);
    poller(true);
    poller.add(FeedSource.of(http.url("/a")));
    release.countDown();
    await("a refused", () -> health("/a").rejected() == 1);
    poller.add(FeedSource.of(http.url("/b")));
    await("b stored", () -> health("/b").ingested() == 1);
    assertThat(stored()).isEqualTo(1);
  }
}
