package dev.storylink.link;

import java.util.List;

/**
 * Fits a {@link Regression}: ridge regression of the 1–4 similarity on the expanded pair features,
 * then a logistic calibration of the same-story label (gold ≤ 2 versus ≥ 3; pairs in between do not
 * inform it) on the regression output, whose midpoint (the decision threshold) is then moved to the
 * point that classifies the most calibration pairs correctly. Deterministic. Stateless and
 * thread-safe.
 */
public final class LinkTrainer {
  /** Ridge penalty (features are in [0, 1]). */
  public static final double LAMBDA = 1.0;

  private LinkTrainer() {}

  /**
   * Trains on raw feature vectors {@code xs} with gold similarities {@code ys}; the calibration is
   * fitted on {@code calibrationSims} (out-of-fold predictions for {@code ys}) when given, else on
   * in-sample predictions.
   */
  public static Regression train(
      Regression shape, List<double[]> xs, double[] ys, double[] calibrationSims) {
    int d = shape.expandedSize();
    double[][] ata = new double[d][d];
    double[] aty = new double[d];
    for (int r = 0; r < xs.size(); r++) {
      double[] e = shape.expand(xs.get(r));
      for (int i = 0; i < d; i++) {
        aty[i] += e[i] * ys[r];
        for (int j = 0; j < d; j++) {
          ata[i][j] += e[i] * e[j];
        }
      }
    }
    for (int i = 0; i < d - 1; i++) {
      ata[i][i] += LAMBDA; // the intercept (last) is not penalised
    }
    Regression regression = shape.withWeights(solve(ata, aty));
    double[] sims = calibrationSims;
    if (sims == null) {
      sims = new double[ys.length];
      for (int r = 0; r < ys.length; r++) {
        sims[r] = regression.similarity(xs.get(r));
      }
    }
    double[] cal = calibrate(sims, ys);
    return regression.withCalibration(cal[0], bestMidpoint(sims, ys, cal[1]));
  }

  /**
   * The decision threshold (similarity at which probability = 0.5) that classifies the most
   * calibration pairs correctly (gold ≤ 2 same, ≥ 3 different), searched in [2.0, 3.0] in steps of
   * 0.01; ties go to the threshold nearest the logistic midpoint.
   */
  static double bestMidpoint(double[] sims, double[] gold, double logisticMidpoint) {
    double best = logisticMidpoint;
    int bestCorrect = -1;
    for (int step = 0; step <= 100; step++) {
      double t = 2.0 + step / 100.0;
      int correct = 0;
      for (int i = 0; i < sims.length; i++) {
        if (gold[i] <= 2.0 && sims[i] < t || gold[i] >= 3.0 && sims[i] >= t) {
          correct++;
        }
      }
      if (correct > bestCorrect
          || correct == bestCorrect
              && Math.abs(t - logisticMidpoint) < Math.abs(best - logisticMidpoint)) {
        bestCorrect = correct;
        best = t;
      }
    }
    return best;
  }

  /** Logistic fit of label (gold ≤ 2) on predicted similarity: returns {slope, midpoint}. */
  static double[] calibrate(double[] sims, double[] gold) {
    // p = sigmoid(a + b * s); Newton's method on the log-likelihood with a small ridge
    double a = 0;
    double b = 0;
    for (int iter = 0; iter < 100; iter++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-6;
      double hab = 0;
      double hbb = 1e-6;
      for (int i = 0; i < sims.length; i++) {
        if (gold[i] > 2.0 && gold[i] < 3.0) {
          continue;
        }
        double y = gold[i] <= 2.0 ? 1 : 0;
        double p = 1 / (1 + Math.exp(-(a + b * sims[i])));
        ga += y - p;
        gb += (y - p) * sims[i];
        double v = p * (1 - p);
        haa += v;
        hab += v * sims[i];
        hbb += v * sims[i] * sims[i];
      }
      ga -= 1e-3 * a;
      gb -= 1e-3 * b;
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      a += da;
      b += db;
      if (Math.abs(da) + Math.abs(db) < 1e-10) {
        break;
      }
    }
    // p = 1 / (1 + exp(slope * (s - mid))) with slope = -b, mid = -a / b
    return new double[] {-b, -a / b};
  }

  /** Solves {@code m x = v} by Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] m, double[] v) {
    int n = v.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = java.util.Arrays.copyOf(m[i], n + 1);
      a[i][n] = v[i];
    }
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
          piv = r;
        }
      }
      double[] t = a[col];
      a[col] = a[piv];
      a[piv] = t;
      for (int r = col + 1; r < n; r++) {
        double f = a[r][col] / a[col][col];
        for (int c = col; c <= n; c++) {
          a[r][c] -= f * a[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = a[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= a[r][c] * x[c];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
