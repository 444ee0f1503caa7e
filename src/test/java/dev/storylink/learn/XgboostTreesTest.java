package dev.storylink.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class XgboostTreesTest {
  /** A stump of XGBoost's JSON dump: f0 < 0.5 goes to leaf -0.25, else (and missing) to 0.25. */
  private static final String STUMP =
      """
      {"nodeid":0,"depth":0,"split":"f0","split_condition":0.5,"yes":1,"no":2,"missing":2,
       "children":[{"nodeid":1,"leaf":-0.25},{"nodeid":2,"leaf":0.25}]}
      """;

  private static XgboostTrees.Nodes stump() throws Exception {
    XgboostTrees.Nodes nodes = new XgboostTrees.Nodes();
    nodes.roots.add(nodes.add(Json.MAPPER.readTree(STUMP), Map.of("f0", 0)));
    return nodes;
  }

  @Test
  void exportsTheDumpAndFindsHowXgboostTreatedZeros() throws Exception {
    List<double[]> rows = List.of(new double[] {0.2}, new double[] {0.9});
    TreeEnsemble plain = XgboostTrees.verified(stump(), rows, new double[] {0.25, 0.75});
    assertThat(plain.zeroMissing()).isFalse();
    assertThat(plain.base()).isEqualTo(XgboostTrees.BASE_SCORE);
    assertThat(plain.size()).isEqualTo(1);
    // XGBoost put the zero with the missing values (the "no" side): so must the export
    List<double[]> withZero = List.of(new double[] {0.2}, new double[] {0.9}, new double[] {0});
    TreeEnsemble sparse = XgboostTrees.verified(stump(), withZero, new double[] {0.25, 0.75, 0.75});
    assertThat(sparse.zeroMissing()).isTrue();
    assertThat(sparse.value(new double[] {0})).isEqualTo(0.75);
    assertThatThrownBy(() -> XgboostTrees.verified(stump(), rows, new double[] {0.25, 0.7}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 1");
  }

  @Test
  void refusesASplitOnAnUnknownFeature() throws Exception {
    XgboostTrees.Nodes nodes = new XgboostTrees.Nodes();
    assertThatThrownBy(() -> nodes.add(Json.MAPPER.readTree(STUMP), Map.of("f1", 0)))
        .hasMessageContaining("unknown feature");
  }

  @Test
  void fitsTreesThatScoreAsXgboostDidAndAgainTheSame() {
    // y is 1 where a > 0.6 and b is 0: a on a grid of 100, b 0 for two thirds of the rows
    List<double[]> rows =
        IntStream.range(0, 300)
            .mapToObj(i -> new double[] {i % 100 / 100.0, i / 100 == 2 ? 1 : 0})
            .toList();
    double[] ys = rows.stream().mapToDouble(r -> r[0] > 0.6 && r[1] == 0 ? 1 : 0).toArray();
    Boosting b = new Boosting(40, 2, 0.3, 1, 1);
    // the fit checks the exported trees against XGBoost's prediction on every row
    TreeEnsemble t = XgboostTrees.fit(rows, List.of("a", "b"), ys, b, 42);
    assertThat(t.size()).isEqualTo(40);
    assertThat(t.maxFeature()).isEqualTo(1);
    assertThat(t.value(new double[] {0.9, 0})).isGreaterThan(0.8);
    assertThat(t.value(new double[] {0.9, 1})).isLessThan(0.2);
    assertThat(t.value(new double[] {0.3, 0})).isLessThan(0.2);
    assertThat(XgboostTrees.fit(rows, List.of("a", "b"), ys, b, 42)).isEqualTo(t);
    assertThatThrownBy(() -> XgboostTrees.fit(rows, List.of("a"), ys, b, 42))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Boosting(0, 2, 0.3, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weighsRowsAsTold() {
    // the first 200 rows say y = a, the last 100 say y = 1 - a; weighted 1 and 0.01 they lose
    List<double[]> rows =
        IntStream.range(0, 300).mapToObj(i -> new double[] {i % 100 / 100.0, 0}).toList();
    double[] ys =
        IntStream.range(0, 300)
            .mapToDouble(i -> i < 200 ? i % 100 / 100.0 : 1 - i % 100 / 100.0)
            .toArray();
    double[] ws = IntStream.range(0, 300).mapToDouble(i -> i < 200 ? 1 : 0.01).toArray();
    Boosting b = new Boosting(60, 2, 0.3, 1, 1);
    TreeEnsemble weighted = XgboostTrees.fit(rows, List.of("a", "b"), ys, ws, b, 42);
    assertThat(weighted.value(new double[] {0.9, 0})).isGreaterThan(0.8);
    assertThat(weighted.value(new double[] {0.1, 0})).isLessThan(0.2);
    double[] ones = new double[300];
    java.util.Arrays.fill(ones, 1);
    assertThat(XgboostTrees.fit(rows, List.of("a", "b"), ys, ones, b, 42))
        .isEqualTo(XgboostTrees.fit(rows, List.of("a", "b"), ys, b, 42));
    assertThatThrownBy(() -> XgboostTrees.fit(rows, List.of("a", "b"), ys, new double[2], b, 42))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
