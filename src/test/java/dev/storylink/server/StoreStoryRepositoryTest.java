package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.ComposedArticles;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posted articles through the repository: a bad one is rejected alone and poisons nothing. */
class StoreStoryRepositoryTest {
  @TempDir Path tmp;

  private static Article withLongWord(Article a) {
    return new Article(a.id(), a.lang(), a.title(), a.text() + " " + "x".repeat(40_000), a.date(), a.source(),
        a.url());
  }

  @Test
  void afterABadPostGoodPostsStillSucceed() {
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoreStoryRepository repo = new StoreStoryRepository(sl);
      StoryRepository.IngestResult first = repo.ingest(List.of(ComposedArticles.article("a1", 1)));
      assertThat(first.added()).extracting(StoryRepository.Added::id).containsExactly("a1");

      StoryRepository.IngestResult bad = repo.ingest(List.of(withLongWord(ComposedArticles.article("a2", 2))));
      assertThat(bad.added()).isEmpty();
      assertThat(bad.rejected()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo("a2");
        assertThat(r.error()).startsWith("article: ").contains("not stored");
      });

      StoryRepository.IngestResult mixed = repo.ingest(List.of(
          ComposedArticles.article("a3", 3), withLongWord(ComposedArticles.article("a4", 4)),
          ComposedArticles.article("a5", 5), ComposedArticles.article("a1", 1)));
      assertThat(mixed.added()).extracting(StoryRepository.Added::id).containsExactly("a3", "a5");
      assertThat(mixed.rejected()).extracting(StoryRepository.Rejected::id).containsExactlyInAnyOrder("a4", "a1");
      assertThat(mixed.rejected()).anySatisfy(r -> assertThat(r.error()).startsWith("article [1]: "));
      assertThat(mixed.rejected()).anySatisfy(r -> assertThat(r.error()).contains("already stored"));

      StoryRepository.IngestResult good = repo.ingest(List.of(ComposedArticles.article("a6", 6)));
      assertThat(good.added()).extracting(StoryRepository.Added::id).containsExactly("a6");
      assertThat(good.rejected()).isEmpty();

      assertThat(repo.article("a5")).isPresent();
      assertThat(repo.article("a4")).isEmpty();
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(4);
      StoryRepository.Page<StoryRepository.StorySummary> page = repo.stories(
          new StoryRepository.StoryQuery(java.util.Optional.empty(), java.util.Optional.empty(),
              java.util.Optional.empty(), java.util.Optional.empty(), 0, 100));
      assertThat(page.items()).isNotEmpty();
    }
  }

  private static String json(Article a) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
        "id", a.id(), "lang", a.lang(), "title", a.title(), "text", a.text(), "date", a.date().get().toString()));
  }

  private static java.net.http.HttpResponse<String> post(java.net.http.HttpClient http, String url, String body)
      throws Exception {
    return http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void overHttpABadPostIs422AndTheNextPostsAre201() throws Exception {
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build();
        ApiServer server = new ApiServer(new StoreStoryRepository(sl), sl.featureExtractor(), sl.comparer(),
            sl.linkScorer()).start("127.0.0.1", 0)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/articles";
      var bad = post(http, url, json(withLongWord(ComposedArticles.article("b1", 1))));
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
      assertThat(bad.body()).contains("not stored");
      var mixed = post(http, url, "[" + json(ComposedArticles.article("g1", 2)) + ","
          + json(withLongWord(ComposedArticles.article("b2", 3))) + "," + json(ComposedArticles.article("g2", 4)) + "]");
      assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(201);
      assertThat(mixed.body()).contains("\"g1\"").contains("\"g2\"").contains("article [1]");
      for (int i = 5; i < 8; i++) {
        var good = post(http, url, json(ComposedArticles.article("g" + i, i)));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
      }
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(5);
    }
  }
}
