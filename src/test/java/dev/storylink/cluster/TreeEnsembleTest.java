package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  /** Two trees: a split on feature 0 at 0.5, and a stump on feature 10 (years disjoint). */
  static TreeEnsemble twoTrees(boolean zeroMissing) {
    // tree 1: node 0 splits x0 < 0.5 -> node 1 (leaf -0.3) else node 2 (leaf 0.4); missing -> 1
    // tree 2: node 3 splits x10 < 0.5 -> node 4 (leaf 0.1) else node 5 (leaf -0.2); missing -> 5
    return new TreeEnsemble(
        0.5,
        zeroMissing,
        new int[] {0, 3},
        new int[] {0, -1, -1, 10, -1, -1},
        new float[] {0.5f, 0, 0, 0.5f, 0, 0},
        new int[] {1, 0, 0, 4, 0, 0},
        new int[] {2, 0, 0, 5, 0, 0},
        new int[] {1, 0, 0, 5, 0, 0},
        new double[] {0, -0.3, 0.4, 0, 0.1, -0.2});
  }

  @Test
  void walksEachTreeToALeafAndAddsTheBase() {
    TreeEnsemble t = twoTrees(false);
    double[] x = new double[EventFeatures.NAMES.size()];
    x[0] = 0.9;
    assertThat(t.value(x)).isCloseTo(0.5 + 0.4 + 0.1, org.assertj.core.data.Offset.offset(1e-12));
    x[0] = 0.2;
    x[10] = 1;
    assertThat(t.value(x)).isCloseTo(0.5 - 0.3 - 0.2, org.assertj.core.data.Offset.offset(1e-12));
    // a zero that counts as missing takes the missing branch (tree 2: the "no" side)
    x[0] = 0.2;
    x[10] = 0;
    assertThat(twoTrees(true).value(x))
        .isCloseTo(0.5 - 0.3 - 0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(t.maxFeature()).isEqualTo(10);
  }

  @Test
  void roundTripsThroughJsonInsideTheModel() {
    TreeEnsemble t = twoTrees(true);
    assertThat(TreeEnsemble.fromJson(t.toJson(Json.MAPPER))).isEqualTo(t);
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
  }

  @Test
  void refusesChildrenBeforeTheirNode() {
    assertThatThrownBy(
            () ->
                new TreeEnsemble(
                    0,
                    false,
                    new int[] {0},
                    new int[] {0, -1},
                    new float[] {0.5f, 0},
                    new int[] {0, 0},
                    new int[] {1, 0},
                    new int[] {1, 0},
                    new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
