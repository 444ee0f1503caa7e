package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Json;
import java.util.List;
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
}
