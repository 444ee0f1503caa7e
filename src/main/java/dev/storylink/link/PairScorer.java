package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;

/** Scores a pair of articles. Implementations are thread-safe. */
public interface PairScorer {
  /** Full verdict with reasons. */
  LinkResult link(ArticleFeatures a, ArticleFeatures b);

  /** Probability only, without building reasons (the fast path used by clustering). */
  double probability(ArticleFeatures a, ArticleFeatures b);
}
