package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.Reason;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persian verbs, counting words and common nouns are no names (issue: لرزاند "shook" and نفر
 * "persons" were shared names of two Persian earthquake reports): one test per rule of {@link
 * PersianVerbForms}, the counting words of {@code common-words.txt} and the affixes of {@link
 * CommonWords} written with the Farsi yeh. Texts written for this test.
 */
class PersianVerbFormsTest {
  @Test
  void rule1PresentPrefixWithOrWithoutZwnj() {
    assertThat(PersianVerbForms.test("می\u200cلرزد")).isTrue();
    assertThat(PersianVerbForms.test("نمی\u200cکنیم")).isTrue();
    assertThat(PersianVerbForms.test("میلرزند")).isTrue();
    assertThat(PersianVerbForms.test("میلاد")).isFalse(); // a given name
    assertThat(PersianVerbForms.test("میرمحمد")).isFalse(); // Mir Mohammad
    assertThat(PersianVerbForms.test("ميركل")).isFalse(); // Arabic Merkel
  }

  @Test
  void rule2PastPlural() {
    assertThat(PersianVerbForms.test("کردند")).isTrue();
    assertThat(PersianVerbForms.test("گفتند")).isTrue();
    assertThat(PersianVerbForms.test("پزشکیان")).isFalse();
  }

  @Test
  void rule3ParticipleAndAuxiliary() {
    assertThat(PersianVerbForms.test("کشته\u200cاند")).isTrue();
    assertThat(PersianVerbForms.test("شده\u200cاست")).isTrue();
    assertThat(PersianVerbForms.test("شدهاند")).isTrue();
    assertThat(PersianVerbForms.test("زلزله\u200cای")).isFalse(); // a noun, not a verb
  }

  @Test
  void rule4Copula() {
    assertThat(PersianVerbForms.test("درخواست")).isTrue();
    assertThat(PersianVerbForms.test("آستانه")).isFalse();
  }

  @Test
  void rule5CausativePast() {
    assertThat(PersianVerbForms.test("لرزاند")).isTrue();
    assertThat(PersianVerbForms.test("رساند")).isTrue();
    assertThat(PersianVerbForms.test("هولاند")).isFalse(); // Hollande
    assertThat(PersianVerbForms.test("برتراند")).isFalse(); // Bertrand
    assertThat(PersianVerbForms.test("ویشواناند")).isFalse(); // Vishwanand
  }

  @Test
  void rule5CausativeAfterAPreverb() {
    assertThat(PersianVerbForms.test("بازگرداند")).isTrue();
    assertThat(PersianVerbForms.test("برگرداند")).isTrue();
    assertThat(PersianVerbForms.test("فراخواند")).isTrue();
    assertThat(PersianVerbForms.test("برتراند")).isFalse(); // Bertrand: ر before اند
  }

  @Test
  void rule6ListedPastStemsInId() {
    for (String w :
        new String[] {
          "رسید", "کشید", "لغزید", "پوشید", "گردید", "نرسید", "کشیدم", "رسیده", "رسیدید", "برسید",
          "رسيد"
        }) {
      assertThat(PersianVerbForms.test(w)).as(w).isTrue();
    }
    // names and nouns of the same shapes
    for (String w :
        new String[] {
          "سعید", "رشید", "خورشید", "مجید", "حمید", "جاوید", "تولید", "تهدید", "جدید", "سعيد"
        }) {
      assertThat(PersianVerbForms.test(w)).as(w).isFalse();
    }
  }

  @Test
  void countingWordsAndPluralsOfListedNounsAreCommon() {
    assertThat(CommonWords.isCommon(term("نفر"))).isTrue();
    assertThat(CommonWords.isCommon(term("تیم\u200cهای"))).isTrue(); // تیم + های
    assertThat(CommonWords.isCommon(term("می\u200cکنند"))).isTrue(); // می + کنند
    assertThat(CommonWords.isCommon(term("پزشکیان"))).isFalse();
  }

  private static String term(String word) {
    return dev.storylink.text.TextAnalysis.analyze(word, "fa").tokens().get(0).term();
  }

  @Test
  void twoPersianQuakeReportsShareNamesNotVerbsOrCountingWords() {
    FeatureExtractor fx =
        new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
    ArticleFeatures a =
        fx.extract(
            Article.of(
                "a",
                "fa",
                "زلزله\u200cای به بزرگی ۶.۲ ریشتر بندرعباس را لرزاند. هلال احمر اعلام کرد ۳۴ نفر"
                    + " کشته و ۳۱۰ نفر زخمی شدند. مسعود پزشکیان دستور اعزام تیم\u200cهای امداد را"
                    + " صادر کرد."));
    ArticleFeatures b =
        fx.extract(
            Article.of(
                "b",
                "fa",
                "زمین\u200cلرزه\u200cای شدید استان هرمزگان را لرزاند و ۴۳ نفر کشته شدند. ۳۱۰ نفر"
                    + " زخمی شده\u200cاند و تیم\u200cهای امدادی اعزام شده\u200cاند. مسعود پزشکیان"
                    + " دستور کمک فوری داد."));
    LinkResult r = FeaturePairScorer.shipped().link(a, b);
    List<String> names =
        r.reasons().stream()
            .filter(x -> x.kind() == Mention.Kind.NAME)
            .flatMap(x -> x.inA().stream())
            .toList();
    assertThat(names).contains("پزشکیان").doesNotContain("لرزاند", "نفر", "دستور", "اعزام");
    assertThat(names).noneMatch(n -> n.startsWith("تیم"));
    assertThat(r.reasons()).extracting(Reason::kind).contains(Mention.Kind.QUANTITY);
  }
}
