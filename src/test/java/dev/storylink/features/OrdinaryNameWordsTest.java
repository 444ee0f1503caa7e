package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 20: ordinary words are no names: Arabic فوراً "at once" and مقياس "scale", Persian and
 * Urdu شمار "count" ({@link CommonWords}); a title word of the text's language (Turkish İçişleri
 * Bakanı, English Interior Minister) is no fact name. Sentences written for this test.
 */
class OrdinaryNameWordsTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static Article article(String id, String lang, String text) {
    return new Article(id, lang, "", text, Optional.of(LocalDate.parse("2024-03-02")), "", "");
  }

  private static List<String> names(String lang, String text) {
    return FX.extract(article("n-" + lang, lang, text)).names().stream()
        .flatMap(m -> m.surfaces().stream())
        .toList();
  }

  @Test
  void atOnceScaleAndCountAreNoNames() {
    assertThat(
            names("ar", "طالب الوزير بوقف القتال فوراً. وبلغت قوة الهزة ست درجات على مقياس ريختر."))
        .doesNotContain("فوراً", "مقياس", "درجات")
        .contains("ريختر");
    assertThat(names("fa", "شمار کشته‌شدگان زلزله به چهل نفر رسید و امدادگران فوراً اعزام شدند."))
        .doesNotContain("شمار", "فوراً");
    assertThat(names("ur", "وزیر نے فوراً امداد کا حکم دیا اور ہلاکتوں کا شمار بڑھ گیا۔"))
        .doesNotContain("شمار", "فوراً");
  }

  @Test
  void aTitleOfTheTextsLanguageIsNoFactName() {
    Comparison c =
        new CoverageComparer(CorpusStats.background())
            .compare(
                article(
                    "tr",
                    "tr",
                    "Deprem bölgesini ziyaret eden İçişleri Bakanı açıklama yaptı. Bakanlık,"
                        + " İçişleri Bakanı ile valinin görüştüğünü bildirdi."),
                article(
                    "en",
                    "en",
                    "The visit was confirmed by the Interior Minister. Officials said Interior"
                        + " Minister Kemal Aydin met the governor."));
    assertThat(c.onlyInA()).noneMatch(f -> f.label().contains("İçişleri"));
    assertThat(c.onlyInB()).noneMatch(f -> f.label().contains("Interior"));
    assertThat(c.onlyInB()).anyMatch(f -> f.label().contains("Aydin"));
  }

  @Test
  void climbingWordsAreNoNames() {
    // session 23: a user's comparison of a Persian and an Arabic climbing report listed climbers,
    // glacier, down, fall, edge and slope as names
    Comparison c =
        new CoverageComparer(CorpusStats.background())
            .compare(
                article(
                    "fa",
                    "fa",
                    "دو کوهنورد در نیوزیلند جان باختند. دانکن ریت پس از سقوط از یک یال در نزدیکی"
                        + " یخچال تاسمان جان باخت. کوهنوردان دیگر ریت را به پایین بردند اما او در"
                        + " مسیر پایین آمدن درگذشت. یک کوهنورد دیگر حدود ۶۰۰ متر سقوط کرد و از"
                        + " یخچال به بیمارستان منتقل شد."),
                article(
                    "ar",
                    "ar",
                    "لقي متسلقان حتفهما في نيوزيلندا. وسقط دنكان رايت من على حافة جبلية قرب نهر"
                        + " تاسمان الجليدي. وحاول متسلقون إنقاذ رايت لكنه توفي. وانزلق آخر على"
                        + " منحدر شديد."));
    for (List<dev.storylink.compare.Fact> only : List.of(c.onlyInA(), c.onlyInB())) {
      assertThat(only.stream().map(dev.storylink.compare.Fact::label))
          .noneMatch(
              l ->
                  List.of("کوهنورد", "سقوط", "یخچال", "پایین", "حافة", "منحدر").stream()
                      .anyMatch(l::startsWith));
    }
  }
}
