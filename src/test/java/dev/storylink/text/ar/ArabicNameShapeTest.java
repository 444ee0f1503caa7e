package dev.storylink.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link ArabicNameShape}. */
class ArabicNameShapeTest {
  @Test
  void namesHaveTheShapeOfANameAndTatweelIsIgnored() {
    assertThat(ArabicNameShape.test("أردوغان")).isTrue();
    assertThat(ArabicNameShape.test("ترامب")).isTrue();
    assertThat(ArabicNameShape.test("لافروف")).isTrue();
    assertThat(ArabicNameShape.test("أردوغـــان")).isTrue();
  }

  @Test
  void rule1NeedsFourLetters() {
    assertThat(ArabicNameShape.test("عمر")).isFalse();
    assertThat(ArabicNameShape.test("عمـر")).isFalse();
  }

  @Test
  void rule2NoDefiniteArticle() {
    assertThat(ArabicNameShape.test("الرئيس")).isFalse();
    assertThat(ArabicNameShape.test("والرئيس")).isFalse();
    assertThat(ArabicNameShape.test("بالعاصمة")).isFalse();
    assertThat(ArabicNameShape.test("للرئيس")).isFalse();
  }

  @Test
  void rule3NoConjunctionBeforeAVerbNorDerivedVerbPrefix() {
    assertThat(ArabicNameShape.test("وأعلن")).isFalse();
    assertThat(ArabicNameShape.test("فيقول")).isFalse();
    assertThat(ArabicNameShape.test("استقبل")).isFalse();
    assertThat(ArabicNameShape.test("مستشار")).isFalse();
    assertThat(ArabicNameShape.test("تأكيد")).isFalse();
  }

  @Test
  void rule4NoFeminineePronounOrPluralEnding() {
    assertThat(ArabicNameShape.test("مدينة")).isFalse();
    assertThat(ArabicNameShape.test("حكومته")).isFalse();
    assertThat(ArabicNameShape.test("روسيا")).isFalse();
    assertThat(ArabicNameShape.test("قواتها")).isFalse();
    assertThat(ArabicNameShape.test("لبنانيين")).isFalse();
    assertThat(ArabicNameShape.test("كلمات")).isFalse();
    assertThat(ArabicNameShape.test("روحاني")).isFalse();
    assertThat(ArabicNameShape.test("ایرانی")).isFalse();
  }

  @Test
  void rule5NoHarakat() {
    assertThat(ArabicNameShape.test("كتَبْت")).isFalse();
    assertThat(ArabicNameShape.test("مُحمد")).isFalse();
  }

  @Test
  void rule6NoVerbOrVerbalNounPattern() {
    assertThat(ArabicNameShape.test("يقول")).isFalse();
    assertThat(ArabicNameShape.test("نبحث")).isFalse();
    assertThat(ArabicNameShape.test("اجتماع")).isFalse();
    assertThat(ArabicNameShape.test("اعلام")).isFalse();
    assertThat(ArabicNameShape.test("رسیده\u200cاند")).isFalse();
  }
}
