package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.InputException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings of issue 13 against the API: each test fails on the code before the hardening. */
class ApiHardeningTest {
  private static final String EN =
      "The central bank raised its main interest rate by half a percentage point on Thursday,"
          + " saying inflation had stayed above its target for a third month in a row.";

  @TempDir static Path dir;
  private static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir.resolve("data"), ServerConfig.loopback());
  }

  @AfterAll
  static void stop() {
    if (t != null) {
      t.close();
    }
  }

  private static void assertError(TestServer.Reply r, int status, String contains) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).as(r.body()).startsWith("application/json");
    assertThat(r.json().get("error").asText()).contains(contains);
  }

  private static String article(String id, String extra) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + EN + "\"" + extra + "}";
  }

  @Test
  void methodOverrideIsOff() throws Exception {
    TestServer.Reply r =
        t.send(
            HttpRequest.newBuilder(URI.create(t.base + "/api/articles"))
                .header("X-HTTP-Method-Override", "POST")
                .header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString(article("override-1", ""))));
    assertThat(r.status()).as(r.body()).isNotEqualTo(201).isBetween(400, 499);
    assertThat(t.get("/api/articles/override-1").status()).isEqualTo(404);
    // and the header does not turn a POST into something else either
    TestServer.Reply p =
        t.send(
            HttpRequest.newBuilder(URI.create(t.base + "/api/articles"))
                .header("X-HTTP-Method-Override", "DELETE")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article("override-2", ""))));
    assertThat(p.status()).as(p.body()).isEqualTo(201);
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    List<TestServer.Reply> replies =
        List.of(
            t.get("/"),
            t.get("/app.js"),
            t.get("/style.css"),
            t.get("/api/stories"),
            t.get("/api/openapi.json"),
            t.get("/api/nothing-here"),
            t.get("/api/articles/none"),
            t.post("/api/stories", "{}"),
            t.post("/api/articles", "{bad"),
            t.post("/api/articles", "x".repeat(ApiServer.MAX_BODY_BYTES + 10)),
            t.raw(t.request("GET", "/api/stories", "attacker.example", Map.of(), "")),
            t.raw(t.request("GET", "/" + "a".repeat(20_000), t.hostHeader(), Map.of(), "")));
    for (TestServer.Reply r : replies) {
      assertThat(r.header("content-security-policy"))
          .as(r.status() + " " + r.body())
          .contains("default-src 'none'")
          .contains("script-src 'self'")
          .contains("style-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(r.header("x-frame-options")).as(r.body()).isEqualTo("DENY");
      assertThat(r.header("x-content-type-options")).as(r.body()).isEqualTo("nosniff");
      assertThat(r.header("referrer-policy")).as(r.body()).isEqualTo("no-referrer");
    }
  }

  @Test
  void theWebPageHasNoInlineScriptOrStyle() throws Exception {
    String html = t.get("/").body();
    assertThat(html)
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
        .doesNotContain("<style")
        .doesNotContain(" style=");
    String js = t.get("/app.js").body();
    assertThat(js)
        .doesNotContain("javascript:")
        .doesNotContain("style:")
        .doesNotContain("innerHTML");
  }

  @Test
  void forgedHostIsRefused() throws Exception {
    String body = article("rebind-1", "");
    TestServer.Reply write =
        t.raw(
            t.request(
                "POST",
                "/api/articles",
                "attacker.example:" + t.server.port(),
                Map.of("Content-Type", "application/json"),
                body));
    assertError(write, 403, "Host");
    assertThat(t.get("/api/articles/rebind-1").status()).isEqualTo(404);
    assertError(
        t.raw(t.request("GET", "/api/stories", "attacker.example", Map.of(), "")), 403, "Host");
    assertError(t.raw(t.request("GET", "/api/stories", "", Map.of(), "")), 403, "Host");
    for (String ok :
        List.of(t.hostHeader(), "localhost:" + t.server.port(), "127.0.0.1", "LOCALHOST")) {
      assertThat(t.raw(t.request("GET", "/api/stories", ok, Map.of(), "")).status())
          .as(ok)
          .isEqualTo(200);
    }
  }

  @Test
  void crossSiteOriginIsRefusedOnWrites() throws Exception {
    for (String origin :
        List.of("http://attacker.example", "null", "http://127.0.0.1:1", "file://")) {
      TestServer.Reply r =
          t.raw(
              t.request(
                  "POST",
                  "/api/articles",
                  t.hostHeader(),
                  Map.of("Content-Type", "application/json", "Origin", origin),
                  article("origin-1", "")));
      assertError(r, 403, "cross-site");
    }
    assertThat(t.get("/api/articles/origin-1").status()).isEqualTo(404);
    TestServer.Reply site =
        t.raw(
            t.request(
                "POST",
                "/api/articles",
                t.hostHeader(),
                Map.of("Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"),
                article("origin-1", "")));
    assertError(site, 403, "cross-site");
    TestServer.Reply same =
        t.raw(
            t.request(
                "POST",
                "/api/articles",
                t.hostHeader(),
                Map.of("Content-Type", "application/json", "Origin", "http://" + t.hostHeader()),
                article("origin-2", "")));
    assertThat(same.status()).as(same.body()).isEqualTo(201);
    // reads from elsewhere are not refused by Origin (the browser's same-origin policy hides them)
    assertThat(
            t.raw(
                    t.request(
                        "GET",
                        "/api/stories",
                        t.hostHeader(),
                        Map.of("Origin", "http://x.example"),
                        ""))
                .status())
        .isEqualTo(200);
  }

  @Test
  void tokenIsRequiredForWritesBeyondLoopback(@TempDir Path tmp) throws Exception {
    assertThatThrownBy(() -> ServerConfig.of("0.0.0.0", Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("STORYLINK_TOKEN");
    assertThatThrownBy(() -> ServerConfig.forServe("192.168.1.20", Optional.empty(), Map.of()))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> ServerConfig.of("0.0.0.0", Optional.of("short")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("at least");
    String token = "s3cret-token-0123456789";
    ServerConfig lan =
        ServerConfig.forServe("0.0.0.0", Optional.empty(), Map.of("STORYLINK_TOKEN", token));
    assertThat(lan.token()).contains(token);
    assertThat(lan.loopbackOnly()).isFalse();
    assertThat(lan.warning()).get().asString().contains("warning").contains("0.0.0.0");
    Path file = Files.writeString(tmp.resolve("token"), token + "\n");
    assertThat(ServerConfig.forServe("192.168.1.20", Optional.of(file), Map.of()).token())
        .contains(token);
    assertThat(ServerConfig.forServe("192.168.1.20", Optional.of(file), Map.of()).allowedHosts())
        .contains("192.168.1.20", "localhost", "127.0.0.1");
    assertThat(ServerConfig.loopback().warning()).isEmpty();
    assertThat(ServerConfig.of("::1", Optional.empty()).loopbackOnly()).isTrue();

    // the token check itself, on a loopback server that carries one
    ServerConfig withToken =
        new ServerConfig("127.0.0.1", Optional.of(token), ServerConfig.loopback().allowedHosts());
    try (TestServer s = new TestServer(tmp.resolve("data"), withToken)) {
      assertError(s.post("/api/articles", article("tok-1", "")), 401, "Bearer");
      TestServer.Reply wrong =
          s.send(
              HttpRequest.newBuilder(URI.create(s.base + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token + "x")
                  .POST(HttpRequest.BodyPublishers.ofString(article("tok-1", ""))));
      assertError(wrong, 401, "Bearer");
      TestServer.Reply right =
          s.send(
              HttpRequest.newBuilder(URI.create(s.base + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(HttpRequest.BodyPublishers.ofString(article("tok-1", ""))));
      assertThat(right.status()).as(right.body()).isEqualTo(201);
      assertThat(s.get("/api/articles/tok-1").status()).isEqualTo(200);
    }
  }

  @Test
  void jettyErrorsAreJson() throws Exception {
    assertError(
        t.raw(t.request("GET", "/" + "a".repeat(20_000), t.hostHeader(), Map.of(), "")),
        414,
        "414");
    assertError(
        t.raw(
            t.request(
                "GET", "/api/stories", t.hostHeader(), Map.of("X-Big", "b".repeat(20_000)), "")),
        431,
        "431");
    TestServer.Reply bad =
        t.raw("GET /api/stories HTTP/1.1\r\nHost: " + t.hostHeader() + "\r\nBad Header\r\n\r\n");
    assertError(bad, 400, "400");
    TestServer.Reply ambiguous =
        t.raw(t.request("GET", "/api/%2e%2e/%2e%2e/etc/passwd", t.hostHeader(), Map.of(), ""));
    assertThat(ambiguous.status()).isBetween(400, 404);
    assertThat(ambiguous.header("content-type")).startsWith("application/json");
  }

  @Test
  void strictJsonBodies() throws Exception {
    assertError(
        t.post("/api/articles", article("trail-1", "") + " garbage"), 400, "malformed JSON");
    assertError(t.post("/api/articles", article("trail-2", "") + "{}"), 400, "malformed JSON");
    TestServer.Reply jsonl =
        t.post("/api/articles", article("jsonl-1", "") + "\n" + article("jsonl-2", ""));
    assertError(jsonl, 400, "more than one JSON value");
    assertThat(jsonl.body()).doesNotContain("Jackson").doesNotContain("FAIL_ON_TRAILING_TOKENS");
    TestServer.Reply open = t.post("/api/articles", "{\"id\": \"open-1\"");
    assertError(open, 400, "(opened at line 1, column 1)");
    assertThat(open.body()).doesNotContain("REDACTED");
    assertError(
        t.post("/api/articles", article("type-1", ""), "application/jsonfoo"),
        415,
        "application/json");
    assertError(
        t.post("/api/articles", article("type-2", ""), "application/json; charset=latin1"),
        415,
        "UTF-8");
    assertThat(
            t.post("/api/articles", article("type-3", ""), "application/json; charset=UTF-8")
                .status())
        .isEqualTo(201);
    assertThat(t.post("/api/articles", article("type-4", "") + "\n  ").status()).isEqualTo(201);
  }

  @Test
  void languagesAndDatesAsInTheCli() throws Exception {
    assertError(
        t.post("/api/articles", article("lang-1", ",\"lang\":\"klingon\"")),
        400,
        "not an ISO 639-1 code");
    assertError(
        t.post("/api/articles", article("lang-2", ",\"lang\":\"xx\"")),
        400,
        "not an ISO 639-1 code");
    for (String tag : List.of("en-US", "en_GB", "EN")) {
      String id = "lang-" + tag;
      assertThat(t.post("/api/articles", article(id, ",\"lang\":\"" + tag + "\"")).status())
          .as(tag)
          .isEqualTo(201);
      assertThat(t.get("/api/articles/" + id).json().get("article").get("lang").asText())
          .isEqualTo("en");
    }
    assertThat(
            t.post("/api/articles", article("date-1", ",\"date\":\"2020-02-29T10:00:00\""))
                .status())
        .isEqualTo(201);
    assertThat(t.get("/api/articles/date-1").json().get("article").get("date").asText())
        .isEqualTo("2020-02-29");
    assertThat(
            t.post("/api/articles", article("date-2", ",\"date\":\"2020-02-29T10:00:00Z\""))
                .status())
        .isEqualTo(201);
    assertError(
        t.post("/api/articles", article("date-3", ",\"date\":\"0000-01-01\"")), 400, "1900");
    assertError(
        t.post("/api/articles", article("date-4", ",\"date\":\"+999999999-12-31\"")), 400, "date");
  }

  @Test
  void declaredLanguageIsKeptWithAWarning() throws Exception {
    TestServer.Reply r = t.post("/api/articles", article("sv-1", ",\"lang\":\"sv\""));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("warnings").toString())
        .contains("declared lang 'sv'")
        .contains("reads as 'en'");
    assertThat(t.get("/api/articles/sv-1").json().get("article").get("lang").asText())
        .isEqualTo("sv");
    TestServer.Reply quiet = t.post("/api/articles", article("en-1", ",\"lang\":\"en\""));
    assertThat(quiet.json().get("warnings")).isEmpty();
  }

  @Test
  void spoofingIdsAndNulBytes() throws Exception {
    assertError(t.post("/api/articles", article("evil\\u202Efdp.exe", "")), 400, "U+202E");
    assertError(t.post("/api/articles", article("a\\u2066b", "")), 400, "control character");
    assertError(t.post("/api/articles", article("a\\u0000b", "")), 400, "control character");
    TestServer.Reply r =
        t.post(
            "/api/articles",
            "{\"id\":\"nul-1\",\"title\":\"Ti\\u0000tle\",\"source\":\"Wi\\u0000re\",\"text\":\""
                + EN.replace("bank", "ba\\u0000nk")
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode a = t.get("/api/articles/nul-1").json().get("article");
    assertThat(a.get("title").asText()).isEqualTo("Title");
    assertThat(a.get("source").asText()).isEqualTo("Wire");
    assertThat(a.get("text").asText()).doesNotContain("\u0000").contains("central bank");
  }

  @Test
  void dangerousUrlsAreDroppedWithAWarning() throws Exception {
    int i = 0;
    for (String url :
        List.of(
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=")) {
      String id = "url-" + i++;
      TestServer.Reply r = t.post("/api/articles", article(id, ",\"url\":\"" + url + "\""));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      assertThat(r.json().get("warnings").toString()).as(url).contains("url dropped");
      assertThat(t.get("/api/articles/" + id).json().get("article").get("url").asText())
          .as(url)
          .isEmpty();
    }
    TestServer.Reply ok =
        t.post("/api/articles", article("url-ok", ",\"url\":\"https://news.example/a\""));
    assertThat(ok.json().get("warnings")).isEmpty();
    assertThat(t.get("/api/articles/url-ok").json().get("article").get("url").asText())
        .isEqualTo("https://news.example/a");
  }

  @Test
  void oneBadArticleInAnArrayIsRejectedWithItsPosition() throws Exception {
    String array =
        "["
            + article("arr-0", "")
            + ","
            + article("arr-1", ",\"lang\":\"klingon\"")
            + ","
            + article("i".repeat(600), "")
            + ","
            + article("arr-3", "")
            + "]";
    TestServer.Reply r = t.post("/api/articles", array);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("added")).hasSize(2);
    String rejected = r.json().get("rejected").toString();
    assertThat(rejected)
        .contains("article [1]: unknown language 'klingon'")
        .contains("article [2]: id of 600 characters");
    assertThat(t.get("/api/articles/arr-0").status()).isEqualTo(200);
    assertThat(t.get("/api/articles/arr-3").status()).isEqualTo(200);
  }

  @Test
  void aHugeWordIsThatArticlesErrorAndIngestGoesOn() throws Exception {
    assertError(
        t.post(
            "/api/articles",
            article("word-1", "").replace("\"text\":\"", "\"text\":\"" + "w".repeat(40_000) + " ")),
        400,
        "without a space");
    assertError(
        t.post("/api/articles", article("i".repeat(33_000), "")), 400, "id of 33000 characters");
    TestServer.Reply next = t.post("/api/articles", article("word-2", ",\"lang\":\"en\""));
    assertThat(next.status()).as(next.body()).isEqualTo(201);
    TestServer.Reply other =
        t.post(
            "/api/articles",
            "{\"id\":\"word-3\",\"text\":\"Le conseil municipal a adopté le budget mardi après un long débat.\",\"lang\":\"fr\"}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
  }

  @Test
  void allowedHostsOfAConfig() {
    assertThat(ServerConfig.loopback().allowedHosts()).contains("localhost", "127.0.0.1", "[::1]");
    assertThat(ServerConfig.loopback().withAllowedHost("News.Lan").allowedHosts())
        .contains("news.lan");
    assertThat(SecurityFilter.hostName("[::1]:8080")).contains("[::1]");
    assertThat(SecurityFilter.hostName("Example.org:80")).contains("example.org");
    assertThat(SecurityFilter.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080")).isTrue();
    assertThat(SecurityFilter.sameOrigin("http://127.0.0.1:8081", "127.0.0.1:8080")).isFalse();
    assertThat(Set.copyOf(SecurityFilter.HEADERS.keySet())).contains("X-Frame-Options");
  }

  /** Issue 13 item 2: a comparison beyond the documented caps is a 422, quickly, not minutes. */
  @Test
  void anOversizedComparisonIsRefusedWithItsLimit() throws Exception {
    String sentence = "The council met on Monday and approved the budget for the new school. ";
    String huge =
        sentence.repeat(2_000); // about 140,000 chars, over ComparisonLimits.MAX_TEXT_CHARS
    String body =
        "{\"articles\":[{\"lang\":\"en\",\"text\":\""
            + huge
            + "\"},{\"lang\":\"en\",\"text\":\""
            + huge
            + "\"}]}";
    TestServer.Reply r = t.post("/api/compare", body);
    assertError(r, 422, "120000");
    assertThat(r.body().length()).isLessThan(1_000);
    // many identical short sentences stay within the caps, and the answer is bounded
    String many = "Floods killed 12 people in Valencia. ".repeat(300);
    TestServer.Reply ok =
        t.post(
            "/api/compare",
            "{\"articles\":[{\"lang\":\"en\",\"text\":\""
                + many
                + "\"},{\"lang\":\"en\",\"text\":\""
                + many
                + "\"}]}");
    assertThat(ok.status())
        .as(ok.body().substring(0, Math.min(300, ok.body().length())))
        .isIn(200, 422);
    assertThat(ok.body().length()).isLessThan(4_000_000);
  }
}
