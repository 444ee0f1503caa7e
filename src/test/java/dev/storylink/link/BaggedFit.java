package dev.storylink.link;

import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Lower-variance fits of the clusterer's neutral regression (docs/clustering-quality.md, sixteenth
 * round): the mean of ridge fits on bootstrap resamples of the training pairs (a linear model: its
 * weights are the mean weights), and the mean of the ridge fit and the ridge fit plus boosted trees
 * on its residuals (the trees' leaves halved). Uncalibrated; {@link NeutralFit#calibrate}
 * calibrates them. A development helper; stateless and thread-safe.
 */
public final class BaggedFit {
  private BaggedFit() {}

  /**
   * The mean of {@code b} ridge fits (strength {@code lambda}) of {@code shape} on bootstrap
   * resamples of the rows ({@code n} draws with replacement, {@code new Random(seed)}).
   */
  public static Regression bagged(
      Regression shape, List<double[]> xs, double[] ys, int b, double lambda, long seed) {
    List<double[]> rows = xs.stream().map(shape::expand).toList();
    int n = rows.size();
    double[] mean = new double[shape.expandedSize()];
    Random rnd = new Random(seed);
    for (int k = 0; k < b; k++) {
      double[] counts = new double[n];
      for (int i = 0; i < n; i++) {
        counts[rnd.nextInt(n)]++;
      }
      List<double[]> r = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      List<Double> w = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (counts[i] > 0) {
          r.add(rows.get(i));
          y.add(ys[i]);
          w.add(counts[i]);
        }
      }
      double[] fit =
          LinkTrainer.ridge(
              r,
              y.stream().mapToDouble(Double::doubleValue).toArray(),
              w.stream().mapToDouble(Double::doubleValue).toArray(),
              lambda);
      for (int i = 0; i < mean.length; i++) {
        mean[i] += fit[i] / b;
      }
    }
    return shape.withWeights(mean);
  }

  /**
   * The mean of the ridge fit of {@code shape} and that fit plus boosted trees {@code boosting} on
   * its residuals: the ridge weights with the trees' leaves and base halved.
   */
  public static Regression ridgeTreesMean(
      Regression shape, List<double[]> xs, double[] ys, Boosting boosting, double lambda) {
    return ridgeTreesMean(shape, xs, ys, boosting, lambda, false);
  }

  /**
   * As {@link #ridgeTreesMean(Regression, List, double[], Boosting, double)}; with {@code alone}
   * the trees are a model of their own (fitted to the 1–4 scores, not to the ridge's residuals) and
   * the mean is half the ridge fit plus half the trees.
   */
  public static Regression ridgeTreesMean(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      Boosting boosting,
      double lambda,
      boolean alone) {
    List<double[]> rows = xs.stream().map(shape::expand).toList();
    double[] ones = new double[ys.length];
    Arrays.fill(ones, 1);
    Regression ridge = shape.withWeights(LinkTrainer.ridge(rows, ys, ones, lambda));
    double[] residuals = new double[ys.length];
    for (int r = 0; r < ys.length; r++) {
      residuals[r] = alone ? ys[r] : ys[r] - ridge.linear(xs.get(r));
    }
    List<String> f = shape.features();
    TreeEnsemble t = XgboostTrees.fit(PairTrees.columns(xs, f), f, residuals, boosting, 42);
    double[] leaf = t.leaf().clone();
    for (int i = 0; i < leaf.length; i++) {
      leaf[i] /= 2;
    }
    TreeEnsemble half =
        new TreeEnsemble(
            t.base() / 2,
            t.zeroMissing(),
            t.roots(),
            t.feature(),
            t.threshold(),
            t.yes(),
            t.no(),
            t.missing(),
            leaf);
    if (alone) {
      double[] w = ridge.weights();
      for (int i = 0; i < w.length; i++) {
        w[i] /= 2;
      }
      ridge = ridge.withWeights(w);
    }
    return ridge.withTrees(new PairTrees(f, half));
  }
}
