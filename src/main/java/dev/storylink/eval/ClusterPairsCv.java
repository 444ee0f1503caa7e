package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * SemEval cluster-pairs cross-validated: the pair models the clusterer scores with are trained on
 * the SemEval dev pairs (the link model's neutral and evidence regressions, and the cross-language
 * model, whose rows include them), so clustering those articles with the shipped models and
 * counting those pairs is in-sample. Here the pairs are split into the {@code k} folds every gated
 * pair figure uses ({@link PairEvaluator#folds}, seed 42); for each fold the clusterer's models are
 * refitted without that fold's pairs: the neutral and evidence regressions as {@code storylink
 * train link --refit-clustering} fits them ({@link PairEvaluator#trainClustering}; the lexical
 * model too, {@link PairEvaluator#train}, when the configuration gives it a second look, else it is
 * kept as shipped, unread), the cross-language model as its own cross-validation does ({@link
 * CrossLanguageCv#trainWithout}: without any row sharing an article with the fold, with the other
 * pair sets' rows); all articles are clustered with them, and only that fold's pairs are counted.
 * The counts of the folds add up to the figures. An article of a held-out pair may be in training
 * pairs of other folds (as in the gated pair CV). Stateless and thread-safe.
 */
public final class ClusterPairsCv {
  private ClusterPairsCv() {}

  /** Folds of the cross-validation (as the gated pair figures). */
  public static final int FOLDS = 10;

  /** Seed of the fold shuffle of the gated figures (as the gated pair figures). */
  public static final long SEED = 42;

  /**
   * Fits the clusterer's link model on the training pairs of a fold. Called on the evaluating
   * thread, one fold at a time: an implementation need not be thread-safe.
   */
  @FunctionalInterface
  public interface Fitter {
    LinkModel fit(PairEvaluator.PairData training);
  }

  /** The fitter of the shipped models for {@code config} (see the class comment). */
  public static Fitter shippedFitter(ClusterConfig config) {
    return config.secondLook().none()
        ? d -> PairEvaluator.trainClustering(d, LinkModel.shipped().lexical())
        : PairEvaluator::train;
  }

  /** The cross-validated figures, as {@code eval cluster-pairs} names them. */
  public static EvalResult run(
      Path dir, ClusterConfig config, int k, LanguageIdentifier langId, IntConsumer foldDone)
      throws IOException {
    return run(dir, config, k, langId, foldDone, shippedFitter(config));
  }

  /**
   * The cross-validated figures on the folds of {@code seed} ({@link #SEED} for the gated ones; any
   * other seed shows how much the figures move with the fold shuffle).
   */
  public static EvalResult run(
      Path dir,
      ClusterConfig config,
      int k,
      long seed,
      LanguageIdentifier langId,
      IntConsumer foldDone)
      throws IOException {
    return run(Prepared.of(dir, langId), config, k, seed, langId, foldDone, shippedFitter(config));
  }

  /**
   * A pair set loaded and featurised once, with the cross-language model's other training rows:
   * what every run of the cross-validation on it shares.
   */
  public record Prepared(PairsDataset dataset, PairEvaluator.PairData data) {
    /** Loads and featurises {@code dir}. */
    public static Prepared of(Path dir, LanguageIdentifier langId) throws IOException {
      PairsDataset ds = PairsDataset.load(dir);
      return new Prepared(
          ds,
          PairEvaluator.featurize(ds, langId)
              .withCompanion(CrossLanguageCv.companion(dir, langId)));
    }
  }

  /**
   * The cross-validated figures with the clusterer's link model of each fold fitted by {@code
   * fitter}.
   */
  public static EvalResult run(
      Path dir,
      ClusterConfig config,
      int k,
      LanguageIdentifier langId,
      IntConsumer foldDone,
      Fitter fitter)
      throws IOException {
    return run(Prepared.of(dir, langId), config, k, SEED, langId, foldDone, fitter);
  }

  /**
   * As {@link #run(Path, ClusterConfig, int, LanguageIdentifier, IntConsumer, Fitter)}, with the
   * folds of {@code seed} ({@link #SEED} for the gated figures).
   */
  public static EvalResult run(
      Prepared p,
      ClusterConfig config,
      int k,
      long seed,
      LanguageIdentifier langId,
      IntConsumer foldDone,
      Fitter fitter) {
    PairEvaluator.PairData data = p.data();
    int n = data.pairs().size();
    List<CrossLanguageTrainer.Row> rows = data.rows();
    List<ClusterEvaluator.PairAgreement> folds = new ArrayList<>();
    int f = 0;
    for (int[] fold : PairEvaluator.folds(n, k, seed)) {
      LinkModel model = fitter.fit(subset(data, PairEvaluator.complement(fold, n)));
      CrossLanguageModel cross = CrossLanguageCv.trainWithout(rows, fold, data.companion());
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(
              p.dataset().articles().values(),
              config,
              langId,
              FeaturePairScorer.forClustering(model, cross));
      List<PairsDataset.GoldPair> held = new ArrayList<>();
      for (int i : fold) {
        held.add(data.pairs().get(i));
      }
      folds.add(ClusterEvaluator.pairAgreement(c, held));
      foldDone.accept(++f);
    }
    ClusterEvaluator.PairAgreement all = ClusterEvaluator.PairAgreement.sum(folds);
    int linked = all.linked();
    int unrelated = all.unrelated();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("cv_linked_same_event", all.linkedSameEvent());
    m.put("cv_linked_same_story", all.linkedSameStory());
    m.put("cv_unrelated_apart_events", all.unrelatedDifferentEvents());
    m.put("cv_unrelated_apart_stories", all.unrelatedDifferentStories());
    m.put("linked", (double) linked);
    m.put("unrelated", (double) unrelated);
    String text =
        String.format(
            Locale.ROOT,
            "%d-fold CV%s (clusterer's pair models trained without each fold's pairs): linked %d,"
                + " in one event %.3f, in one story %.3f; unrelated %d, apart in events %.3f, in"
                + " stories %.3f%n",
            k,
            seed == SEED ? "" : ", seed " + seed,
            linked,
            m.get("cv_linked_same_event"),
            m.get("cv_linked_same_story"),
            unrelated,
            m.get("cv_unrelated_apart_events"),
            m.get("cv_unrelated_apart_stories"));
    String md =
        String.format(
            Locale.ROOT,
            "%d-fold cross-validation%s: for each fold of pairs, the clusterer's pair models"
                + " (neutral, evidence, cross-language) trained without them cluster all articles"
                + " and only that fold's pairs are counted.%n%n"
                + "| pairs | n | in the same event | in the same story |%n|---|---:|---:|---:|%n"
                + "| linked (Overall ≤ 1.5) | %d | **%.3f** | %.3f |%n"
                + "| unrelated (Overall ≥ 3.5) | %d | apart: **%.3f** | apart: %.3f |%n",
            k,
            seed == SEED ? "" : " (fold shuffle seed " + seed + ")",
            linked,
            m.get("cv_linked_same_event"),
            m.get("cv_linked_same_story"),
            unrelated,
            m.get("cv_unrelated_apart_events"),
            m.get("cv_unrelated_apart_stories"));
    return new EvalResult(m, text, md);
  }

  /**
   * The in-sample result {@code r} of {@code eval cluster-pairs} with the {@code k}-fold figures of
   * {@link #run(Path, ClusterConfig, int, LanguageIdentifier, IntConsumer)} added: their line last
   * (the summary), their table first, the in-sample table after it.
   */
  public static EvalResult withFolds(
      EvalResult r, Path dir, ClusterConfig config, int k, LanguageIdentifier langId)
      throws IOException {
    return withFolds(r, dir, config, k, SEED, langId);
  }

  /**
   * As {@link #withFolds(EvalResult, Path, ClusterConfig, int, LanguageIdentifier)}, on the folds
   * of {@code seed}.
   */
  public static EvalResult withFolds(
      EvalResult r, Path dir, ClusterConfig config, int k, long seed, LanguageIdentifier langId)
      throws IOException {
    EvalResult cv = run(dir, config, k, seed, langId, f -> {});
    Map<String, Double> m = new LinkedHashMap<>(r.metrics());
    cv.metrics().forEach((name, v) -> m.putIfAbsent(name, v));
    return new EvalResult(
        m,
        r.text() + cv.text(),
        cv.markdown()
            + "\nIn-sample, the shipped models (also fitted on these pairs), informational:\n\n"
            + r.markdown().substring(r.markdown().indexOf("\n\n") + 2));
  }

  /** The pairs {@code rows} of {@code data} (their features, groups and routing). */
  static PairEvaluator.PairData subset(PairEvaluator.PairData data, int[] rows) {
    List<PairsDataset.GoldPair> pairs = new ArrayList<>();
    List<double[]> xs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Boolean> cross = new ArrayList<>();
    List<double[]> zs = new ArrayList<>();
    List<Boolean> crossLanguage = new ArrayList<>();
    for (int i : rows) {
      pairs.add(data.pairs().get(i));
      xs.add(data.xs().get(i));
      groups.add(data.groups().get(i));
      cross.add(data.crossScript().get(i));
      zs.add(data.zs().get(i));
      crossLanguage.add(data.crossLanguage().get(i));
    }
    return new PairEvaluator.PairData(
        pairs, xs, groups, cross, zs, crossLanguage, data.companion());
  }
}
