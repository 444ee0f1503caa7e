package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoryRecord;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  @TempDir Path tmp;

  private static Map<String, Assignment> ingest(ArticleStore store, List<Article> articles) {
    StoryClusterer c =
        StoryClusterer.open(
            store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (Article a : articles) {
      out.put(a.id(), c.add(a));
    }
    c.commit();
    return out;
  }

  @Test
  void sameEventInThreeLanguagesBecomesOneStoryAndOtherEventsStayApart() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      Map<String, Assignment> as = ingest(store, ClusterFixtures.articles());
      String call = as.get("en_rouhani_putin").storyId();
      // stories are read back from the store: merges may have happened after an article's
      // assignment
      Map<String, String> storyOf = new LinkedHashMap<>();
      as.forEach((id, a) -> storyOf.put(id, store.event(a.eventId()).orElseThrow().storyId()));
      assertThat(storyOf.get("ru_rouhani_putin")).isEqualTo(storyOf.get("en_rouhani_putin"));
      assertThat(storyOf.get("de_rouhani_putin")).isEqualTo(storyOf.get("en_rouhani_putin"));
      assertThat(as.get("en_rouhani_putin_2").eventId())
          .isEqualTo(as.get("en_rouhani_putin").eventId());
      for (String other :
          List.of(
              "en_lisbon_floods",
              "es_lisbon_floods",
              "ar_cairo_cup",
              "en_cairo_cup",
              "fa_tabriz_snow",
              "en_tabriz_snow")) {
        assertThat(storyOf.get(other)).as(other).isNotEqualTo(storyOf.get("en_rouhani_putin"));
      }
      assertThat(storyOf.get("en_cairo_cup")).isNotEqualTo(storyOf.get("en_lisbon_floods"));
      StoryRecord s = store.story(storyOf.get("en_rouhani_putin")).orElseThrow();
      assertThat(s.langs()).containsExactly("de", "en", "ru");
      assertThat(s.articleCount()).isEqualTo(5);
      assertThat(call).isNotBlank();
    }
  }

  @Test
  void republishedWireCopyIsFlaggedAsNearDuplicateInTheSameEvent() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      Map<String, Assignment> as = ingest(store, ClusterFixtures.articles());
      Assignment dup = as.get("en_rouhani_putin_repub");
      assertThat(dup.duplicateOf()).contains("en_rouhani_putin");
      assertThat(dup.eventId()).isEqualTo(as.get("en_rouhani_putin").eventId());
      EventRecord e = store.event(dup.eventId()).orElseThrow();
      assertThat(e.articleIds()).contains("en_rouhani_putin_repub");
      assertThat(e.originals()).isEqualTo(e.articleIds().size() - 1);
      assertThat(store.article("en_rouhani_putin_repub").orElseThrow().duplicateOf())
          .contains("en_rouhani_putin");
    }
  }

  @Test
  void sameInputOrderGivesTheSameIds() throws IOException {
    Map<String, Assignment> first;
    Map<String, Assignment> second;
    try (ArticleStore store = ArticleStore.open(tmp.resolve("a"))) {
      first = ingest(store, ClusterFixtures.articles());
    }
    try (ArticleStore store = ArticleStore.open(tmp.resolve("b"))) {
      second = ingest(store, ClusterFixtures.articles());
    }
    assertThat(second).isEqualTo(first);
  }

  @Test
  void restartContinuesTheSameEventsAndStories() throws IOException {
    List<Article> all = ClusterFixtures.articles();
    Path dir = tmp.resolve("d");
    try (ArticleStore store = ArticleStore.open(dir)) {
      ingest(store, all.subList(0, 2)); // en + ru reports of the call
    }
    Map<String, Assignment> rest;
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.articleCount()).isEqualTo(2);
      rest = ingest(store, all.subList(2, all.size()));
      String callStory =
          store
              .article("en_rouhani_putin")
              .map(a -> store.event(a.eventId()).orElseThrow().storyId())
              .orElseThrow();
      assertThat(store.event(rest.get("en_rouhani_putin_2").eventId()).orElseThrow().storyId())
          .isEqualTo(callStory);
      assertThat(rest.get("en_rouhani_putin_2").eventId())
          .isEqualTo(store.article("en_rouhani_putin").orElseThrow().eventId());
      assertThat(store.articleCount()).isEqualTo(all.size());
    }
  }

  @Test
  void uncommittedWorkIsDroppedOnClose() throws IOException {
    Path dir = tmp.resolve("d");
    List<Article> all = ClusterFixtures.articles();
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      c.add(all.get(0));
      c.commit();
      c.add(all.get(1)); // never committed
    }
    try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.eventCount()).isEqualTo(1);
      assertThat(store.committedState()).containsEntry("seq", "1");
    }
  }

  @Test
  void repeatedIdAndUnknownLanguageAreRejectedWithoutChangingTheStore() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      Article a = ClusterFixtures.articles().get(0);
      c.add(a);
      assertThatThrownBy(() -> c.add(a))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("already stored");
      assertThatThrownBy(() -> c.add(Article.of("x", "tlh", "nuqneH Qapla' batlh")))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("unknown language");
      c.commit();
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void fixtureClusteringMatchesTheGoldEvents() throws IOException {
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(ClusterFixtures.articles(), ClusterConfig.defaults(), LANG);
    Map<String, String> gold =
        ClusterEvaluator.readGold(ClusterFixtures.dir().resolve("clusters.tsv"));
    // gold clusters are multilingual stories
    ClusterEvaluator.PRF stories = ClusterEvaluator.bcubed(c.storyOf(), gold);
    assertThat(stories.precision()).isEqualTo(1.0);
    assertThat(stories.f1()).isGreaterThan(0.8);
  }

  @Test
  void closedEventsLeaveMemoryButStayOnDisk() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store,
              FeaturePairScorer.forClustering(),
              LANG,
              ClusterConfig.defaults().withMaxActiveEvents(2));
      for (Article a : ClusterFixtures.articles()) {
        c.add(a);
      }
      c.commit();
      assertThat(c.activeEvents()).isLessThanOrEqualTo(2);
      assertThat(store.eventCount()).isGreaterThan(2);
      assertThat(store.openEvents()).hasSizeLessThanOrEqualTo(2);
    }
  }

  @Test
  void streamedChunksClusterExactlyLikeOneArticleAtATime() throws IOException {
    java.util.Random rnd = new java.util.Random(5);
    List<Article> all = new java.util.ArrayList<>(ClusterFixtures.articles());
    for (int i = 0; i < 300; i++) {
      all.add(
          dev.storylink.bench.SyntheticArticles.article(rnd, "gen-" + i, i / 5 + rnd.nextInt(3)));
    }
    Map<String, Assignment> one;
    try (ArticleStore store = ArticleStore.open(tmp.resolve("one"))) {
      one = ingest(store, all);
    }
    Map<String, Assignment> streamed = new LinkedHashMap<>();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("streamed"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      List<List<Article>> chunks = new java.util.ArrayList<>();
      for (int from = 0, size = 7; from < all.size(); from += size, size = size * 2 % 97 + 1) {
        chunks.add(
            all.subList(
                from, Math.min(all.size(), from + size))); // uneven chunks, some of one article
      }
      List<Integer> sizes = new java.util.ArrayList<>();
      c.addChunks(
          chunks.iterator(),
          outcomes -> {
            sizes.add(outcomes.size());
            outcomes.forEach(o -> streamed.put(o.articleId(), o.assignment().orElseThrow()));
            c.commit();
          });
      assertThat(sizes).isEqualTo(chunks.stream().map(List::size).toList());
    }
    // the same events, stories and probabilities: each article's features saw the same statistics
    assertThat(streamed).isEqualTo(one);
  }

  @Test
  void idsRepeatedAcrossChunksOnTheirWayAreRefusedButARefusedArticleDoesNotHoldItsId()
      throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      Article a = ClusterFixtures.articles().get(0);
      Article b = ClusterFixtures.articles().get(1);
      Article klingon = Article.of("k", "tlh", "nuqneH Qapla' batlh");
      Article k = new Article("k", b.lang(), b.title(), b.text(), b.date(), b.source(), b.url());
      List<StoryClusterer.Outcome> out = new java.util.ArrayList<>();
      c.addChunks(
          List.of(List.of(a, klingon), List.of(a, k), List.of(b, a)).iterator(), out::addAll);
      assertThat(out)
          .extracting(StoryClusterer.Outcome::articleId)
          .containsExactly(a.id(), "k", a.id(), "k", b.id(), a.id());
      assertThat(out.get(0).assignment()).isPresent();
      assertThat(out.get(1).problem())
          .hasValueSatisfying(p -> assertThat(p).contains("unknown language"));
      assertThat(out.get(2).problem())
          .hasValueSatisfying(p -> assertThat(p).contains("already stored"));
      assertThat(out.get(3).assignment()).as("the id of a refused article is free").isPresent();
      assertThat(out.get(4).assignment()).isPresent();
      assertThat(out.get(5).problem())
          .hasValueSatisfying(p -> assertThat(p).contains("already stored"));
      c.commit();
      assertThat(store.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void aFailureWhileClusteringAStreamLeavesTheClustererUnusable() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      List<Article> all = ClusterFixtures.articles();
      assertThatThrownBy(
              () ->
                  c.addChunks(
                      List.of(all.subList(0, 2), all.subList(2, 4)).iterator(),
                      o -> {
                        throw new IllegalStateException("sink failed");
                      }))
          .hasMessage("sink failed");
      assertThatThrownBy(() -> c.add(all.get(5)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("open a new one");
    }
  }

  @Test
  void aFailingSourceStillAddsTheChunkPreparedBeforeIt() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c =
          StoryClusterer.open(
              store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
      List<Article> all = ClusterFixtures.articles();
      java.util.Iterator<List<Article>> failing =
          new java.util.Iterator<>() {
            int calls;

            @Override
            public boolean hasNext() {
              return true;
            }

            @Override
            public List<Article> next() {
              if (calls++ == 1) {
                throw new java.io.UncheckedIOException(new IOException("connection reset"));
              }
              return all.subList(0, 3);
            }
          };
      List<StoryClusterer.Outcome> out = new java.util.ArrayList<>();
      assertThatThrownBy(() -> c.addChunks(failing, out::addAll))
          .hasMessageContaining("connection reset");
      assertThat(out).hasSize(3).allMatch(o -> o.assignment().isPresent());
      c.add(all.get(3)); // still usable
      c.commit();
      assertThat(store.articleCount()).isEqualTo(4);
    }
  }
}
