package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Clustering cross-validated by folds of topics (ECB+): for each fold, the {@link AssignmentModel}
 * is fitted on the teacher-forced rows of the other folds' topics only ({@link
 * AssignmentTraining}), every article is clustered with it, and the held-out fold's articles are
 * scored: B-cubed precision and recall of each held-out article against its whole predicted event
 * (articles of the other topics count as wrong company). Each article is held out once; the figures
 * average over all of them. Topics go to folds round-robin in their sorted order. Stateless and
 * thread-safe.
 */
public final class TopicFoldEvaluation {
  private TopicFoldEvaluation() {}

  /**
   * Fitting settings of the assignment model.
   *
   * @param threshold the join threshold, NaN to choose it by simulation
   * @param yearPenalty the model's year penalty
   * @param seed the learner's seed
   * @param without features left out (held at 0 in the rows: their weights are 0)
   * @param trees gradient-boosted trees ({@link AssignmentBoosting}) instead of the logistic model
   * @param innerFolds when the threshold is NaN: choose it on held-out topics of the training
   *     articles ({@link AssignmentSimulation#crossValidatedThreshold}) rather than on the articles
   *     the model was fitted on
   * @param minLink the model's floor on the time-decayed best link probability ({@link
   *     AssignmentModel#minLink})
   */
  public record Fit(
      double threshold,
      double yearPenalty,
      long seed,
      List<String> without,
      boolean trees,
      boolean innerFolds,
      double minLink) {
    public Fit {
      without = List.copyOf(without);
    }

    /** Settings with no floor on the link probability. */
    public Fit(
        double threshold,
        double yearPenalty,
        long seed,
        List<String> without,
        boolean trees,
        boolean innerFolds) {
      this(threshold, yearPenalty, seed, without, trees, innerFolds, 0);
    }

    /** A copy with another floor on the link probability. */
    public Fit withMinLink(double m) {
      return new Fit(threshold, yearPenalty, seed, without, trees, innerFolds, m);
    }

    /** Settings whose threshold, if NaN, is chosen on the training articles themselves. */
    public Fit(
        double threshold, double yearPenalty, long seed, List<String> without, boolean trees) {
      this(threshold, yearPenalty, seed, without, trees, false);
    }

    /** Logistic settings with every feature. */
    public Fit(double threshold, double yearPenalty, long seed) {
      this(threshold, yearPenalty, seed, List.of(), false);
    }

    /** The model of {@code rows} with these settings (threshold 0.5 or as given). */
    public AssignmentModel fit(AssignmentTraining.Rows rows) {
      AssignmentTraining.Rows r = rows.without(without);
      AssignmentModel m =
          trees
              ? AssignmentBoosting.fit(r, yearPenalty, seed)
              : AssignmentTraining.fit(r, 0.5, yearPenalty, seed);
      return m.withMinLink(minLink);
    }

    /**
     * The features of the cross-validated decision: the time-decayed best link probability, the
     * years (disjoint, the share of the event's articles with the article's latest year, none with
     * it), the figures and dates that conflict, the names the article and the event are most about,
     * and since session 11 the main person and the opposing acts of the lead ({@code
     * FocusFeatures}: topic-fold CV 0.923 → 0.932, P 0.930 → 0.950). The boosted trees over all
     * {@link EventFeatures#NAMES} and the logistic model over all of them over-merge on unseen
     * topics (docs/clustering-quality.md).
     */
    public static final List<String> SELECTED =
        List.of(
            "best_decayed",
            "years_disjoint",
            "latest_year_share",
            "latest_year_unseen",
            "quantity_conflict",
            "dates_disjoint",
            "top_names_covered",
            "event_top_names_covered",
            "person_differs",
            "person_unnamed",
            "acts_opposed");

    /** The settings the regression config cross-validates. */
    public static Fit crossValidated() {
      List<String> without = new ArrayList<>(EventFeatures.NAMES);
      without.removeAll(SELECTED);
      return new Fit(Double.NaN, 0, 42, without, false, false);
    }

    /** The shipped settings. */
    public static Fit shipped() {
      AssignmentModel m = AssignmentModel.shipped();
      return new Fit(m.threshold(), m.yearPenalty(), 42);
    }
  }

  /** Reads {@code topics.tsv}: article id → topic. */
  public static Map<String, String> readTopics(Path dir) throws IOException {
    Path tsv = dir.resolve("topics.tsv");
    if (!Files.isRegularFile(tsv)) {
      throw new InputException(dir + ": topic folds need topics.tsv (article_id, topic_id)");
    }
    return ClusterEvaluator.readGold(tsv);
  }

