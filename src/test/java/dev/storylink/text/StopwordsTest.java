package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StopwordsTest {
  /** The analysed term of one word, as the text's tokens carry it. */
  private static String term(String word, String lang) {
    return TextAnalysis.analyze(word, lang).tokens().get(0).term();
  }

  @Test
  void eachLanguageHasItsFoldedWordsInOneReadOnlySet() {
    Set<String> ar = Stopwords.of("ar");
    assertThat(ar).contains(term("في", "ar"), term("من", "ar")).doesNotContain(term("بوتين", "ar"));
    assertThat(Stopwords.of("fa")).contains(term("این", "fa"), term("در", "fa"));
    assertThat(Stopwords.of("en")).contains("the", "and").doesNotContain("putin");
    assertThat(Stopwords.of("ar")).isSameAs(ar);
    assertThat(Stopwords.of("xx")).isEmpty();
    assertThatThrownBy(() -> ar.add("بوتين")).isInstanceOf(UnsupportedOperationException.class);
  }
}
