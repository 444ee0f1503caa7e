package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's card: what a timeline shows, kept as doc values and read without the text. */
class ArticleCardTest {
  @TempDir Path tmp;

  private static StoredArticle stored(String id, String title, String text, long seq) {
    return new StoredArticle(
        new Article(
            id,
            "fa",
            title,
            text,
            Optional.of(LocalDate.of(2020, 2, 29)),
            "irna.example",
            "https://irna.example/" + id),
        seq,
        "e1",
        seq > 1 ? Optional.of("a1") : Optional.empty());
  }

  @Test
  void encodesEveryFieldAndReadsItBack() {
    ArticleCard c = ArticleCard.of(stored("a2", "گفت‌وگوی تلفنی پوتین و اردوغان", "متن", 2));
    assertThat(ArticleCard.decode(c.encode().orElseThrow())).isEqualTo(c);
    assertThat(ArticleCard.decodeId(c.encode().orElseThrow())).isEqualTo("a2");
    assertThat(c.date()).contains(LocalDate.of(2020, 2, 29));
    assertThat(c.duplicateOf()).contains("a1");

    ArticleCard undated =
        new ArticleCard("x", "en", "t", "", "", Optional.empty(), 7, "e9", Optional.empty());
    assertThat(ArticleCard.decode(undated.encode().orElseThrow())).isEqualTo(undated);
  }

  @Test
  void anUntitledArticleShowsItsFirstLineCut() {
    assertThat(ArticleCard.of(stored("a1", "", "  First line.\nSecond line.", 1)).title())
        .isEqualTo("First line.");
    String longLine = "ز".repeat(300);
    String title = ArticleCard.of(stored("a1", "", longLine, 1)).title();
    assertThat(title).hasSize(ArticleCard.TITLE_CHARS - 3 + 1).endsWith("…");
    assertThat(ArticleCard.of(stored("a1", "Title", longLine, 1)).title()).isEqualTo("Title");
  }

  @Test
  void aFieldTooLongForACardGivesNoCard() {
    String huge = "x".repeat(ArticleCard.MAX_FIELD_CHARS + 1);
    assertThat(ArticleCard.of(stored("a1", huge, "text", 1)).encode()).isEmpty();
  }

  @Test
  void aCorruptCardIsAClearError() {
    assertThatThrownBy(() -> ArticleCard.decode(new BytesRef(new byte[] {9, 0, 1})))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("corrupt article card")
        .hasMessageContaining("version 9");
    assertThatThrownBy(() -> ArticleCard.decode(new BytesRef(new byte[] {1, 0, 5, 'a'})))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("corrupt article card");
  }

  @Test
  void theStoreGivesTheCardsOfTheStoredArticlesWithOrWithoutDocValues() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      List<StoredArticle> written = new ArrayList<>();
      for (int seq = 1; seq <= 12; seq++) {
        // article 5's title is too long for a card: it is read from its stored record
        String title = seq == 5 ? "t".repeat(ArticleCard.MAX_FIELD_CHARS + 1) : "";
        StoredArticle a = stored("a" + seq, title, "Line " + seq + "\nmore", seq);
        store.putArticle(a, List.of("line"), Set.of(), List.of(), List.of());
        written.add(a);
        if (seq % 4 == 0) {
          store.commit(Map.of()); // several segments
        }
      }
      store.commit(Map.of());
      List<ArticleCard> newest = store.cardsOf(List.of("e1"), 5, true);
      assertThat(newest).extracting(ArticleCard::seq).containsExactly(12L, 11L, 10L, 9L, 8L);
      assertThat(store.cardsOf(List.of("e1"), 100, false))
          .containsExactlyElementsOf(written.stream().map(ArticleCard::of).toList());
      assertThat(store.cardsOf(List.of("e1"), 100, false).get(4).title()).hasSize(16_001);
      assertThat(store.cardsOf(List.of("none"), 5, true)).isEmpty();
      assertThat(store.cardsOf(List.of(), 5, true)).isEmpty();
    }
  }
}
