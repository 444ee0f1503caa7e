package dev.storylink.text.ur;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per Urdu folding rule of {@link UrduFolder}, with real Urdu input. */
class UrduFolderTest {
  private static String fold(String s) {
    return UrduFolder.INSTANCE.fold(s);
  }

  @Test
  void foldsHehGoalAndDoachashmee() {
    assertThat(fold("ہے")).isEqualTo("هي");
    assertThat(fold("ھندوستان")).isEqualTo("هندوستان");
    assertThat(fold("ہمسایۂ")).isEqualTo("همسايه");
  }

  @Test
  void foldsTehMarbutaGoal() {
    assertThat(fold("صلوٰۃ")).isEqualTo("صلوه");
  }

  @Test
  void foldsYehBarree() {
    assertThat(fold("کے")).isEqualTo("كي");
    assertThat(fold("گئۓ")).isEqualTo("گيي");
  }

  @Test
  void foldsNoonGhunna() {
    assertThat(fold("میں")).isEqualTo("مين");
  }

  @Test
  void urduAndPersianSpellingsOfANameMeet() {
    assertThat(fold("پوتن")).isEqualTo("پوتن");
    assertThat(fold("روحانی")).isEqualTo("روحاني");
    assertThat(fold("تہران")).isEqualTo(fold("تهران"));
  }

  @Test
  void keepsRetroflexLetters() {
    assertThat(fold("ٹرمپ")).isEqualTo("ٹرمپ");
  }
}
