package dev.storylink.text.fa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.ar.ArabicFolder;
import org.junit.jupiter.api.Test;

/** One test per Persian folding rule of {@link PersianFolder}, with real Persian input. */
class PersianFolderTest {
  private static String fold(String s) {
    return PersianFolder.INSTANCE.fold(s);
  }

  @Test
  void foldsFarsiYehToArabicYeh() {
    assertThat(fold("روحانی")).isEqualTo("روحاني");
    assertThat(fold("روحانی")).isEqualTo(ArabicFolder.INSTANCE.fold("روحاني"));
  }

  @Test
  void foldsKehehToArabicKaf() {
    assertThat(fold("کرملین")).isEqualTo("كرملين");
  }

  @Test
  void foldsHehWithYehAbove() {
    assertThat(fold("خانۀ")).isEqualTo("خانه");
  }

  @Test
  void removesZwnjSoStrippedAndUnstrippedMeet() {
    assertThat(fold("رئیس\u200Cجمهور")).isEqualTo("رييسجمهور");
    assertThat(fold("رئیس\u200Cجمهور")).isEqualTo(fold("رئیسجمهور"));
    assertThat(fold("گفت\u200Cوگو")).isEqualTo(fold("گفتوگو"));
  }

  @Test
  void foldsPersianDigits() {
    assertThat(fold("۴۳ و ۵۹۳")).isEqualTo("43 و 593");
  }

  @Test
  void appliesArabicRulesToo() {
    assertThat(fold("آستانه")).isEqualTo(ArabicFolder.INSTANCE.fold("أستانة"));
    assertThat(fold("مسئله")).isEqualTo("مسيله");
  }

  @Test
  void keepsPersianOnlyLetters() {
    assertThat(fold("پوتین")).isEqualTo("پوتين");
    assertThat(fold("گزارش")).isEqualTo("گزارش");
  }
}
