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

  @Test
  void theFormOfEventAndStoryIdsIsReservedAndNothingElse() {
    for (String id : List.of("e1", "s1", "e12", "s907")) {
      assertThat(StoreLimits.isRecordId(id)).as(id).isTrue();
      assertThat(StoreLimits.idProblem(id)).as(id).contains("reserved");
    }
    for (String id :
        List.of("e", "s", "e0", "e01", "E1", "x1", "e1a", "se1", "s-1", "1", "event1")) {
      assertThat(StoreLimits.isRecordId(id)).as(id).isFalse();
      assertThat(StoreLimits.idProblem(id)).as(id).isNull();
    }
  }
}
