package dev.storylink.features;

import java.util.Arrays;
import java.util.Map;

/** The keyword dimensions of an article's term vector. Stateless and thread-safe. */
final class Keywords {
  private Keywords() {}

  /**
   * The dimensions of the {@code k} heaviest entries of {@code weights}, ascending: those a stable
   * sort of the entries by weight, heaviest first, puts first (of equal weights the entry met first
   * in the map's order), as the extraction sorted the whole map before; found in one pass that
   * keeps the best {@code k} in order instead (the map holds about ten times {@code k} terms).
   */
  static long[] heaviest(Map<Long, Double> weights, int k) {
    long[] keys = new long[Math.min(k, weights.size())];
    double[] best = new double[keys.length];
    int n = 0;
    for (Map.Entry<Long, Double> e : weights.entrySet()) {
      double w = e.getValue();
      if (n == keys.length && (n == 0 || Double.compare(w, best[n - 1]) <= 0)) {
        continue; // a later entry of equal weight ranks after the one kept
      }
      int at = n == keys.length ? n - 1 : n++;
      while (at > 0 && Double.compare(w, best[at - 1]) > 0) {
        keys[at] = keys[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      keys[at] = e.getKey();
      best[at] = w;
    }
    Arrays.sort(keys);
    return keys;
  }
}
