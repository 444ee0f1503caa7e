package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.YearCounts;
import dev.storylink.cluster.Years;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.TermStats;
import dev.storylink.link.PairScorer;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training data and fitting of the {@link AssignmentModel}. Rows are (article, candidate event)
 * pairs of a teacher-forced pass over a gold clustering (ECB+): articles are taken in order, each
 * is described against every earlier gold event of its language by {@link EventFeatures} (computed
 * as the clusterer computes them, with the same representatives policy), labelled by whether that
 * event is its own, and then added to its own event. SemEval pairs in one language give rows
 * against one-article events (linked ≤ 2 versus unrelated ≥ 3). The model is fitted with Tribuo's
 * logistic regression and exported to plain weights. Stateless and thread-safe.
 */
public final class AssignmentTraining {
  static final String JOIN = "join";
  static final String APART = "apart";

  /** Candidates per article that give rows (the clusterer's same-language shortlist). */
  static final int SHORTLIST = 3;

  private AssignmentTraining() {}

  /**
   * Training rows: features, labels (true: the article belongs to the event), and the placement
   * each row belongs to (the rows of one article's candidates share it).
   */
  public record Rows(List<double[]> xs, List<Boolean> labels, List<Integer> groups) {
    public Rows {
      if (xs.size() != labels.size() || xs.size() != groups.size()) {
        throw new IllegalArgumentException("one label and one group per row");
      }
    }

    /** No rows. */
    public static Rows empty() {
      return new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** These rows and {@code o}'s (its groups renumbered after these). */
    public Rows plus(Rows o) {
      Rows r = empty();
      r.xs.addAll(xs);
      r.labels.addAll(labels);
      r.groups.addAll(groups);
      int offset = groups.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      r.xs.addAll(o.xs);
      r.labels.addAll(o.labels);
      o.groups.forEach(g -> r.groups.add(g + offset));
      return r;
    }

    /** These rows with the named features set to 0 (left out of the fit: weight 0). */
    public Rows without(List<String> features) {
      if (features.isEmpty()) {
        return this;
      }
      int[] cols = features.stream().mapToInt(EventFeatures.NAMES::indexOf).toArray();
      for (int i = 0; i < cols.length; i++) {
        if (cols[i] < 0) {
          throw new IllegalArgumentException("unknown feature " + features.get(i));
        }
      }
      Rows r = empty();
      for (double[] x : xs) {
        double[] y = x.clone();
        for (int c : cols) {
          y[c] = 0;
        }
        r.xs.add(y);
      }
      r.labels.addAll(labels);
      r.groups.addAll(groups);
      return r;
    }

    /** Number of rows. */
    public int size() {
      return xs.size();
    }
  }

  /** Features and mentioned years of a set of articles (statistics of the set plus background). */
  public record Featurized(Map<String, ArticleFeatures> features, Map<String, Long> years) {}

  /** Computes the clustering features and years of {@code articles}. */
  public static Featurized featurize(Collection<Article> articles, LanguageIdentifier langId) {
    CorpusStats stats = new CorpusStats();
    articles.parallelStream().forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    TermStats background = CorpusStats.background();
    TermStats both =
        new TermStats() {
          @Override
          public long docCount() {
            return Math.max(1, stats.docCount() + background.docCount());
          }

          @Override
          public long docFreq(String term) {
            return stats.docFreq(term) + background.docFreq(term);
          }
        };
    FeatureExtractor fx = new FeatureExtractor(both, langId); // with passages: the second look
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    Map<String, Long> years = new ConcurrentHashMap<>();
    articles.parallelStream()
        .forEach(
            a -> {
              AnalyzedText t = fx.analyze(a);
              feats.put(a.id(), fx.extract(a, t));
              years.put(a.id(), Years.of(a));
            });
    return new Featurized(feats, years);
  }

