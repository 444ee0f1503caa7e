package dev.storylink.monitor;

import dev.storylink.app.StoryLink;
import dev.storylink.text.LanguageIdentifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the poller tests share: a local feed server ({@link FeedHttp}, never the internet), a real
 * store with an English-only language identifier, the writer's queue ({@link #queue}, which a test
 * may replace) and one poller per test. Not thread-safe (JUnit runs a class's tests one at a time).
 */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
abstract class LiveFeedTest {
  static final LanguageIdentifier ENGLISH = text -> "en";
  static final String FIRE =
      "A wildfire near Marseille forced 1,200 residents of Les Pennes-Mirabeau to leave on"
          + " Tuesday, and 350 firefighters fought the flames.";
  static final String STRIKE =
      "Dockworkers at the port of Rotterdam began a 48-hour strike on Thursday, halting container"
          + " traffic at Maasvlakte.";

  @TempDir Path tmp;
  FeedHttp http;
  StoryLink sl;
  IngestQueue queue;
  FeedPoller poller;

  /** The largest feed or page the poller downloads. */
  long maxBytes = 256 * 1024;

  @BeforeEach
  void startLive() throws Exception {
    http = new FeedHttp();
    sl = StoryLink.builder().dataDir(tmp.resolve("data")).languages(this::languages).build();
    queue = queue(sl);
  }

  /** The store's language identifier: English for every text unless a test class says otherwise. */
  LanguageIdentifier languages() {
    return ENGLISH;
  }

  /** The writer's queue; a test overrides it to hold the writer. */
  IngestQueue queue(StoryLink storyLink) {
    return new IngestQueue(storyLink);
  }

  @AfterEach
  void stopLive() {
    if (poller != null) {
      poller.close();
    }
    queue.close();
    sl.close();
    http.close();
  }

  /** The poller: 30 s at most between failures, 2 s to connect, 1 s per download, 4 threads. */
  FeedPoller poller(Duration interval, Duration hostGap, boolean pages, boolean privateOk) {
    poller =
        new FeedPoller(
            new FeedPoller.Config(
                interval,
                hostGap,
                Duration.ofSeconds(30),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                maxBytes,
                pages,
                privateOk,
                4),
            queue);
    return poller;
  }

  /** Waits for a condition the poller reaches on its own threads (no assumption on timing). */
  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 120 s: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** Serves an RSS feed of these items at {@code path}, the same on every request. */
  void rssAt(String path, String title, String... items) {
    String body = FeedHttp.rss(title, items);
    http.on(path, ex -> FeedHttp.respond(ex, 200, "application/rss+xml", body));
  }

  FeedHealth health(String path) {
    return poller.health(http.url(path)).orElseThrow();
  }

  long stored() {
    return sl.read(s -> s.articleCount());
  }
}
