package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article the store cannot hold is refused alone; the clusterer stays usable. */
class StoryClustererRefusalTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  @TempDir Path tmp;

  private static Article withId(Article a, String id) {
    return new Article(id, a.lang(), a.title(), a.text(), a.date(), a.source(), a.url());
  }

  private static Article withText(Article a, String id, String text) {
    return new Article(id, a.lang(), a.title(), text, a.date(), a.source(), a.url());
  }

  private static StoryClusterer open(ArticleStore store) {
    return StoryClusterer.open(
        store, FeaturePairScorer.forClustering(), LANG, ClusterConfig.defaults());
  }

  @Test
  void aHugeWordAndAHugeIdAreRefusedAndTheRestOfTheChunkAndLaterChunksGoOn() throws IOException {
    List<Article> all = ClusterFixtures.articles();
    Article hugeWord =
        withText(all.get(0), "huge-word", all.get(0).text() + " " + "x".repeat(40_000) + " end.");
    Article hugeId = withId(all.get(1), "id-" + "y".repeat(40_000));
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c = open(store);
      List<StoryClusterer.Outcome> out = new ArrayList<>();
      c.addChunks(
          List.of(
                  List.of(all.get(2), hugeWord, all.get(3), hugeId, all.get(4)),
                  List.of(all.get(5)))
              .iterator(),
          outcomes -> {
            out.addAll(outcomes);
            c.commit();
          });
      assertThat(out).hasSize(6);
      // the analysis drops a word over 1,000 chars (CrossLingualAnalyzer), so the article with
      // one goes in without it; an id over Lucene's term limit is refused with its reason
      assertThat(out.get(1).assignment()).isPresent();
      assertThat(out.get(3).problem())
          .hasValueSatisfying(
              p -> assertThat(p).contains("an article id of 40003 bytes").hasSizeLessThan(500));
      for (int i : new int[] {0, 1, 2, 4, 5}) {
        assertThat(out.get(i).assignment()).as(out.get(i).articleId()).isPresent();
      }
      assertThat(store.articleCount()).isEqualTo(5);
      assertThat(store.containsArticle("huge-word")).isTrue();

      // the clusterer stays usable: refused one by one, and good articles still go in
      assertThatThrownBy(() -> c.add(hugeId))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("article id of");
      assertThat(c.add(all.get(6)).articleId()).isEqualTo(all.get(6).id());
      c.add(withId(all.get(1), "id-corrected")); // the refused article, with a usable id
      c.commit();
      assertThat(store.articleCount()).isEqualTo(7);
    }
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      assertThat(store.articleCount()).as("committed before closing").isEqualTo(7);
    }
  }

  @Test
  void idsOfTheFormOfEventAndStoryIdsAreRefusedSoNoRecordOverwritesAnArticle() throws IOException {
    // before, an article "e1" or "s1" was stored and then replaced by the record of event e1 or
    // story s1 at the commit: the store counted 0 articles and 2 events
    List<Article> all = ClusterFixtures.articles();
    List<Article> chunk =
        List.of(
            withId(all.get(0), "e1"),
            withId(all.get(1), "s1"),
            withId(all.get(2), "e01"),
            withId(all.get(3), "s1x"),
            withId(all.get(4), "story-1"));
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c = open(store);
      List<StoryClusterer.Outcome> out = new ArrayList<>();
      c.addChunks(List.of(chunk).iterator(), out::addAll);
      c.commit();
      assertThat(out.get(0).problem())
          .hasValueSatisfying(
              p ->
                  assertThat(p)
                      .startsWith("e1: an article id of the form e<number>")
                      .contains("a-e1"));
      assertThat(out.get(1).problem()).hasValueSatisfying(p -> assertThat(p).startsWith("s1: "));
      for (int i = 2; i < 5; i++) {
        assertThat(out.get(i).assignment()).as(out.get(i).articleId()).isPresent();
        assertThat(store.containsArticle(chunk.get(i).id())).isTrue();
      }
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(store.containsArticle("e1")).isFalse();
      assertThat(store.event("e1")).isPresent(); // the store's own event e1 is untouched
    }
  }

  @Test
  void aRefusedArticleLeavesTheClusteringOfTheOthersAsIfItHadNotBeenGiven() throws IOException {
    List<Article> all = ClusterFixtures.articles();
    List<Article> withBad = new ArrayList<>(all);
    withBad.add(3, withId(all.get(0), "j".repeat(40_000)));
    withBad.add(1, withId(all.get(1), "i".repeat(33_000)));
    List<Assignment> clean = new ArrayList<>();
    List<Assignment> dirty = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("clean"))) {
      open(store).addAll(all).forEach(o -> clean.add(o.assignment().orElseThrow()));
    }
    try (ArticleStore store = ArticleStore.open(tmp.resolve("dirty"))) {
      open(store).addAll(withBad).forEach(o -> o.assignment().ifPresent(dirty::add));
    }
    assertThat(dirty).isEqualTo(clean);
  }
}
