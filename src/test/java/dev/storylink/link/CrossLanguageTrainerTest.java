package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  private static double[] z(double namecover, double concepts) {
    double[] z = new double[CrossLanguageFeatures.NAMES.size()];
    z[CrossLanguageFeatures.index("namecover")] = namecover;
    z[CrossLanguageFeatures.index("concepts")] = concepts;
    return z;
  }

  @Test
  void aPairSetRowWeighsByItsLanguagesAndOnlyPairsInTwoLanguagesCalibrate() {
    CrossLanguageTrainer.Row cross = new CrossLanguageTrainer.Row("1.fa", "2", z(0, 0), 1, true);
    assertThat(cross.weight()).isEqualTo(1.0);
    assertThat(cross.calibrates()).isTrue();
    CrossLanguageTrainer.Row same = new CrossLanguageTrainer.Row("1", "2", z(0, 0), 1, false);
    assertThat(same.weight()).isEqualTo(CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT);
    assertThat(same.calibrates()).isFalse();
    assertThatThrownBy(() -> new CrossLanguageTrainer.Row("1", "2", z(0, 0), 1, false, 1, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CrossLanguageTrainer.Row("1", "2", z(0, 0), 1, true, 0, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowsOfAClusteringSetPullTheRegressionByTheirWeightButSetNoThreshold() {
    List<CrossLanguageTrainer.Row> pairs = new ArrayList<>();
    Random rnd = new Random(3);
    for (int i = 0; i < 40; i++) {
      boolean same = i % 2 == 0;
      double names = (same ? 0.5 : 0.1) + 0.1 * rnd.nextDouble();
      pairs.add(
          new CrossLanguageTrainer.Row(i + ".fa", "e" + i, z(names, 0.3), same ? 1 : 4, true));
    }
    // look-alike events: names shared as much as the same story's, yet different
    List<CrossLanguageTrainer.Row> light = new ArrayList<>(pairs);
    List<CrossLanguageTrainer.Row> heavy = new ArrayList<>(pairs);
    for (int i = 0; i < 40; i++) {
      double[] twin = z(0.55, 0.3);
      light.add(new CrossLanguageTrainer.Row("t" + i + ".ar", "u" + i, twin, 4, true, 0.01, false));
      heavy.add(new CrossLanguageTrainer.Row("t" + i + ".ar", "u" + i, twin, 4, true, 1, false));
    }
    double[] probe = z(0.55, 0.3);
    double base = CrossLanguageTrainer.train(pairs).similarity(probe);
    double lightSim = CrossLanguageTrainer.train(light).similarity(probe);
    double heavySim = CrossLanguageTrainer.train(heavy).similarity(probe);
    assertThat(lightSim - base).isLessThan(0.3);
    assertThat(heavySim).isGreaterThan(lightSim + 0.5);
  }
}
