package dev.storylink.link;

import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;

/**
 * Fits a {@link Regression}: a ridge regression of the 1–4 similarity on the expanded pair features
 * (its normal equations solved by Tribuo's Cholesky factorisation), optionally gradient-boosted
 * trees (XGBoost through Tribuo, {@link XgboostTrees}) fitted to its residuals, then a logistic
 * calibration of the same-story label (gold ≤ 2 versus ≥ 3; pairs in between do not inform it) on
 * the model's output, whose midpoint (the decision threshold) is, for a linear model, then moved to
 * the point that classifies the most calibration pairs correctly (a model with trees keeps the
 * logistic midpoint and, calibrated out of fold, gets a {@link SimilarityMap}). The fitted weights
 * and trees are exported into the {@link Regression}: scoring uses no Tribuo object. Deterministic.
 * Stateless and thread-safe.
 */
public final class LinkTrainer {
  /** Seed of the boosted trees' row subsampling. */
  private static final long SEED = 42;

  /** Ridge penalty (features are in [0, 1]). */
  public static final double LAMBDA = 1.0;

  /** Folds of the out-of-fold predictions a model with trees is calibrated on by default. */
  public static final int CALIBRATION_FOLDS = 5;

  private LinkTrainer() {}

  /**
   * Trains a linear model on raw feature vectors {@code xs} with gold similarities {@code ys}; the
   * calibration is fitted on {@code calibrationSims} (out-of-fold predictions for {@code ys}) when
   * given, else on in-sample predictions (with trees: on {@link #CALIBRATION_FOLDS}-fold
   * out-of-fold predictions, as trees fit their own training pairs too well to calibrate on them).
   */
  public static Regression train(
      Regression shape, List<double[]> xs, double[] ys, double[] calibrationSims) {
    return train(shape, xs, ys, calibrationSims, Optional.empty());
  }

  /**
   * As {@link #train(Regression, List, double[], double[])}, with boosted trees when given. A model
   * with trees calibrated on out-of-fold similarities ({@code calibrationSims}, or its own {@link
   * #CALIBRATION_FOLDS}-fold ones) also gets a {@link SimilarityMap} fitted on them; its logistic
   * calibration is fitted before the map (on the unmapped similarities) and carried through it:
   * midpoint {@code map(m)}, slope {@code slope / map'(m)}, so that a pair is called the same story
   * exactly when its unmapped similarity is at most {@code m} wherever the map increases.
   */
  public static Regression train(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      double[] calibrationSims,
      Optional<Boosting> boosting) {
    return train(shape, xs, ys, calibrationSims, boosting, ExtraRows.NONE);
  }

  /**
   * As {@link #train(Regression, List, double[], double[], Optional)}, the ridge regression and the
   * trees (of this fit and of each fold of its own out-of-fold predictions) also fitted on {@code
   * extra}, which the calibration and the map never see.
   */
  public static Regression train(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      double[] calibrationSims,
      Optional<Boosting> boosting,
      ExtraRows extra) {
    Regression regression = fit(shape, xs, ys, boosting, extra);
    double[] sims = calibrationSims;
    if (sims == null && boosting.isPresent() && ys.length >= 10 * CALIBRATION_FOLDS) {
      sims = outOfFold(shape, xs, ys, boosting, extra);
    }
    boolean outOfFold = sims != null;
    if (sims == null) {
      sims = new double[ys.length];
      for (int r = 0; r < ys.length; r++) {
        sims[r] = regression.similarity(xs.get(r));
      }
    }
    double[] cal = calibrate(sims, ys);
    if (boosting.isEmpty()) {
      return regression.withCalibration(cal[0], bestMidpoint(sims, ys, cal[1]));
    }
    // with trees, the logistic midpoint: the best-accuracy one fits the calibration pairs' noise
    // (SemEval dev, 10-fold CV on five fold shuffles, docs/link-model.md)
    if (!outOfFold) {
      return regression.withCalibration(cal[0], cal[1]);
    }
    SimilarityMap map = SimilarityMap.fit(sims, ys);
    return regression.withMap(map).withCalibration(cal[0] / map.slope(cal[1]), map.apply(cal[1]));
  }

