package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Json;
import dev.storylink.learn.TestTrees;
import dev.storylink.learn.TreeEnsemble;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignmentModelTest {
  private static double[] features(double bestDecayed, boolean yearsDisjoint) {
    double[] x = new double[EventFeatures.NAMES.size()];
    x[EventFeatures.NAMES.indexOf("best_decayed")] = bestDecayed;
    x[EventFeatures.NAMES.indexOf("best")] = bestDecayed;
    x[EventFeatures.NAMES.indexOf("years_disjoint")] = yearsDisjoint ? 1 : 0;
    return x;
  }

  @Test
  void shippedModelJoinsALikelyEventAndDisjointYearsRaiseTheBar() {
    AssignmentModel m = AssignmentModel.shipped();
    assertThat(m.probability(features(0.9, false))).isGreaterThan(m.threshold());
    assertThat(m.probability(features(0.2, false))).isLessThan(m.threshold());
    assertThat(m.probability(features(0.55, true)))
        .isLessThan(m.probability(features(0.55, false)));
  }

  @Test
  void roundTripsThroughJsonAndRefusesAnotherFeatureList() {
    AssignmentModel m = AssignmentModel.shipped();
    assertThat(AssignmentModel.fromJson(m.toJson(Json.MAPPER))).isEqualTo(m);
    assertThatThrownBy(() -> new AssignmentModel(List.of("best"), new double[2], 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retrain");
  }

  @Test
  void treesGiveTheProbabilityAndRoundTripThroughJson() {
    // x0 < 0.5: -0.3 else +0.4; x10 < 0.5: +0.1 else -0.2, and a zero of x10 is missing (-0.2)
    TreeEnsemble t = TestTrees.twoTrees(true);
    AssignmentModel m =
        new AssignmentModel(
            EventFeatures.NAMES,
            new double[EventFeatures.NAMES.size() + 1],
            0.4,
            0,
            Optional.of(t));
    AssignmentModel back = AssignmentModel.fromJson(m.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(m);
    double[] x = new double[EventFeatures.NAMES.size()];
    x[0] = 0.9;
    // 0.5 + 0.4 (x0 = 0.9) - 0.2 (x10 = 0 is missing here)
    assertThat(back.probability(x)).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
    // trees must split on the model's features only
    assertThatThrownBy(
            () ->
                new AssignmentModel(
                    EventFeatures.NAMES.subList(0, 10), new double[11], 0.4, 0, Optional.of(t)))
        .hasMessageContaining("beyond 10");
  }
}
