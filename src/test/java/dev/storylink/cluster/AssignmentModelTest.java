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

  @Test
  void aFloorOnTheLinkProbabilityVetoesAJoinWhateverTheOtherFeaturesSay() {
    double[] w = new double[EventFeatures.NAMES.size() + 1];
    int topNames = EventFeatures.NAMES.indexOf("event_top_names_covered");
    w[topNames] = 8; // names alone would join
    w[w.length - 1] = -2;
    AssignmentModel m = new AssignmentModel(EventFeatures.NAMES, w, 0.5, 0).withMinLink(0.3);
    double[] weak = features(0.2, false);
    weak[topNames] = 1;
    double[] strong = features(0.35, false);
    strong[topNames] = 1;
    assertThat(m.probability(weak)).isZero();
    assertThat(m.probability(strong)).isGreaterThan(0.99);
    assertThat(m.withMinLink(0).probability(weak)).isGreaterThan(0.99);
    AssignmentModel back = AssignmentModel.fromJson(m.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(m);
    assertThat(back.minLink()).isEqualTo(0.3);
    // no floor is written as none, and the shipped file has none
    assertThat(m.withMinLink(0).toJson(Json.MAPPER).has("minLink")).isFalse();
    assertThat(AssignmentModel.shipped().minLink()).isZero();
    assertThatThrownBy(() -> m.withMinLink(1.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
