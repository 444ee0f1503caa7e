package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 13 against what the API accepts in a request body (strict JSON, languages
 * and dates, ids, URLs, one bad article among many, oversized words and comparisons): each test
 * fails on the code before the hardening. The HTTP layer's checks are {@link ApiHardeningTest}'s.
 */
class ApiInputHardeningTest extends LoopbackApiTest {
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
