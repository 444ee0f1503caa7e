package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactColumnsTest {
  private static StoredArticle article(int n, String lang, String source) {
    Article a =
        new Article(
            "a" + n,
            lang,
            "Title " + n,
            "Text of article " + n + ".",
            Optional.of(LocalDate.of(2020, 2, 1).plusDays(n)),
            source,
            "");
    return new StoredArticle(a, n, "e1", Optional.empty());
  }

  private static List<String> ids(List<StoredArticle> as) {
    return as.stream().map(a -> a.article().id()).toList();
  }

  @Test
  void aSmallStoryIsShownWhole() {
    List<StoredArticle> story = new ArrayList<>();
    for (int i = 1; i <= FactColumns.MAX_COLUMNS; i++) {
      story.add(article(i, "en", "Outlet " + (i % 2)));
    }
    assertThat(FactColumns.pick(story)).isEqualTo(story);
  }

  @Test
  void everyLanguageFirstThenEveryOutletThenTheEarliest() {
    List<StoredArticle> story = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      story.add(article(i, "en", "Wire")); // 30 English articles of one outlet first
    }
    story.add(article(31, "fa", "IRNA"));
    story.add(article(32, "ar", "Al Jazeera"));
    story.add(article(33, "en", "BBC"));
    story.add(article(34, "fa", "IRNA"));
    story.add(article(35, "ar", "")); // no source: never counts as a new outlet
    List<StoredArticle> shown = FactColumns.pick(story);
    assertThat(shown).hasSize(FactColumns.MAX_COLUMNS);
    // languages: a1 (en), a31 (fa), a32 (ar); outlets: a33 (BBC); then the earliest others
    assertThat(ids(shown)).contains("a1", "a31", "a32", "a33").doesNotContain("a34", "a35");
    assertThat(ids(shown)) // kept in timeline order
        .containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a31", "a32", "a33");
  }

  @Test
  void aLargeStorysMatrixShowsTheChosenColumnsAndCountsTheWhole() {
    List<StoredArticle> quake = FactFixtures.story("quake");
    List<StoredArticle> story = new ArrayList<>();
    while (story.size() < 2 * FactColumns.MAX_COLUMNS) {
      for (StoredArticle a : quake) {
        Article copy =
            new Article(
                a.article().id() + "-" + story.size(),
                a.article().lang(),
                a.article().title(),
                a.article().text(),
                a.article().date(),
                a.article().source(),
                "");
        story.add(new StoredArticle(copy, story.size() + 1, a.eventId(), Optional.empty()));
      }
    }
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    assertThat(m.columns()).hasSize(FactColumns.MAX_COLUMNS);
    assertThat(m.storyArticles()).isEqualTo(story.size());
    assertThat(m.possiblePairs())
        .isEqualTo(FactColumns.MAX_COLUMNS * (FactColumns.MAX_COLUMNS - 1) / 2);
    assertThat(FactFixtures.matrix("quake").storyArticles()).isEqualTo(quake.size());
  }
}
