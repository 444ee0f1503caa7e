package dev.storylink.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The clusterer's neutral regression fitted as {@code train link --refit-clustering} fits it (a
 * ridge regression of the 1–4 similarity on the expanded features, calibrated on out-of-fold
 * predictions of the main pairs, best-accuracy midpoint), with the ridge strength, the extra rows
 * and a sign constraint as parameters (docs/clustering-quality.md, fifteenth round). A development
 * helper for {@code eval.NeutralRowsExperiment}; stateless and thread-safe.
 */
public final class NeutralFit {
  private NeutralFit() {}

  /** Features whose weights (and their square-root companions') must not raise the 1–4 score. */
  static final Set<String> SIMILARITIES = similarities();

  private static Set<String> similarities() {
    Set<String> s = new java.util.HashSet<>(LinkModel.LEXICAL_SQRT);
    s.add("pubdate");
    return Set.copyOf(s);
  }

  /**
   * A fitted, uncalibrated linear model of {@code shape}: ridge of strength {@code lambda} on the
   * rows {@code xs} (weight 1) and {@code extra} (its weights); with {@code monotone}, the weights
   * of {@link #SIMILARITIES} that come out positive are fixed at 0 one at a time (the largest
   * first) and the rest refitted, until none is positive.
   */
  public static Regression fit(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      List<double[]> extraXs,
      double[] extraYs,
      double[] extraWs,
      double lambda,
      boolean monotone) {
    List<double[]> rows = new ArrayList<>();
    xs.forEach(x -> rows.add(shape.expand(x)));
    extraXs.forEach(x -> rows.add(shape.expand(x)));
    double[] targets = Arrays.copyOf(ys, ys.length + extraYs.length);
    System.arraycopy(extraYs, 0, targets, ys.length, extraYs.length);
    double[] ws = new double[targets.length];
    Arrays.fill(ws, 1);
    System.arraycopy(extraWs, 0, ws, ys.length, extraWs.length);
    List<String> names = shape.expandedNames();
    boolean[] off = new boolean[names.size()];
    while (true) {
      List<double[]> masked = new ArrayList<>();
      for (double[] r : rows) {
        double[] c = r.clone();
        for (int i = 0; i < off.length; i++) {
          if (off[i]) {
            c[i] = 0;
          }
        }
        masked.add(c);
      }
      double[] w = LinkTrainer.ridge(masked, targets, ws, lambda);
      if (!monotone) {
        return shape.withWeights(w);
      }
      int worst = -1;
      for (int i = 0; i < names.size(); i++) {
        String base = names.get(i).replace("sqrt_", "");
        if (!off[i] && SIMILARITIES.contains(base) && w[i] > 1e-12) {
          if (worst < 0 || w[i] > w[worst]) {
            worst = i;
          }
        }
      }
      if (worst < 0) {
        return shape.withWeights(w);
      }
      off[worst] = true;
    }
  }

  /**
   * {@code fitted} calibrated as the linear models of {@link LinkTrainer} are: a logistic fit of
   * the same-story label on the out-of-fold similarities {@code oof} of the main pairs (gold {@code
   * ys}), its midpoint moved to the best-accuracy one.
   */
  public static Regression calibrate(Regression fitted, double[] oof, double[] ys) {
    double[] cal = LinkTrainer.calibrate(oof, ys);
    return fitted.withCalibration(cal[0], LinkTrainer.bestMidpoint(oof, ys, cal[1]));
  }
}
