package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The poller against feeds served by a local HTTP server, writing into a real store. */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedPollerTest extends LiveFeedTest {
  @Test
  void newItemsAreIngestedOnceAndUnchangedFeedsAnswer304() throws Exception {
    AtomicInteger version = new AtomicInteger(1);
    http.on(
        "/wire",
        ex -> {
          String etag = "\"v" + version.get() + "\"";
          ex.getResponseHeaders().set("ETag", etag);
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          String items =
              FeedHttp.item("fire", "https://wire.example/fire", "Wildfire near Marseille", FIRE);
          if (version.get() > 1) {
            items +=
                FeedHttp.item(
                    "strike", "https://wire.example/strike", "Strike in Rotterdam", STRIKE);
          }
          FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("Wire", items));
        });
    poller(Duration.ofMillis(150), Duration.ZERO, false, false)
        .add(FeedSource.of(http.url("/wire")));
    await("first item stored", () -> stored() == 1);
    await("a 304", () -> health("/wire").notModified() >= 2);
    assertThat(http.hitsOf("/wire").get(1).header("If-None-Match")).isEqualTo("\"v1\"");

    version.set(2); // the feed publishes a second item; the first is listed again
    await("second item stored", () -> stored() == 2);
    await("counts", () -> health("/wire").ingested() == 2);
    FeedHealth h = health("/wire");
    assertThat(h.state()).isIn("ok", "not-modified");
    assertThat(h.title()).isEqualTo("Wire");
    assertThat(h.newItems()).isEqualTo(2);
    assertThat(h.duplicates()).as("the first item, listed again by its own feed").isZero();
    assertThat(h.itemsInFeed()).isEqualTo(2);
    assertThat(h.errors()).isZero();
    Article fire = sl.read(s -> s.article("fire")).orElseThrow().article();
    assertThat(fire.date()).contains(LocalDate.of(2025, 6, 3));
    assertThat(fire.source()).isEqualTo("Wire");
  }

  @Test
  void aFeedReReadOnEveryPollCountsEachEntryOnce() throws Exception {
    // no ETag, no Last-Modified: every poll reads the whole feed again
    rssAt("/plain", "P", FeedHttp.item("fire", "https://p.example/fire", "Wildfire", FIRE));
    rssAt("/copy", "C", FeedHttp.item("c-1", "https://c.example/x", "Wildfire", FIRE));
    FeedPoller p = poller(Duration.ofMillis(100), Duration.ZERO, false, false);
    p.add(FeedSource.of(http.url("/plain")));
    await("stored", () -> health("/plain").ingested() == 1);
    p.add(FeedSource.of(http.url("/copy")));
    await(
        "both polled five times",
        () -> health("/plain").fetches() >= 5 && health("/copy").fetches() >= 5);
    FeedHealth plain = health("/plain");
    FeedHealth copy = health("/copy");
    assertThat(plain.notModified()).as("no validators").isZero();
    assertThat(List.of(plain.newItems(), plain.ingested(), plain.duplicates()))
        .as("new, ingested, duplicates of the feed that listed it first")
        .containsExactly(1L, 1L, 0L);
    assertThat(copy.duplicates()).as("the syndicated copy, once").isEqualTo(1);
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void theSameStoryUnderAnotherUrlOrGuidIsSkippedAsADuplicate() throws Exception {
    http.on(
        "/a",
        ex ->
            FeedHttp.respond(
                ex,
                200,
                "application/rss+xml",
                FeedHttp.rss(
                    "A",
                    FeedHttp.item("a-1", "https://a.example/fire", "Wildfire near Marseille", FIRE),
                    // the same link under another guid
                    FeedHttp.item(
                        "a-2", "https://a.example/fire", "Wildfire (updated)", FIRE + " More."))));
    // syndicated: the same title and text under another URL and guid
    rssAt("/b", "B", FeedHttp.item("b-1", "https://b.example/x", "Wildfire near  Marseille", FIRE));
    FeedPoller p = poller(Duration.ofSeconds(30), Duration.ZERO, false, false);
    p.add(FeedSource.of(http.url("/a")));
    await("a polled", () -> health("/a").fetches() == 1 && health("/a").ingested() == 1);
    p.add(FeedSource.of(http.url("/b")));
    await("b polled", () -> health("/b").fetches() == 1);
    assertThat(health("/a").duplicates()).isEqualTo(1);
    assertThat(health("/b").duplicates()).isEqualTo(1);
    assertThat(health("/b").newItems()).isZero();
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void anItemTheWriterRefusesDoesNotHideTheSameStoryInAnotherFeed() throws Exception {
    // guid "e7" has the form of the store's own event ids: the writer refuses that item
    rssAt(
        "/a", "A", FeedHttp.item("e7", "https://a.example/fire", "Wildfire near Marseille", FIRE));
    rssAt("/b", "B", FeedHttp.item("b-1", "https://b.example/x", "Wildfire near Marseille", FIRE));
    FeedPoller p = poller(Duration.ofMillis(200), Duration.ZERO, false, false);
    p.add(FeedSource.of(http.url("/a")));
    await("a refused", () -> health("/a").rejected() == 1);
    p.add(FeedSource.of(http.url("/b")));
    await("b stored", () -> health("/b").ingested() == 1);
    assertThat(stored()).isEqualTo(1);
    await("a polled again", () -> health("/a").fetches() >= 3);
    assertThat(health("/a").rejected()).as("the refused item is not tried again").isEqualTo(1);
    assertThat(health("/b").newItems()).isEqualTo(1);
  }

  @Test
  void failuresBackOffExponentiallyAndHonourRetryAfter() throws Exception {
    http.on("/broken", ex -> FeedHttp.respond(ex, 500, "text/plain", "boom"));
    http.on(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "600");
          FeedHttp.respond(ex, 429, "text/plain", "slow down");
        });
    FeedPoller p = poller(Duration.ofMillis(100), Duration.ZERO, false, false);
    p.add(FeedSource.of(http.url("/broken")));
    p.add(FeedSource.of(http.url("/busy")));
    await("three failures", () -> health("/broken").consecutiveFailures() >= 3);
    FeedHealth h = health("/broken");
    int n = h.consecutiveFailures();
    long wait =
        Duration.between(h.lastFetch().orElseThrow(), h.nextPoll().orElseThrow()).toMillis();
    assertThat(wait).as("100 ms x 2^%d", n).isBetween((100L << n) - 20, (100L << n) + 50);
    assertThat(h.state()).isEqualTo("error");
    assertThat(h.lastError()).contains("HTTP status 500");
    assertThat(h.lastSuccess()).isEmpty();
    // the hits are spaced ever wider: 100, 200, 400 ms...
    List<FeedHttp.Hit> hits = http.hitsOf("/broken");
    assertThat(hits.get(2).atMillis() - hits.get(1).atMillis())
        .isGreaterThan(hits.get(1).atMillis() - hits.get(0).atMillis());

    await("busy polled", () -> health("/busy").fetches() == 1);
    FeedHealth busy = health("/busy");
    long busyWait =
        Duration.between(busy.lastFetch().orElseThrow(), busy.nextPoll().orElseThrow()).toSeconds();
    assertThat(busyWait).as("Retry-After: 600 beats the 200 ms backoff").isBetween(598L, 600L);
    assertThat(busy.lastError()).contains("HTTP status 429 (retry after 600 s)");
  }

  @Test
  void aMalformedHugeOrSlowFeedIsReportedAloneAndTheOthersGoOn() throws Exception {
    http.on(
        "/good",
        ex ->
            FeedHttp.respond(
                ex,
                200,
                "application/rss+xml",
                FeedHttp.rss(
                    "Good",
                    FeedHttp.item("s", "https://g.example/s", "Strike in Rotterdam", STRIKE))));
    http.on(
        "/malformed",
        ex ->
            FeedHttp.respond(
                ex, 200, "application/rss+xml", "<rss><channel><item><title>x</channel>"));
    http.on(
        "/huge",
        ex -> FeedHttp.respond(ex, 200, "application/rss+xml", "<rss>" + "a".repeat(300_000)));
    http.on(
        "/slow",
        ex -> {
          try {
            TimeUnit.SECONDS.sleep(4);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    FeedPoller p = poller(Duration.ofMillis(200), Duration.ZERO, false, false);
    for (String path : List.of("/malformed", "/huge", "/slow", "/good")) {
      p.add(FeedSource.of(http.url(path)));
    }
    await("all polled", () -> p.health().stream().allMatch(h -> h.fetches() > 0));
    await("good stored", () -> stored() == 1);
    assertThat(health("/malformed").lastError().orElseThrow())
        .contains("not a valid RSS or Atom feed");
    assertThat(health("/huge").lastError().orElseThrow())
        .contains("exceeds the 262144 bytes limit");
    assertThat(health("/slow").lastError().orElseThrow()).contains("timed out after 1 s");
    assertThat(health("/good").state()).isEqualTo("ok");
    assertThat(health("/good").errors()).isZero();
    // and the good feed keeps being polled while the others fail
    long before = health("/good").fetches();
    await("good polled again", () -> health("/good").fetches() > before + 2);
  }

  @Test
  void newItemsAreCompletedWithTheirPageWhenItsAddressIsAllowed() throws Exception {
    String page =
        "<html lang=\"en\"><head><title>Wildfire</title><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2025-06-04T08:00:00Z\"}</script></head><body>"
            + "<nav>Home World Sport</nav><article><p>"
            + FIRE
            + "</p><p>Prefect Christophe Mirmand said four water bombers were dropping water.</p>"
            + "</article><footer>(c) wire</footer></body></html>";
    http.on("/page", ex -> FeedHttp.respond(ex, 200, "text/html; charset=utf-8", page));
    String link = http.url("/page");
    http.on(
        "/feed",
        ex ->
            FeedHttp.respond(
                ex,
                200,
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>W</title><item><guid>p1</guid><link>"
                    + link
                    + "</link><title>Wildfire</title><description>Short summary.</description>"
                    + "</item></channel></rss>"));
    poller(Duration.ofSeconds(30), Duration.ZERO, true, true).add(FeedSource.of(http.url("/feed")));
    await("stored", () -> stored() == 1);
    Article a = sl.read(s -> s.article("p1")).orElseThrow().article();
    assertThat(a.text()).contains("four water bombers").doesNotContain("Home World Sport");
    assertThat(a.date()).as("from JSON-LD").contains(LocalDate.of(2025, 6, 4));
  }

  @Test
  void aLinkToAPrivateAddressIsNotFetchedAndTheSummaryIsKept() throws Exception {
    http.on("/page", ex -> FeedHttp.respond(ex, 200, "text/html", "<p>secret intranet page</p>"));
    String link = http.url("/page");
    http.on(
        "/feed",
        ex ->
            FeedHttp.respond(
                ex,
                200,
                "application/rss+xml",
                FeedHttp.rss("W", FeedHttp.item("p2", link, "Wildfire near Marseille", FIRE))));
    poller(Duration.ofSeconds(30), Duration.ZERO, true, false)
        .add(FeedSource.of(http.url("/feed")));
    await("stored", () -> stored() == 1);
    assertThat(http.hitsOf("/page")).as("the feed may be local, its links may not").isEmpty();
    assertThat(sl.read(s -> s.article("p2")).orElseThrow().article().text()).isEqualTo(FIRE);
  }

  @Test
  void twoFeedsOnOneHostAreRequestedAtLeastTheGapApart() throws Exception {
    for (String path : List.of("/one", "/two", "/three")) {
      http.on(path, ex -> FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("x")));
    }
    FeedPoller p = poller(Duration.ofSeconds(30), Duration.ofMillis(800), false, false);
    for (String path : List.of("/one", "/two", "/three")) {
      p.add(FeedSource.of(http.url(path)));
    }
    await("three polled", () -> p.health().stream().allMatch(h -> h.fetches() == 1));
    List<Long> at = http.hits.stream().map(FeedHttp.Hit::atMillis).sorted().toList();
    // the gap (800 ms) is kept between request starts; arrivals jitter by the connection set-up
    // and, on a loaded machine, by the server's threads: 300 ms of slack
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(500);
    assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(500);
  }

  @Test
  void pagesOnOneHostAreFetchedAtLeastTheGapApart() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      String path = "/p" + i;
      String text = i == 1 ? FIRE : i == 2 ? STRIKE : FIRE.replace("Marseille", "Toulon");
      http.on(path, ex -> FeedHttp.respond(ex, 200, "text/html", "<p>" + text + "</p>"));
      items.append(FeedHttp.item("g" + i, http.url(path), "Item " + i, text));
    }
    http.on(
        "/feed",
        ex ->
            FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("F", items.toString())));
    poller(Duration.ofSeconds(30), Duration.ofMillis(800), true, true)
        .add(FeedSource.of(http.url("/feed")));
    await("three stored", () -> stored() == 3);
    List<Long> at =
        http.hits.stream()
            .filter(h -> h.path().startsWith("/p"))
            .map(FeedHttp.Hit::atMillis)
            .sorted()
            .toList();
    assertThat(at).hasSize(3);
    // the gap (800 ms) is kept between request starts; arrivals jitter by the connection set-up
    // and, on a loaded machine, by the server's threads: 300 ms of slack
    assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(500);
    assertThat(at.get(2) - at.get(1)).isGreaterThanOrEqualTo(500);
  }

  @Test
  void aFeedIsWatchedOnce() {
    FeedPoller p = poller(Duration.ofSeconds(30), Duration.ZERO, false, false);
    p.add(FeedSource.of(tmp.resolve("missing.xml").toString()));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> p.add(FeedSource.of(tmp.resolve("missing.xml").toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already watched");
  }

  @Test
  void aFeedWrittenAnotherWayIsTheSameFeed() {
    FeedPoller p = poller(Duration.ofSeconds(30), Duration.ZERO, false, false);
    p.add(FeedSource.of("http://127.0.0.1:9/feed?a=1"));
    for (String same : List.of("HTTP://127.0.0.1:9/feed?a=1#top", "http://127.0.0.1:9/feed?a=1#")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.add(FeedSource.of(same)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("already watched: " + same + " (same feed as http://127.0.0.1:9/feed?a=1)");
    }
    assertThat(p.health("Http://127.0.0.1:9/feed?a=1")).isPresent();
    p.add(FeedSource.of("http://127.0.0.1:9/Feed?a=1")); // another path: another feed
    assertThat(p.health()).hasSize(2);
  }
}
