package dev.storylink.compare;

import java.util.HashSet;
import java.util.Set;

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

  /** The character 4-grams of {@code "_" + term + "_"} (none for a term of one letter). */
  static Set<String> grams(String term) {
    String p = "_" + term + "_";
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= p.length(); i++) {
      out.add(p.substring(i, i + 4));
    }
    return out;
  }

  /** Dice coefficient of two gram sets: twice the common grams over the sum of the sizes. */
  static double dice(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }
}
