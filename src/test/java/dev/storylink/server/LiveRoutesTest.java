package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.storylink.app.StoryLink;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.ingest.InputGuard;
import dev.storylink.monitor.FeedPoller;
import dev.storylink.monitor.IngestQueue;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-mode routes: GET/POST /api/feeds, POST /api/ingest/url, the feeds page code. */
@dev.storylink.core.SuppressForbidden(reason = "a local news server (jdk.httpserver)")
class LiveRoutesTest {
  private static final String TEXT =
      "Dockworkers at the port of Rotterdam began a 48-hour strike on Thursday, halting container"
          + " traffic at Maasvlakte. The FNV union said 4,000 workers demand a wage increase.";

  @TempDir Path tmp;
  private HttpServer news;
  private String newsBase;
  private StoryLink sl;
  private IngestQueue queue;
  private FeedPoller poller;
  private ApiServer api;
  private TestClient client;

  /** HTTP helpers of TestServer over any started ApiServer. */
  private static final class TestClient {
    final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    final String base;

    TestClient(int port) {
      base = "http://127.0.0.1:" + port;
    }

    TestServer.Reply send(HttpRequest.Builder b) throws Exception {
      var r = http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      Map<String, String> h = new java.util.LinkedHashMap<>();
      r.headers()
          .map()
          .forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
      return new TestServer.Reply(r.statusCode(), r.body(), h);
    }

    TestServer.Reply get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    TestServer.Reply post(String path, String json, String... headers) throws Exception {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return send(b);
    }
  }

  @BeforeEach
  void startNews() throws Exception {
    news = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    news.createContext(
        "/feed.xml",
        ex ->
            respond(
                ex.getResponseBody(),
                ex,
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Harbour News</title><language>en</language>"
                    + "<item><guid>strike-1</guid><title>Strike in Rotterdam</title><description>"
                    + TEXT
                    + "</description></item></channel></rss>"));
    news.createContext(
        "/story.html",
        ex ->
            respond(
                ex.getResponseBody(),
                ex,
                "text/html; charset=utf-8",
                "<html lang=\"en\"><head><title>Strike in Rotterdam</title>"
                    + "<meta property=\"article:published_time\" content=\"2025-06-05\"></head>"
                    + "<body><article><p>"
                    + TEXT
                    + "</p></article></body></html>"));
    news.createContext(
        "/bad.xml",
        ex ->
            respond(
                ex.getResponseBody(),
                ex,
                "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>Bad News</title><language>en</language>"
                    + "<item><guid>strike-2</guid><title>Strike in Rotterdam</title><description>"
                    + TEXT
                    + "</description></item><item><guid>empty</guid>"
                    + "<link>https://bad.example/&lt;img src=x onerror=alert(1)&gt;</link></item>"
                    + "</channel></rss>"));
    news.start();
    newsBase = "http://127.0.0.1:" + news.getAddress().getPort();
  }