  /**
   * The ridge regression and, when given, the boosted trees on its residuals, fitted on the rows
   * {@code xs} (weight 1) followed by {@code extra}'s (its weight); not calibrated.
   */
  private static Regression fit(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      Optional<Boosting> boosting,
      ExtraRows extra) {
    List<double[]> rows = new ArrayList<>(xs);
    rows.addAll(extra.xs());
    double[] targets = Arrays.copyOf(ys, ys.length + extra.size());
    double[] rowWeights = new double[targets.length];
    Arrays.fill(rowWeights, 1);
    for (int r = 0; r < extra.size(); r++) {
      targets[ys.length + r] = extra.ys().get(r);
      rowWeights[ys.length + r] = extra.weight();
    }
    double[] weights =
        ridge(rows.stream().map(shape::expand).toList(), targets, rowWeights, LAMBDA);
    Regression regression = shape.withWeights(weights);
    if (boosting.isPresent()) {
      double[] residuals = new double[targets.length];
      for (int r = 0; r < targets.length; r++) {
        residuals[r] = targets[r] - regression.linear(rows.get(r));
      }
      List<String> f = shape.features();
      TreeEnsemble trees =
          XgboostTrees.fit(
              PairTrees.columns(rows, f),
              f,
              residuals,
              extra.size() == 0 || extra.weight() == 1 ? null : rowWeights,
              boosting.get(),
              SEED);
      weights[weights.length - 1] += trees.base(); // XGBoost's base score joins the intercept
      regression = shape.withWeights(weights).withTrees(new PairTrees(f, trees.withBase(0)));
    }
    return regression;
  }

  /** Calibration slope of an event-identity model exported as a {@link Regression}. */
  static final double IDENTITY_SLOPE = 4;

  /** Ridge penalty of the event-identity logistic regression (the intercept is not penalised). */
  public static final double IDENTITY_LAMBDA = 1.0;

  /**
   * Fits the clusterer's pair model for event identity: a logistic regression of {@code same} (the
   * two articles report one event) on {@code shape}'s expanded features, each pair weighted by
   * {@code weights}, with a ridge penalty {@link #IDENTITY_LAMBDA}, by Newton's method (each step's
   * normal equations solved by Tribuo's Cholesky factorisation, as the ridge regression's).
   * Deterministic. The logit {@code z} is exported into a {@link Regression}: similarity {@code 2.5
   * - z / IDENTITY_SLOPE}, calibration slope {@link #IDENTITY_SLOPE} and midpoint 2.5, so that its
   * probability is the logistic one wherever {@code |z| <= 6} (the 1–4 clamp of the similarity
   * bounds the probability to [0.0025, 0.9975]).
   */
  public static Regression trainIdentity(
      Regression shape, List<double[]> xs, boolean[] same, double[] weights) {
    List<double[]> es = new ArrayList<>(xs.size());
    xs.forEach(x -> es.add(shape.expand(x)));
    return fromLogit(shape, logistic(es, same, weights));
  }

  /**
   * The {@link Regression} of {@code shape} whose probability is {@code sigmoid(b · expand(x))}
   * (the constant last), as {@link #trainIdentity} exports it.
   */
  public static Regression fromLogit(Regression shape, double[] b) {
    int d = shape.expandedSize();
    if (b.length != d) {
      throw new IllegalArgumentException("expected " + d + " weights, got " + b.length);
    }
    double[] w = new double[d];
    for (int i = 0; i < d; i++) {
      w[i] = -b[i] / IDENTITY_SLOPE;
    }
    w[d - 1] += 2.5;
    return shape.withWeights(w).withCalibration(IDENTITY_SLOPE, 2.5);
  }