  /** The figures {@code cv_bcubed_f1}, {@code cv_bcubed_p}, {@code cv_bcubed_r}. */
  public static Map<String, Double> run(
      Path dir, int folds, ClusterConfig base, Fit fit, LanguageIdentifier langId)
      throws IOException {
    return run(dir, folds, base, fit, AssignmentTraining.Rows.empty(), langId);
  }

  /**
   * {@link #run(Path, int, ClusterConfig, Fit, LanguageIdentifier)} with {@code extra} rows (of
   * other data) added to every fold's training rows.
   */
  public static Map<String, Double> run(
      Path dir,
      int folds,
      ClusterConfig base,
      Fit fit,
      AssignmentTraining.Rows extra,
      LanguageIdentifier langId)
      throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = readTopics(dir);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    AssignmentTraining.Featurized fz =
        AssignmentTraining.featurizeInOrder(new ArrayList<>(articles.values()), langId);
    PairScorer scorer = AssignmentSimulation.caching(AssignmentSimulation.clusterScorer(base));
    return run(
        dir,
        folds,
        base,
        train -> fitAndTune(train, gold, topics, fz, scorer, base, fit, extra),
        langId);
  }

  /**
   * The figures of {@link #run} for any decision: {@code trainer} gives the model of the training
   * topics' articles (in file order), every article is clustered with it and the held-out topics'
   * articles are scored.
   */
  public static Map<String, Double> run(
      Path dir,
      int folds,
      ClusterConfig base,
      Function<List<Article>, AssignmentModel> trainer,
      LanguageIdentifier langId)
      throws IOException {
    return runWithScorer(
        dir,
        folds,
        train -> new Placement(base.withAssignment(trainer.apply(train)), Optional.empty()),
        langId);
  }

  /** Topic folds of the ECB+ regression config. */
  public static final int FOLDS = 11;

  /**
   * What clusters a fold: the clusterer's tuning and its pair scorer (empty: the shipped one,
   * through the product's ingest path).
   */
  public record Placement(ClusterConfig config, Optional<PairScorer> scorer) {
    public Placement {
      java.util.Objects.requireNonNull(config, "config");
      java.util.Objects.requireNonNull(scorer, "scorer");
    }
  }

  /**
   * The figures of {@link #run} for a decision and a pair scorer fitted per fold: {@code trainer}
   * gives both for the training topics' articles (in file order).
   */
  public static Map<String, Double> runWithScorer(
      Path dir, int folds, Function<List<Article>, Placement> trainer, LanguageIdentifier langId)
      throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = readTopics(dir);
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, Integer> foldOf = foldOfTopic(topics.values(), folds);
    double sumP = 0;
    double sumR = 0;
    int n = 0;
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      List<Article> train = new ArrayList<>();
      for (Article a : articles.values()) {
        String t = topics.get(a.id());
        if (t != null && foldOf.get(t) != fold) {
          train.add(a);
        }
      }
      Placement pl = trainer.apply(train);
      ClusterEvaluator.Clustering c =
          pl.scorer().isEmpty()
              ? ClusterEvaluator.cluster(articles.values(), pl.config(), langId)
              : ClusterEvaluator.cluster(articles.values(), pl.config(), langId, pl.scorer().get());
      for (Map.Entry<String, double[]> e : bcubedPerArticle(c.eventOf(), gold).entrySet()) {
        String t = topics.get(e.getKey());
        if (t == null || foldOf.get(t) != fold) {
          continue;
        }
        sumP += e.getValue()[0];
        sumR += e.getValue()[1];
        n++;
      }
    }
    double p = n == 0 ? 0 : sumP / n;
    double r = n == 0 ? 0 : sumR / n;
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("cv_bcubed_f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    m.put("cv_bcubed_p", p);
    m.put("cv_bcubed_r", r);
    m.put("topic_folds", (double) folds);
    return m;
  }

  /**
   * Topic → fold: the topics in their sorted order (numeric ids by value, before the others) go to
   * folds 0, 1, ..., {@code folds} − 1, round-robin.
   */
  public static Map<String, Integer> foldOfTopic(Collection<String> topics, int folds) {
    TreeSet<String> sorted = new TreeSet<>(TopicFoldEvaluation::compareTopics);
    sorted.addAll(topics);
    List<String> topicList = new ArrayList<>(sorted);
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < topicList.size(); i++) {
      foldOf.put(topicList.get(i), i % folds);
    }
    return foldOf;
  }

  /**
   * Each article's B-cubed precision and recall ({@code [p, r]}) against its whole predicted event:
   * the share of its event's articles with a gold event that are of its gold event (articles of
   * other topics count as wrong company), and the share of its gold event that is in its event.
   * Articles without a gold event are left out, of the figures and of the events' sizes. The
   * B-cubed figures of any set of articles are the means of theirs.
   */
  public static Map<String, double[]> bcubedPerArticle(
      Map<String, String> eventOf, Map<String, String> gold) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (Map.Entry<String, String> e : eventOf.entrySet()) {
      String g = gold.get(e.getKey());
      if (g != null) {
        overlap.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(g, 1, Integer::sum);
        predSize.merge(e.getValue(), 1, Integer::sum);
        goldSize.merge(g, 1, Integer::sum);
      }
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : eventOf.entrySet()) {
      String g = gold.get(e.getKey());
      if (g == null) {
        continue;
      }
      int both = overlap.get(e.getValue()).get(g);
      out.put(
          e.getKey(),
          new double[] {
            (double) both / predSize.get(e.getValue()), (double) both / goldSize.get(g)
          });
    }
    return out;
  }

  /**
   * {@code r} (an {@code eval clusters} result) with the figures of {@link #run} added: metrics, a
   * line before its summary, and a table row.
   */
  public static EvalResult withFolds(
      EvalResult r, Path dir, int folds, ClusterConfig base, LanguageIdentifier langId)
      throws IOException {
    Map<String, Double> cv = run(dir, folds, base, Fit.crossValidated(), langId);
    Map<String, Double> m = new LinkedHashMap<>(r.metrics());
    m.putAll(cv);
    String line =
        String.format(
            java.util.Locale.ROOT,
            "learned assignment, %d topic folds: b-cubed P=%.3f R=%.3f F1=%.3f%n",
            folds,
            cv.get("cv_bcubed_p"),
            cv.get("cv_bcubed_r"),
            cv.get("cv_bcubed_f1"));
    String text = r.text().stripTrailing();
    int cut = text.lastIndexOf('\n') + 1;
    String md =
        r.markdown()
            + String.format(
                java.util.Locale.ROOT,
                "%nThe assignment decision learned (logistic regression, Tribuo, over eleven"
                    + " event-level features, `storylink train assign`) on the other topics only,"
                    + " %d folds of topics: event B-cubed P %.3f, R %.3f, F1 **%.3f**.%n",
                folds,
                cv.get("cv_bcubed_p"),
                cv.get("cv_bcubed_r"),
                cv.get("cv_bcubed_f1"));
    return new EvalResult(m, text.substring(0, cut) + line + text.substring(cut), md);
  }

  /**
   * Fits the assignment model on {@code train} (in order) and, when {@code fit} gives no threshold
   * (NaN), chooses it by {@link AssignmentSimulation#crossValidatedThreshold} over the topics of
   * {@code train} when {@code fit.innerFolds()}, else by {@link
   * AssignmentSimulation#bestThreshold}.
   */
  public static AssignmentModel fitAndTune(
      List<Article> train,
      Map<String, String> gold,
      Map<String, String> topics,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig base,
      Fit fit) {
    return fitAndTune(train, gold, topics, fz, scorer, base, fit, AssignmentTraining.Rows.empty());
  }

  /** {@link #fitAndTune} with {@code extra} rows (of other data) added to the training rows. */
  public static AssignmentModel fitAndTune(
      List<Article> train,
      Map<String, String> gold,
      Map<String, String> topics,
      AssignmentTraining.Featurized fz,
      PairScorer scorer,
      ClusterConfig base,
      Fit fit,
      AssignmentTraining.Rows extra) {
    AssignmentModel m =
        fit.fit(AssignmentTraining.clusterRows(train, gold, fz, scorer, base).plus(extra));
    if (!Double.isNaN(fit.threshold())) {
      return m.withThreshold(fit.threshold());
    }
    if (fit.innerFolds()) {
      return m.withThreshold(
          AssignmentSimulation.crossValidatedThreshold(fit, train, gold, topics, fz, scorer, base));
    }
    return m.withThreshold(AssignmentSimulation.bestThreshold(m, train, gold, fz, scorer, base));
  }

  private static int compareTopics(String a, String b) {
    boolean na = a.matches("\\d{1,9}");
    boolean nb = b.matches("\\d{1,9}");
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na != nb ? (na ? -1 : 1) : a.compareTo(b);
  }
}
