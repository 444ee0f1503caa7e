package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The years of an event survive a store reload: an event reloaded by a reopened clusterer has the
 * years its articles mention, and the articles that follow are placed as without the restart (the
 * coach's 2008 firing does not join his 2005 hiring; another 2005 report does). Composed fixtures
 * without publication dates, clustered with the year veto ({@link AssignmentModel#yearPenalty} 1).
 */
class YearsReloadTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();
  private static final ClusterConfig CONFIG =
      ClusterConfig.defaults().withAssignment(AssignmentModel.shipped().withYearPenalty(1.0));
  @TempDir Path tmp;

  private static final Article HIRED =
      Article.of(
          "hired",
          "en",
          "Philadelphia 76ers hire Maurice Cheeks as head coach\n"
              + "The Philadelphia 76ers named Maurice Cheeks their new head coach on Monday, May 23,"
              + " 2005. Cheeks, a former 76ers point guard, signed a four-year contract with the"
              + " team. General manager Billy King said Cheeks was the right man to lead the young"
              + " team and Allen Iverson back to the playoffs.");
  private static final Article HIRED_AGAIN =
      Article.of(
          "hired_2",
          "en",
          "76ers turn to Maurice Cheeks\n"
              + "Maurice Cheeks was hired as head coach of the Philadelphia 76ers in May 2005."
              + " Billy King, the general manager, praised Cheeks, who played point guard for the"
              + " 76ers and agreed to a four-year contract. Allen Iverson welcomed the new coach.");
  private static final Article FIRED =
      Article.of(
          "fired",
          "en",
          "Philadelphia 76ers fire head coach Maurice Cheeks\n"
              + "The Philadelphia 76ers fired head coach Maurice Cheeks on Saturday, December 13,"
              + " 2008, after a 9-14 start. Assistant Tony DiLeo takes over the team. Cheeks, a"
              + " former 76ers point guard, coached the team for four seasons; general manager Ed"
              + " Stefanski said the team had to make a change.");

  private static StoryClusterer open(ArticleStore store) {
    return StoryClusterer.open(store, FeaturePairScorer.forClustering(), LANG, CONFIG);
  }

  @Test
  void aReloadedEventKeepsItsYearsAndTheSameDecisions() throws IOException {
    // without a restart
    Map<String, String> straight = new LinkedHashMap<>();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("straight"))) {
      StoryClusterer c = open(store);
      for (Article a : List.of(HIRED, FIRED, HIRED_AGAIN)) {
        straight.put(a.id(), c.add(a).eventId());
      }
      c.commit();
    }
    assertThat(straight.get("fired")).isNotEqualTo(straight.get("hired"));
    assertThat(straight.get("hired_2")).isEqualTo(straight.get("hired"));

    // the hiring ingested, the store closed and reopened, then the rest
    Path dir = tmp.resolve("restarted");
    Map<String, String> restarted = new LinkedHashMap<>();
    long years;
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store);
      restarted.put("hired", c.add(HIRED).eventId());
      years = c.yearsOf(restarted.get("hired"));
      c.commit();
    }
    assertThat(years).isEqualTo(Years.of(HIRED)).isNotZero();
    assertThat(Years.latest(years)).isEqualTo(2005);
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store);
      assertThat(c.yearsOf(restarted.get("hired"))).as("years after reload").isEqualTo(years);
      for (Article a : List.of(FIRED, HIRED_AGAIN)) {
        restarted.put(a.id(), c.add(a).eventId());
      }
      c.commit();
    }
    assertThat(restarted).isEqualTo(straight);
  }

  @Test
  void aReloadedEventCountsItsArticlesForItsYearProfile() throws IOException {
    Article undatedReport =
        Article.of(
            "hired_3",
            "en",
            "Cheeks is the new coach of the 76ers\n"
                + "Maurice Cheeks was named head coach of the Philadelphia 76ers. Billy King, the"
                + " general manager, said the former point guard signed a four-year contract.");
    Path dir = tmp.resolve("profile");
    String event;
    int[] live;
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store);
      event = c.add(HIRED).eventId();
      assertThat(c.add(undatedReport).eventId()).isEqualTo(event);
      live = c.yearArticlesOf(event);
      c.commit();
    }
    assertThat(live).containsExactly(2, 1);
    try (ArticleStore store = ArticleStore.open(dir)) {
      // two articles, one of them naming years: one-sided evidence weighs as before the restart
      assertThat(open(store).yearArticlesOf(event)).containsExactly(live);
    }
  }

  @Test
  void theYearsAreKeptInTheEventRecordAndReadFromTheArticlesOfAnOlderRecord() throws IOException {
    Path dir = tmp.resolve("kept");
    String event;
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c = open(store);
      event = c.add(HIRED).eventId();
      c.commit();
    }
    long years = Years.of(HIRED);
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.event(event).orElseThrow().years()).contains(years);
      // rewrite the record as an older StoryLink stored it: no years
      EventRecord e = store.event(event).orElseThrow();
      store.putEvent(e.withYears(Optional.empty()));
      store.commit(store.committedState());
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.event(event).orElseThrow().years()).isEmpty();
      assertThat(open(store).yearsOf(event)).as("read from its articles").isEqualTo(years);
    }
  }
}
