package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

  /**
   * Session 23: a set's look-up tests a bit of the word's hash before the set; it must answer as
   * the words themselves on every word and every term of the real news, in every language.
   */
  @Test
  void theBitFilterAnswersAsTheWords() {
    java.util.List<String> terms = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode a : dev.storylink.core.RealNews.articles()) {
      for (Token t :
          TextAnalysis.analyze(a.path("text").asText(), a.path("lang").asText()).tokens()) {
        terms.add(t.term());
      }
    }
    for (String lang : Languages.SUPPORTED) {
      Set<String> stop = Stopwords.of(lang);
      Set<String> words = new java.util.HashSet<>(stop);
      assertThat(words).isNotEmpty().allMatch(stop::contains);
      List<String> differ =
          terms.stream().filter(t -> stop.contains(t) != words.contains(t)).toList();
      assertThat(differ).as(lang).isEmpty();
    }
    assertThatThrownBy(() -> Stopwords.of("en").iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
