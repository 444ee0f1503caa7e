package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The head (title) and first-sentence vectors the same-language link model compares. */
class PassageVectorsTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(TermStats.UNIFORM, new LinguaLanguageIdentifier());

  private static ArticleFeatures extract(String title, String text) {
    return FX.extract(new Article("a", "en", title, text, Optional.empty(), "", ""));
  }

  @Test
  void theHeadIsTheTitleAndSentencesAreTheFirstLongOnes() {
    ArticleFeatures f =
        extract(
            "Flood waters reach the old harbour",
            "Heavy rain flooded the old harbour district on Monday morning. It rained. "
                + "Firefighters evacuated two hundred residents from the lower streets.");
    ArticleFeatures titleOnly = extract("", "Flood waters reach the old harbour");
    assertThat(f.passages().headCosine(titleOnly.passages())).isGreaterThan(0.99);
    // the title, then the two sentences of four or more content words ("It rained." is too short)
    assertThat(f.passages().sentenceCount()).isEqualTo(3);
    assertThat(f.passages().headVersusFirst(f.passages(), 1)).isGreaterThan(0.99);
    double[] cos = new double[PassageVectors.SENTENCES * PassageVectors.SENTENCES];
    f.passages().sentenceCosines(f.passages(), cos);
    for (int s = 0; s < 3; s++) {
      assertThat(cos[s * PassageVectors.SENTENCES + s]).isGreaterThan(0.99);
    }
    assertThat(cos[0 * PassageVectors.SENTENCES + 2]).isLessThan(0.5);
  }

  @Test
  void atMostTheFirstEightSentencesAreKept() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      text.append("Sentence number ").append(i).append(" mentions harbour ships and cranes. ");
    }
    ArticleFeatures f = extract("", text.toString());
    assertThat(f.passages().sentenceCount()).isEqualTo(PassageVectors.SENTENCES);
  }

  @Test
  void bigramsArePairsOfNeighbouringContentWordsInOrder() {
    ArticleFeatures a =
        extract("", "Heavy rain flooded the harbour district. Mayor Aldous Brenner visited.");
    // the same phrases, inflected (stems match), in another order of sentences
    ArticleFeatures b =
        extract("", "Mayor Aldous Brenner spoke. Heavy rains flooded the harbour districts.");
    // the same words, but never next to each other in the same order
    ArticleFeatures c =
        extract("", "District harbour the flooded. Rain heavy. Brenner Aldous, the mayor.");
    // heavy rain, rain flooded, harbour district, mayor aldous, aldous brenner, brenner visited
    // ("the" breaks flooded-harbour)
    assertThat(a.passages().bigramCount()).isEqualTo(6);
    assertThat(a.passages().sharedBigrams(b.passages())).isEqualTo(5); // not brenner visited
    assertThat(b.passages().sharedBigrams(a.passages())).isEqualTo(5);
    assertThat(a.passages().sharedBigrams(c.passages())).isZero();
    assertThat(a.passages().sharedBigrams(PassageVectors.EMPTY)).isZero();
  }
}
