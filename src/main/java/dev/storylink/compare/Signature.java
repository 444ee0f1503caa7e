package dev.storylink.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weighted features (keys) of one sentence or clause unit, their surfaces, and the rare words
 * kept for cognate matching. Mutable while it is built; confined to one comparison (not
 * thread-safe).
 */
final class Signature {
  /** Share of the weight of a feature the other article lacks that still counts against a pair. */
  static final double NOISE = 0.1;

  final Map<String, Double> w = new HashMap<>();
  final Map<String, String> surface = new HashMap<>();
  final Map<String, long[]> grams = new HashMap<>();
  final Map<String, String> gramSurface = new HashMap<>();
  final Map<String, Double> gramWeight = new HashMap<>();

  /**
   * The clause units of a sentence with two or more clauses (each clause, then each run of two
   * neighbouring clauses); empty otherwise, and for a unit itself.
   */
  final List<Signature> clauses = new ArrayList<>();

  /** The weight a pair score divides by ({@link #weigh}). */
  double total;

  /** Clause unit {@code c}, or this whole sentence for -1. */
  Signature unit(int c) {
    return c < 0 ? this : clauses.get(c);
  }

  void put(String key, double weight, String surf) {
    if (w.merge(key, weight, Math::max) == weight) {
      surface.put(key, surf);
    }
  }

  /** Takes over the features of {@code o} as if they had been put here. */
  void absorb(Signature o) {
    for (Map.Entry<String, Double> e : o.w.entrySet()) {
      put(e.getKey(), e.getValue(), o.surface.get(e.getKey()));
    }
    grams.putAll(o.grams);
    gramSurface.putAll(o.gramSurface);
    gramWeight.putAll(o.gramWeight);
  }

  /** Keeps the rare word {@code key} (idf {@code idf}) for cognate matching. */
  void gram(String key, double idf, String surf) {
    grams.put(key, Cognates.codes(key));
    gramSurface.put(key, surf);
    gramWeight.put(key, idf);
  }

  /**
   * Multiplies each weight by its rarity among the {@code sentences} of both articles ({@code df}:
   * in how many sentences a key occurs) and sums the total a pair score divides by. A key only a
   * clause unit has (a number its clause text reads differently) counts as in one sentence.
   */
  void weigh(Map<String, Integer> df, int sentences, Set<String> other) {
    double sum = 0;
    for (Map.Entry<String, Double> e : w.entrySet()) {
      double local = Math.log(1.0 + (double) sentences / df.getOrDefault(e.getKey(), 1));
      e.setValue(e.getValue() * local);
      // only what the other article also has can tell which of its sentences match
      sum += other.contains(e.getKey()) ? e.getValue() : NOISE * e.getValue();
    }
    for (double g : gramWeight.values()) {
      sum += NOISE * g;
    }
    total = sum;
  }
}
