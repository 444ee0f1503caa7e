package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.facts.FactExtractor;
import dev.storylink.features.CorpusStats;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A body that opens with its headline (a new user's run, session 22: many pages and the ECB+
 * renderings do): the headline is one sentence in a comparison and in a story's facts, not two that
 * each align with the other article's headline.
 */
class RepeatedTitleTest {
  private static final String EN_TITLE = "Earthquake kills 34 in eastern Turkey";
  private static final String EN_BODY =
      "An earthquake of magnitude 6.1 struck Van province on Sunday, killing 34 people.\n"
          + "The governor of Van said 4,500 tents were sent to the region.";
  private static final String FA_TITLE = "زلزله در وان ترکیه ۳۴ کشته داشت";
  private static final String FA_BODY =
      "زلزله‌ای به بزرگی ۶٫۱ ریشتر روز یکشنبه استان وان ترکیه را لرزاند و ۳۴ نفر را کشت.";

  private static Article article(String id, String lang, String title, String body) {
    return new Article(id, lang, title, body, Optional.empty(), "", "");
  }

  @Test
  void aBodyThatRepeatsTheTitleIsComparedOnce() {
    Article en =
        article("en1", "en", EN_TITLE, "  earthquake kills 34  in eastern Turkey\n" + EN_BODY);
    Article fa = article("fa1", "fa", FA_TITLE, FA_TITLE + "\n" + FA_BODY);
    assertThat(CoverageComparer.comparedText(en))
        .isEqualTo("  earthquake kills 34  in eastern Turkey\n" + EN_BODY);
    Comparison c = new CoverageComparer(CorpusStats.background()).compare(en, fa);
    assertThat(c.a().sentences()).hasSize(3);
    assertThat(c.b().sentences()).hasSize(2);
    assertThat(c.a().sentences().get(0).text()).isEqualTo("earthquake kills 34  in eastern Turkey");
    assertThat(c.links()).noneMatch(l -> l.a() >= 3 || l.b() >= 2);
    // the facts read the same sentences
    assertThat(new FactExtractor(CorpusStats.background()).extract(fa, 1).sentences())
        .containsExactly(FA_TITLE, FA_BODY);
  }

  @Test
  void aHeadlineRunIntoTheFirstSentenceIsOneSentenceAndTheLeadAnother() {
    // session 24: xling-dev's Persian 1517421409.fa opens its body with the headline and goes on in
    // the same line; the headline was A1 and again the start of A2
    Article fa = article("fa2", "fa", FA_TITLE, FA_TITLE + " " + FA_BODY);
    assertThat(CoverageComparer.comparedText(fa)).isEqualTo(FA_TITLE + "\n\n" + FA_BODY);
    Article en =
        article("en4", "en", EN_TITLE, "EARTHQUAKE  kills 34 in eastern Turkey " + EN_BODY);
    Comparison c = new CoverageComparer(CorpusStats.background()).compare(en, fa);
    assertThat(c.a().sentences())
        .extracting(s -> s.text())
        .startsWith(
            EN_TITLE,
            "An earthquake of magnitude 6.1 struck Van province on Sunday, killing 34 people.");
    assertThat(c.b().sentences()).extracting(s -> s.text()).containsExactly(FA_TITLE, FA_BODY);
    // a title that is only the start of the body's first word, or the whole body, is no repeat
    Article prefix = article("en5", "en", "Earthquake kills 3", "Earthquake kills 34 in Van.");
    assertThat(CoverageComparer.comparedText(prefix)).isEqualTo(prefix.fullText());
    Article same = article("en6", "en", EN_TITLE, EN_TITLE + "  ");
    assertThat(CoverageComparer.comparedText(same)).isEqualTo(EN_TITLE + "  ");
  }

  @Test
  void aBodyThatDoesNotRepeatTheTitleKeepsBoth() {
    Article en = article("en2", "en", EN_TITLE, EN_BODY);
    assertThat(CoverageComparer.comparedText(en)).isEqualTo(en.fullText());
    Article untitled = article("en3", "en", "", EN_BODY);
    assertThat(CoverageComparer.comparedText(untitled)).isEqualTo(EN_BODY);
  }
}
