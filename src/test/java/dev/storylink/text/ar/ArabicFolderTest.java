package dev.storylink.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per folding rule of {@link ArabicFolder}, with real Arabic input. */
class ArabicFolderTest {
  private static String fold(String s) {
    return ArabicFolder.INSTANCE.fold(s);
  }

  @Test
  void removesDiacritics() {
    assertThat(fold("مُحَمَّدٌ")).isEqualTo("محمد");
    assertThat(fold("اتصالاً")).isEqualTo("اتصالا");
  }

  @Test
  void removesSuperscriptAlefAndQuranicMarks() {
    assertThat(fold("هٰذا")).isEqualTo("هذا");
    assertThat(fold("الرَّحِيمِۖ")).isEqualTo("الرحيم");
  }

  @Test
  void removesTatweel() {
    assertThat(fold("روحـــاني")).isEqualTo("روحاني");
  }

  @Test
  void foldsHamzaAlefForms() {
    assertThat(fold("أستانة")).isEqualTo("استانه");
    assertThat(fold("إدلب")).isEqualTo("ادلب");
    assertThat(fold("آمال")).isEqualTo("امال");
    assertThat(fold("ٱلله")).isEqualTo("الله");
  }

  @Test
  void foldsHamzaOnWawAndYehAndDropsLoneHamza() {
    assertThat(fold("مؤتمر")).isEqualTo("موتمر");
    assertThat(fold("رئيس")).isEqualTo("رييس");
    assertThat(fold("الأشياء")).isEqualTo("الاشيا");
  }

  @Test
  void foldsTehMarbutaToHeh() {
    assertThat(fold("سورية")).isEqualTo("سوريه");
  }

  @Test
  void foldsAlefMaksuraToYeh() {
    assertThat(fold("مستشفى")).isEqualTo("مستشفي");
  }

  @Test
  void foldsArabicIndicDigitsAndSeparators() {
    assertThat(fold("٤٣ و٥٩٣")).isEqualTo("43 و593");
    assertThat(fold("٣٫٥ و١٬٠٠٠")).isEqualTo("3.5 و1,000");
  }

  @Test
  void keepsNamesWhole() {
    // Lucene's ArabicStemmer would cut these; folding never removes suffixes
    assertThat(fold("أردوغان")).isEqualTo("اردوغان");
    assertThat(fold("بوتين")).isEqualTo("بوتين");
  }

  @Test
  void procliticStripperRemovesArticleButNotSuffixes() {
    assertThat(ArabicProcliticStripper.strip("الكرملين", false)).isEqualTo("كرملين");
    assertThat(ArabicProcliticStripper.strip("والسوريه", false)).isEqualTo("سوريه");
    assertThat(ArabicProcliticStripper.strip("للاتفاق", false)).isEqualTo("اتفاق");
    assertThat(ArabicProcliticStripper.strip("وروحاني", true)).isEqualTo("روحاني");
    assertThat(ArabicProcliticStripper.strip("وروحاني", false)).isEqualTo("وروحاني");
    assertThat(ArabicProcliticStripper.strip("الى", false)).isEqualTo("الى"); // too short
  }
}