  /**
   * The clustering features and years of {@code articles} as the clusterer computes them when it
   * ingests them in this order: each article's with the document frequencies of the articles up to
   * and including it, plus the shipped background counts. Features computed with the frequencies of
   * the whole set weigh common words of a young store differently, and a decision learned on them
   * over-merges in the clusterer.
   */
  public static Featurized featurizeInOrder(List<Article> articles, LanguageIdentifier langId) {
    TermStats background = CorpusStats.background();
    FeatureExtractor analyzer = FeatureExtractor.forClustering(background, langId);
    List<AnalyzedText> analyzed = articles.parallelStream().map(analyzer::analyze).toList();
    CorpusStats stats = new CorpusStats();
    TermStats both =
        new TermStats() {
          @Override
          public long docCount() {
            return Math.max(
                1, stats.docCount() + (background.docCount() > 1 ? background.docCount() : 0));
          }

          @Override
          public long docFreq(String term) {
            return stats.docFreq(term) + background.docFreq(term);
          }
        };
    FeatureExtractor fx = new FeatureExtractor(both, langId); // with passages: the second look
    Map<String, ArticleFeatures> feats = new HashMap<>();
    Map<String, Long> years = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      stats.add(analyzed.get(i));
      feats.put(a.id(), fx.extract(a, analyzed.get(i)));
      years.put(a.id(), Years.of(a));
    }
    return new Featurized(feats, years);
  }

  /** A gold event during the teacher-forced pass. */
  static final class Event {
    final String lang;
    final List<ArticleFeatures> reps = new ArrayList<>();
    final YearCounts years = new YearCounts();
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    int size;

    Event(String lang) {
      this.lang = lang;
    }

    void add(ArticleFeatures f, long y, int maxReps) {
      size++;
      int half = Math.max(1, maxReps / 2);
      if (reps.size() >= maxReps) {
        reps.remove(half);
      }
      reps.add(f);
      years.add(y);
      if (f.date().isPresent()) {
        LocalDate d = f.date().get();
        first = Optional.of(first.filter(x -> x.isBefore(d)).orElse(d));
        last = Optional.of(last.filter(x -> x.isAfter(d)).orElse(d));
      }
    }
  }

  /** The features of an article against an event. */
  static double[] features(
      ArticleFeatures f, long years, Event ev, PairScorer scorer, double decayDays) {
    int n = ev.reps.size();
    double[] probs = new double[n];
    for (int r = 0; r < n; r++) {
      probs[r] = scorer.probability(f, ev.reps.get(r));
    }
    return EventFeatures.compute(
        f,
        ev.reps,
        probs,
        ev.first,
        ev.last,
        ev.size,
        years,
        ev.years,
        EventFeatures.decay(f.date(), ev.first, ev.last, decayDays),
        EventFeatures.Parts.ALL);
  }

