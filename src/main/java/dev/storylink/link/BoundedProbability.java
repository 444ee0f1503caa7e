package dev.storylink.link;

import java.util.function.DoubleSupplier;

/**
 * A pair probability computed in two steps, for a caller that keeps only the best few of many pairs
 * (the clusterer's shortlist, {@link PairScorer#bounded}): first every pair feature but the
 * character 4-gram cosine, which gives {@link #atMost} (the probability with that cosine at its
 * most favourable value, from the model's weights); the {@link #exact} probability computes the
 * cosine when asked, once. A pair whose {@code atMost} is below the exact probabilities of enough
 * other pairs cannot rank among them, and its cosine is never computed. Not thread-safe: one
 * caller's, for one pair.
 */
public final class BoundedProbability {
  private final double atMost;
  private DoubleSupplier rest; // null once the exact probability is known
  private double exact;

  private BoundedProbability(double atMost, DoubleSupplier rest, double exact) {
    this.atMost = atMost;
    this.rest = rest;
    this.exact = exact;
  }

  /** A probability computed in full already: {@link #atMost} is the exact one. */
  public static BoundedProbability known(double p) {
    return new BoundedProbability(p, null, p);
  }

  /**
   * A probability of at most {@code atMost} whose exact value {@code rest} computes (at most once).
   */
  static BoundedProbability pending(double atMost, DoubleSupplier rest) {
    return new BoundedProbability(atMost, java.util.Objects.requireNonNull(rest, "rest"), 0);
  }

  /**
   * The least value of {@code weight × c + sqrtWeight × √c} over the cosines {@code c} in [0, 1] (a
   * model's two inputs from one cosine), less a margin for the rounding of the model's sum.
   */
  static double leastTerm(double weight, double sqrtWeight) {
    // in t = √c on [0, 1]: weight × t² + sqrtWeight × t, least at an end or at the vertex
    double least = Math.min(0, weight + sqrtWeight);
    double vertex = weight == 0 ? -1 : -sqrtWeight / (2 * weight);
    if (vertex > 0 && vertex < 1) {
      least = Math.min(least, vertex * (weight * vertex + sqrtWeight));
    }
    return least - MARGIN;
  }

  /**
   * What {@link #leastTerm} leaves for rounding: the model's sum adds a few dozen terms of at most
   * a few units, each rounding by about 1e-16 of the sum, so the bound holds by a wide margin.
   */
  static final double MARGIN = 1e-9;

  /** No less than the {@link #exact} probability. */
  public double atMost() {
    return atMost;
  }

  /** Whether the exact probability is computed already ({@link #exact} costs nothing more). */
  public boolean isKnown() {
    return rest == null;
  }

  /** The exact probability (the one {@link PairScorer#probability} gives the pair). */
  public double exact() {
    if (rest != null) {
      exact = rest.getAsDouble();
      rest = null;
    }
    return exact;
  }
}
