package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's detail reads at most its newest articles, however many events hold them. */
class NewestArticlesTest {
  @TempDir Path tmp;

  /**
   * A story of four events: "old" with arrivals 1-3, then arrivals 4-33 spread over e0, e1, e2 in
   * turn.
   */
  private static List<EventRecord> write(ArticleStore store) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, Long> last = new LinkedHashMap<>();
    for (long seq = 1; seq <= 33; seq++) {
      String event = seq <= 3 ? "old" : "e" + (seq % 3);
      String id = "a" + seq;
      Article a = new Article(id, "en", "title " + id, "text of " + id, Optional.empty(), "", "");
      store.putArticle(
          new StoredArticle(a, seq, event, Optional.empty()),
          List.of("text"),
          Set.of(),
          List.of(),
          List.of());
      members.computeIfAbsent(event, k -> new ArrayList<>()).add(id);
      last.put(event, seq);
    }
    List<EventRecord> events = new ArrayList<>();
    for (Entry<String, List<String>> e : members.entrySet()) {
      EventRecord r =
          new EventRecord(
              e.getKey(),
              "s1",
              "en",
              e.getValue(),
              e.getValue().size(),
              Optional.empty(),
              Optional.empty(),
              last.get(e.getKey()),
              "headline",
              true);
      store.putEvent(r);
      events.add(r);
    }
    store.commit(Map.of());
    return events;
  }

  private static List<Long> seqs(List<StoredArticle> articles) {
    return articles.stream().map(StoredArticle::seq).toList();
  }

  @Test
  void theNewestArticlesNewestFirstAtMostTheLimit() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      List<EventRecord> events = write(store);
      assertThat(seqs(NewestArticles.of(store, events, 5)))
          .containsExactly(33L, 32L, 31L, 30L, 29L);
      assertThat(seqs(NewestArticles.of(store, events, 31)))
          .hasSize(31)
          .startsWith(33L)
          .endsWith(3L);
      List<StoredArticle> all = NewestArticles.of(store, events, NewestArticles.STORY_ARTICLES);
      assertThat(all).hasSize(33);
      assertThat(seqs(all)).isSortedAccordingTo((x, y) -> Long.compare(y, x));
      assertThat(NewestArticles.of(store, List.of(), 5)).isEmpty();
      assertThatThrownBy(() -> NewestArticles.of(store, events, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theNewestEventsHoldTheNewestArticlesAndAreReadWithoutTheOthers() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      List<EventRecord> events = write(store);
      // latest articles: e0 33, e2 32, e1 31, old 3
      assertThat(store.newestEventsOf("s1", 2))
          .extracting(EventRecord::id)
          .containsExactly("e0", "e2");
      assertThat(store.newestEventsOf("s1", 10))
          .extracting(EventRecord::id)
          .containsExactly("e0", "e2", "e1", "old");
      assertThat(store.newestEventsOf("s2", 10)).isEmpty();
      // as many newest events as articles asked for give the same newest articles as every event
      for (int k = 1; k <= 34; k++) {
        assertThat(seqs(NewestArticles.of(store, store.newestEventsOf("s1", k), k)))
            .as("k=%d", k)
            .isEqualTo(seqs(NewestArticles.of(store, events, k)));
      }
      assertThat(seqs(store.articlesOf(List.of("e1"), 3, true))).containsExactly(31L, 28L, 25L);
      assertThat(seqs(store.articlesOf(List.of("e1"), 3, false))).containsExactly(4L, 7L, 10L);
      assertThat(seqs(store.articlesOf(List.of("e1", "old"), 100, false)))
          .hasSize(13)
          .startsWith(1L, 2L, 3L, 4L, 7L);
      assertThat(store.articlesOf(List.of(), 5, true)).isEmpty();
    }
  }

  @Test
  void shownEventsComeInTheStorysCreationOrder() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      write(store);
      StoryRecord story =
          new StoryRecord(
              "s1",
              List.of("old", "e1", "e2", "e0"),
              List.of("en"),
              33,
              "headline",
              Optional.empty(),
              Optional.empty(),
              33);
      assertThat(NewestArticles.inCreationOrder(story, store.newestEventsOf("s1", 3)))
          .extracting(EventRecord::id)
          .containsExactly("e1", "e2", "e0");
    }
  }

  @Test
  void anEventViewListsItsNewest200ArticleIdsAndCountsThemAll() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= 250; i++) {
      ids.add("a" + i);
    }
    StoryRepository.EventView big =
        StoryRepository.EventView.of(
            "e1", "en", "Floods", ids, java.util.Optional.empty(), java.util.Optional.empty());
    assertThat(big.articleCount()).isEqualTo(250);
    assertThat(big.articleIds()).hasSize(200).startsWith("a51").endsWith("a250");
    StoryRepository.EventView small =
        StoryRepository.EventView.of(
            "e2",
            "en",
            "Snow",
            List.of("b1", "b2"),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    assertThat(small.articleIds()).containsExactly("b1", "b2");
    assertThat(small.articleCount()).isEqualTo(2);
  }
}
