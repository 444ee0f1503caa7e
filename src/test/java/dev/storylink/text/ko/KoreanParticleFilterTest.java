package dev.storylink.text.ko;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule of {@link KoreanParticleFilter} ({@link KoreanParticleStripper}), with real Korean. */
class KoreanParticleFilterTest {
  private static List<String> filter(String text) {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = new KoreanParticleFilter(source)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String one(String word) {
    List<String> t = filter(word);
    assertThat(t).hasSize(1);
    return t.get(0).substring(0, t.get(0).indexOf('@'));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "에서는", "에게서", "으로는", "에서", "에게", "으로", "까지", "부터", "과의", "와의", "에는", "로는", "의", "에", "은",
        "는", "이", "가", "을", "를", "과", "와", "도", "로", "만"
      })
  void everyParticleOfTheListIsRemoved(String particle) {
    assertThat(one("시리아" + particle)).isEqualTo("시리아");
  }

  @Test
  void topicAndSubjectParticles() {
    assertThat(one("푸틴은")).isEqualTo("푸틴");
    assertThat(one("로하니는")).isEqualTo("로하니");
    assertThat(one("이란이")).isEqualTo("이란");
  }

  @Test
  void theLongestParticleWins() {
    assertThat(one("모스크바에서는")).isEqualTo("모스크바"); // not 모스크바에서 (는)
    assertThat(one("테헤란으로")).isEqualTo("테헤란"); // not 테헤란으 (로)
    assertThat(one("러시아와의")).isEqualTo("러시아"); // not 러시아와 (의)
  }

  @Test
  void atLeastTwoHangulSyllablesRemain() {
    assertThat(one("빈에서")).isEqualTo("빈에서"); // Vienna: one syllable
    assertThat(one("회의")).isEqualTo("회의"); // "meeting", not 회 + 의
    assertThat(one("G20에서")).isEqualTo("G20에서"); // no Hangul before the particle
    assertThat(one("푸틴")).isEqualTo("푸틴");
  }

  @Test
  void otherTermsPassUnchangedWithTheirOffsets() {
    assertThat(filter("putin 푸틴은 시리아")).containsExactly("putin@0-5", "푸틴@6-9", "시리아@10-13");
  }

  @Test
  void inTheChainOnlyForKoreanTexts() {
    assertThat(TextAnalysis.analyze("푸틴은 모스크바에서는 회의", "ko").tokens())
        .extracting(Token::term)
        .containsExactly("푸틴", "모스크바", "회의");
    assertThat(TextAnalysis.analyze("푸틴은", "ja").tokens())
        .extracting(Token::term)
        .containsExactly("푸틴은");
  }
}
