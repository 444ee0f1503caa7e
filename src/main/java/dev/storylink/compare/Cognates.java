package dev.storylink.compare;

import dev.storylink.core.Hashing;
import java.util.Arrays;

/**
 * Cognates: two rare words match when the Dice overlap of their character 4-grams (of {@code "_" +
 * word + "_"}) reaches {@link #MIN_DICE} (Syrien/Syria, Rohani/Rouhani). Stateless and thread-safe.
 */
final class Cognates {
  /** The least 4-gram overlap of two cognates. */
  static final double MIN_DICE = 0.5;

  /** A cognate counts this share of its overlap times the lesser weight of the two words. */
  static final double WEIGHT = 0.8;

  private Cognates() {}

  private static final long[] NONE = new long[0];

  /**
   * The character 4-grams of {@code "_" + term + "_"} (none for a term of one letter) as sorted
   * distinct codes: each 4-gram's four UTF-16 units in one long, so equal codes are equal grams and
   * the Dice coefficient of two gram sets is counted by one merge instead of hash look-ups.
   */
  static long[] codes(String term) {
    String p = "_" + term + "_";
    int n = p.length() - 3;
    if (n <= 0) {
      return NONE;
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          (long) p.charAt(i) << 48
              | (long) p.charAt(i + 1) << 32
              | (long) p.charAt(i + 2) << 16
              | p.charAt(i + 3);
    }
    Arrays.sort(out);
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (k == 0 || out[k - 1] != out[i]) {
        out[k++] = out[i];
      }
    }
    return k == n ? out : Arrays.copyOf(out, k);
  }

  /**
   * Dice coefficient of two words' gram {@link #codes}: twice the common grams over the sum of the
   * sizes.
   */
  static double dice(long[] x, long[] y) {
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    return 2.0 * Hashing.sharedSorted(x, y) / (x.length + y.length);
  }

  /** The most {@link #dice(long[], long[])} can give for gram sets of these sizes. */
  static double diceBound(int x, int y) {
    return x == 0 || y == 0 ? 0 : 2.0 * Math.min(x, y) / (x + y);
  }
}
