package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.store.StoreSchema.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryQueriesTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);
  private InMemoryIndex index;
  private StoryQueries queries;

  private void article(
      String id, String lang, long seq, String event, String date, String... tokens) {
    index.add(
        id,
        SCHEMA.article(
            Records.article(id, lang, seq, event, date),
            List.of(tokens),
            Set.of(tokens),
            List.of()));
  }

  /**
   * Two stories: s1 (e1 in English, e2 in Russian; March 2020) and s2 (e3 in Persian; February
   * 2020), s1 updated last; e2 is closed.
   */
  @BeforeEach
  void fill() {
    index = new InMemoryIndex();
    article("a3", "en", 3, "e1", "2020-03-02", "idlib", "talks");
    article("a1", "en", 1, "e1", "2020-03-01", "idlib", "call");
    article("a2", "ru", 2, "e2", "2020-03-01", "idlib");
    article("a4", "fa", 4, "e3", "2020-02-20", "tabriz", "snow");
    index.add("e1", SCHEMA.event(Records.event("e1", "s1", "en", 3, true, "a1", "a3")));
    index.add("e2", SCHEMA.event(Records.event("e2", "s1", "ru", 2, false, "a2")));
    index.add("e3", SCHEMA.event(Records.event("e3", "s2", "fa", 4, true, "a4")));
    index.add(
        "s1",
        SCHEMA.story(
            Records.story("s1", List.of("en", "ru"), "2020-03-01", "2020-03-02", 5, "e1", "e2")));
    index.add(
        "s2",
        SCHEMA.story(Records.story("s2", List.of("fa"), "2020-02-20", "2020-02-20", 4, "e3")));
    index.commit(Map.of());
    queries = new StoryQueries(index, new StorySearch(index));
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private static StoryFilter filter(String lang, String from, String to, String text) {
    return new StoryFilter(
        Optional.ofNullable(lang),
        Optional.ofNullable(from).map(LocalDate::parse),
        Optional.ofNullable(to).map(LocalDate::parse),
        Optional.ofNullable(text));
  }

  private List<StoryRecord> stories(StoryFilter f, int offset, int limit) {
    return queries.find(f, offset, limit).records();
  }

  private static List<String> ids(List<StoryRecord> stories) {
    return stories.stream().map(StoryRecord::id).toList();
  }

  @Test
  void countsAndMembershipFollowTheRecordKinds() {
    assertThat(queries.count(Kind.ARTICLE)).isEqualTo(4);
    assertThat(queries.count(Kind.EVENT)).isEqualTo(3);
    assertThat(queries.count(Kind.STORY)).isEqualTo(2);
    assertThat(queries.containsArticle("a1")).isTrue();
    assertThat(queries.containsArticle("e1")).as("an event is no article").isFalse();
    assertThat(queries.containsArticle("zz")).isFalse();
    index.delete("a1").commit(Map.of());
    assertThat(queries.containsArticle("a1")).as("deleted").isFalse();
    assertThat(queries.count(Kind.ARTICLE)).isEqualTo(3);
  }

  @Test
  void membersComeInTheirOrder() {
    assertThat(queries.articlesOf("e1"))
        .extracting(a -> a.article().id())
        .containsExactly("a1", "a3");
    assertThat(queries.eventsOf("s1")).extracting(EventRecord::id).containsExactly("e1", "e2");
    assertThat(queries.openEvents()).extracting(EventRecord::id).containsExactly("e1", "e3");
    assertThat(queries.allArticles())
        .extracting(a -> a.article().id())
        .containsExactly("a1", "a2", "a3", "a4");
    assertThat(queries.articlesOf("none")).isEmpty();
  }

  @Test
  void storiesFilterByLanguageDatesAndTextLatestFirst() {
    assertThat(ids(stories(StoryFilter.all(), 0, 10))).containsExactly("s1", "s2");
    assertThat(ids(stories(StoryFilter.all(), 1, 10))).containsExactly("s2");
    assertThat(ids(stories(StoryFilter.all(), 0, 1))).containsExactly("s1");
    assertThat(ids(stories(StoryFilter.all(), 5, 10))).isEmpty();
    assertThat(ids(stories(filter("ru", null, null, null), 0, 10))).containsExactly("s1");
    assertThat(ids(stories(filter(null, "2020-03-01", null, null), 0, 10))).containsExactly("s1");
    assertThat(ids(stories(filter(null, null, "2020-02-28", null), 0, 10))).containsExactly("s2");
    assertThat(ids(stories(filter(null, null, null, "Tabriz"), 0, 10))).containsExactly("s2");
    assertThat(ids(stories(filter(null, null, null, "nothing-like-it"), 0, 10))).isEmpty();
    assertThat(ids(stories(filter(null, null, null, "  "), 0, 10))).containsExactly("s1", "s2");
  }

  @Test
  void dateFiltersLeaveUndatedStoriesOutAndCountThem() {
    article("a5", "de", 6, "e4", null, "tabriz");
    index.add("e4", SCHEMA.event(Records.event("e4", "s3", "de", 6, true, "a5")));
    index.add("s3", SCHEMA.story(Records.story("s3", List.of("de"), null, null, 6, "e4")));
    index.commit(Map.of());
    assertThat(ids(stories(StoryFilter.all(), 0, 10))).containsExactly("s3", "s1", "s2");
    StoryResults window = queries.find(filter(null, "2020-02-01", "2020-02-28", null), 0, 10);
    assertThat(ids(window.records())).containsExactly("s2");
    assertThat(window.undatedLeftOut()).isEqualTo(1);
    assertThat(ids(stories(filter(null, "2020-03-01", null, null), 0, 10))).containsExactly("s1");
    assertThat(ids(stories(filter(null, null, "2030-01-01", null), 0, 10)))
        .containsExactly("s1", "s2");
    // the count follows the other conditions
    assertThat(queries.find(filter("fa", "2020-01-01", null, null), 0, 10).undatedLeftOut())
        .isZero();
    assertThat(queries.find(filter(null, null, null, null), 0, 10).undatedLeftOut()).isZero();
  }

  @Test
  void multilingualMeansTwoLanguagesOrMore() {
    StoryFilter multi =
        new StoryFilter(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
    assertThat(ids(stories(multi, 0, 10))).containsExactly("s1");
    StoryFilter multiFa =
        new StoryFilter(
            Optional.of("fa"), Optional.empty(), Optional.empty(), Optional.empty(), true);
    assertThat(ids(stories(multiFa, 0, 10))).isEmpty();
  }

  @Test
  void anUnknownLanguageIsAnErrorListingTheSupportedOnes() {
    assertThatThrownBy(() -> filter("xx", null, null, null))
        .isInstanceOf(dev.storylink.core.InputException.class)
        .hasMessageContaining("unknown language 'xx'")
        .hasMessageContaining("ar, fa, ur, en");
    assertThat(filter("ar-EG", null, null, null).lang()).contains("ar");
    assertThat(ids(stories(filter("sw", null, null, null), 0, 10))).isEmpty();
  }
}
