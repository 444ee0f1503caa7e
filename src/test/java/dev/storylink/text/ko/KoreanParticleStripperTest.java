package dev.storylink.text.ko;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import org.junit.jupiter.api.Test;

class KoreanParticleStripperTest {
  @Test
  void topicAndSubjectParticles() {
    assertThat(KoreanParticleStripper.strip("푸틴은")).isEqualTo("푸틴");
    assertThat(KoreanParticleStripper.strip("로하니는")).isEqualTo("로하니");
    assertThat(KoreanParticleStripper.strip("이란이")).isEqualTo("이란");
  }

  @Test
  void caseParticlesLongestFirst() {
    assertThat(KoreanParticleStripper.strip("시리아의")).isEqualTo("시리아");
    assertThat(KoreanParticleStripper.strip("모스크바에서는")).isEqualTo("모스크바");
    assertThat(KoreanParticleStripper.strip("테헤란으로")).isEqualTo("테헤란");
    assertThat(KoreanParticleStripper.strip("이들리브와")).isEqualTo("이들리브");
  }

  @Test
  void atLeastTwoSyllablesRemain() {
    assertThat(KoreanParticleStripper.strip("빈에서")).isEqualTo("빈에서");
    assertThat(KoreanParticleStripper.strip("회의")).isEqualTo("회의");
    assertThat(KoreanParticleStripper.strip("푸틴")).isEqualTo("푸틴");
  }

  @Test
  void appliedToKoreanTextOnly() {
    assertThat(TextAnalysis.analyze("푸틴은 시리아의", "ko").tokens())
        .extracting(Token::term)
        .containsExactly("푸틴", "시리아");
    assertThat(TextAnalysis.analyze("푸틴은", "und").tokens())
        .extracting(Token::term)
        .containsExactly("푸틴은");
  }
}
