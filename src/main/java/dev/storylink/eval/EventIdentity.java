package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.link.LinkTrainer;
import dev.storylink.link.PairFeatures;
import dev.storylink.link.PairScorer;
import dev.storylink.link.Regression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The clusterer's pair model fitted for <em>event identity</em> rather than SemEval's "same story":
 * rows are ECB+ pairs in one language inside a topic (same gold event against the topic's
 * look-alike event: hard negatives) and SemEval pairs in one language (Overall ≤ 2 same, ≥ 3 not;
 * pairs in between left out), with the pair features computed in file order as the clusterer
 * computes them; the model is a logistic regression ({@link LinkTrainer#trainIdentity}) over the
 * language-neutral inputs (optionally more, {@link Setting#features}), and the join threshold of
 * the shipped rule is then re-chosen for its probability ({@link #chooseJoinAt}). Stateless and
 * thread-safe.
 */
public final class EventIdentity {
  private EventIdentity() {}

  /**
   * One training pair.
   *
   * @param x the pair features ({@link PairFeatures#compute}, no passages)
   * @param same whether the two report one event
   * @param topic the ECB+ topic, empty for a SemEval pair
   * @param pair the SemEval pair's index in the pair list, -1 for an ECB+ pair
   * @param gold the 1–4 score: SemEval's Overall, 1 or 4 for an ECB+ pair
   */
  public record PairRow(double[] x, boolean same, String topic, int pair, double gold) {
    /** Whether the pair informs a same/different fit (SemEval's 2 < Overall < 3 does not). */
    public boolean labelled() {
      return gold <= 2.0 || gold >= 3.0;
    }
  }

  /**
   * Settings of a fit.
   *
   * @param features the model's inputs (names of {@link PairFeatures})
   * @param semWeight weight of a SemEval row (an ECB+ row weighs 1)
   * @param minApart least share of the training SemEval unrelated pairs kept apart in the simulated
   *     clustering that chooses the join threshold
   * @param linkedWeight weight of the training SemEval linked pairs in one event in that choice,
   *     next to the ECB+ B-cubed F1
   * @param ridge fit as the shipped neutral model is fitted (ridge regression of the 1–4 score and
   *     a logistic calibration) rather than by logistic regression
   * @param stacked the shipped neutral model's logit and the {@code features} it does not read as
   *     the inputs of the logistic regression ({@link #fitStacked})
   * @param ecbRows whether the ECB+ rows are fitted (false: SemEval's alone, the neutral model's
   *     own data)
   * @param joinAt a fixed join threshold, or NaN to choose it ({@link #chooseJoinAt})
   */
  public record Setting(
      List<String> features,
      double semWeight,
      double minApart,
      double linkedWeight,
      boolean ridge,
      boolean stacked,
      boolean ecbRows,
      double joinAt) {
    public Setting {
      features = List.copyOf(features);
      if (!(semWeight > 0) || !(minApart >= 0 && minApart <= 1) || !(linkedWeight >= 0)) {
        throw new IllegalArgumentException("bad setting");
      }
    }

    /** The default setting: neutral inputs, SemEval rows weighing 4, apart ≥ 0.96. */
    public static Setting defaults() {
      return new Setting(LinkModel.NEUTRAL, 4, 0.96, 0.25, false, false, true, Double.NaN);
    }
  }

  /** ECB+-style rows: every pair in one language inside a topic (topic = id before '_'). */
  public static List<PairRow> topicRows(
      List<Article> articles, Map<String, String> gold, AssignmentTraining.Featurized fz) {
    List<PairRow> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      ArticleFeatures fa = fz.features().get(a.id());
      if (fa == null || gold.get(a.id()) == null) {
        continue;
      }
      for (int j = 0; j < i; j++) {
        Article b = articles.get(j);
        ArticleFeatures fb = fz.features().get(b.id());
        if (fb == null
            || gold.get(b.id()) == null
            || !topic(a.id()).equals(topic(b.id()))
            || !fa.lang().equals(fb.lang())) {
          continue;
        }
        rows.add(
            new PairRow(
                PairFeatures.compute(fa, fb, false),
                gold.get(a.id()).equals(gold.get(b.id())),
                topic(a.id()),
                -1,
                gold.get(a.id()).equals(gold.get(b.id())) ? 1 : 4));
      }
    }
    return rows;
  }

  /**
   * SemEval rows: pairs in one language, Overall ≤ 2 same, ≥ 3 not (in between: only the ridge fit
   * reads them), the later article first.
   */
  public static List<PairRow> pairRows(
      List<Article> articles, List<PairsDataset.GoldPair> pairs, AssignmentTraining.Featurized fz) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      order.put(articles.get(i).id(), i);
    }
    List<PairRow> rows = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      PairsDataset.GoldPair p = pairs.get(i);
      ArticleFeatures a = fz.features().get(p.id1());
      ArticleFeatures b = fz.features().get(p.id2());
      if (a == null || b == null || !a.lang().equals(b.lang())) {
        continue;
      }
      boolean aLater = order.get(p.id1()) > order.get(p.id2());
      double[] x = aLater ? PairFeatures.compute(a, b, false) : PairFeatures.compute(b, a, false);
      rows.add(new PairRow(x, p.overall() <= 2.0, "", i, p.overall()));
    }
    return rows;
  }

  /** The event-identity regression of the rows {@code use} accepts. */
  public static Regression fit(List<PairRow> rows, Predicate<PairRow> use0, Setting s) {
    Predicate<PairRow> use = r -> (s.ecbRows() || r.pair() >= 0) && use0.test(r);
    if (s.ridge()) {
      return fitRidge(rows, use, s);
    }
    if (s.stacked()) {
      return fitStacked(rows, use, s);
    }
    List<double[]> xs = new ArrayList<>();
    List<Boolean> same = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (PairRow r : rows) {
      if (use.test(r) && r.labelled()) {
        xs.add(r.x());
        same.add(r.same());
        w.add(r.pair() >= 0 ? s.semWeight() : 1.0);
      }
    }
    boolean[] y = new boolean[same.size()];
    double[] ws = new double[w.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = same.get(i);
      ws[i] = w.get(i);
    }
    return LinkTrainer.trainIdentity(LinkModel.identityShape(s.features()), xs, y, ws);
  }

  /**
   * The shipped neutral model's way, with ECB+ rows: a ridge regression of the 1–4 score (an ECB+
   * pair 1 or 4) with its logistic calibration ({@link LinkTrainer#train}); a SemEval row counts
   * {@link Setting#semWeight} times (rounded).
   */
  private static Regression fitRidge(List<PairRow> rows, Predicate<PairRow> use, Setting s) {
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    int times = (int) Math.max(1, Math.round(s.semWeight()));
    for (PairRow r : rows) {
      if (use.test(r)) {
        for (int k = 0; k < (r.pair() >= 0 ? times : 1); k++) {
          xs.add(r.x());
          ys.add(r.gold());
        }
      }
    }
    return LinkTrainer.train(
        LinkModel.identityShape(s.features()),
        xs,
        ys.stream().mapToDouble(Double::doubleValue).toArray(),
        null);
  }

  /**
   * The shipped neutral model recalibrated with more evidence: a logistic regression of {@code
   * same} on the shipped model's logit (its linear part, unclamped) and the features of {@link
   * Setting#features} it does not read, exported as one linear model over both.
   */
  private static Regression fitStacked(List<PairRow> rows, Predicate<PairRow> use, Setting s) {
    Regression shipped = LinkModel.shipped().neutral();
    List<String> extra =
        s.features().stream().filter(f -> !shipped.features().contains(f)).toList();
    List<String> all = new ArrayList<>(shipped.features());
    all.addAll(extra);
    Regression shape = LinkModel.identityShape(all);
    List<double[]> cols = new ArrayList<>();
    List<Boolean> same = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (PairRow r : rows) {
      if (use.test(r) && r.labelled()) {
        double[] c = new double[extra.size() + 2];
        c[0] = -shipped.slope() * (shipped.linear(r.x()) - shipped.midpoint());
        for (int j = 0; j < extra.size(); j++) {
          c[j + 1] = r.x()[PairFeatures.index(extra.get(j))];
        }
        c[c.length - 1] = 1;
        cols.add(c);
        same.add(r.same());
        w.add(r.pair() >= 0 ? s.semWeight() : 1.0);
      }
    }
    boolean[] y = new boolean[same.size()];
    double[] ws = new double[w.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = same.get(i);
      ws[i] = w.get(i);
    }
    double[] c = LinkTrainer.logistic(cols, y, ws);
    // logit = c0 * (-slope) * (shipped weights · e - midpoint) + extras + constant
    List<String> names = shape.expandedNames();
    List<String> shippedNames = shipped.expandedNames();
    double[] sw = shipped.weights();
    double[] b = new double[shape.expandedSize()];
    for (int k = 0; k < shippedNames.size(); k++) {
      b[names.indexOf(shippedNames.get(k))] += -c[0] * shipped.slope() * sw[k];
    }
    b[b.length - 1] =
        -c[0] * shipped.slope() * (sw[sw.length - 1] - shipped.midpoint()) + c[c.length - 1];
    for (int j = 0; j < extra.size(); j++) {
      b[names.indexOf(extra.get(j))] += c[j + 1];
    }
    return LinkTrainer.fromLogit(shape, b);
  }

  /** The clusterer's scorer with {@code neutral} as its model for pairs in one script. */
  public static FeaturePairScorer scorer(Regression neutral) {
    return FeaturePairScorer.forClustering(LinkModel.shipped().withNeutral(neutral));
  }

  /** Join thresholds the choice tries: 0.20 to 0.80 in steps of 0.05. */
  static final int STEPS = 13;

  /**
   * The time-decayed link probability at which the shipped rule joins ({@link
   * ClusterConfig#withEventThreshold}) for {@code scorer}'s probability: the one with the best
   * simulated B-cubed F1 on {@code ecbTrain} (plus {@link Setting#linkedWeight} × the training
   * SemEval linked pairs in one event) among those that keep at least {@link Setting#minApart} of
   * the training SemEval unrelated pairs ({@code semUse}) apart in a simulated clustering of the
   * SemEval articles over the clusterer's shortlist; when none does, the one that keeps the most
   * apart. A setting with a fixed threshold gives that one.
   */
  public static double chooseJoinAt(
      PairScorer scorer,
      AssignmentJoint.Part ecbTrain,
      AssignmentJoint.Part sem,
      boolean[] semUse,
      ClusterConfig base,
      Setting s) {
    if (!Double.isNaN(s.joinAt())) {
      return s.joinAt();
    }
    PairScorer cached = AssignmentSimulation.caching(scorer);
    double best = 0.5;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean bestOk = false;
    for (int k = 0; k < STEPS; k++) {
      double t = 0.20 + 0.05 * k;
      ClusterConfig c = base.withEventThreshold(t);
      Map<String, Integer> ev =
          AssignmentSimulation.cluster(
              ecbTrain.articles(), ecbTrain.fz(), cached, c, c.assignment());
      Map<String, String> pred = new HashMap<>();
      ev.forEach((id, e) -> pred.put(id, Integer.toString(e)));
      Map<String, String> g = new HashMap<>();
      pred.keySet().forEach(id -> g.put(id, ecbTrain.gold().get(id)));
      double f1 = ClusterEvaluator.bcubed(pred, g).f1();
      double[] ag =
          AssignmentJoint.agreement(
              AssignmentJoint.simulate(sem.articles(), sem.fz(), cached, c, c.assignment(), null),
              sem.pairs(),
              semUse);
      boolean ok = ag[1] >= s.minApart();
      double score = ok ? f1 + s.linkedWeight() * ag[0] : ag[1];
      if ((ok && !bestOk) || (ok == bestOk && score > bestScore)) {
        best = t;
        bestScore = score;
        bestOk = ok;
      }
    }
    return Math.round(best * 100) / 100.0;
  }

  static String topic(String id) {
    int u = id.indexOf('_');
    return u < 0 ? id : id.substring(0, u);
  }
}
