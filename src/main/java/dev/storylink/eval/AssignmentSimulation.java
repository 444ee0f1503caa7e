package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the join threshold of an {@link AssignmentModel} by clustering the training articles
 * online in memory, as the clusterer does but against every earlier event of the language (no
 * candidate index, no store), at each threshold of a grid, and keeping the one with the best
 * B-cubed F1 against the gold events. Pair probabilities are cached across the grid. Stateless and
 * thread-safe.
 */
public final class AssignmentSimulation {
  private AssignmentSimulation() {}

  /**
   * The pair scorer the clusterer reads with {@code config}: the shipped clustering scorer ({@link
   * FeaturePairScorer#forClustering}) with the config's {@link ClusterConfig.SecondLook}, so that
   * training rows and simulations see the probabilities the clusterer sees.
   */
  public static PairScorer clusterScorer(ClusterConfig config) {
    return looking(FeaturePairScorer.forClustering(), config.secondLook());
  }

  /** {@code scorer} whose {@link PairScorer#probability} applies {@code look}. */
  public static PairScorer looking(PairScorer scorer, ClusterConfig.SecondLook look) {
    if (look.none()) {
      return scorer;
    }
    return new PairScorer() {
      @Override
      public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
        return scorer.link(a, b);
      }

      @Override
      public double probability(ArticleFeatures a, ArticleFeatures b) {
        return scorer.probability(a, b, look.from(), look.to());
      }
    };
  }

  /** A pair scorer that remembers the probabilities it computed (by article ids). */
  static PairScorer caching(PairScorer scorer) {
    Map<String, Double> cache = new ConcurrentHashMap<>();
    return new PairScorer() {
      @Override
      public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
        return scorer.link(a, b);
      }

      @Override
      public double probability(ArticleFeatures a, ArticleFeatures b) {
        return cache.computeIfAbsent(a.id() + '\u0000' + b.id(), k -> scorer.probability(a, b));
      }
    };
  }

  /** The events of an online clustering of {@code articles} (in order) with {@code model}. */
  static Map<String, Integer> cluster(
      List<Article> articles,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config,
      AssignmentModel model) {
    List<AssignmentTraining.Event> events = new ArrayList<>();
    Map<String, Integer> eventOf = new LinkedHashMap<>();
    for (Article a : articles) {
      ArticleFeatures f = fz.features().get(a.id());
      if (f == null) {
        continue;
      }
      long y = fz.years().get(a.id());
      int best = -1;
      double bestP = 0;
      for (int e = 0; e < events.size(); e++) {
        AssignmentTraining.Event ev = events.get(e);
        if (!ev.lang.equals(f.lang())) {
          continue;
        }
        double p =
            model.probability(AssignmentTraining.features(f, y, ev, scorer, config.decayDays()));
        if (p >= model.threshold() && p > bestP) {
          bestP = p;
          best = e;
        }
      }
      if (best < 0) {
        events.add(new AssignmentTraining.Event(f.lang()));
        best = events.size() - 1;
      }
      events.get(best).add(f, y, config.representatives());
      eventOf.put(a.id(), best);
    }
    return eventOf;
  }

  /** Thresholds of the grid the choices search: 0.05 to 0.90 in steps of 0.05. */
  static final int GRID = 18;

  /**
   * The threshold of the grid with the best B-cubed F1 on held-out topics: for each topic of {@code
   * train} (leave one topic out), the model is fitted by {@code fit} on the other topics' rows, the
   * held-out topic's articles are clustered online at every threshold of the grid, and the
   * per-article B-cubed precision and recall are summed over all held-out articles. A threshold
   * chosen on the articles the model was fitted on is too low: in-sample, the trees tell a
   * look-alike from the own event better than on an unseen topic. Ties go to the higher threshold.
   */
  public static double crossValidatedThreshold(
      TopicFoldEvaluation.Fit fit,
      List<Article> train,
      Map<String, String> gold,
      Map<String, String> topics,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config) {
    PairScorer cached = caching(scorer);
    Map<String, List<Article>> byTopic = new LinkedHashMap<>();
    for (Article a : train) {
      String t = topics.get(a.id());
      if (t != null && gold.containsKey(a.id())) {
        byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
      }
    }
    double[] sumP = new double[GRID];
    double[] sumR = new double[GRID];
    for (Map.Entry<String, List<Article>> held : byTopic.entrySet()) {
      List<Article> rest = new ArrayList<>();
      for (Article a : train) {
        if (!held.getKey().equals(topics.get(a.id()))) {
          rest.add(a);
        }
      }
      AssignmentModel m = fit.fit(AssignmentTraining.clusterRows(rest, gold, fz, cached, config));
      for (int k = 0; k < GRID; k++) {
        Map<String, Integer> c =
            cluster(held.getValue(), fz, cached, config, m.withThreshold(0.05 * (k + 1)));
        Map<String, String> pred = new HashMap<>();
        c.forEach((id, e) -> pred.put(id, Integer.toString(e)));
        Map<String, String> g = new HashMap<>();
        pred.keySet().forEach(id -> g.put(id, gold.get(id)));
        ClusterEvaluator.PRF b = ClusterEvaluator.bcubed(pred, g);
        sumP[k] += b.precision() * pred.size();
        sumR[k] += b.recall() * pred.size();
      }
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int k = 0; k < GRID; k++) {
      double p = sumP[k];
      double r = sumR[k];
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f1 >= bestF1) {
        bestF1 = f1;
        best = 0.05 * (k + 1);
      }
    }
    return best;
  }

  /** The threshold in [0.05, 0.80] (steps of 0.05) with the best simulated B-cubed F1. */
  public static double bestThreshold(
      AssignmentModel model,
      List<Article> articles,
      Map<String, String> gold,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config) {
    PairScorer cached = caching(scorer);
    double best = model.threshold();
    double bestF1 = -1;
    for (int step = 1; step <= 16; step++) {
      double t = step * 0.05;
      Map<String, Integer> c = cluster(articles, fz, cached, config, model.withThreshold(t));
      Map<String, String> pred = new HashMap<>();
      c.forEach((id, e) -> pred.put(id, Integer.toString(e)));
      double f1 = ClusterEvaluator.bcubed(pred, gold).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    return best;
  }
}
