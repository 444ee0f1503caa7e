package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Json;
import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairTreesTest {
  /** One stump on terms (< 0.5: -1, else +1) and one leaf of 0.25. */
  private static PairTrees stumpAndLeaf() {
    return new PairTrees(List.of("terms"), stumpAndLeafOn(0));
  }

  /** The same trees with the stump on feature {@code f}. */
  private static TreeEnsemble stumpAndLeafOn(int f) {
    return TreeEnsemble.of(
        new int[] {0, 3},
        new int[] {f, -1, -1, -1},
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
  void readsItsNamedFeaturesInTheFullPairVector() {
    PairTrees t = stumpAndLeaf();
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.predict(withTerms(0.2))).isEqualTo(-0.75);
    assertThat(t.predict(withTerms(0.5))).isEqualTo(1.25);
    assertThat(PairTrees.NONE.predict(withTerms(0.2))).isZero();
    // the second of two named features is read where PairFeatures computes it
    PairTrees second = new PairTrees(List.of("names", "terms"), stumpAndLeafOn(1));
    assertThat(second.predict(withTerms(0.9))).isEqualTo(1.25);
    assertThat(second.features()).containsExactly("names", "terms");
  }

  @Test
  void survivesJson() {
    PairTrees t = stumpAndLeaf();
    PairTrees back = PairTrees.fromJson(t.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(t);
    assertThat(back.predict(withTerms(0.9))).isEqualTo(1.25);
  }

  @Test
  void refusesFeaturesThisBuildDoesNotComputeOrDoesNotName() {
    assertThatThrownBy(() -> new PairTrees(List.of("no_such_feature"), TreeEnsemble.NONE))
        .hasMessageContaining("no_such_feature");
    assertThatThrownBy(() -> new PairTrees(List.of("terms"), stumpAndLeafOn(1)))
        .isInstanceOf(IllegalArgumentException.class);
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
            LinkModel.lexicalShape(), xs, ys, null, Optional.of(new Boosting(100, 2, 0.1, 1, 1.0)));
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

  @Test
  void shippedTreesLoadAndWriteBackUnchanged() throws Exception {
    JsonNode shipped;
    try (InputStream in = LinkModel.class.getResourceAsStream("link-model.json")) {
      shipped = Json.MAPPER.readTree(in).path("lexical").path("trees");
    }
    PairTrees t = PairTrees.fromJson(shipped);
    assertThat(t.size()).isEqualTo(shipped.path("roots").size());
    assertThat(t.trees().base()).isZero();
    assertThat(t.trees().zeroMissing()).isFalse();
    String written = Json.MAPPER.writeValueAsString(t.toJson(Json.MAPPER));
    assertThat(Json.MAPPER.readTree(written)).isEqualTo(shipped);
    assertThat(stumpAndLeaf().toString()).isEqualTo("TreeEnsemble[2 trees, 4 nodes]");
  }
}
