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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/stories filters that mean what they say: a date filter leaves undated stories out and
 * counts them, multilingual keeps stories in two languages or more, an unknown language or a bad
 * flag is a 400, and a text query is ranked and says what matched.
 */
class StoryFiltersApiTest {
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
    // an undated story: a lighthouse restored, in no other article
    array.append(
        ",{\"id\":\"undated-en\",\"lang\":\"en\",\"title\":\"Old lighthouse on the cliffs"
            + " restored by volunteers\",\"text\":\"Volunteers finished restoring the old"
            + " lighthouse on the cliffs after three summers of work, the harbour trust said.\"}");
    array.append("]");
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(array.toString(), StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
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

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void aDateFilterLeavesUndatedStoriesOutAndCountsThem() throws Exception {
    JsonNode all = json("/api/stories");
    assertThat(all.get("items").toString()).contains("lighthouse");
    assertThat(all.get("undatedLeftOut").asLong()).isZero();
    JsonNode window = json("/api/stories?from=2025-03-01&to=2025-03-31");
    assertThat(window.get("items").toString()).doesNotContain("lighthouse");
    assertThat(window.get("items").size()).isEqualTo(all.get("items").size() - 1);
    assertThat(window.get("undatedLeftOut").asLong()).isEqualTo(1);
  }

  @Test
  void multilingualKeepsStoriesInTwoLanguagesOrMore() throws Exception {
    JsonNode multi = json("/api/stories?multilingual=true");
    assertThat(multi.get("items").size()).isPositive();
    for (JsonNode s : multi.get("items")) {
      assertThat(s.get("languages").size()).as(s.toString()).isGreaterThanOrEqualTo(2);
    }
    assertThat(multi.get("items").toString()).doesNotContain("lighthouse");
    assertThat(json("/api/stories?multilingual=false").get("items").toString())
        .contains("lighthouse");
  }

  @Test
  void unknownValuesAre400sNotEmptyLists() throws Exception {
    HttpResponse<String> xx = get("/api/stories?lang=xx");
    assertThat(xx.statusCode()).isEqualTo(400);
    assertThat(xx.body()).contains("unknown language 'xx'").contains("ar, fa, ur, en");
    assertThat(get("/api/stories?multilingual=perhaps").statusCode()).isEqualTo(400);
    assertThat(json("/api/stories?lang=ar-EG").get("items").size()).isPositive();
  }

  @Test
  void aTextQueryIsRankedAndSaysWhatMatched() throws Exception {
    String q = URLEncoder.encode("أردوغان", StandardCharsets.UTF_8);
    JsonNode first = json("/api/stories?q=" + q).get("items").get(0);
    // the word as the article wrote it, not as the index holds it (folded: أ → ا)
    assertThat(first.get("matched").toString()).contains("أردوغان");
    // a match in another script shows the query word as typed (not the folded измир)
    String cyrillic = URLEncoder.encode("Измир", StandardCharsets.UTF_8);
    JsonNode across = json("/api/stories?q=" + cyrillic).get("items").get(0);
    assertThat(across.get("matched").toString()).contains("Измир ≈ ").doesNotContain("измир");
  }

  @Test
  void thePageOffersTheFilterAndAlignsRightToLeftHeadlines() throws Exception {
    String js = get("/app.js").body();
    assertThat(js).contains("name: 'multilingual', type: 'checkbox'").contains("undatedLeftOut");
    // a list card's headline is a block that takes its own text's direction
    assertThat(js)
        .contains("class: 'headline', href: '#/story/' + encodeURIComponent(s.id), dir: 'auto'");
    assertThat(get("/style.css").body())
        .contains(
            ".card .headline { display: block; unicode-bidi: plaintext; text-align: start; }");
  }
}
