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

  /** The article with a 40,000-character word, which the analyzer drops: it is stored. */
  private static Article withLongWord(Article a) {
    return new Article(
        a.id(),
        a.lang(),
        a.title(),
        a.text() + " " + "x".repeat(40_000),
        a.date(),
        a.source(),
        a.url());
  }

  /** The article under another id. */
  private static Article withId(Article a, String id) {
    return new Article(id, a.lang(), a.title(), a.text(), a.date(), a.source(), a.url());
  }

  /** The article in a language code nobody has: the clusterer refuses it. */
  private static Article inLanguage(Article a, String lang) {
    return new Article(a.id(), lang, a.title(), a.text(), a.date(), a.source(), a.url());
  }

  /**
   * The article with a text in no identifiable language and none declared: the clusterer refuses
   * it.
   */
  private static Article withoutLanguage(Article a) {
    return new Article(
        a.id(),
        Article.UNKNOWN_LANG,
        "",
        "12345 67890 24680 13579.",
        a.date(),
        a.source(),
        a.url());
  }

  /**
   * A 40 KB id is over what the store can index: the clusterer refuses that article alone, it is
   * rejected with its index in the request and a short id, and later posts succeed.
   */
  @Test
  void afterABadPostGoodPostsStillSucceed() {
    String hugeId = "h".repeat(40_000);
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoreStoryRepository repo = new StoreStoryRepository(sl);
      StoryRepository.IngestResult first = repo.ingest(List.of(ComposedArticles.article("a1", 1)));
      assertThat(first.added()).extracting(StoryRepository.Added::id).containsExactly("a1");

      StoryRepository.IngestResult bad =
          repo.ingest(List.of(withId(ComposedArticles.article("a2", 2), hugeId)));
      assertThat(bad.added()).isEmpty();
      assertThat(bad.rejected())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.id()).isEqualTo(hugeId);
                assertThat(r.error())
                    .isEqualTo(
                        "article: "
                            + "h".repeat(57)
                            + "…: an article id of 40000 bytes (UTF-8)"
                            + " is longer than the 32766 bytes the store can index");
              });

      StoryRepository.IngestResult mixed =
          repo.ingest(
              List.of(
                  ComposedArticles.article("a3", 3),
                      withId(ComposedArticles.article("a4", 4), hugeId),
                  withLongWord(ComposedArticles.article("a5", 5)),
                      ComposedArticles.article("a1", 1)));
      assertThat(mixed.added()).extracting(StoryRepository.Added::id).containsExactly("a3", "a5");
      assertThat(mixed.rejected()).extracting(StoryRepository.Rejected::id).containsExactly(hugeId);
      assertThat(mixed.rejected())
          .anySatisfy(
              r ->
                  assertThat(r.error())
                      .startsWith("article [1]: hhh")
                      .contains("an article id of 40000 bytes")
                      .hasSizeLessThan(200));
      assertThat(mixed.duplicates())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.duplicateOf()).isEqualTo("a1");
                assertThat(d.by()).isEqualTo("id");
                assertThat(d.error())
                    .isEqualTo("article [3]: duplicate of stored article 'a1' (same id)");
              });

      StoryRepository.IngestResult good = repo.ingest(List.of(ComposedArticles.article("a6", 6)));
      assertThat(good.added()).extracting(StoryRepository.Added::id).containsExactly("a6");
      assertThat(good.rejected()).isEmpty();

      assertThat(repo.article("a5")).isPresent();
      assertThat(repo.article("a4")).isEmpty();
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(4);
      StoryRepository.Page<StoryRepository.StorySummary> page =
          repo.stories(
              new StoryRepository.StoryQuery(
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  0,
                  100));
      assertThat(page.items()).isNotEmpty();
    }
  }

  /**
   * Lists and story details are kept per view of the store: a read after an ingest sees the new
   * article at once (never an answer kept from before), and repeated reads under one view give the
   * same answer.
   */
  @Test
  void keptPagesNeverHideANewArticle() {
    StoryRepository.StoryQuery all =
        new StoryRepository.StoryQuery(
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            0,
            100);
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoreStoryRepository repo = new StoreStoryRepository(sl);
      repo.ingest(List.of(ComposedArticles.article("a1", 1)));
      StoryRepository.Page<StoryRepository.StorySummary> before = repo.stories(all);
      assertThat(repo.stories(all)).isSameAs(before); // one view: the kept answer
      String story = before.items().get(0).id();
      int articlesBefore = repo.story(story).orElseThrow().articles().size();

      Article a2 = ComposedArticles.article("a2", 1);
      a2 = // the same story again, in other words (the same text would be a duplicate)
          new Article(
              "a2",
              a2.lang(),
              a2.title(),
              a2.text() + " Officials gave more details later.",
              a2.date(),
              a2.source(),
              a2.url());
      repo.ingest(List.of(a2));
      StoryRepository.Page<StoryRepository.StorySummary> after = repo.stories(all);
      assertThat(after).isNotSameAs(before);
      assertThat(after.items().stream().mapToInt(StoryRepository.StorySummary::articleCount).sum())
          .isEqualTo(2);
      int articlesAfter =
          repo.story(after.items().get(0).id()).orElseThrow().articles().size()
              + (after.items().size() > 1
                  ? repo.story(after.items().get(1).id()).orElseThrow().articles().size()
                  : 0);
      assertThat(articlesAfter).isEqualTo(articlesBefore + 1);
    }
  }

  private static String json(Article a) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(
            java.util.Map.of(
                "id",
                a.id(),
                "lang",
                a.lang(),
                "title",
                a.title(),
                "text",
                a.text(),
                "date",
                a.date().get().toString()));
  }

  private static java.net.http.HttpResponse<String> post(
      java.net.http.HttpClient http, String url, String body) throws Exception {
    return http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Content-Type", "application/json")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    body, java.nio.charset.StandardCharsets.UTF_8))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Over HTTP an id is at most 200 characters (a longer one is a 400 for the request), so the
   * article the clusterer refuses here is one in an unknown language: alone it is a 422, among
   * others it is rejected by its index and the others are a 201; a huge word is no failure, and
   * later posts are 201.
   */
  @Test
  void overHttpABadPostIs422AndTheNextPostsAre201() throws Exception {
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build();
        ApiServer server =
            new ApiServer(
                    new StoreStoryRepository(sl),
                    sl.featureExtractor(),
                    sl.comparer(),
                    sl.linkScorer())
                .start("127.0.0.1", 0)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/articles";
      var badCode = post(http, url, json(inLanguage(ComposedArticles.article("b0", 1), "zz")));
      assertThat(badCode.statusCode()).as("refused at input").isEqualTo(400);
      var bad = post(http, url, json(withoutLanguage(ComposedArticles.article("b1", 1))));
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
      assertThat(bad.body()).contains("article: b1: ");
      var hugeId =
          post(http, url, json(withId(ComposedArticles.article("b2", 2), "h".repeat(40_000))));
      assertThat(hugeId.statusCode()).as(hugeId.body()).isEqualTo(400);
      assertThat(hugeId.body()).contains("id of 40000 characters; at most 512");
      var mixed =
          post(
              http,
              url,
              "["
                  + json(ComposedArticles.article("g1", 3))
                  + ","
                  + json(withoutLanguage(ComposedArticles.article("b3", 4)))
                  + ","
                  + json(withLongWord(ComposedArticles.article("w1", 5)))
                  + ","
                  + json(ComposedArticles.article("g2", 6))
                  + "]");
      assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(201);
      assertThat(mixed.body())
          .contains("\"g1\"")
          .contains("\"g2\"")
          .contains("article [1]: b3: ")
          .contains("article [2]")
          .contains("without a space");
      for (int i = 7; i < 10; i++) {
        var good = post(http, url, json(ComposedArticles.article("g" + i, i)));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
      }
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(5);
    }
  }
}