  private static void respond(
      OutputStream o, com.sun.net.httpserver.HttpExchange ex, String type, String body)
      throws java.io.IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, b.length);
    try (o) {
      o.write(b);
    }
  }

  private void startApi(boolean allowPrivate, boolean live) {
    sl = StoryLink.builder().dataDir(tmp.resolve("data")).languages(() -> text -> "en").build();
    queue = new IngestQueue(sl);
    poller =
        new FeedPoller(
            new FeedPoller.Config(
                Duration.ofMillis(200),
                Duration.ZERO,
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                1 << 20,
                false,
                false,
                2),
            queue);
    StoreStoryRepository repo = new StoreStoryRepository(sl);
    HttpFetcher pages =
        new HttpFetcher(
            new InputGuard(1 << 20), Duration.ofSeconds(2), Duration.ofSeconds(5), allowPrivate);
    api =
        new ApiServer(repo, sl.featureExtractor(), sl.comparer(), sl.linkScorer())
            .routes(new FeedRoutes(sl, live ? Optional.of(poller) : Optional.empty())::register)
            .routes(new IngestRoutes(repo, pages)::register)
            .start(ServerConfig.of("127.0.0.1", Optional.empty()), 0);
    client = new TestClient(api.port());
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
      poller.close();
      queue.close();
      sl.close();
    }
    news.stop(0);
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 120 s: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  private JsonNode feeds() {
    try {
      return client.get("/api/feeds").json();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aFeedAddedThroughTheApiIsPolledAndItsStoryIsListed() throws Exception {
    startApi(false, true);
    JsonNode empty = feeds();
    assertThat(empty.get("live").asBoolean()).isTrue();
    assertThat(empty.get("feeds")).isEmpty();
    assertThat(empty.at("/store/articles").asLong()).isZero();

    String feed = newsBase + "/feed.xml";
    TestServer.Reply added = client.post("/api/feeds", "{\"url\": \"" + feed + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("location").asText()).isEqualTo(feed);

    await("stored", () -> feeds().at("/store/articles").asLong() == 1);
    JsonNode f = feeds().get("feeds").get(0);
    assertThat(f.get("title").asText()).isEqualTo("Harbour News");
    assertThat(f.get("state").asText()).isIn("ok", "not-modified");
    JsonNode stories = client.get("/api/stories").json();
    assertThat(stories.at("/items/0/headline").asText()).isEqualTo("Strike in Rotterdam");

    assertThat(client.post("/api/feeds", "{\"url\": \"" + feed + "\"}").status()).isEqualTo(409);
    String other = feed.replaceFirst("^http:", "HTTP:") + "#latest";
    TestServer.Reply again = client.post("/api/feeds", "{\"url\": \"" + other + "\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText())
        .isEqualTo("already watched: " + other + " (same feed as " + feed + ")");
    assertThat(client.post("/api/feeds", "{\"url\": \"file:///etc/passwd\"}").status())
        .isEqualTo(400);
    assertThat(client.post("/api/feeds", "{\"url\": \"/etc/passwd\"}").status()).isEqualTo(400);
    assertThat(client.post("/api/feeds", "{}").json().get("error").asText()).contains("expected");
  }

  @Test
  void writesFromAnotherSiteAreRefused() throws Exception {
    startApi(true, true);
    TestServer.Reply r =
        client.post(
            "/api/feeds",
            "{\"url\": \"" + newsBase + "/feed.xml\"}",
            "Origin",
            "http://evil.example");
    assertThat(r.status()).isEqualTo(403);
    TestServer.Reply u =
        client.post(
            "/api/ingest/url",
            "{\"url\": \"" + newsBase + "/story.html\"}",
            "Origin",
            "http://evil.example");
    assertThat(u.status()).isEqualTo(403);
    assertThat(feeds().get("feeds")).isEmpty();
  }

  @Test
  void aPageIsAddedByUrlWhenItsAddressIsAllowed() throws Exception {
    startApi(true, true);
    String page = newsBase + "/story.html";
    TestServer.Reply r = client.post("/api/ingest/url", "{\"url\": \"" + page + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().at("/added/0/id").asText()).isEqualTo(page);
    JsonNode a =
        client
            .get("/api/articles/" + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8))
            .json();
    assertThat(a.at("/article/date").asText()).isEqualTo("2025-06-05");
    assertThat(a.at("/article/text").asText()).contains("FNV union");

    TestServer.Reply again = client.post("/api/ingest/url", "{\"url\": \"" + page + "\"}");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.json().get("error").asText()).contains("duplicate of stored article");
    assertThat(client.post("/api/ingest/url", "{\"url\": \"javascript:alert(1)\"}").status())
        .isEqualTo(400);
  }

  @Test
  void aReadOnlyStoreRefusesAPageByUrlBeforeFetchingIt() throws Exception {
    Path data = tmp.resolve("read-only");
    try (dev.storylink.store.ArticleStore s = dev.storylink.store.ArticleStore.open(data)) {
      s.commit(Map.of());
    }
    java.util.concurrent.atomic.AtomicInteger hits =
        new java.util.concurrent.atomic.AtomicInteger();
    news.createContext(
        "/counted.html",
        ex -> {
          hits.incrementAndGet();
          respond(ex.getResponseBody(), ex, "text/html; charset=utf-8", "<p>" + TEXT + "</p>");
        });
    try (StoryLink ro =
        StoryLink.builder().dataDir(data).readOnly(true).languages(() -> text -> "en").build()) {
      StoreStoryRepository repo = new StoreStoryRepository(ro);
      HttpFetcher pages =
          new HttpFetcher(
              new InputGuard(1 << 20), Duration.ofSeconds(2), Duration.ofSeconds(5), true);
      ApiServer server =
          new ApiServer(repo, ro.featureExtractor(), ro.comparer(), ro.linkScorer())
              .routes(new IngestRoutes(repo, pages)::register)
              .start(ServerConfig.of("127.0.0.1", Optional.empty()), 0);
      try {
        TestServer.Reply r =
            new TestClient(server.port())
                .post("/api/ingest/url", "{\"url\": \"" + newsBase + "/counted.html\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("error").asText()).contains("read-only");
        assertThat(hits.get()).as("the page is not fetched").isZero();
      } finally {
        server.close();
      }
    }
  }

  @Test
  void aPrivateAddressIsRefusedByDefault() throws Exception {
    startApi(false, true);
    TestServer.Reply r =
        client.post("/api/ingest/url", "{\"url\": \"" + newsBase + "/story.html\"}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("error").asText()).contains("refused").contains("loopback");
  }

  @Test
  void aReadOnlyServerWatchesNoFeedsAndThePageCodeIsServed() throws Exception {
    startApi(false, false);
    assertThat(feeds().get("live").asBoolean()).isFalse();
    TestServer.Reply r = client.post("/api/feeds", "{\"url\": \"" + newsBase + "/feed.xml\"}");
    assertThat(r.status()).isEqualTo(409);
    TestServer.Reply js = client.get("/monitor.js");
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.header("content-type")).startsWith("text/javascript");
    assertThat(js.header("content-security-policy")).contains("script-src 'self'");
    assertThat(js.body()).contains("/api/feeds").doesNotContain("innerHTML");
    assertThat(client.get("/monitor.css").status()).isEqualTo(200);
    assertThat(client.get("/").body()).contains("<script src=\"/monitor.js\"></script>");
  }

  @Test
  void aFeedsRejectionsAreListedWithTheirReasons() throws Exception {
    startApi(false, true);
    String feed = newsBase + "/bad.xml";
    assertThat(client.post("/api/feeds", "{\"url\": \"" + feed + "\"}").status()).isEqualTo(201);
    await("read", () -> feeds().at("/feeds/0/ingested").asLong() == 1);
    JsonNode f = feeds().get("feeds").get(0);
    assertThat(f.get("rejected").asLong()).isEqualTo(1);
    assertThat(f.get("lastFetchError").isNull()).isTrue();
    JsonNode r = f.get("recentRejections");
    // the empty entry (not stored); the stored item's guid 'strike-2' is its id, not a link to
    // drop with a warning (session 22: an RSS guid that is no http(s) URL is no address)
    assertThat(r).hasSize(1);
    JsonNode entry = r.get(0);
    assertThat(entry.get("item").asText())
        .isEqualTo("https://bad.example/<img src=x onerror=alert(1)>");
    assertThat(entry.get("reason").asText()).isEqualTo("entry has neither title nor text");
    assertThat(entry.get("kept").asBoolean()).isFalse();
    assertThat(java.time.Instant.parse(entry.get("at").asText())).isNotNull();
    JsonNode api = client.get("/api/openapi.json").json();
    assertThat(
            api.at("/components/schemas/FeedHealth/properties/recentRejections/items/$ref")
                .asText())
        .isEqualTo("#/components/schemas/FeedRejection");
    assertThat(api.at("/components/schemas/FeedRejection/properties").fieldNames())
        .toIterable()
        .containsExactly("at", "item", "reason", "kept");
    assertThat(api.at("/components/schemas/FeedHealth/properties").fieldNames())
        .toIterable()
        .contains("lastFetchError", "recentRejections");
  }
}
