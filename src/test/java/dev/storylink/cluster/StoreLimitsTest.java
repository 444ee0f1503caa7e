package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreLimitsTest {
  @Test
  void utf8LengthIsWhatLuceneEncodes() {
    for (String s : List.of("", "abc", "é", "日本語", "😀x", "Грузия", "a\uD800b", "\uDC00")) {
      String expected = s.replace('\uD800', '\uFFFD').replace('\uDC00', '\uFFFD');
      assertThat(StoreLimits.utf8Length(s))
          .as(s)
          .isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void idsAndTermsUpToTheLimitPassLongerOnesAreRefusedWithTheirSize() {
    assertThat(StoreLimits.idProblem("a".repeat(StoreLimits.MAX_TERM_BYTES))).isNull();
    assertThat(StoreLimits.idProblem("a".repeat(StoreLimits.MAX_TERM_BYTES + 1)))
        .contains("32767 bytes")
        .hasSizeLessThan(400);
    assertThat(StoreLimits.termProblem("x", List.of("word", "ж".repeat(16_383)))).isNull();
    assertThat(StoreLimits.termProblem("x", List.of("word", "ж".repeat(16_384))))
        .startsWith("x: a word of 32768 bytes");
  }
}
