package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
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
 * SemEval cluster-pairs cross-validated for the clusterer's lexical second look ({@link
 * ClusterConfig.SecondLook}): the lexical link model is trained on the SemEval dev pairs, so
 * clustering those articles with the shipped model and counting those pairs is in-sample (its
 * boosted trees fit their training pairs). Here the pairs are split into the {@code k} folds every
 * gated pair figure uses ({@link PairEvaluator#folds}, seed 42); for each fold a lexical model is
 * trained without that fold's pairs as {@code storylink train link} trains it ({@link
 * PairEvaluator#train}; the clusterer's neutral and evidence regressions kept as shipped), all
 * articles are clustered with it, and only that fold's pairs are counted. The counts of the folds
 * add up to the figures. An article of a held-out pair may be in training pairs of other folds (as
 * in the gated pair CV). Stateless and thread-safe.
 */
public final class ClusterPairsCv {
  private ClusterPairsCv() {}

  /** Folds of the cross-validation (as the gated pair figures). */
  public static final int FOLDS = 10;

  /** The cross-validated figures, as {@code eval cluster-pairs} names them. */
  public static EvalResult run(
      Path dir, ClusterConfig config, int k, LanguageIdentifier langId, IntConsumer foldDone)
      throws IOException {
    PairsDataset ds = PairsDataset.load(dir);
    PairEvaluator.PairData data = PairEvaluator.featurize(ds, langId);
    int n = data.pairs().size();
    LinkModel shipped = LinkModel.shipped();
    List<ClusterEvaluator.PairAgreement> folds = new ArrayList<>();
    int f = 0;
    for (int[] fold : PairEvaluator.folds(n, k, 42)) {
      LinkModel trained = PairEvaluator.train(subset(data, PairEvaluator.complement(fold, n)));
      LinkModel model = new LinkModel(trained.lexical(), shipped.evidence(), shipped.neutral());
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(
              ds.articles().values(), config, langId, FeaturePairScorer.forClustering(model));
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
            "%d-fold CV (lexical link model trained without each fold's pairs): linked %d, in one"
                + " event %.3f, in one story %.3f; unrelated %d, apart in events %.3f, in stories"
                + " %.3f%n",
            k,
            linked,
            m.get("cv_linked_same_event"),
            m.get("cv_linked_same_story"),
            unrelated,
            m.get("cv_unrelated_apart_events"),
            m.get("cv_unrelated_apart_stories"));
    String md =
        String.format(
            Locale.ROOT,
            "%d-fold cross-validation: for each fold of pairs, a lexical link model trained without"
                + " them clusters all articles and only that fold's pairs are counted.%n%n"
                + "| pairs | n | in the same event | in the same story |%n|---|---:|---:|---:|%n"
                + "| linked (Overall ≤ 1.5) | %d | **%.3f** | %.3f |%n"
                + "| unrelated (Overall ≥ 3.5) | %d | apart: **%.3f** | apart: %.3f |%n",
            k,
            linked,
            m.get("cv_linked_same_event"),
            m.get("cv_linked_same_story"),
            unrelated,
            m.get("cv_unrelated_apart_events"),
            m.get("cv_unrelated_apart_stories"));
    return new EvalResult(m, text, md);
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
