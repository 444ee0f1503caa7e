package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link PairScorer}: {@link PairFeatures} through a {@link LinkModel} (its lexical model for
 * pairs in one script, its evidence model across scripts). Immutable and thread-safe.
 */
public final class FeaturePairScorer implements PairScorer {
  private final LinkModel model;
  private final boolean clustering;

  public FeaturePairScorer(LinkModel model) {
    this(model, false);
  }

  private FeaturePairScorer(LinkModel model, boolean clustering) {
    this.model = Objects.requireNonNull(model, "model");
    this.clustering = clustering;
  }

  /** Scorer with the shipped model, for linking (`storylink link`, the API, evaluation). */
  public static FeaturePairScorer shipped() {
    return new FeaturePairScorer(LinkModel.shipped(), false);
  }

  /** Scorer with the shipped model's clustering regressions ({@link LinkModel#forClustering}). */
  public static FeaturePairScorer forClustering() {
    return new FeaturePairScorer(LinkModel.shipped(), true);
  }

  private Regression regression(ArticleFeatures a, ArticleFeatures b) {
    boolean cross = PairFeatures.crossScript(a, b);
    return clustering ? model.forClustering(cross) : model.forPair(cross);
  }

  public LinkModel model() {
    return model;
  }

  @Override
  public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
    double[] x = PairFeatures.compute(a, b);
    Regression r = regression(a, b);
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
    Regression r = regression(a, b);
    return r.probability(r.similarity(PairFeatures.compute(a, b)));
  }

  /** The predicted 1–4 similarity only. */
  public double similarity(ArticleFeatures a, ArticleFeatures b) {
    return regression(a, b).similarity(PairFeatures.compute(a, b));
  }
}
