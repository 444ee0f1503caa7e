package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a new user met on the API in session 25: a guessed route names where the routes are and how
 * to search; a query with no word to search for is an error, not an empty list; a posted text
 * holding control characters is stored without them and the answer says so.
 */
class UserRun25ApiTest extends LoopbackApiTest {

  @Test
  void anUnknownApiRouteNamesTheRoutesAndTheSearch() throws Exception {
    TestServer.Reply r = t.get("/api/search?q=Trump");
    assertError(r, 404, "no route GET /api/search: the API's routes are in /api/openapi.json");
    assertThat(r.json().get("error").asText()).contains("search: GET /api/stories?q=WORDS");
  }

  @Test
  void aQueryWithNoLetterOrDigitIsAnError() throws Exception {
    for (String q : new String[] {"*", "%3A", "%22", "*+%3F+-"}) {
      assertError(t.get("/api/stories?q=" + q), 400, "has no word to search for");
    }
    assertThat(t.get("/api/stories?q=%DB%B1%DB%B2").status()).isEqualTo(200); // ۱۲, digits
  }

  @Test
  void controlCharactersOfAPostedTextAreRemovedWithAWarning() throws Exception {
    TestServer.Reply r =
        t.post(
            "/api/articles",
            "{\"id\": \"qa25-ctl\", \"lang\": \"fa\", \"title\": \"زلزله در وان\", \"text\":"
                + " \"\\u0000\\u0001زلزله‌ای به بزرگی ۶ ریشتر استان وان را لرزاند.\"}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("warnings").toString())
        .contains(
            "article: text: 2 control characters removed (the first, U+0000, at character 1)");
    assertThat(t.get("/api/articles/qa25-ctl").body())
        .contains("زلزله‌ای به بزرگی")
        .doesNotContain("\\u0000", "\\u0001");
  }
}
