package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.PairScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assignment decision trained on both dev sets (issue 16): ECB+'s teacher-forced rows ({@link
 * AssignmentTraining#clusterRows}) and rows from clustering the SemEval dev articles, each
 * article's shortlisted candidate events labelled by the gold pairs (an event holding a linked
 * partner, Overall ≤ 1.5: join; else one holding an unrelated partner, ≥ 3.5: apart; other
 * candidates left out). The SemEval rows carry the pairs that labelled them, so a fold of pairs can
 * be held out. The SemEval rows are weighted; the join threshold is the one with the best simulated
 * ECB+ B-cubed F1 among those that keep at least {@code minApart} of the training unrelated pairs
 * apart in a simulated clustering of the SemEval articles. Stateless and thread-safe.
 */
public final class AssignmentJoint {
  private AssignmentJoint() {}

  /**
   * Settings of the joint fit.
   *
   * @param without features held at 0 (weight 0)
   * @param semWeight weight of a SemEval row against an ECB+ row's 1
   * @param minApart least share of the training unrelated pairs kept apart by the threshold
   * @param minLink the model's floor on {@code best_decayed}
   * @param seed the learner's seed
   * @param search when not empty: no logistic fit, the shipped rule with the weights of these
   *     features searched ({@link #searchRule})
   */
  public record Setting(
      List<String> without,
      double semWeight,
      double minApart,
      double minLink,
      long seed,
      List<String> search) {
    public Setting {
      without = List.copyOf(without);
      search = List.copyOf(search);
      if (!(semWeight >= 0) || !(minApart >= 0 && minApart <= 1)) {
        throw new IllegalArgumentException("semWeight >= 0, minApart in [0, 1]");
      }
    }
  }

  /** SemEval rows and, for each row, the indices of the gold pairs that labelled it. */
  public record LabelledRows(AssignmentTraining.Rows rows, List<int[]> pairsOf) {
    public LabelledRows {
      if (rows.size() != pairsOf.size()) {
        throw new IllegalArgumentException("one pair list per row");
      }
    }

    /** The rows none of whose labelling pairs is in {@code heldOut}. */
    public AssignmentTraining.Rows without(Set<Integer> heldOut) {
      AssignmentTraining.Rows r = AssignmentTraining.Rows.empty();
      for (int i = 0; i < rows.size(); i++) {
        boolean out = false;
        for (int p : pairsOf.get(i)) {
          out |= heldOut.contains(p);
        }
        if (!out) {
          r.xs().add(rows.xs().get(i));
          r.labels().add(rows.labels().get(i));
          r.groups().add(rows.groups().get(i));
        }
      }
      return r;
    }
  }

  /** Receives the shortlisted candidates of one article during {@link #simulate}. */
  interface Candidates {
    void at(Article a, List<Set<String>> members, List<double[]> xs);
  }

  /**
   * An online clustering of {@code articles} (in order) with {@code model}, over the clusterer's
   * same-language shortlist: the {@link AssignmentTraining#SHORTLIST} earlier events whose newest
   * representative scores best; the article joins the one with the highest probability at or above
   * the threshold, else opens an event. Returns article id → event number.
   */
  static Map<String, Integer> simulate(
      List<Article> articles,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config,
      AssignmentModel model,
      Candidates seen) {
    List<AssignmentTraining.Event> events = new ArrayList<>();
    List<Set<String>> members = new ArrayList<>();
    Map<String, List<Integer>> byLang = new HashMap<>();
    Map<String, Integer> eventOf = new HashMap<>();
    for (Article a : articles) {
      ArticleFeatures f = fz.features().get(a.id());
      if (f == null) {
        continue;
      }
      long y = fz.years().get(a.id());
      List<Integer> mine = byLang.computeIfAbsent(f.lang(), k -> new ArrayList<>());
      double[] quick = new double[mine.size()];
      for (int i = 0; i < mine.size(); i++) {
        List<ArticleFeatures> reps = events.get(mine.get(i)).reps;
        quick[i] = scorer.probability(f, reps.get(reps.size() - 1));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < mine.size(); i++) {
        order.add(i);
      }
      order.sort((i, j) -> Double.compare(quick[j], quick[i]));
      int best = -1;
      double bestP = 0;
      List<Set<String>> shortMembers = new ArrayList<>();
      List<double[]> xs = new ArrayList<>();
      for (int k = 0; k < Math.min(AssignmentTraining.SHORTLIST, order.size()); k++) {
        int e = mine.get(order.get(k));
        double[] x = AssignmentTraining.features(f, y, events.get(e), scorer, config.decayDays());
        shortMembers.add(members.get(e));
        xs.add(x);
        double p = model.probability(x);
        if (p >= model.threshold() && p > bestP) {
          bestP = p;
          best = e;
        }
      }
      if (seen != null) {
        seen.at(a, shortMembers, xs);
      }
      if (best < 0) {
        events.add(new AssignmentTraining.Event(f.lang()));
        members.add(new HashSet<>());
        best = events.size() - 1;
        mine.add(best);
      }
      events.get(best).add(f, y, config.representatives());
      members.get(best).add(a.id());
      eventOf.put(a.id(), best);
    }
    return eventOf;
  }