  /** Teacher-forced rows over {@code articles} in order, with gold events {@code gold}. */
  public static Rows clusterRows(
      List<Article> articles,
      Map<String, String> gold,
      Featurized fz,
      PairScorer scorer,
      ClusterConfig config) {
    Rows rows = Rows.empty();
    Map<String, Event> events = new LinkedHashMap<>();
    int group = 0;
    for (Article a : articles) {
      String g = gold.get(a.id());
      ArticleFeatures f = fz.features().get(a.id());
      if (g == null || f == null) {
        continue;
      }
      long y = fz.years().get(a.id());
      // the candidates the clusterer's shortlist keeps: the best by the newest representative
      List<Map.Entry<String, Event>> cands = new ArrayList<>();
      List<Double> quick = new ArrayList<>();
      for (Map.Entry<String, Event> e : events.entrySet()) {
        if (e.getValue().lang.equals(f.lang())) {
          cands.add(e);
          List<ArticleFeatures> reps = e.getValue().reps;
          quick.add(scorer.probability(f, reps.get(reps.size() - 1)));
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < cands.size(); i++) {
        order.add(i);
      }
      order.sort((i, j) -> Double.compare(quick.get(j), quick.get(i)));
      for (int k = 0; k < Math.min(SHORTLIST, order.size()); k++) {
        Map.Entry<String, Event> e = cands.get(order.get(k));
        rows.xs().add(features(f, y, e.getValue(), scorer, config.decayDays()));
        rows.labels().add(e.getKey().equals(g));
        rows.groups().add(group);
      }
      group++;
      events.computeIfAbsent(g, k -> new Event(f.lang())).add(f, y, config.representatives());
    }
    return rows;
  }

  /**
   * Rows from gold pairs in one language: the second article against a one-article event of the
   * first; linked when Overall ≤ 2, apart when ≥ 3 (pairs in between are left out).
   */
  public static Rows pairRows(
      List<PairsDataset.GoldPair> pairs, Featurized fz, PairScorer scorer, ClusterConfig config) {
    Rows rows = Rows.empty();
    for (PairsDataset.GoldPair p : pairs) {
      ArticleFeatures a = fz.features().get(p.id1());
      ArticleFeatures b = fz.features().get(p.id2());
      if (a == null || b == null || !a.lang().equals(b.lang())) {
        continue;
      }
      if (p.overall() > 2.0 && p.overall() < 3.0) {
        continue;
      }
      Event ev = new Event(a.lang());
      ev.add(a, fz.years().get(p.id1()), config.representatives());
      rows.xs().add(features(b, fz.years().get(p.id2()), ev, scorer, config.decayDays()));
      rows.labels().add(p.overall() <= 2.0);
      rows.groups().add(rows.groups().size());
    }
    return rows;
  }

  /**
   * Gold events of a pair set's articles as a stream: the articles of pairs in one language with
   * Overall at most {@code linkedAt} (1 = same story) are one event (connected components), every
   * other article is an event of its own. News streams are mostly unrelated articles, so an article
   * in no linked pair is taken to be alone; the rows of {@link #clusterRows} over these events
   * teach the decision what a topic that is not one event looks like.
   */
  public static Map<String, String> pairClusters(
      List<Article> articles, List<PairsDataset.GoldPair> pairs, double linkedAt) {
    Map<String, String> parent = new HashMap<>();
    articles.forEach(a -> parent.put(a.id(), a.id()));
    Map<String, String> langOf = new HashMap<>();
    articles.forEach(a -> langOf.put(a.id(), a.lang()));
    for (PairsDataset.GoldPair p : pairs) {
      if (p.overall() > linkedAt
          || !parent.containsKey(p.id1())
          || !parent.containsKey(p.id2())
          || !langOf.get(p.id1()).equals(langOf.get(p.id2()))) {
        continue;
      }
      parent.put(root(parent, p.id1()), root(parent, p.id2()));
    }
    Map<String, String> gold = new LinkedHashMap<>();
    articles.forEach(a -> gold.put(a.id(), root(parent, a.id())));
    return gold;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** Fits the logistic model with Tribuo and exports its weights. */
  public static AssignmentModel fit(Rows rows, double threshold, double yearPenalty, long seed) {
    AssignmentModel m =
        new AssignmentModel(
            EventFeatures.NAMES, AssignmentLogistic.fit(rows, null, seed), 0.5, yearPenalty);
    return m.withThreshold(Double.isNaN(threshold) ? bestThreshold(m, rows) : threshold);
  }

  /**
   * The join threshold that makes the most placements of the rows right: an article joins its
   * best-ranked candidate when its probability reaches the threshold, which is right when that
   * candidate is its own event; it opens a new event otherwise, which is right when none is.
   * Searched in [0.02, 0.90] in steps of 0.01; ties go to the higher threshold.
   */
  static double bestThreshold(AssignmentModel m, Rows rows) {
    Map<Integer, double[]> top = new LinkedHashMap<>(); // group -> {p, top is own, any own}
    for (int i = 0; i < rows.size(); i++) {
      double p = m.probability(rows.xs().get(i));
      boolean own = rows.labels().get(i);
      double[] t = top.computeIfAbsent(rows.groups().get(i), g -> new double[] {-1, 0, 0});
      if (p > t[0]) {
        t[0] = p;
        t[1] = own ? 1 : 0;
      }
      if (own) {
        t[2] = 1;
      }
    }
    double best = 0.5;
    int bestRight = -1;
    for (int step = 90; step >= 2; step--) {
      double th = step / 100.0;
      int right = 0;
      for (double[] t : top.values()) {
        boolean join = t[0] >= th;
        right += join ? (t[1] == 1 ? 1 : 0) : (t[2] == 0 ? 1 : 0);
      }
      if (right > bestRight) {
        bestRight = right;
        best = th;
      }
    }
    return best;
  }
}
