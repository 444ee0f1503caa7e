package dev.storylink.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  private static TreeEnsemble twoTrees(boolean zeroMissing) {
    return TestTrees.twoTrees(zeroMissing);
  }

  /** One node: a leaf ({@code feature} -1) or a split with both children {@code child}. */
  private static TreeEnsemble oneNode(int root, int feature, int child, double leaf) {
    return TreeEnsemble.of(
        new int[] {root},
        new int[] {feature},
        new float[] {0.5f},
        new int[] {child},
        new int[] {child},
        new double[] {leaf});
  }

  /** One stump on feature 0 (< 0.5: -1, else +1) and one leaf of 0.25; no base. */
  private static TreeEnsemble stumpAndLeaf() {
    return TreeEnsemble.of(
        new int[] {0, 3},
        new int[] {0, -1, -1, -1},
        new float[] {0.5f, 0, 0, 0},
        new int[] {1, 0, 0, 0},
        new int[] {2, 0, 0, 0},
        new double[] {0, -1, 1, 0.25});
  }

  @Test
  void walksEachTreeToALeafAndAddsTheBase() {
    TreeEnsemble t = twoTrees(false);
    double[] x = new double[12];
    x[0] = 0.9;
    assertThat(t.value(x)).isCloseTo(0.5 + 0.4 + 0.1, within(1e-12));
    x[0] = 0.2;
    x[10] = 1;
    assertThat(t.value(x)).isCloseTo(0.5 - 0.3 - 0.2, within(1e-12));
    // a zero that counts as missing takes the missing branch (tree 2: the "no" side)
    x[10] = 0;
    assertThat(t.value(x)).isCloseTo(0.5 - 0.3 + 0.1, within(1e-12));
    assertThat(twoTrees(true).value(x)).isCloseTo(0.5 - 0.3 - 0.2, within(1e-12));
    assertThat(t.maxFeature()).isEqualTo(10);
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void sumsOneLeafPerTreeComparingInSinglePrecision() {
    TreeEnsemble t = stumpAndLeaf();
    assertThat(t.value(new double[] {0.2})).isEqualTo(-0.75);
    assertThat(t.value(new double[] {0.5})).isEqualTo(1.25);
    // just below 0.5 as a double, but 0.5 as a float: XGBoost sends it to the "no" side
    assertThat(t.value(new double[] {Math.nextDown(0.5)})).isEqualTo(1.25);
    assertThat(TreeEnsemble.NONE.value(new double[] {0.2})).isZero();
    assertThat(TreeEnsemble.NONE.size()).isZero();
    assertThat(TreeEnsemble.NONE.maxFeature()).isEqualTo(-1);
  }

  @Test
  void movesItsBaseAndReadsAWiderVector() {
    TreeEnsemble t = twoTrees(true);
    assertThat(t.withBase(0).base()).isZero();
    assertThat(t.withBase(0).value(new double[11]) + 0.5).isEqualTo(t.value(new double[11]));
    TreeEnsemble wide = t.withColumns(new int[] {3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7});
    double[] x = new double[11];
    x[0] = 0.9;
    x[10] = 1;
    double[] w = new double[8];
    w[3] = 0.9;
    w[7] = 1;
    assertThat(wide.value(w)).isEqualTo(t.value(x));
    assertThat(wide.maxFeature()).isEqualTo(7);
  }

  @Test
  void missingChildrenMatterOnlyWhenZerosAreMissing() {
    TreeEnsemble t = twoTrees(false);
    // the missing children given are replaced by the "no" children: they are never used
    assertThat(t.missing()).isEqualTo(t.no());
    assertThat(t).isEqualTo(TreeEnsemble.fromJson(t.toJson(Json.MAPPER)));
    assertThat(twoTrees(true).missing()).containsExactly(1, 0, 0, 5, 0, 0);
  }

  @Test
  void roundTripsThroughJson() {
    for (TreeEnsemble t : List.of(twoTrees(true), twoTrees(false), stumpAndLeaf())) {
      assertThat(TreeEnsemble.fromJson(t.toJson(Json.MAPPER))).isEqualTo(t);
    }
    assertThat(TreeEnsemble.fromJson(Json.MAPPER.missingNode())).isEqualTo(TreeEnsemble.NONE);
    // defaults are left out: trees without base or missing values write only their nodes
    JsonNode plain = stumpAndLeaf().toJson(Json.MAPPER);
    assertThat(plain.has("base") || plain.has("zeroMissing") || plain.has("missing")).isFalse();
    assertThat(twoTrees(true).toJson(Json.MAPPER).get("missing")).hasSize(6);
  }

  @Test
  void readsTheEarlierNodeListForm() throws Exception {
    // the form the assignment model's trees were first written in: one array per node
    JsonNode old =
        Json.MAPPER.readTree(
            """
            {"base":0.5,"zeroMissing":true,"roots":[0,3],"nodes":[
              [0,0.5,1,2,1,0.0],[-1,0.0,0,0,0,-0.3],[-1,0.0,0,0,0,0.4],
              [10,0.5,4,5,5,0.0],[-1,0.0,0,0,0,0.1],[-1,0.0,0,0,0,-0.2]]}
            """);
    assertThat(TreeEnsemble.fromJson(old)).isEqualTo(twoTrees(true));
  }

  @Test
  void refusesMalformedTrees() {
    // a child before its node
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
    // arrays of different lengths
    int[] one = {0};
    assertThatThrownBy(() -> TreeEnsemble.of(one, one, new float[2], one, one, new double[1]))
        .hasMessageContaining("length");
    // a split with no children, a root out of range, a leaf that is not a number
    assertThatThrownBy(() -> oneNode(0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> oneNode(1, -1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> oneNode(0, -1, 0, Double.NaN)).hasMessageContaining("not finite");
  }
}
