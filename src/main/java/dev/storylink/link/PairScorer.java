package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;

/** Scores a pair of articles. Implementations are thread-safe. */
public interface PairScorer {
  /** Full verdict with reasons. */
  LinkResult link(ArticleFeatures a, ArticleFeatures b);

  /** Probability only, without building reasons (the fast path used by clustering). */
  double probability(ArticleFeatures a, ArticleFeatures b);

  /**
   * The clusterer's probability of a pair: {@link #probability}, except that a scorer with a second
   * model for pairs in one language ({@link FeaturePairScorer#forClustering}: the lexical one)
   * gives that model's probability to such a pair whose first probability {@code p} is borderline,
   * {@code from <= p < to} (the clusterer's second look, {@code cluster.ClusterConfig#secondLook}).
   * By default {@link #probability}.
   */
  default double probability(ArticleFeatures a, ArticleFeatures b, double from, double to) {
    return probability(a, b);
  }

  /**
   * As {@link #probability(ArticleFeatures, ArticleFeatures, double, double)}, a borderline pair
   * getting {@code (1 - weight) × p + weight × q} with {@code q} the second model's probability
   * ({@code weight} 1: {@code q}). By default the four-argument form, which ignores {@code weight}.
   */
  default double probability(
      ArticleFeatures a, ArticleFeatures b, double from, double to, double weight) {
    return probability(a, b, from, to);
  }

  /**
   * {@link #probability(ArticleFeatures, ArticleFeatures)} in two steps, a bound first ({@link
   * BoundedProbability}); by default computed in full at once (the bound is the probability).
   */
  default BoundedProbability bounded(ArticleFeatures a, ArticleFeatures b) {
    return BoundedProbability.known(probability(a, b));
  }
}
