package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link PairScorer}: {@link PairFeatures} through a {@link LinkModel} (its lexical model for
 * pairs in one script, its evidence model across scripts). Immutable and
 * thread-safe.
 */
public final class FeaturePairScorer implements PairScorer {
  private final LinkModel model;

  public FeaturePairScorer(LinkModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** Scorer with the shipped model. */
  public static FeaturePairScorer shipped() {
    return new FeaturePairScorer(LinkModel.shipped());
  }

  public LinkModel model() {
    return model;
  }

  @Override
  public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
    double[] x = PairFeatures.compute(a, b);
    Regression r = model.forPair(PairFeatures.crossScript(a, b));
    double sim = r.similarity(x);
    double p = r.probability(sim);
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      named.put(PairFeatures.NAMES.get(i), x[i]);
    }
    return new LinkResult(a.id(), b.id(), p, sim, p >= 0.5, PairFeatures.reasons(a, b), named);
  }

  @Override
  public double probability(ArticleFeatures a, ArticleFeatures b) {
    Regression r = model.forPair(PairFeatures.crossScript(a, b));
    return r.probability(r.similarity(PairFeatures.compute(a, b)));
  }

  /** The predicted 1–4 similarity only. */
  public double similarity(ArticleFeatures a, ArticleFeatures b) {
    return model.forPair(PairFeatures.crossScript(a, b)).similarity(PairFeatures.compute(a, b));
  }
}
