package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.CorpusStats;
import org.junit.jupiter.api.Test;

/**
 * A clause may read a number its sentence does not (",3000" after a comma reads as 3000 only in the
 * clause that starts there); such a key is weighted as if in one sentence instead of failing the
 * comparison (it threw a NullPointerException, a 500 on {@code POST /api/compare}).
 */
class ClauseOnlyKeyTest {
  @Test
  void aNumberOnlyAClauseReadsDoesNotFailTheComparison() {
    Article tr =
        Article.of(
            "tr",
            "tr",
            "Karşılıklı top atışları sonucunda 36 asker şehit olurken ,3000 civarında rejim unsuru"
                + " etkisiz hale getirildi.");
    Article en =
        Article.of(
            "en",
            "en",
            "Some 36 soldiers were killed in the shelling while many regime fighters were"
                + " neutralised.");
    Comparison c = new CoverageComparer(CorpusStats.background()).compare(tr, en);
    assertThat(c.links())
        .extracting(SentenceLink::a, SentenceLink::b)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0));
    assertThat(c.shared()).extracting(Fact::label).contains("36");
  }
}
