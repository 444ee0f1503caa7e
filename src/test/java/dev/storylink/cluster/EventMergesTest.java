package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two events of one language that a later article joins both of are merged when they have one own
 * year (or neither has one) and link on average; the store then holds one event, as if the articles
 * had always been in it. The link probabilities come from a table, so that the two first reports do
 * not join each other (as two differently worded reports of one event may not) and the third joins
 * both.
 */
class EventMergesTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  @TempDir Path tmp;

  /** Pair probabilities by the two ids, either order; 0 for pairs not in the table. */
  private static final class TableScorer implements PairScorer {
    final Map<String, Double> table = new HashMap<>();

    TableScorer with(String a, String b, double p) {
      table.put(a + "|" + b, p);
      table.put(b + "|" + a, p);
      return this;
    }

    @Override
    public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
      throw new UnsupportedOperationException();
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b) {
      return table.getOrDefault(a.id() + "|" + b.id(), 0.0);
    }
  }

  private static Article report(String id, String year, String text) {
    return new Article(
        id, "en", "Floods in Valencia " + year, text, java.util.Optional.empty(), "", "");
  }

  private static final Article FIRST =
      report(
          "first",
          "2019",
          "Heavy rain flooded Valencia on Monday in November 2019, and Mayor Joan Ribo said two"
              + " people were rescued from their cars near the Turia river.");
  private static final Article SECOND =
      report(
          "second",
          "2019",
          "Streets of Valencia were under water in November 2019 after a night of storms; Joan"
              + " Ribo closed the schools and the Turia park.");
  private static final Article BRIDGE =
      report(
          "bridge",
          "2019",
          "Valencia counts the damage of the November 2019 floods: Joan Ribo says schools and the"
              + " Turia park reopen, two people were rescued.");

  private static TableScorer bridging() {
    return new TableScorer()
        .with("first", "second", 0.10)
        .with("bridge", "first", 0.95)
        .with("bridge", "second", 0.95)
        .with("later", "first", 0.95)
        .with("later", "second", 0.95)
        .with("later", "bridge", 0.95);
  }

  private static StoryClusterer open(ArticleStore store, PairScorer scorer) {
    return StoryClusterer.open(store, scorer, LANG, ClusterConfig.defaults());
  }

  @Test
  void anArticleThatJoinsTwoEventsOfOneYearMergesThemAndTheStoreHoldsOneEvent() throws IOException {
    Path dir = tmp.resolve("d");
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store, bridging());
      assertThat(c.add(FIRST).eventId()).isEqualTo("e1");
      assertThat(c.add(SECOND).eventId()).isEqualTo("e2"); // 0.10: an event of its own
      c.commit(); // the second event and its article are on disk before the merge
      assertThat(c.add(BRIDGE).eventId()).as("the older event takes over").isEqualTo("e1");
      c.commit();

      for (String id : List.of("first", "second", "bridge")) {
        assertThat(store.article(id).map(StoredArticle::eventId)).as(id).hasValue("e1");
      }
      assertThat(store.event("e2")).isEmpty();
      assertThat(store.event("e1").map(EventRecord::articleIds).orElseThrow())
          .containsExactlyInAnyOrder("first", "second", "bridge");
      assertThat(store.articlesOf("e1")).hasSize(3);
      assertThat(store.articlesOf("e2")).isEmpty();
      assertThat(store.eventCount()).isEqualTo(1);
      assertThat(store.storyCount()).isEqualTo(1);
      assertThat(store.story("s1").orElseThrow().eventIds()).containsExactly("e1");
      assertThat(store.story("s1").orElseThrow().articleCount()).isEqualTo(3);
      assertThat(store.articleCount()).isEqualTo(3);
    }
    // reopened: the merged event is reloaded whole, and a later report joins it
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store, bridging());
      Article later =
          report(
              "later",
              "2019",
              "Valencia and Joan Ribo after the November 2019 floods of the Turia.");
      assertThat(c.add(later).eventId()).isEqualTo("e1");
      c.commit();
      assertThat(store.eventCount()).isEqualTo(1);
      assertThat(store.articlesOf("e1")).hasSize(4);
    }
  }

  @Test
  void mergedBeforeTheFirstCommitTheArticlesStillEndInOneEvent() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c = open(store, bridging());
      c.add(FIRST);
      c.add(SECOND);
      c.add(BRIDGE);
      c.commit();
      assertThat(store.articlesOf("e1")).hasSize(3);
      assertThat(store.event("e2")).isEmpty();
      assertThat(store.eventCount()).isEqualTo(1);
    }
  }

  private static Article undated(String id, String text) {
    return new Article(id, "en", "Floods in Valencia", text, java.util.Optional.empty(), "", "");
  }

  @Test
  void twoEventsWithoutYearsMerge() throws IOException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      StoryClusterer c = open(store, bridging());
      c.add(undated("first", "Heavy rain flooded Valencia; Joan Ribo said two were rescued."));
      assertThat(
              c.add(undated("second", "Streets of Valencia under water; Joan Ribo shut schools."))
                  .eventId())
          .isEqualTo("e2");
      assertThat(
              c.add(undated("bridge", "Valencia counts the damage of the floods, says Joan Ribo."))
                  .eventId())
          .isEqualTo("e1");
      c.commit();
      assertThat(store.eventCount()).isEqualTo(1);
      assertThat(store.articlesOf("e1")).hasSize(3);
    }
  }

  @Test
  void eventsOfOtherYearsOrWithoutYearsStayApart() throws IOException {
    Article other =
        report(
            "second",
            "2011",
            "Streets of Valencia were under water in November 2011 after a night of storms; Joan"
                + " Ribo closed the schools and the Turia park.");
    Article noYear =
        new Article(
            "second",
            "en",
            "Floods in Valencia",
            "Streets of Valencia were under water after a night of storms; Joan Ribo closed the"
                + " schools and the Turia park.",
            java.util.Optional.empty(),
            "",
            "");
    for (Article second : List.of(other, noYear)) {
      try (ArticleStore store = ArticleStore.open(tmp.resolve("d-" + second.text().length()))) {
        StoryClusterer c = open(store, bridging());
        c.add(FIRST);
        c.add(second);
        c.add(BRIDGE);
        c.commit();
        assertThat(store.eventCount()).as(second.text()).isEqualTo(2);
        assertThat(store.article("second").map(StoredArticle::eventId)).hasValue("e2");
      }
    }
  }
}
