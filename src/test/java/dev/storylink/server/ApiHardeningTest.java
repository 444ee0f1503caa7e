package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.InputException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 13 against the API's HTTP layer (method override, security headers, Host
 * and Origin checks, the token for writes beyond loopback, error bodies): each test fails on the
 * code before the hardening. The request bodies' checks are {@link ApiInputHardeningTest}'s.
 */
class ApiHardeningTest extends LoopbackApiTest {
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
  void aBadPercentEncodingIsA400NotEveryStory() throws Exception {
    for (String bad :
        List.of(
            "/api/stories?q=%ZZ",
            "/api/stories?q=50%",
            "/api/stories?q=%FF",
            "/api/stories?lang=%G1",
            "/api/stories/x/facts?q=%Z",
            "/api/articles/a?x=%")) {
      TestServer.Reply r = t.raw(t.request("GET", bad, t.hostHeader(), Map.of(), ""));
      assertError(r, 400, "bad percent-encoding");
      assertThat(r.body()).as(bad).doesNotContain("\\n");
    }
    assertThat(t.get("/api/stories?q=%D8%A7%D8%B1%D8%AF%D9%88%D8%BA%D8%A7%D9%86+x").status())
        .isEqualTo(200);
    assertThat(t.get("/api/stories?q=100%25&limit=2").status()).isEqualTo(200);
  }

  @Test
  void aBinaryOrNonUtf8BodySaysWhatIsWrongAndWhereWithoutEchoingIt() throws Exception {
    byte[] latin1 = "{\"id\":\"x\",\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    byte[] nul = {'{', '"', 'i', 'd', '"', 0, (byte) 0x9C, (byte) 0xFE, '}'};
    byte[] high = {(byte) 0x80, (byte) 0xC1, (byte) 0xFE, (byte) 0xAD};
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 0, 'b', 'i', 'n'};
    Map<byte[], String> expected =
        Map.of(
            latin1, "invalid UTF-8 at byte offset 22",
            jpeg, "binary",
            nul, "a NUL byte at byte offset 5",
            high, "invalid UTF-8 at byte offset 0",
            utf16, "a UTF-16 byte order mark at byte offset 0");
    for (String path : List.of("/api/articles", "/api/compare", "/api/link")) {
      for (Map.Entry<byte[], String> e : expected.entrySet()) {
        TestServer.Reply r =
            t.send(
                HttpRequest.newBuilder(URI.create(t.base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(e.getKey())));
        assertError(r, 400, e.getValue());
        String msg = r.json().get("error").asText();
        assertThat(msg).as(path).startsWith("the request body is not JSON text");
        assertThat(msg.chars().allMatch(c -> c < 0x80)).as(msg + ": no echo").isTrue();
      }
    }
  }

  @Test
  void anEmptyQueryIsA400NotEveryStory() throws Exception {
    for (String blank : List.of("/api/stories?q=", "/api/stories?q=+++", "/api/stories?q=%09")) {
      TestServer.Reply r = t.raw(t.request("GET", blank, t.hostHeader(), Map.of(), ""));
      assertError(r, 400, "q is empty");
    }
    assertThat(t.get("/api/stories").status()).as("no q: every story").isEqualTo(200);
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
}
