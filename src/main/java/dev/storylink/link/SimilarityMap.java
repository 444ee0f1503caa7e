package dev.storylink.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A monotone map from a model's 1–4 similarity to the reported one, fitted on out-of-fold
 * predictions against the gold similarities: a least-squares cubic {@code f(s) = c0 + c1·(s − 2.5)
 * + c2·(s − 2.5)² + c3·(s − 2.5)³}, made non-decreasing by its running maximum from 1 ({@code
 * apply(s)} = the largest {@code f(t)} for {@code t} in [1, s]) and clamped to [1, 4]. It undoes
 * the shrinkage of a regression towards the middle of the scale where the out-of-fold predictions
 * show it (docs/link-model.md, session 16). No coefficients: the identity. Immutable and
 * thread-safe.
 *
 * @param coefficients {@code c0..c3}, or none (the identity)
 */
public record SimilarityMap(double[] coefficients) {
  /** The identity (no coefficients). */
  public static final SimilarityMap IDENTITY = new SimilarityMap(new double[0]);

  /** The point of the scale the polynomial is written around. */
  static final double CENTRE = 2.5;

  /** Degree of a fitted map. */
  static final int DEGREE = 3;

  /** Validates the coefficients: none or {@link #DEGREE} + 1, all finite. */
  public SimilarityMap {
    if (coefficients.length != 0 && coefficients.length != DEGREE + 1) {
      throw new IllegalArgumentException(
          "a similarity map has 0 or " + (DEGREE + 1) + " coefficients");
    }
    for (double c : coefficients) {
      if (!Double.isFinite(c)) {
        throw new IllegalArgumentException("similarity map coefficients must be finite");
      }
    }
    coefficients = coefficients.clone();
  }

  /** Whether this is the identity. */
  public boolean isIdentity() {
    return coefficients.length == 0;
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /**
   * The least-squares cubic of {@code gold} on {@code sims} (each in [1, 4]; {@link
   * LinkTrainer#ridge} with a 1e-6 penalty on the non-constant coefficients, for stability).
   */
  public static SimilarityMap fit(double[] sims, double[] gold) {
    return new SimilarityMap(polynomial(sims, gold, DEGREE));
  }

  /**
   * Coefficients {@code c0..c[degree]} (in powers of {@code s − 2.5}) of the least-squares
   * polynomial of {@code gold} on {@code sims}, as {@link #fit} computes them for degree {@link
   * #DEGREE}.
   */
  static double[] polynomial(double[] sims, double[] gold, int degree) {
    if (sims.length != gold.length || sims.length <= degree) {
      throw new IllegalArgumentException("one gold per similarity, more pairs than coefficients");
    }
    // rows (c, c², ..., c^degree, 1) with c = s − 2.5: the constant last, as the ridge takes it
    List<double[]> rows = new ArrayList<>(sims.length);
    for (double s : sims) {
      double[] row = new double[degree + 1];
      double c = s - CENTRE;
      double p = 1;
      for (int i = 0; i < degree; i++) {
        p *= c;
        row[i] = p;
      }
      row[degree] = 1;
      rows.add(row);
    }
    double[] ones = new double[sims.length];
    Arrays.fill(ones, 1);
    double[] b = LinkTrainer.ridge(rows, gold, ones, 1e-6);
    double[] coefficients = new double[degree + 1];
    coefficients[0] = b[degree];
    System.arraycopy(b, 0, coefficients, 1, degree);
    return coefficients;
  }

  /** The cubic itself (no running maximum, no clamp). */
  double polynomial(double s) {
    double c = s - CENTRE;
    return coefficients[0] + c * (coefficients[1] + c * (coefficients[2] + c * coefficients[3]));
  }

  /** The map at {@code s} (clamped to [1, 4] first). */
  public double apply(double s) {
    double v = Math.max(1.0, Math.min(4.0, s));
    if (isIdentity()) {
      return v;
    }
    // running maximum of the cubic on [1, v]: its value at 1, at v, and at the stationary points
    // of the cubic (roots of c1 + 2·c2·t + 3·c3·t², t = s − 2.5) that lie between
    double best = Math.max(polynomial(1.0), polynomial(v));
    double a = 3 * coefficients[3];
    double b = 2 * coefficients[2];
    double k = coefficients[1];
    if (a == 0) {
      if (b != 0) {
        best = stationary(-k / b, v, best);
      }
    } else {
      double disc = b * b - 4 * a * k;
      if (disc >= 0) {
        double root = Math.sqrt(disc);
        best = stationary((-b - root) / (2 * a), v, best);
        best = stationary((-b + root) / (2 * a), v, best);
      }
    }
    return Math.max(1.0, Math.min(4.0, best));
  }

  private double stationary(double t, double v, double best) {
    double s = t + CENTRE;
    return s > 1.0 && s < v ? Math.max(best, polynomial(s)) : best;
  }

  /**
   * The slope of the map at {@code s} (central difference over ±0.01), at least 1e-3: what a
   * calibration slope fitted before the map is divided by.
   */
  public double slope(double s) {
    return Math.max(1e-3, (apply(s + 0.01) - apply(s - 0.01)) / 0.02);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimilarityMap m && Arrays.equals(coefficients, m.coefficients);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return "SimilarityMap" + Arrays.toString(coefficients);
  }
}
