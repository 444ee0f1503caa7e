package dev.storylink.text.ar;

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

/**
 * One test per rule of {@link ArabicProcliticFilter} ({@link ArabicProcliticStripper} without the
 * waw rule), with real Arabic words, already folded as the filter receives them.
 */
class ArabicProcliticFilterTest {
  /** Terms (with offsets) of {@code text} split at white space and filtered. */
  private static List<String> filter(String text) {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = new ArabicProcliticFilter(source)) {
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

  @Test
  void articleWithFusedWaw() {
    assertThat(one("والسوريه")).isEqualTo("سوريه"); // and the Syrian
  }

  @Test
  void articleWithFusedBa() {
    assertThat(one("بالقاهره")).isEqualTo("قاهره"); // in Cairo
  }

  @Test
  void articleWithFusedKaf() {
    assertThat(one("كالعاده")).isEqualTo("عاده"); // as usual
  }

  @Test
  void articleWithFusedFa() {
    assertThat(one("فالحكومه")).isEqualTo("حكومه"); // so the government
  }

  @Test
  void articleWithFusedLam() {
    assertThat(one("للاتفاق")).isEqualTo("اتفاق"); // for the agreement
  }

  @Test
  void bareArticle() {
    assertThat(one("الكرملين")).isEqualTo("كرملين");
  }

  @Test
  void firstMatchWinsSoTheWholeCliticGroupGoes() {
    // وال, not ال after a kept و; and a word of the article alone keeps it
    assertThat(one("والرئيس")).isEqualTo("رئيس");
    assertThat(one("والى")).isEqualTo("والى");
  }

  @Test
  void atLeastThreeCharsRemain() {
    assertThat(one("الى")).isEqualTo("الى"); // "to": 1 would remain
    assertThat(one("الله")).isEqualTo("الله"); // 2 would remain
    assertThat(one("بالي")).isEqualTo("بالي"); // Bali
    assertThat(one("الناس")).isEqualTo("ناس"); // 3 remain
  }

  @Test
  void aLoneConjunctionWawIsKept() {
    assertThat(one("وروحاني")).isEqualTo("وروحاني");
    assertThat(one("واشنطن")).isEqualTo("واشنطن");
  }

  @Test
  void otherTermsPassUnchangedWithTheirOffsets() {
    assertThat(filter("putin الكرملين al-kremlin كرملين"))
        .containsExactly("putin@0-5", "كرملين@6-14", "al-kremlin@15-25", "كرملين@26-32");
  }

  @Test
  void inTheChainOnlyForArabicTexts() {
    assertThat(TextAnalysis.analyze("والسورية في الكرملين", "ar").tokens())
        .extracting(Token::term)
        .containsExactly("سوريه", "في", "كرملين");
    assertThat(TextAnalysis.analyze("البته", "fa").tokens())
        .extracting(Token::term)
        .containsExactly("البته");
    assertThat(TextAnalysis.analyze("الكرملين", "und").tokens())
        .extracting(Token::term)
        .containsExactly("الكرملين");
  }
}
