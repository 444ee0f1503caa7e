package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over a real store in a temporary directory, fed the e2e fixture articles. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static ArticleStore store;
  private static ApiServer server;
  private static HttpClient http;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    store = ArticleStore.open(dir.resolve("data"));
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    server =
        new ApiServer(
                new StoreStoryRepository(store, langId),
                new FeatureExtractor(CorpusStats.background(), langId),
                new CoverageComparer(CorpusStats.background()),
                FeaturePairScorer.shipped())
            .start("127.0.0.1", 0);
    http = HttpClient.newHttpClient();
    base = "http://127.0.0.1:" + server.port();
    StringBuilder array = new StringBuilder("[");
    for (String line :
        Files.readAllLines(Path.of("e2e/fixtures/articles.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        array.append(array.length() > 1 ? "," : "").append(line);
      }
    }
    array.append("]");
    Reply r = post("/api/articles", array.toString());
    assertThat(r.status).as(r.body).isEqualTo(201);
    assertThat(r.json().get("added")).hasSize(6);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  record Reply(int status, String body, String type) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static Reply send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r =
        http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""));
  }

  static Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  static Reply post(String path, String body) throws Exception {
    return post(path, body, "application/json");
  }

  static Reply post(String path, String body, String type) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static String storyOf(String articleId) throws Exception {
    return get("/api/articles/" + articleId).json().get("storyId").asText();
  }

  @Test
  void listsStoriesWithLanguagesAndSources() throws Exception {
    Reply r = get("/api/stories");
    assertThat(r.status).isEqualTo(200);
    assertThat(r.type).startsWith("application/json");
    JsonNode items = r.json().get("items");
    assertThat(items.size()).isGreaterThanOrEqualTo(2);
    JsonNode quake = null;
    for (JsonNode s : items) {
      if (s.get("id").asText().equals(storyOf("quake-en"))) {
        quake = s;
      }
    }
    assertThat(quake).isNotNull();
    assertThat(JSON.convertValue(quake.get("languages"), List.class))
        .containsExactly("ar", "de", "en", "fa");
    assertThat(JSON.convertValue(quake.get("sources"), List.class))
        .contains("wire.example", "khabar.example");
    assertThat(quake.get("firstDate").asText()).isEqualTo("2025-03-04");
  }

  @Test
  void filtersAndPages() throws Exception {
    assertThat(get("/api/stories?lang=fa").json().get("items")).hasSize(1);
    assertThat(get("/api/stories?lang=ru").json().get("items")).isEmpty();
    assertThat(get("/api/stories?from=2025-03-06").json().get("items")).hasSize(1);
    assertThat(get("/api/stories?from=2025-01-01&to=2025-03-05").json().get("items")).hasSize(1);
    assertThat(get("/api/stories?q=Lagarde").json().get("items").get(0).get("id").asText())
        .isEqualTo(storyOf("rates-en"));
    assertThat(
            get("/api/stories?q=%D8%A3%D8%B1%D8%AF%D9%88%D8%BA%D8%A7%D9%86")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asText())
        .as("Arabic query أردوغان finds the quake story")
        .isEqualTo(storyOf("quake-en"));
    JsonNode page = get("/api/stories?limit=1").json();
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("hasMore").asBoolean()).isTrue();
    JsonNode second = get("/api/stories?limit=1&offset=1").json();
    assertThat(get("/api/stories?limit=1&offset=100").json().get("hasMore").asBoolean()).isFalse();
    assertThat(second.get("items").get(0).get("id"))
        .isNotEqualTo(page.get("items").get(0).get("id"));
  }

  @Test
  void storyHasEventsAndATimeline() throws Exception {
    JsonNode d = get("/api/stories/" + storyOf("quake-fa")).json();
    assertThat(d.get("events")).hasSize(4);
    JsonNode articles = d.get("articles");
    assertThat(articles).hasSize(4);
    assertThat(articles.get(3).get("id").asText()).as("latest date last").isEqualTo("quake-fa");
    assertThat(articles.get(0).has("text")).isFalse();
  }

  @Test
  void articleHasItsText() throws Exception {
    JsonNode a = get("/api/articles/quake-ar").json();
    assertThat(a.get("article").get("lang").asText()).isEqualTo("ar");
    assertThat(a.get("article").get("text").asText()).contains("أردوغان");
    assertThat(a.get("eventId").asText()).isNotBlank();
  }

  @Test
  void comparesStoredArticles() throws Exception {
    Reply r = post("/api/compare", "{\"ids\":[\"quake-ar\",\"quake-fa\"]}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode c = r.json();
    assertThat(c.get("a").get("dir").asText()).isEqualTo("rtl");
    assertThat(c.get("links").size()).isGreaterThanOrEqualTo(3);
    assertThat(c.get("onlyInB").toString()).contains("\"30\"", "Iran");
  }

  @Test
  void comparesAndLinksStoredArticlesByIdAAndIdB() throws Exception {
    Reply c = post("/api/compare", "{\"idA\":\"quake-ar\",\"idB\":\"quake-fa\"}");
    assertThat(c.status).as(c.body).isEqualTo(200);
    assertThat(c.json().get("a").get("id").asText()).isEqualTo("quake-ar");
    assertThat(c.json().get("rows").size()).isPositive();
    assertThat(c.json().has("statementsOnlyInB")).isTrue();
    Reply l = post("/api/link", "{\"idA\":\"quake-ar\",\"idB\":\"quake-fa\"}");
    assertThat(l.status).as(l.body).isEqualTo(200);
    assertThat(l.json().get("langA").asText()).isEqualTo("ar");
    expectError(
        post("/api/link", "{\"idA\":\"quake-ar\",\"idB\":\"no-such-id\"}"), 404, "no-such-id");
    expectError(
        post("/api/link", "{\"idA\":\"quake-ar\",\"b\":\"some text\"}"), 400, "exactly one");
  }

  @Test
  void refusesAnIdPostedAsText() throws Exception {
    expectError(
        post("/api/link", "{\"a\":\"000_a6aba22b4ac3ca80\",\"b\":\"quake-fa-2\"}"), 400, "idA");
    expectError(post("/api/compare", "{\"articles\":[\"quake-ar-1\",\"quake-fa-1\"]}"), 400, "idA");
    assertThat(PairRoutes.looksLikeId("Floods killed 12 people.")).isFalse();
    assertThat(PairRoutes.looksLikeId("ab")).isFalse();
  }

  @Test
  void comparesPostedTexts() throws Exception {
    Reply r = compareValencia("12");
    assertThat(r.status).as(r.body).isEqualTo(200);
    assertThat(r.json().get("links")).hasSize(1);
    assertThat(r.json().get("differingFigures")).as(r.body).isEmpty();
    // 12 killed against 14: the figures that differ
    r = compareValencia("14");
    JsonNode d = r.json().get("differingFigures");
    assertThat(d).as(r.body).hasSize(1);
    assertThat(d.get(0).get("role").asText()).isEqualTo("killed");
    assertThat(d.get(0).get("a").get("label").asText()).isEqualTo("12");
    assertThat(d.get(0).get("b").get("label").asText()).isEqualTo("14");
  }

  /** English "12 killed" against German with {@code deToll} killed, through POST /api/compare. */
  private static Reply compareValencia(String deToll) throws Exception {
    return post(
        "/api/compare",
        "{\"articles\":[{\"lang\":\"en\",\"text\":\"Floods killed 12 people in Valencia on Monday.\"},"
            + "{\"lang\":\"de\",\"text\":\"Bei Überschwemmungen in Valencia starben am Montag "
            + deToll
            + " Menschen.\"}]}");
  }

  @Test
  void linksTwoTexts() throws Exception {
    Reply r =
        post(
            "/api/link",
            "{\"a\":{\"lang\":\"en\",\"text\":\"Putin and Rouhani discussed Idlib and the Astana talks in a phone call on Saturday.\"},"
                + "\"b\":{\"lang\":\"ru\",\"text\":\"Путин и Роухани обсудили Идлиб и астанинский процесс по телефону в субботу.\"}}");
    assertThat(r.status).as(r.body).isEqualTo(200);
    JsonNode j = r.json();
    assertThat(j.get("probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("similarity").asDouble()).isBetween(1.0, 4.0);
    assertThat(j.get("reasons").toString()).contains("Putin");
  }

  @Test
  void ingestsOneObjectAndRejectsItsDuplicate() throws Exception {
    String one =
        "{\"id\":\"solo-1\",\"lang\":\"en\",\"date\":\"2024-01-07\",\"title\":\"Volcano erupts in Iceland\",\"text\":\"The volcano near Grindavik erupted again on Sunday.\"}";
    Reply r = post("/api/articles", one);
    assertThat(r.status).as(r.body).isEqualTo(201);
    assertThat(r.json().get("added").get(0).get("storyId").asText()).isNotBlank();
    Reply again = post("/api/articles", one);
    assertThat(again.status).isEqualTo(422);
    assertThat(again.json().get("error").asText())
        .contains("duplicate of stored article 'solo-1' (same id)");
  }

  @Test
  void badInputIsA4xxWithAJsonError() throws Exception {
    expectError(post("/api/compare", "{bad"), 400, "malformed JSON");
    expectError(post("/api/compare", "{\"ids\":[\"quake-en\"]}"), 400, "two article ids");
    expectError(post("/api/compare", "{}"), 400, "exactly one");
    expectError(post("/api/compare", "{\"ids\":[\"quake-en\",\"nope\"]}"), 404, "nope");
    expectError(
        post("/api/compare", "{\"ids\":[\"a\",\"b\"]}", "text/plain"), 415, "application/json");
    expectError(post("/api/link", "{\"a\":\"some text\"}"), 400, "\"b\" is missing");
    expectError(post("/api/link", "[]"), 400, "expected");
    expectError(post("/api/articles", "[]"), 400, "at least one");
    expectError(post("/api/articles", "{\"text\":\"x\",\"lang\":7}"), 400, "must be a string");
    expectError(post("/api/articles", "{\"text\":\"x\",\"colour\":\"red\"}"), 400, "unknown field");
    expectError(
        post("/api/articles", "{\"text\":\"x\",\"titel\":\"y\"}"),
        400,
        "unknown field 'titel' (did you mean 'title'?)");
    // every bad field of one article in one message, not only the first
    Reply several =
        post(
            "/api/articles",
            "{\"text\":\"x\",\"titel\":\"y\",\"lang\":\"xx\",\"date\":\"2020-13-45\"}");
    expectError(several, 400, "unknown field 'titel'");
    assertThat(several.json().get("error").asText())
        .contains("unknown language 'xx'")
        .contains("date must be yyyy-MM-dd");
    expectError(post("/api/articles", "{\"text\":\"x\",\"date\":\"yesterday\"}"), 400, "date");
    expectError(post("/api/articles", "{\"title\":\"\",\"text\":\" \"}"), 400, "title");
    expectError(post("/api/articles", ""), 400, "empty");
    expectError(get("/api/stories/nope"), 404, "nope");
    expectError(get("/api/articles/nope"), 404, "nope");
    expectError(get("/api/stories?limit=1000"), 400, "limit");
    expectError(get("/api/stories?from=2025-02-30"), 400, "from");
    expectError(get("/api/stories?from=2025-03-02&to=2025-03-01"), 400, "after");
    expectError(get("/api/stories?lang=Arabic"), 400, "lang");
    expectError(get("/api/nothing"), 404, "");
    expectError(send(HttpRequest.newBuilder(URI.create(base + "/api/stories")).DELETE()), 405, "");
  }

  @Test
  void sizeLimits() throws Exception {
    String big = "{\"text\":\"" + "a".repeat(ApiServer.MAX_BODY_BYTES) + "\"}";
    expectError(post("/api/articles", big), 413, "2097152");
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i <= ApiServer.MAX_ARTICLES_PER_POST; i++) {
      many.append(i > 0 ? "," : "")
          .append("{\"id\":\"m")
          .append(i)
          .append("\",\"text\":\"hello\"}");
    }
    expectError(post("/api/articles", many.append("]").toString()), 413, "at most 100");
  }

  private static void expectError(Reply r, int status, String fragment) {
    assertThat(r.status).as(r.body).isEqualTo(status);
    assertThat(r.type).startsWith("application/json");
    assertThat(r.json().get("error").asText()).contains(fragment);
  }

  @Test
  void servesThePageAndTheOpenApiDescription() throws Exception {
    Reply page = get("/");
    assertThat(page.status).isEqualTo(200);
    assertThat(page.type).startsWith("text/html");
    assertThat(page.body).contains("<script src=\"/app.js\">");
    assertThat(get("/app.js").type).startsWith("text/javascript");
    assertThat(get("/style.css").type).startsWith("text/css");
    JsonNode api = get("/api/openapi.json").json();
    assertThat(api.get("openapi").asText()).startsWith("3.");
    assertThat(api.get("paths").has("/api/stories/{id}")).isTrue();
    assertThat(api.get("paths").has("/api/compare")).isTrue();
  }
}
