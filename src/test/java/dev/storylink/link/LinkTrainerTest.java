package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkTrainerTest {
  @Test
  void solvesLinearSystems() {
    double[] x = LinkTrainer.solve(new double[][] {{2, 1}, {1, 3}}, new double[] {3, 5});
    assertThat(x[0]).isCloseTo(0.8, within(1e-9));
    assertThat(x[1]).isCloseTo(1.4, within(1e-9));
  }

  @Test
  void solvesRidgeNormalEquationsLikeGaussianElimination() {
    double[][] m = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
    double[] x = LinkTrainer.solve(m, new double[] {1, 2, 3});
    for (int i = 0; i < 3; i++) {
      double s = 0;
      for (int j = 0; j < 3; j++) {
        s += m[i][j] * x[j];
      }
      assertThat(s).isCloseTo(i + 1.0, within(1e-12));
    }
  }

  @Test
  void learnsThatTermOverlapMeansSameStory() {
    Random rnd = new Random(7);
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[400];
    for (int i = 0; i < 400; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      double sim = rnd.nextDouble();
      x[0] = sim;
      x[1] = Math.min(1, sim + 0.1 * rnd.nextDouble());
      xs.add(x);
      ys[i] = 4 - 3 * sim;
    }
    Regression m = LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null);
    double[] similar = new double[PairFeatures.NAMES.size()];
    similar[0] = 0.9;
    similar[1] = 0.95;
    double[] unrelated = new double[PairFeatures.NAMES.size()];
    unrelated[0] = 0.05;
    unrelated[1] = 0.1;
    assertThat(m.similarity(similar)).isLessThan(1.6);
    assertThat(m.similarity(unrelated)).isGreaterThan(3.4);
    assertThat(m.probability(m.similarity(similar))).isGreaterThan(0.9);
    assertThat(m.probability(m.similarity(unrelated))).isLessThan(0.1);
  }

  @Test
  void extraRowsAreFittedOnButNotCalibratedOn() {
    Random rnd = new Random(7);
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[200];
    for (int i = 0; i < 200; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      x[0] = rnd.nextDouble();
      xs.add(x);
      ys[i] = 4 - 3 * x[0];
    }
    // extra rows that say the opposite, weighted 0.5: the fit moves, the rows stay extra
    List<double[]> exs = new ArrayList<>();
    List<Double> eys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      x[0] = rnd.nextDouble();
      exs.add(x);
      eys.add(1 + 3 * x[0]);
    }
    ExtraRows extra = new ExtraRows(exs, eys, 0.5);
    java.util.Optional<dev.storylink.learn.Boosting> trees = LinkModel.LEXICAL_TREES;
    Regression plain = LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null, trees);
    Regression same =
        LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null, trees, ExtraRows.NONE);
    Regression mixed = LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null, trees, extra);
    double[] high = new double[PairFeatures.NAMES.size()];
    high[0] = 0.9;
    assertThat(same.similarity(high)).isEqualTo(plain.similarity(high));
    assertThat(plain.unmapped(high)).isLessThan(1.6);
    assertThat(mixed.unmapped(high)).isGreaterThan(plain.unmapped(high) + 0.3);
    assertThatThrownBy(() -> new ExtraRows(exs, List.of(1.0), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExtraRows(List.of(), List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void identityModelIsTheLogisticRegressionOfItsLabels() {
    // the label depends on names only: P(same) = sigmoid(8 * names - 4); terms are noise
    Random rnd = new Random(11);
    List<double[]> xs = new ArrayList<>();
    boolean[] same = new boolean[3000];
    double[] w = new double[3000];
    for (int i = 0; i < same.length; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      x[PairFeatures.index("names")] = rnd.nextDouble();
      x[PairFeatures.index("terms")] = rnd.nextDouble();
      xs.add(x);
      double p = 1 / (1 + Math.exp(-(8 * x[PairFeatures.index("names")] - 4)));
      same[i] = rnd.nextDouble() < p;
      w[i] = 1;
    }
    Regression shape = Regression.shape(List.of("names", "terms"), List.of());
    Regression m = LinkTrainer.trainIdentity(shape, xs, same, w);
    double[] x = new double[PairFeatures.NAMES.size()];
    for (double names : new double[] {0.2, 0.5, 0.8}) {
      x[PairFeatures.index("names")] = names;
      x[PairFeatures.index("terms")] = 0.5;
      double want = 1 / (1 + Math.exp(-(8 * names - 4)));
      assertThat(m.probability(m.similarity(x))).isCloseTo(want, within(0.06));
    }
    // terms say nothing: moving them moves the probability little
    x[PairFeatures.index("names")] = 0.5;
    x[PairFeatures.index("terms")] = 0.0;
    double low = m.probability(m.similarity(x));
    x[PairFeatures.index("terms")] = 1.0;
    assertThat(m.probability(m.similarity(x))).isCloseTo(low, within(0.1));
  }

  @Test
  void identityModelWeighsPairs() {
    // one feature value, half the pairs same: weighting the same ones 3x moves p from 1/2 to 3/4
    List<double[]> xs = new ArrayList<>();
    boolean[] same = new boolean[200];
    double[] w = new double[200];
    for (int i = 0; i < 200; i++) {
      xs.add(new double[PairFeatures.NAMES.size()]);
      same[i] = i % 2 == 0;
      w[i] = same[i] ? 3 : 1;
    }
    Regression shape = Regression.shape(List.of("names"), List.of());
    Regression m = LinkTrainer.trainIdentity(shape, xs, same, w);
    assertThat(m.probability(m.similarity(xs.get(0)))).isCloseTo(0.75, within(1e-6));
  }

  @Test
  void shippedModelMatchesThisBuildsFeatures() {
    LinkModel m = LinkModel.shipped();
    assertThat(m.lexical().features()).isEqualTo(LinkModel.LEXICAL);
    assertThat(m.evidence().features()).isEqualTo(LinkModel.EVIDENCE);
  }

  @Test
  void evidenceModelIgnoresWords() {
    Regression m = LinkModel.evidenceShape();
    double[] x = new double[PairFeatures.NAMES.size()];
    x[PairFeatures.index("terms")] = 1;
    double[] e = m.expand(x);
    assertThat(e).containsOnly(0.0, 1.0).endsWith(1.0);
    assertThat(java.util.Arrays.stream(e).filter(v -> v == 1.0).count()).isEqualTo(1);
  }

  @Test
  void decisionThresholdMaximisesAccuracy() {
    double[] sims = {1.2, 1.8, 2.3, 2.7, 3.1, 3.6};
    double[] gold = {1.0, 1.5, 2.0, 3.0, 3.5, 4.0};
    double t = LinkTrainer.bestMidpoint(sims, gold, 2.9);
    assertThat(t).isGreaterThan(2.3).isLessThanOrEqualTo(2.7);
  }
}