  /**
   * Rows from clustering the SemEval articles with {@code placer} (the shipped decision): each
   * shortlisted candidate event that holds a gold partner of the article in its language is a row,
   * join when a partner is linked (Overall ≤ 1.5), apart when none is and one is unrelated (≥ 3.5).
   */
  public static LabelledRows semevalRows(
      List<Article> articles,
      List<PairsDataset.GoldPair> pairs,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig config,
      AssignmentModel placer) {
    Map<String, Map<String, Integer>> partners = new HashMap<>(); // id -> partner -> pair index
    for (int i = 0; i < pairs.size(); i++) {
      PairsDataset.GoldPair p = pairs.get(i);
      if (p.overall() > 1.5 && p.overall() < 3.5) {
        continue;
      }
      partners.computeIfAbsent(p.id1(), k -> new HashMap<>()).put(p.id2(), i);
      partners.computeIfAbsent(p.id2(), k -> new HashMap<>()).put(p.id1(), i);
    }
    AssignmentTraining.Rows rows = AssignmentTraining.Rows.empty();
    List<int[]> pairsOf = new ArrayList<>();
    int[] group = {0};
    simulate(
        articles,
        fz,
        scorer,
        config,
        placer,
        (a, members, xs) -> {
          Map<String, Integer> mine = partners.getOrDefault(a.id(), Map.of());
          for (int c = 0; c < members.size(); c++) {
            List<Integer> linked = new ArrayList<>();
            List<Integer> unrelated = new ArrayList<>();
            for (String m : members.get(c)) {
              Integer i = mine.get(m);
              if (i != null) {
                (pairs.get(i).overall() <= 1.5 ? linked : unrelated).add(i);
              }
            }
            if (linked.isEmpty() && unrelated.isEmpty()) {
              continue;
            }
            List<Integer> by = linked.isEmpty() ? unrelated : linked;
            rows.xs().add(xs.get(c));
            rows.labels().add(!linked.isEmpty());
            rows.groups().add(group[0]);
            pairsOf.add(by.stream().mapToInt(Integer::intValue).toArray());
          }
          group[0]++;
        });
    return new LabelledRows(rows, pairsOf);
  }

  /**
   * Shares of the pairs {@code use} (indices into {@code pairs}) that {@code eventOf} puts right:
   * {linked pairs in one event, unrelated pairs apart}.
   */
  static double[] agreement(
      Map<String, Integer> eventOf, List<PairsDataset.GoldPair> pairs, boolean[] use) {
    int linked = 0;
    int together = 0;
    int unrelated = 0;
    int apart = 0;
    for (int i = 0; i < pairs.size(); i++) {
      PairsDataset.GoldPair p = pairs.get(i);
      Integer a = eventOf.get(p.id1());
      Integer b = eventOf.get(p.id2());
      if (!use[i] || a == null || b == null) {
        continue;
      }
      if (p.overall() <= 1.5) {
        linked++;
        together += a.equals(b) ? 1 : 0;
      } else if (p.overall() >= 3.5) {
        unrelated++;
        apart += a.equals(b) ? 0 : 1;
      }
    }
    return new double[] {
      linked == 0 ? 1 : (double) together / linked, unrelated == 0 ? 1 : (double) apart / unrelated
    };
  }

  /** One dev set's part of a joint fit: its articles, gold and features. */
  public record Part(
      List<Article> articles,
      AssignmentTraining.Featurized fz,
      Map<String, String> gold,
      List<PairsDataset.GoldPair> pairs) {}

