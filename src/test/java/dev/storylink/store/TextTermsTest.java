package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.junit.jupiter.api.Test;

/** An article's terms counted once: {@link TextTerms}' rules, one test each. */
class TextTermsTest {

  private static List<String> terms(String lang, String text) {
    return TextAnalysis.analyze(text, lang).tokens().stream().map(Token::term).toList();
  }

  @Test
  void distinctTermsKeepTheOrderOfTheirFirstOccurrence() {
    List<String> tokens =
        terms("en", "Floods hit Dhaka. Dhaka floods close schools; schools in Sylhet stay open.");
    TextTerms t = TextTerms.of(tokens);
    assertThat(t.distinct()).containsExactlyElementsOf(tokens.stream().distinct().toList());
    assertThat(t.distinct()).doesNotHaveDuplicates();
  }

  @Test
  void eachCountIsTheNumberOfTokensOfItsTermAndTheCountsSumToTheTokens() {
    List<String> tokens = terms("fa", "سیل در داکا. سیل مدارس داکا را بست؛ مدارس سیلهت باز است.");
    TextTerms t = TextTerms.of(tokens);
    int sum = 0;
    for (int i = 0; i < t.distinct().size(); i++) {
      String term = t.distinct().get(i);
      assertThat(t.count(i)).as(term).isEqualTo(tokens.stream().filter(term::equals).count());
      sum += t.count(i);
    }
    assertThat(sum).isEqualTo(tokens.size());
  }

  @Test
  void theStreamGivesEachDistinctTermOnceWithItsCountAsItsFrequency() throws IOException {
    List<String> tokens = List.of("a", "b", "a", "c", "a", "b");
    List<String> seen = new ArrayList<>();
    List<Integer> freqs = new ArrayList<>();
    try (TokenStream s = TextTerms.of(tokens).stream()) {
      CharTermAttribute term = s.getAttribute(CharTermAttribute.class);
      TermFrequencyAttribute freq = s.getAttribute(TermFrequencyAttribute.class);
      s.reset();
      while (s.incrementToken()) {
        seen.add(term.toString());
        freqs.add(freq.getTermFrequency());
      }
      s.end();
    }
    assertThat(seen).containsExactly("a", "b", "c");
    assertThat(freqs).containsExactly(3, 2, 1);
  }

  @Test
  void noTokensNoTerms() {
    assertThat(TextTerms.of(List.of()).distinct()).isEmpty();
  }
}
