package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Why a feed's items were refused, as its health shows it: bounded, one line, no internals. */
@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedRejectionsTest extends LiveFeedTest {
  private static final String QUAKE =
      "An earthquake of magnitude 5.8 struck off the coast of Crete on Monday; no damage was"
          + " reported in Heraklion.";

  private FeedPoller poller(Duration interval, boolean pages) {
    maxBytes = 64 * 1024;
    return poller(interval, Duration.ZERO, pages, true);
  }

  /** {@code r} has a rejection of {@code item} whose reason holds {@code reason}. */
  private static void listed(
      List<FeedHealth.Rejection> r, String item, String reason, boolean kept) {
    assertThat(r)
        .as(item)
        .anySatisfy(
            x -> {
              assertThat(x.item()).isEqualTo(item);
              assertThat(x.reason()).contains(reason);
              assertThat(x.kept()).isEqualTo(kept);
            });
  }

  private void raw(String path, String type, byte[] body) {
    http.on(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", type);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
          }
        });
  }

  @Test
  void eachRefusedItemIsListedWithItsReasonAndTheGoodOnesAreStored() throws Exception {
    http.on("/good", ex -> FeedHttp.respond(ex, 200, "text/html", "<p>" + FIRE + "</p>"));
    raw("/bin", "application/octet-stream", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    byte[] latin1 = ("<p>Caf\u00e9 " + QUAKE + "</p>").getBytes(StandardCharsets.ISO_8859_1);
    raw("/latin1", "text/html; charset=utf-8", latin1);
    raw(
        "/huge",
        "text/html",
        ("<p>" + "x ".repeat(40_000) + "</p>").getBytes(StandardCharsets.UTF_8));
    String items =
        FeedHttp.item("ok-1", http.url("/good"), "Wildfire near Marseille", FIRE)
            + FeedHttp.item("bin-1", http.url("/bin"), "Strike in Rotterdam", STRIKE)
            + FeedHttp.item("enc-1", http.url("/latin1"), "Earthquake off Crete", QUAKE)
            + FeedHttp.item("big-1", http.url("/huge"), "Huge page", "A short summary of it.")
            // an entry with neither title nor text, a link with a bidi override and a new line
            + "<item><guid>empty-1</guid><link>https://x.example/\u202Egnp.exe&#10;x</link></item>"
            + "<item><guid>js-1</guid><link>javascript:alert(1)</link><title>Script link</title>"
            + "<description>Prices of olive oil rose by 12% in Spain in May.</description></item>"
            // the form of the store's own event ids: the writer refuses it
            + FeedHttp.item("e7", "", "Refused", "Floods in Valencia.");
    http.on(
        "/feed", ex -> FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("W", items)));
    poller(Duration.ofSeconds(30), true).add(FeedSource.of(http.url("/feed")));
    await("written", () -> health("/feed").ingested() == 5 && health("/feed").rejected() == 2);
    FeedHealth h = health("/feed");
    long stored = sl.read(s -> s.articleCount());
    assertThat(stored).isEqualTo(5);
    List<FeedHealth.Rejection> r = h.recentRejections();
    assertThat(r).as(r.toString()).hasSize(6);
    assertThat(r.get(0).reason()).as("newest first: the writer's refusal").isNotBlank();
    assertThat(r.get(0).item()).as("no link: its title").isEqualTo("Refused");
    assertThat(r.get(0).reason()).contains("reserved");
    assertThat(r.get(0).kept()).isFalse();
    listed(r, http.url("/bin"), "binary", true);
    listed(r, http.url("/latin1"), "invalid UTF-8", true);
    listed(r, http.url("/huge"), "limit", true);
    listed(r, "https://x.example/ gnp.exe x", "entry has neither title nor text", false);
    listed(r, "Script link", "url dropped: 'javascript:alert(1)'", true);
    for (FeedHealth.Rejection x : r) {
      assertThat(x.reason() + x.item())
          .doesNotContain("\n")
          .doesNotContain("\u202E")
          .doesNotContain(http.url("/feed"))
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(x.reason().length()).isLessThanOrEqualTo(FeedHealth.MAX_TEXT + 1);
    }
    assertThat(h.lastFetchError()).isEmpty();
  }

  @Test
  void anEntryListedOnEveryPollIsCountedAndShownOnce() throws Exception {
    String items =
        "<item><guid>empty-1</guid><link>https://x.example/empty</link></item>"
            + FeedHttp.item("s", "javascript:void(0)", "Strike in Rotterdam", STRIKE);
    http.on(
        "/feed", ex -> FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("W", items)));
    poller(Duration.ofMillis(100), false).add(FeedSource.of(http.url("/feed")));
    await("polled thrice", () -> health("/feed").fetches() >= 3);
    await("stored", () -> health("/feed").ingested() == 1);
    FeedHealth h = health("/feed");
    assertThat(h.rejected()).isEqualTo(1);
    assertThat(h.duplicates()).as("the stored item, listed again by its feed").isZero();
    assertThat(h.recentRejections())
        .extracting(FeedHealth.Rejection::item, FeedHealth.Rejection::kept)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("https://x.example/empty", false),
            org.assertj.core.groups.Tuple.tuple("Strike in Rotterdam", true));
  }

  @Test
  void onlyTheMostRecentRejectionsAreKept() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      items
          .append("<item><guid>bad-")
          .append(i)
          .append("</guid><link>https://x.example/")
          .append(i)
          .append("</link></item>");
    }
    http.on(
        "/feed",
        ex ->
            FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("W", items.toString())));
    poller(Duration.ofSeconds(30), false).add(FeedSource.of(http.url("/feed")));
    await("read", () -> health("/feed").fetches() == 1);
    FeedHealth h = health("/feed");
    assertThat(h.rejected()).isEqualTo(30);
    assertThat(h.recentRejections()).hasSize(FeedHealth.MAX_REJECTIONS);
    assertThat(h.recentRejections().get(0).item()).isEqualTo("https://x.example/29");
    assertThat(h.recentRejections().get(19).item()).isEqualTo("https://x.example/10");
  }

  @Test
  void theLastFetchErrorIsKeptAfterTheFeedRecovers() throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    http.on(
        "/feed",
        ex -> {
          if (broken.getAndSet(false)) {
            FeedHttp.respond(ex, 503, "text/plain", "at /srv/feeds/secret.conf: down");
          } else {
            FeedHttp.respond(
                ex,
                200,
                "application/rss+xml",
                FeedHttp.rss("W", FeedHttp.item("s", "https://w.example/s", "Strike", STRIKE)));
          }
        });
    poller(Duration.ofMillis(150), false).add(FeedSource.of(http.url("/feed")));
    await("recovered", () -> health("/feed").ingested() == 1);
    FeedHealth h = health("/feed");
    assertThat(h.lastError()).as("the last fetch succeeded").isEmpty();
    FeedHealth.FetchError e = h.lastFetchError().orElseThrow();
    assertThat(e.reason()).isEqualTo("HTTP status 503").doesNotContain("secret");
    assertThat(e.at()).isBefore(h.lastSuccess().orElseThrow());
  }

  @Test
  void theAddressAHostResolvedToIsNotShown() {
    String why =
        "refused: intranet.corp.example is a loopback, private or local address (10.1.2.3); links";
    assertThat(FeedPoller.withoutAddresses(why, "https://intranet.corp.example/x"))
        .isEqualTo(
            "refused: intranet.corp.example is a loopback, private or local address (an"
                + " address); links");
    assertThat(FeedPoller.withoutAddresses("(fd00::1:2) and (::1)", "https://h.example/"))
        .isEqualTo("(an address) and (an address)");
    String given = "refused: 127.0.0.1 is a loopback, private or local address (127.0.0.1)";
    assertThat(FeedPoller.withoutAddresses(given, "http://127.0.0.1:8080/page")).isEqualTo(given);
    assertThat(FeedPoller.withoutAddresses("at 12:30, HTTP status 404", "https://h.example/"))
        .isEqualTo("at 12:30, HTTP status 404");
  }

  @Test
  void anUnexpectedErrorSaysItsKindOnly() {
    assertThat(FeedPoller.reason(new IllegalStateException("at /home/me/.storylink/store: boom")))
        .isEqualTo("unexpected error (IllegalStateException)");
    assertThat(
            FeedPoller.reason(
                new java.util.concurrent.CompletionException(
                    new java.io.UncheckedIOException(new java.io.IOException("/data/x.lock")))))
        .isEqualTo("unexpected error (UncheckedIOException)");
    var r =
        new FeedHealth.Rejection(java.time.Instant.EPOCH, "x".repeat(1000), " a\u2066b\n", true);
    assertThat(r.reason()).isEqualTo("a b");
    assertThat(r.item()).hasSize(FeedHealth.MAX_TEXT + 1); // Texts.oneLine: TextsTest
  }
}