  /**
   * The decision fitted on {@code ecbRows} and {@code semRows} (weighted by the setting), its
   * threshold chosen on {@code ecbTrain} (simulated B-cubed F1) under the floor on the SemEval
   * training pairs ({@code semUse}) kept apart in a simulated clustering of {@code sem}.
   */
  public static AssignmentModel fit(
      AssignmentTraining.Rows ecbRows,
      AssignmentTraining.Rows semRows,
      Setting s,
      Part ecbTrain,
      Part sem,
      boolean[] semUse,
      PairScorer scorer,
      ClusterConfig config) {
    if (!s.search().isEmpty()) {
      return searchRule(s.search(), s.minApart(), ecbTrain, sem, semUse, scorer, config);
    }
    AssignmentTraining.Rows all = ecbRows.plus(semRows).without(s.without());
    double[] weights = new double[all.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = i < ecbRows.size() ? 1 : s.semWeight();
    }
    double[] w = AssignmentLogistic.fit(all, weights, s.seed());
    AssignmentModel m =
        new AssignmentModel(EventFeatures.NAMES, w, 0.5, 0).withMinLink(s.minLink());
    double best = 0.9;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean bestOk = false;
    for (int k = 1; k <= AssignmentSimulation.GRID; k++) {
      double t = 0.05 * k;
      AssignmentModel mt = m.withThreshold(t);
      Map<String, Integer> c =
          AssignmentSimulation.cluster(ecbTrain.articles(), ecbTrain.fz(), scorer, config, mt);
      Map<String, String> pred = new HashMap<>();
      c.forEach((id, e) -> pred.put(id, Integer.toString(e)));
      Map<String, String> g = new HashMap<>();
      pred.keySet().forEach(id -> g.put(id, ecbTrain.gold().get(id)));
      double f1 = ClusterEvaluator.bcubed(pred, g).f1();
      double[] ag =
          agreement(
              simulate(sem.articles(), sem.fz(), scorer, config, mt, null), sem.pairs(), semUse);
      boolean ok = ag[1] >= s.minApart();
      // feasible thresholds first (best ECB+ F1); none feasible: the most unrelated pairs apart
      double score = ok ? f1 : ag[1];
      if ((ok && !bestOk) || (ok == bestOk && score > bestScore)) {
        best = t;
        bestScore = score;
        bestOk = ok;
      }
    }
    return m.withThreshold(best);
  }

  /** Weights a rule search tries for each of its features. */
  static final double[] RULE_STEPS = {-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3};

  /**
   * The shipped rule with the weights of {@code features} and its bias searched (coordinate search,
   * two passes, from the shipped weights) for the best simulated ECB+ B-cubed F1 on {@code
   * ecbTrain} plus a quarter of the share of the SemEval training pairs ({@code semUse}) linked in
   * one event, among weights that keep at least {@code minApart} of its unrelated pairs apart (none
   * feasible: the most apart). A decision learned by search rather than by a likelihood, so that it
   * is chosen on the clustering figures themselves.
   */
  public static AssignmentModel searchRule(
      List<String> features,
      double minApart,
      Part ecbTrain,
      Part sem,
      boolean[] semUse,
      PairScorer scorer,
      ClusterConfig config) {
    AssignmentModel m = AssignmentModel.shipped();
    double[] w = m.weights();
    double[] bestScore = {score(m, minApart, ecbTrain, sem, semUse, scorer, config)};
    int bias = w.length - 1;
    for (int pass = 0; pass < 2; pass++) {
      for (String f : features) {
        int k = EventFeatures.NAMES.indexOf(f);
        if (k < 0) {
          throw new IllegalArgumentException("unknown feature " + f);
        }
        double keep = w[k];
        for (double v : RULE_STEPS) {
          w[k] = v;
          double sc = score(m.withWeights(w), minApart, ecbTrain, sem, semUse, scorer, config);
          if (sc > bestScore[0]) {
            bestScore[0] = sc;
            keep = v;
          }
        }
        w[k] = keep;
      }
      double keepBias = w[bias];
      for (double b = -5.2; b <= -3.39; b += 0.1) {
        w[bias] = b;
        double sc = score(m.withWeights(w), minApart, ecbTrain, sem, semUse, scorer, config);
        if (sc > bestScore[0]) {
          bestScore[0] = sc;
          keepBias = b;
        }
      }
      w[bias] = keepBias;
    }
    return m.withWeights(w);
  }

  private static double score(
      AssignmentModel m,
      double minApart,
      Part ecbTrain,
      Part sem,
      boolean[] semUse,
      PairScorer scorer,
      ClusterConfig config) {
    // the shortlist, as the clusterer: features against every earlier event cost too much here
    Map<String, Integer> c = simulate(ecbTrain.articles(), ecbTrain.fz(), scorer, config, m, null);
    Map<String, String> pred = new HashMap<>();
    c.forEach((id, e) -> pred.put(id, Integer.toString(e)));
    Map<String, String> g = new HashMap<>();
    pred.keySet().forEach(id -> g.put(id, ecbTrain.gold().get(id)));
    double f1 = ClusterEvaluator.bcubed(pred, g).f1();
    double[] ag =
        agreement(simulate(sem.articles(), sem.fz(), scorer, config, m, null), sem.pairs(), semUse);
    return ag[1] >= minApart ? 10 + f1 + 0.25 * ag[0] : ag[1];
  }
}
