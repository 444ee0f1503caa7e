package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.StoredArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A word an Arabic-script article writes that is no name by its own rules (frequent in the
 * background statistics, or listed as an ordinary word) is a name fact of a story whose other
 * articles write it as a name in a cased script (issue 12: Rouhani = روحانی). Articles written for
 * this test.
 */
class CasedNameFactTest {
  private static StoredArticle stored(String id, String lang, String title, String text, int seq) {
    return new StoredArticle(
        new Article(
            id, lang, title, text, Optional.of(LocalDate.parse("2025-05-02")), id + ".example", ""),
        seq,
        "e-" + id,
        Optional.empty());
  }

  @Test
  void rouhaniIsANameFactOfThePersianArticleWhenTheEnglishWritesIt() {
    List<StoredArticle> story =
        List.of(
            stored(
                "en",
                "en",
                "Rouhani and Putin discuss Idlib by phone",
                "Iranian President Hassan Rouhani and Russian President Vladimir Putin discussed"
                    + " Idlib by phone on Saturday. Rouhani said the Astana agreements must be"
                    + " implemented.",
                1),
            stored(
                "fa",
                "fa",
                "گفت\u200cوگوی تلفنی روحانی و پوتین درباره ادلب",
                "روحانی روز شنبه در گفت\u200cوگوی تلفنی با پوتین درباره ادلب گفت توافقات آستانه"
                    + " باید اجرا شود. روحانی افزود ایران آماده همکاری است.",
                2));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    FactMatrix.Row rouhani =
        m.rows().stream()
            .filter(r -> r.kind() == Fact.Kind.NAME && r.label().contains("Rouhani"))
            .findFirst()
            .orElseThrow();
    int fa = m.columns().get(0).lang().equals("fa") ? 0 : 1;
    assertThat(rouhani.cells().get(fa).state()).isEqualTo(FactMatrix.State.REPORTED);
    assertThat(rouhani.cells().get(fa).surfaces()).contains("روحانی");
  }

  @Test
  void anOrdinaryWordNoOtherArticleNamesStaysOut() {
    List<StoredArticle> story =
        List.of(
            stored("en", "en", "Talks in Tehran", "Officials met in Tehran on Saturday.", 1),
            stored(
                "fa", "fa", "گفت\u200cوگو در تهران", "مقامات روز شنبه در تهران دیدار کردند.", 2));
    FactMatrix m = FactFixtures.FACTS.matrix(story);
    assertThat(m.rows())
        .filteredOn(r -> r.kind() == Fact.Kind.NAME)
        .flatExtracting(r -> r.cells().stream().flatMap(c -> c.surfaces().stream()).toList())
        .doesNotContain("مقامات", "دیدار");
  }
}
