package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryBookTest {
  @TempDir Path tmp;

  private static Article article(String id, String date) {
    return new Article(
        id, "en", "Title " + id, "Text of " + id + ".", Optional.of(LocalDate.parse(date)), "", "");
  }

  @Test
  void articlesAreCountedIntoTheirEventsStory() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent en = new ActiveEvent("e1", "s1", "en", "Floods in Lisbon");
      ActiveEvent es = new ActiveEvent("e2", "s1", "es", "Inundaciones en Lisboa");
      book.add(en, article("a", "2020-02-03"), 1);
      book.add(en, article("b", "2020-02-01"), 2);
      book.add(es, article("c", "2020-02-05"), 3);
      StoryRecord s = book.story("s1").orElseThrow();
      assertThat(s.eventIds()).containsExactly("e1", "e2");
      assertThat(s.langs()).containsExactly("en", "es");
      assertThat(s.articleCount()).isEqualTo(3);
      assertThat(s.headline()).isEqualTo("Floods in Lisbon");
      assertThat(s.firstDate()).contains(LocalDate.parse("2020-02-01"));
      assertThat(s.lastDate()).contains(LocalDate.parse("2020-02-05"));
      assertThat(s.lastSeq()).isEqualTo(3);
      assertThat(pending.stories()).containsExactly(s);
      assertThat(book.story("s9")).isEmpty();
    }
  }

  private static Article from(String id, String source) {
    return new Article(
        id, "en", "Title " + id, "Text.", Optional.of(LocalDate.parse("2020-02-01")), source, "");
  }

  @Test
  void aStoryKeepsItsFirstTenDistinctSourcesInArrivalOrderAcrossMerges() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent en = new ActiveEvent("e1", "s1", "en", "Floods");
      ActiveEvent es = new ActiveEvent("e2", "s2", "es", "Inundaciones");
      book.add(en, from("a", "wire.example"), 1);
      book.add(en, from("b", ""), 2); // no source: nothing to keep
      book.add(en, from("c", "wire.example"), 3);
      book.add(en, from("d", "daily.example"), 4);
      book.add(es, from("e", "diario.example"), 5);
      book.add(es, from("f", "daily.example"), 6);
      assertThat(book.story("s1").orElseThrow().sources())
          .containsExactly("wire.example", "daily.example");
      book.merge("s1", "s2", (event, story) -> {});
      assertThat(book.story("s1").orElseThrow().sources())
          .containsExactly("wire.example", "daily.example", "diario.example");
      for (int i = 0; i < 12; i++) {
        book.add(en, from("x" + i, "outlet" + i + ".example"), 7 + i);
      }
      assertThat(book.story("s1").orElseThrow().sources())
          .hasSize(StoryRecord.MAX_SOURCES)
          .startsWith("wire.example", "daily.example", "diario.example", "outlet0.example");
    }
  }

  @Test
  void aStoryStoredWithoutSourcesKeepsNoneSoThatReadersLookThemUp() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      // as written by an older StoryLink: three articles, no sources in the record
      pending.putStory(
          new StoryRecord(
              "s1", List.of("e1"), List.of("en"), 3, "Old", Optional.empty(), Optional.empty(), 3));
      book.add(new ActiveEvent("e1", "s1", "en", "Old"), from("n", "new.example"), 4);
      StoryRecord s = book.story("s1").orElseThrow();
      assertThat(s.articleCount()).isEqualTo(4);
      assertThat(s.sources()).as("not only the newest article's source").isEmpty();
    }
  }

  @Test
  void mergingKeepsTheOlderStoryMovesTheEventsAndDeletesTheYoungerOne() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent ru = new ActiveEvent("e3", "s3", "ru", "Звонок");
      ActiveEvent en = new ActiveEvent("e4", "s10", "en", "The call");
      book.add(ru, article("r", "2020-03-02"), 1);
      book.add(en, article("e", "2020-03-01"), 2);
      List<String> moved = new ArrayList<>();
      String into = book.merge("s10", "s3", (event, story) -> moved.add(event + "->" + story));
      assertThat(into).as("s3 < s10 by number, not by text").isEqualTo("s3");
      assertThat(moved).containsExactly("e4->s3");
      StoryRecord s = book.story("s3").orElseThrow();
      assertThat(s.eventIds()).containsExactly("e3", "e4");
      assertThat(s.langs()).containsExactly("en", "ru");
      assertThat(s.articleCount()).isEqualTo(2);
      assertThat(s.headline()).isEqualTo("Звонок");
      assertThat(s.firstDate()).contains(LocalDate.parse("2020-03-01"));
      assertThat(s.lastSeq()).isEqualTo(2);
      assertThat(book.story("s10")).isEmpty();
      assertThat(book.merge("s3", "s3", (event, story) -> moved.add("unexpected"))).isEqualTo("s3");
      assertThat(moved).hasSize(1);
    }
  }

  @Test
  void committedStoriesAreReadBackAndAMergedAwayStoryIsDeletedFromTheStore() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent a = new ActiveEvent("e1", "s1", "en", "A");
      ActiveEvent b = new ActiveEvent("e2", "s2", "de", "B");
      book.add(a, article("x", "2020-01-01"), 1);
      book.add(b, article("y", "2020-01-02"), 2);
      pending.writeTo(store);
      store.commit(Map.of());
      book.committed(pending.stories());
      pending.clear();
      assertThat(pending.isEmpty()).isTrue();
      assertThat(store.story("s2")).isPresent();

      // a second book on the same store reads the committed stories from the store
      PendingWrites pending2 = new PendingWrites();
      StoryBook fresh = new StoryBook(store, pending2);
      assertThat(fresh.story("s1").orElseThrow().articleCount()).isEqualTo(1);
      assertThat(fresh.merge("s1", "s2", (event, story) -> {})).isEqualTo("s1");
      pending2.writeTo(store);
      store.commit(Map.of());
      assertThat(store.story("s2")).isEmpty();
      assertThat(store.story("s1").orElseThrow().eventIds()).containsExactly("e1", "e2");
    }
  }
}
