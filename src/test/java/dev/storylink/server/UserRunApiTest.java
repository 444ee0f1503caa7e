package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a new user met on the API and the page (session 22): a posted text in no identifiable
 * language is named by its place in the request, not by the id made from its text; the page asks
 * for no favicon the server does not have.
 */
class UserRunApiTest extends LoopbackApiTest {
  private static final String QUAKE =
      "An earthquake of magnitude 6.1 struck Van province in eastern Turkey on Sunday, killing 34"
          + " people and injuring 120, the interior minister said.";

  @Test
  void anUnidentifiableTextIsNamedByItsSideNotByAHash() throws Exception {
    TestServer.Reply link =
        t.post("/api/link", "{\"a\": \"" + QUAKE + "\", \"b\": \"12345 67890\"}");
    assertError(link, 400, "\"b\": could not identify the language");
    assertThat(link.json().get("error").asText()).doesNotContainPattern("t-[0-9a-f]{16}");
    TestServer.Reply compare =
        t.post("/api/compare", "{\"articles\": [\"12345 67890\", \"" + QUAKE + "\"]}");
    assertError(compare, 400, "articles[0]: could not identify the language");
    assertThat(compare.json().get("error").asText()).doesNotContainPattern("t-[0-9a-f]{16}");
  }

  @Test
  void thePageDeclaresItsIconSoNoFaviconRequestFails() throws Exception {
    TestServer.Reply page = t.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<link rel=\"icon\" href=\"data:,\">");
  }
}
