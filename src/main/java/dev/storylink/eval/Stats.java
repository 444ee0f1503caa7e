package dev.storylink.eval;

/** Small statistics helpers for evaluation. Stateless and thread-safe. */
public final class Stats {
  private Stats() {}

  /** Pearson correlation of two equally long series; NaN when either is constant or short. */
  public static double pearson(double[] x, double[] y) {
    int n = x.length;
    if (n < 2 || y.length != n) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