  /**
   * Weights (the constant's last; {@code rows} end with a constant 1) of a logistic regression of
   * {@code same} on {@code rows}, each weighted by {@code weights}, with a ridge penalty {@link
   * #IDENTITY_LAMBDA} on all but the constant, by Newton's method (each step's equations solved by
   * Tribuo's Cholesky factorisation). Deterministic.
   */
  public static double[] logistic(List<double[]> rows, boolean[] same, double[] weights) {
    if (rows.size() != same.length || rows.size() != weights.length || rows.isEmpty()) {
      throw new IllegalArgumentException("one label and one weight per row, at least one row");
    }
    int d = rows.get(0).length;
    double[] b = new double[d];
    for (int iter = 0; iter < 100; iter++) {
      double[][] h = new double[d][d];
      double[] g = new double[d];
      for (int r = 0; r < rows.size(); r++) {
        double[] e = rows.get(r);
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += b[i] * e[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double v = weights[r] * p * (1 - p);
        double resid = weights[r] * ((same[r] ? 1 : 0) - p);
        for (int i = 0; i < d; i++) {
          g[i] += resid * e[i];
          for (int j = 0; j <= i; j++) {
            h[i][j] += v * e[i] * e[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        for (int j = i + 1; j < d; j++) {
          h[i][j] = h[j][i];
        }
        if (i < d - 1) {
          h[i][i] += IDENTITY_LAMBDA;
          g[i] -= IDENTITY_LAMBDA * b[i];
        }
        h[i][i] += 1e-9;
      }
      if (newtonStep(b, h, g) < 1e-9) {
        break;
      }
    }
    return b;
  }

  /**
   * One Newton step: solves {@code h · step = g} ({@link #solve}), adds the step to {@code b} and
   * returns the step's size (the sum of its absolute components).
   */
  static double newtonStep(double[] b, double[][] h, double[] g) {
    double[] step = solve(h, g);
    double size = 0;
    for (int i = 0; i < b.length; i++) {
      b[i] += step[i];
      size += Math.abs(step[i]);
    }
    return size;
  }

  /**
   * Unmapped similarities of each pair by a model fitted on the other folds (every k-th pair a
   * fold) and on {@code extra}.
   */
  private static double[] outOfFold(
      Regression shape,
      List<double[]> xs,
      double[] ys,
      Optional<Boosting> boosting,
      ExtraRows extra) {
    double[] out = new double[ys.length];
    for (int f = 0; f < CALIBRATION_FOLDS; f++) {
      List<double[]> trainXs = new ArrayList<>();
      List<Double> trainYs = new ArrayList<>();
      for (int r = 0; r < ys.length; r++) {
        if (r % CALIBRATION_FOLDS != f) {
          trainXs.add(xs.get(r));
          trainYs.add(ys[r]);
        }
      }
      double[] y = trainYs.stream().mapToDouble(Double::doubleValue).toArray();
      Regression m = fit(shape, trainXs, y, boosting, extra);
      for (int r = f; r < ys.length; r += CALIBRATION_FOLDS) {
        out[r] = m.unmapped(xs.get(r));
      }
    }
    return out;
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

  /**
   * Weighted ridge regression: the coefficients {@code b} minimising {@code Σ ws[r] · (ys[r] −
   * rows[r] · b)² + lambda · Σ b[i]²} over all but the last component (the intercept, whose row
   * entry is the constant 1, is not penalised); the normal equations are summed row by row and
   * solved by {@link #solve}. Every row has the same length.
   */
  static double[] ridge(List<double[]> rows, double[] ys, double[] ws, double lambda) {
    if (rows.isEmpty() || ys.length != rows.size() || ws.length != rows.size()) {
      throw new IllegalArgumentException("one target and one weight per row, at least one row");
    }
    int d = rows.get(0).length;
    double[][] ata = new double[d][d];
    double[] aty = new double[d];
    for (int r = 0; r < rows.size(); r++) {
      double[] e = rows.get(r);
      double w = ws[r];
      for (int i = 0; i < d; i++) {
        aty[i] += w * e[i] * ys[r];
        for (int j = 0; j < d; j++) {
          ata[i][j] += w * e[i] * e[j];
        }
      }
    }
    for (int i = 0; i < d - 1; i++) {
      ata[i][i] += lambda;
    }
    return solve(ata, aty);
  }

  /**
   * Solves {@code m x = v} for a symmetric positive definite {@code m} (normal equations with a
   * ridge penalty, here and in the {@link CrossLanguageTrainer}) by Tribuo's Cholesky
   * factorisation.
   */
  static double[] solve(double[][] m, double[] v) {
    int n = v.length;
    double[][] sym = new double[n][n]; // weighted sums can differ from their mirror in the last bit
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sym[i][j] = i == j ? m[i][i] : (m[i][j] + m[j][i]) / 2;
      }
    }
    DenseMatrix.CholeskyFactorization chol =
        DenseMatrix.createDenseMatrix(sym)
            .choleskyFactorization()
            .orElseThrow(
                () -> new IllegalArgumentException("normal equations not positive definite"));
    return chol.solve(DenseVector.createDenseVector(v)).toArray();
  }
}
