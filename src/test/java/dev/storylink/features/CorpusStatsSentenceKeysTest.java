package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Hashing;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence's key is the hash of its terms, each followed by a space. */
class CorpusStatsSentenceKeysTest {
  @Test
  void keysHashTheTermsOfLongSentences() {
    AnalyzedText text =
        TextAnalysis.analyze(
            "Short one. The ministers met in Vienna on Monday to discuss the nuclear talks. "
                + "وزير الخارجية التقى نظيره في فيينا يوم الاثنين لبحث المحادثات.",
            "en");
    List<String> keys = CorpusStats.sentenceKeysBySentence(text);
    assertThat(keys).hasSize(text.sentences().size());
    for (int s = 0; s < keys.size(); s++) {
      StringBuilder joined = new StringBuilder();
      int count = 0;
      for (Token t : text.tokens()) {
        if (t.sentence() == s) {
          joined.append(t.term()).append(' ');
          count++;
        }
      }
      String want =
          count >= CorpusStats.MIN_SENTENCE_TOKENS
              ? CorpusStats.SENTENCE_PREFIX + Long.toHexString(Hashing.fnv1a(joined))
              : "";
      assertThat(keys.get(s)).isEqualTo(want);
    }
    assertThat(keys.get(0)).isEmpty();
    assertThat(keys.stream().filter(k -> !k.isEmpty())).hasSize(2);
  }
}
