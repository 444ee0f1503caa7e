package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.CorpusStats;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds of {@link ComparisonLimits} on the work and the result of a comparison. */
class ComparisonLimitsTest {
  private static final CoverageComparer CMP = new CoverageComparer(CorpusStats.background());

  private static String repeat(String sentence, int chars) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(sentence.replace("#", Integer.toString(i))).append(' ');
    }
    return sb.toString();
  }

  @Test
  void refusesTwoArticlesOf600KilobytesWithAClearMessage() {
    String text =
        repeat(
            "President Erdogan said on Tuesday that rescue team # searched the buildings of Izmir,"
                + " where 14 people were killed.",
            600_000);
    Article a = Article.of("a", "en", text);
    Article b = Article.of("b", "en", text);
    assertThatThrownBy(() -> CMP.compare(a, b))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'a' is too long to compare")
        .hasMessageContaining("at most " + ComparisonLimits.MAX_TEXT_CHARS);
  }

  @Test
  void refusesTooManySentencesAndOverlongSentences() {
    String many = repeat("Rescue team # arrived.", 100_000);
    assertThatThrownBy(() -> CMP.compare(Article.of("a", "en", many), Article.of("b", "en", "Hi.")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("sentences, at most " + ComparisonLimits.MAX_SENTENCES);
    String oneSentence = repeat("rescue team # searched the buildings and", 5_000) + ".";
    assertThatThrownBy(
            () -> CMP.compare(Article.of("b", "en", "Hi."), Article.of("c", "en", oneSentence)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'c' cannot be compared: sentence 1 has");
  }

  @Test
  void refusesAPairWhoseScoringWorkExceedsTheBudget() {
    // within the per-article caps, but every sentence has many clauses: too many unit pairs
    String clauses =
        repeat(
            "The team # came home, the team # searched houses, the team # left town, the team #"
                + " ate bread, the team # slept well.",
            25_000);
    Article a = Article.of("a", "en", clauses);
    assertThatThrownBy(() -> CMP.compare(a, Article.of("b", "en", clauses)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("too long to compare together");
  }

  @Test
  void theResultGrowsWithTheArticlesNotWithTheProductOfTheirSizes() {
    // every sentence of one article scores high against every sentence of the other
    String text = repeat("Erdogan visited Izmir after the earthquake.", 200 * 45);
    Comparison c = CMP.compare(Article.of("a", "en", text), Article.of("b", "en", text));
    int n = c.a().sentences().size();
    int m = c.b().sentences().size();
    assertThat(n).isGreaterThan(150);
    assertThat(c.links().size())
        .isLessThanOrEqualTo(ComparisonLimits.MAX_PARTNERS * Math.min(n, m));
    Map<Integer, Integer> partnersA = new HashMap<>();
    Map<Integer, Integer> partnersB = new HashMap<>();
    for (SentenceLink l : c.links()) {
      partnersA.merge(l.a(), 1, Integer::sum);
      partnersB.merge(l.b(), 1, Integer::sum);
      assertThat(l.evidence()).hasSizeLessThanOrEqualTo(SentenceScorer.EVIDENCE);
    }
    assertThat(partnersA.values()).allMatch(k -> k <= ComparisonLimits.MAX_PARTNERS);
    assertThat(partnersB.values()).allMatch(k -> k <= ComparisonLimits.MAX_PARTNERS);
  }
}
