package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import dev.storylink.store.StoredArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An Arabic name written with a hamza on its first alef (إلازيغ) keeps its ال for its keys, so the
 * same town is one row of the story facts and shared in a comparison: Elazig (English), Elazığ
 * (Turkish), إلازيغ (Arabic), الازیغ (Persian). Articles written for this test.
 */
class HamzaNameFactTest {
  static final String EN =
      "A magnitude 6.8 earthquake struck the province of Elazig in eastern Turkey on Friday,"
          + " killing at least 22 people. Rescue teams searched for survivors in Elazig.";
  static final String TR =
      "Elazığ'ın Sivrice ilçesinde cuma akşamı 6,8 büyüklüğünde deprem meydana geldi. Depremde en"
          + " az 22 kişi hayatını kaybetti. Ekipler Elazığ'da çalışıyor.";
  static final String AR =
      "ضرب زلزال بقوة 6.8 درجات ولاية إلازيغ شرق تركيا مساء الجمعة، ما أدى إلى مقتل 22 شخصا على"
          + " الأقل. وبحثت فرق الإنقاذ عن ناجين في إلازيغ.";
  static final String FA =
      "زلزله\u200cای به بزرگی ۶.۸ ریشتر عصر جمعه استان الازیغ در شرق ترکیه را لرزاند و دست کم ۲۲"
          + " نفر کشته شدند. تیم\u200cهای امداد در الازیغ به دنبال بازماندگان گشتند.";

  private static StoredArticle stored(String lang, String text, int seq) {
    return new StoredArticle(article(lang, text), seq, "e-" + lang, Optional.empty());
  }

  private static Article article(String lang, String text) {
    return new Article(
        "elazig-" + lang,
        lang,
        "",
        text,
        Optional.of(LocalDate.parse("2020-01-25")),
        lang + ".example",
        "");
  }

  @Test
  void elazigIsOneRowInFourLanguagesAndThreeScripts() {
    FactMatrix m =
        FactFixtures.FACTS.matrix(
            List.of(
                stored("en", EN, 1),
                stored("tr", TR, 2),
                stored("ar", AR, 3),
                stored("fa", FA, 4)));
    List<FactMatrix.Row> rows =
        m.rows().stream()
            .filter(
                r ->
                    r.cells().stream()
                        .anyMatch(
                            c ->
                                c.surfaces().stream()
                                    .anyMatch(s -> s.contains("إلازيغ") || s.contains("Elazig"))))
            .toList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).cells())
        .allSatisfy(c -> assertThat(c.state()).isEqualTo(FactMatrix.State.REPORTED));
  }

  @Test
  void elazigIsSharedInTheArabicEnglishComparison() {
    Comparison c =
        new CoverageComparer(CorpusStats.background())
            .compare(article("ar", AR), article("en", EN));
    assertThat(c.onlyInA()).noneMatch(f -> f.label().contains("إلازيغ"));
    assertThat(c.onlyInB()).noneMatch(f -> f.label().contains("Elazig"));
    assertThat(c.shared()).anyMatch(f -> f.label().contains("إلازيغ"));
  }
}
