package dev.storylink.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-line rule shared by every message shown to people. */
class TextsTest {
  @Test
  void controlBidiAndWhiteSpaceBecomeOneSpaceAndTheEndsAreStripped() {
    assertThat(Texts.oneLine(" a\u0000b\r\n\u2066c\u2069  d ")).isEqualTo("a b c d");
    assertThat(Texts.oneLine("x\u202Ey\u200Fz\u061Cw\u0085v\u2028u\u007Ft\tq\uFEFFp"))
        .isEqualTo("x y z w v u t q p");
    assertThat(Texts.oneLine("\u202E\r\n\u200E")).isEmpty();
    // ZWNJ and ZWJ are letters' business: kept
    assertThat(Texts.oneLine("کشته\u200Cها \uD83D\uDC69\u200D\uD83D\uDCBB"))
        .isEqualTo("کشته\u200Cها \uD83D\uDC69\u200D\uD83D\uDCBB");
  }

  @Test
  void aLongTextIsCutAtTheLimitWithAnEllipsisAndASurrogatePairStaysWhole() {
    assertThat(Texts.oneLine("x".repeat(1000))).hasSize(Texts.ONE_LINE_MAX + 1).endsWith("x…");
    assertThat(Texts.oneLine("x".repeat(Texts.ONE_LINE_MAX))).hasSize(Texts.ONE_LINE_MAX);
    String emoji = "x".repeat(Texts.ONE_LINE_MAX - 1) + "\uD83D\uDE00" + "tail";
    assertThat(Texts.oneLine(emoji)).endsWith("\uD83D\uDE00…");
    // blanks before the limit do not count
    assertThat(Texts.oneLine(" \n".repeat(5000) + "ok")).isEqualTo("ok");
  }
}
