package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.core.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
  /** One stump on terms (< 0.5: -1, else +1) and one leaf of 0.25. */
  private static TreeEnsemble stumpAndLeaf() {
    return new TreeEnsemble(
        List.of("terms"),
        new int[] {0, 3},
        new int[] {0, -1, -1, -1},
        new float[] {0.5f, 0, 0, 0},
        new int[] {1, 0, 0, 0},
        new int[] {2, 0, 0, 0},
        new double[] {0, -1, 1, 0.25});
  }

  private static double[] withTerms(double v) {
    double[] x = new double[PairFeatures.NAMES.size()];
    x[PairFeatures.index("terms")] = v;
    return x;
  }

  @Test
  void sumsOneLeafPerTree() {
    TreeEnsemble t = stumpAndLeaf();
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.predict(withTerms(0.2))).isEqualTo(-0.75);
    assertThat(t.predict(withTerms(0.5))).isEqualTo(1.25);
    assertThat(TreeEnsemble.NONE.predict(withTerms(0.2))).isZero();
  }

  @Test
  void survivesJson() {
    TreeEnsemble t = stumpAndLeaf();
    TreeEnsemble back = TreeEnsemble.fromJson(t.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(t);
    assertThat(back.predict(withTerms(0.9))).isEqualTo(1.25);
  }

  @Test
  void refusesMalformedTrees() {
    assertThatThrownBy(
            () ->
                new TreeEnsemble(
                    List.of("terms"),
                    new int[] {0},
                    new int[] {0},
                    new float[] {0.5f},
                    new int[] {0},
                    new int[] {0},
                    new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new TreeEnsemble(
                    List.of("no_such_feature"),
                    new int[] {0},
                    new int[] {-1},
                    new float[] {0},
                    new int[] {0},
                    new int[] {0},
                    new double[] {1}))
        .hasMessageContaining("no_such_feature");
  }

  @Test
  void boostedTreesLearnWhatALineCannotAndScoreAsXgboostDid() {
    // gold depends on a threshold of 'names' that a line over names and sqrt(names) misses
    Random rnd = new Random(3);
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[300];
    for (int i = 0; i < ys.length; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      x[PairFeatures.index("names")] = rnd.nextDouble();
      x[PairFeatures.index("terms")] = rnd.nextDouble();
      xs.add(x);
      double n = x[PairFeatures.index("names")];
      ys[i] = n > 0.3 && n < 0.6 ? 1.0 : 4.0;
    }
    Regression linear = LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null);
    Regression boosted =
        LinkTrainer.train(
            LinkModel.lexicalShape(),
            xs,
            ys,
            null,
            Optional.of(new LinkTrainer.Boosting(100, 2, 0.1, 1, 1.0)));
    assertThat(linear.trees().size()).isZero();
    assertThat(boosted.trees().size()).isEqualTo(100);
    assertThat(error(boosted, xs, ys)).isLessThan(error(linear, xs, ys) / 4);
    double[] inside = new double[PairFeatures.NAMES.size()];
    inside[PairFeatures.index("names")] = 0.45;
    assertThat(boosted.probability(boosted.similarity(inside))).isGreaterThan(0.5);
    // the model read back from JSON scores exactly as the fitted one
    Regression back = Regression.fromJson(boosted.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(boosted);
    for (double[] x : xs) {
      assertThat(back.similarity(x)).isCloseTo(boosted.similarity(x), within(0.0));
    }
  }

  private static double error(Regression m, List<double[]> xs, double[] ys) {
    double s = 0;
    for (int i = 0; i < ys.length; i++) {
      double d = m.similarity(xs.get(i)) - ys[i];
      s += d * d;
    }
    return s / ys.length;
  }

  @Test
  void shippedLinkModelHasTreesAndTheClusteringModelsNone() {
    LinkModel m = LinkModel.shipped();
    assertThat(m.lexical().trees().size()).isPositive();
    assertThat(m.neutral().trees().size()).isZero();
    assertThat(m.evidence().trees().size()).isZero();
  }
}
