package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import org.junit.jupiter.api.Test;

/** Ordinary Arabic-script words are never names; names are not ordinary words. */
class CommonWordsTest {
  private static boolean common(String word, String lang) {
    return CommonWords.isCommon(TextAnalysis.analyze(word, lang).tokens().get(0).term());
  }

  @Test
  void ordinaryWordsAndTheirInflectionsAreCommon() {
    for (String w : new String[] {"کشور", "دولت", "درخصوص", "امیدواریم", "رئیس‌جمهور", "کشورها"}) {
      assertThat(common(w, "fa")).as(w).isTrue();
    }
    for (String w : new String[] {"تنفيذ", "تستمر", "والحكومة", "الرئيس", "بالاتفاق"}) {
      assertThat(common(w, "ar")).as(w).isTrue();
    }
  }

  @Test
  void namesAreNotCommon() {
    for (String w : new String[] {"پوتین", "روحانی", "آستانه", "ادلب", "اردوغان", "برجام"}) {
      assertThat(common(w, "fa")).as(w).isFalse();
    }
    for (String w : new String[] {"بوتين", "روحاني", "أستانة", "إدلب", "أردوغان", "معزي"}) {
      assertThat(common(w, "ar")).as(w).isFalse();
    }
    assertThat(CommonWords.isGivenName("علي")).isTrue();
    assertThat(CommonWords.isGivenName("بوتين")).isFalse();
  }

  @Test
  void theFeminineAdjectiveEndingIsFoldedAsTheTermsAre() {
    // ية is analysed as يه (ة → ه): before session 18 the listed suffix matched no term
    for (String w : new String[] {"الإخبارية", "إضافية", "هجومية", "الخصوصية"}) {
      assertThat(common(w, "ar")).as(w).isTrue();
    }
    assertThat(common("الشعبية", "ar")).isTrue();
    // a name in ية whose rest is no listed word stays a name (اسكندر is a given name, not common)
    assertThat(common("الإسكندرية", "ar")).isFalse();
    assertThat(common("اسکندریه", "fa")).isFalse();
  }

  @Test
  void persianVisitIsCommon() {
    // session 19: بازدید "visit" was a name of a composed Persian report (fact and link reason)
    for (String w : new String[] {"بازدید", "بازدیدها", "بازدیدی"}) {
      assertThat(common(w, "fa")).as(w).isTrue();
    }
  }
}
