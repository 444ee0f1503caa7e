package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.TermStats;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clusterer's second look: the lexical model's probability for borderline pairs. */
class SecondLookTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(TermStats.UNIFORM, new LinguaLanguageIdentifier());

  private static ArticleFeatures article(String id, String lang, String title, String text) {
    return FX.extract(new Article(id, lang, title, text, Optional.empty(), "", ""));
  }

  private static final ArticleFeatures FLOOD_A =
      article(
          "a",
          "en",
          "Floods force Lindenport harbour evacuation",
          "Heavy rain flooded the Lindenport harbour district on Monday morning. "
              + "Firefighters evacuated residents from the lower streets near the harbour. "
              + "Mayor Aldous Brenner said the water would recede by Wednesday evening.");

  private static final ArticleFeatures FLOOD_B =
      article(
          "b",
          "en",
          "Lindenport evacuates harbour district after floods",
          "Mayor Aldous Brenner ordered the evacuation of the Lindenport harbour district. "
              + "Heavy rain had flooded the streets near the harbour since Monday morning. "
              + "Schools in the district stay closed until the water recedes.");

  private static final ArticleFeatures FLOOD_DE =
      article(
          "d",
          "de",
          "Hochwasser: Lindenport räumt den Hafen",
          "Starker Regen hat am Montagmorgen das Hafenviertel von Lindenport überflutet. "
              + "Bürgermeister Aldous Brenner ordnete die Räumung der Straßen am Hafen an.");

  private static final FeaturePairScorer CLUSTERING = FeaturePairScorer.forClustering();

  @Test
  void withoutABandThePairKeepsItsNeutralProbability() {
    double neutral = CLUSTERING.probability(FLOOD_A, FLOOD_B);
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, 0, 0)).isEqualTo(neutral);
    Regression n = LinkModel.shipped().neutral();
    assertThat(neutral)
        .isCloseTo(
            n.probability(n.similarity(PairFeatures.compute(FLOOD_A, FLOOD_B, false))),
            within(1e-12));
  }

  @Test
  void everywhereThePairGetsTheLexicalProbabilityOfLinking() {
    double lexical = FeaturePairScorer.shipped().probability(FLOOD_A, FLOOD_B);
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, 0, 2)).isCloseTo(lexical, within(1e-12));
    assertThat(lexical)
        .as("the lexical model differs from the neutral one on this pair")
        .isNotCloseTo(CLUSTERING.probability(FLOOD_A, FLOOD_B), within(1e-6));
  }

  @Test
  void onlyANeutralProbabilityInsideTheBandGetsTheSecondLook() {
    double neutral = CLUSTERING.probability(FLOOD_A, FLOOD_B);
    double lexical = FeaturePairScorer.shipped().probability(FLOOD_A, FLOOD_B);
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, neutral, neutral + 0.01))
        .isCloseTo(lexical, within(1e-12));
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, neutral + 0.001, 2)).isEqualTo(neutral);
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, 0, neutral)).isEqualTo(neutral);
  }

  @Test
  void aWeightOfOneHalfGivesTheMeanOfTheTwoProbabilities() {
    double neutral = CLUSTERING.probability(FLOOD_A, FLOOD_B);
    double lexical = FeaturePairScorer.shipped().probability(FLOOD_A, FLOOD_B);
    long before = FeaturePairScorer.passagePairs();
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_B, 0, 2, 0.5))
        .isCloseTo((neutral + lexical) / 2, within(1e-12));
    assertThat(FeaturePairScorer.passagePairs() - before).isGreaterThanOrEqualTo(1);
  }

  @Test
  void pairsInTwoLanguagesAndLinkingScorersAreNotLookedAtTwice() {
    double cross = CLUSTERING.probability(FLOOD_A, FLOOD_DE);
    assertThat(CLUSTERING.probability(FLOOD_A, FLOOD_DE, 0, 2)).isEqualTo(cross);
    FeaturePairScorer linking = FeaturePairScorer.shipped();
    assertThat(linking.probability(FLOOD_A, FLOOD_B, 0, 2))
        .isEqualTo(linking.probability(FLOOD_A, FLOOD_B));
  }

  @Test
  void aClusteringScorerWithAnotherModelUsesThatModelsLexicalRegression() {
    LinkModel shipped = LinkModel.shipped();
    LinkModel other = new LinkModel(shipped.evidence(), shipped.evidence(), shipped.neutral());
    double[] x = PairFeatures.compute(FLOOD_A, FLOOD_B, true);
    Regression e = shipped.evidence();
    assertThat(FeaturePairScorer.forClustering(other).probability(FLOOD_A, FLOOD_B, 0, 2))
        .isCloseTo(e.probability(e.similarity(x)), within(1e-12));
  }
}
