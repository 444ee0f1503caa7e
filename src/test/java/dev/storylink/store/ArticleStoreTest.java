package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.eval.PairsDataset;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
  @TempDir Path tmp;

  static List<Article> fixtures() throws IOException, URISyntaxException {
    Path p =
        Path.of(ArticleStoreTest.class.getResource("/fixtures/cluster/articles.jsonl").toURI());
    return List.copyOf(PairsDataset.readArticles(p).values());
  }

  private ArticleStore filled() throws Exception {
    ArticleStore store = ArticleStore.open(tmp.resolve("d"));
    StoryClusterer c =
        StoryClusterer.open(
            store,
            FeaturePairScorer.forClustering(),
            new LinguaLanguageIdentifier(),
            ClusterConfig.defaults());
    for (Article a : fixtures()) {
      c.add(a);
    }
    c.commit();
    return store;
  }

  /** The store's term statistics as the clusterer loads them. */
  private static dev.storylink.features.StreamTermStats stats(ArticleStore store) {
    var stats =
        new dev.storylink.features.StreamTermStats(
            dev.storylink.features.StreamTermStats.DEFAULT_CAPACITY);
    stats.setDocuments(store.readTermCounts(stats::addCount));
    return stats;
  }

  @Test
  void aStoreWhoseTextHasPositionsKeepsThemAndTakesNewArticles() throws Exception {
    // stores written before the text field dropped positions: a field's index options cannot
    // change, so the store keeps writing positions
    Path index = tmp.resolve("old").resolve("index");
    java.nio.file.Files.createDirectories(index);
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var w =
            new org.apache.lucene.index.IndexWriter(
                dir, new org.apache.lucene.index.IndexWriterConfig())) {
      var d = new org.apache.lucene.document.Document();
      d.add(
          new org.apache.lucene.document.TextField(
              "text", "an old article", org.apache.lucene.document.Field.Store.NO));
      w.addDocument(d);
      w.commit();
    }
    try (ArticleStore old = ArticleStore.open(tmp.resolve("old"));
        ArticleStore now = filled()) {
      StoryClusterer c =
          StoryClusterer.open(
              old,
              FeaturePairScorer.forClustering(),
              new LinguaLanguageIdentifier(),
              ClusterConfig.defaults());
      for (Article a : fixtures()) {
        c.add(a);
      }
      c.commit();
      assertThat(old.articleCount()).isEqualTo(fixtures().size());
      // the old store also keeps counting every feature term in `terms` (format 1); its
      // statistics read back the same as a new store's, where the text's terms count from `text`
      var oldStats = stats(old);
      var newStats = stats(now);
      for (String term : List.of("putin", "idlib", "پوتین", "путин", "the")) {
        assertThat(oldStats.docFreq(term)).as(term).isEqualTo(newStats.docFreq(term));
      }
      assertThat(newStats.docFreq("putin")).isGreaterThanOrEqualTo(2);
      assertThat(newStats.docCount()).isEqualTo(now.articleCount());
      assertThat(oldStats.docCount()).isEqualTo(newStats.docCount());
    }
  }

  @Test
  void anAddedArticleRewrittenUnderAnotherEventIsOneDocumentBeforeAndAfterTheCommit() {
    // the clusterer adds a new article without Lucene's delete by id, and rewrites it with
    // putArticle after a merge of its event: the rewrite must replace the added document, in the
    // batch that added it and after its commit
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      Article a = Article.of("fa1", "fa", "زلزله‌ای به بزرگی ۶ ریشتر شهر بم را لرزاند");
      Article b = Article.of("ar1", "ar", "زلزال بقوة ست درجات يضرب مدينة بم");
      List<String> terms = List.of("زلزله", "بم");
      store.addArticle(
          new StoredArticle(a, 1, "e1", Optional.empty()), terms, Set.of(), List.of(), List.of());
      store.addArticle(
          new StoredArticle(b, 2, "e2", Optional.empty()), terms, Set.of(), List.of(), List.of());
      store.putArticle(
          new StoredArticle(a, 1, "e3", Optional.empty()), terms, Set.of(), List.of(), List.of());
      store.commit(Map.of());
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.article("fa1").orElseThrow().eventId()).isEqualTo("e3");
      assertThat(store.articlesOf("e1")).isEmpty();
      store.putArticle(
          new StoredArticle(b, 2, "e3", Optional.empty()), terms, Set.of(), List.of(), List.of());
      store.commit(Map.of());
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.articlesOf("e3"))
          .extracting(x -> x.article().id())
          .containsExactlyInAnyOrder("fa1", "ar1");
      assertThat(store.articlesOf("e2")).isEmpty();
    }
  }

  @Test
  void secondWriterGetsAClearLockMessage() {
    try (ArticleStore first = ArticleStore.open(tmp.resolve("d"))) {
      assertThatThrownBy(() -> ArticleStore.open(tmp.resolve("d")))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("is locked by another StoryLink process");
      assertThat(first.readOnly()).isFalse();
    }
  }

  @Test
  void theLockIsSeenHeldOnlyWhileAWriterHoldsIt() {
    assertThat(ArticleStore.locked(tmp.resolve("d"))).as("no store").isFalse();
    try (ArticleStore first = ArticleStore.open(tmp.resolve("d"))) {
      first.commit(java.util.Map.of());
      assertThat(ArticleStore.locked(tmp.resolve("d"))).isTrue();
    }
    assertThat(ArticleStore.locked(tmp.resolve("d"))).as("let go").isFalse();
    try (ArticleStore again = ArticleStore.open(tmp.resolve("d"))) {
      assertThat(again.readOnly()).as("checking took no lock for good").isFalse();
    }
  }

  @Test
  void aStoreThatCannotBeOpenedSaysWhy() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("plain"), "x");
    assertThatThrownBy(() -> ArticleStore.open(file))
        .hasMessageStartingWith("cannot open store " + file + ": ")
        .hasMessageContaining("Not a directory: " + file.resolve("index"));
  }

  @Test
  void readOnlyOpenWorksBesideAWriterAndRefusesWrites() throws Exception {
    try (ArticleStore writer = filled();
        ArticleStore reader = ArticleStore.openReadOnly(tmp.resolve("d"))) {
      assertThat(reader.articleCount()).isEqualTo(writer.articleCount());
      assertThatThrownBy(() -> reader.commit(java.util.Map.of()))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void readOnlyOpenOfAMissingStoreIsAClearError() {
    assertThatThrownBy(() -> ArticleStore.openReadOnly(tmp.resolve("none")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("run `storylink ingest` first");
  }

  @Test
  void searchInOneScriptFindsTheStoryCoveredInOthers() throws Exception {
    try (ArticleStore store = filled()) {
      String callStory =
          store
              .event(store.article("ru_rouhani_putin").orElseThrow().eventId())
              .orElseThrow()
              .storyId();
      assertThat(store.search("Putin Idlib", 3))
          .first()
          .extracting(ArticleStore.SearchHit::storyId)
          .isEqualTo(callStory);
      assertThat(store.search("Путин Идлиб", 3))
          .first()
          .extracting(ArticleStore.SearchHit::storyId)
          .isEqualTo(callStory);
      assertThat(store.search("پوتین", 3))
          .extracting(ArticleStore.SearchHit::storyId)
          .contains(callStory);
      assertThat(store.search("Tabriz snow", 3))
          .first()
          .extracting(ArticleStore.SearchHit::storyId)
          .isNotEqualTo(callStory);
    }
  }

  @Test
  void storiesFilterByLanguageDateAndText() throws Exception {
    try (ArticleStore store = filled()) {
      var all = store.stories(StoryFilter.all(), 0, 100);
      assertThat(all).hasSize((int) store.storyCount());
      var ru =
          store.stories(
              new StoryFilter(
                  java.util.Optional.of("ru"),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.empty()),
              0,
              100);
      assertThat(ru)
          .hasSize(1)
          .first()
          .extracting(StoryRecord::langs)
          .asList()
          .contains("ru", "de", "en");
      var march =
          store.stories(
              new StoryFilter(
                  java.util.Optional.empty(),
                  java.util.Optional.of(java.time.LocalDate.of(2020, 3, 5)),
                  java.util.Optional.empty(),
                  java.util.Optional.empty()),
              0,
              100);
      assertThat(march)
          .allSatisfy(s -> assertThat(s.lastDate().orElseThrow()).isAfterOrEqualTo("2020-03-05"));
      assertThat(march).isNotEmpty().hasSizeLessThan(all.size());
      var snow =
          store.stories(
              new StoryFilter(
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.empty(),
                  java.util.Optional.of("Tabriz")),
              0,
              100);
      assertThat(snow)
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.headline()).containsAnyOf("Tabriz", "تبریز"));
    }
  }

  @Test
  void termStatisticsSurviveReopen() throws Exception {
    long docs;
    try (ArticleStore store = filled()) {
      docs = stats(store).docCount();
      assertThat(stats(store).docFreq("putin")).isGreaterThanOrEqualTo(2);
    }
    try (ArticleStore store = ArticleStore.openReadOnly(tmp.resolve("d"))) {
      assertThat(stats(store).docCount()).isEqualTo(docs);
    }
  }
}
