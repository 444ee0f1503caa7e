package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The decision threshold of the {@link CrossLanguageTrainer}, fitted apart from the regression: a
 * strongly penalised ridge compresses its similarities around the mean, so the cut between same and
 * different pairs may lie above 3.0, where {@link LinkTrainer}'s search stops.
 */
class CrossLanguageTrainerTest {
  @Test
  void theCutFollowsCompressedPredictionsAboveThree() {
    // same pairs (gold 1-2) predicted 2.6-3.15, different ones (gold 3-4) 3.25-3.6
    double[] sims = {2.6, 2.8, 3.0, 3.1, 3.15, 3.25, 3.3, 3.45, 3.6};
    double[] gold = {1, 1, 1.33, 2, 1, 3, 4, 4, 3.67};
    double cut = CrossLanguageTrainer.bestCut(sims, gold, 3.2);
    assertThat(cut).isGreaterThan(3.15).isLessThanOrEqualTo(3.25);
    // LinkTrainer's search, bounded at 3.0, misclassifies the same pairs above it
    assertThat(LinkTrainer.bestMidpoint(sims, gold, 3.0)).isLessThanOrEqualTo(3.0);
  }

  @Test
  void tiesGoToTheLogisticMidpointAndTheSearchStaysInItsBounds() {
    double[] sims = {1.2, 3.9};
    double[] gold = {1, 4};
    // every cut in (1.2, 3.9] is right: the one nearest the preferred value wins
    assertThat(CrossLanguageTrainer.bestCut(sims, gold, 2.7)).isCloseTo(2.7, within(1e-9));
    assertThat(CrossLanguageTrainer.bestCut(sims, gold, 9))
        .isCloseTo(CrossLanguageTrainer.CUT_TO, within(1e-9));
    assertThat(CrossLanguageTrainer.bestCut(new double[0], new double[0], 2.5))
        .isBetween(CrossLanguageTrainer.CUT_FROM, CrossLanguageTrainer.CUT_TO);
  }
}
