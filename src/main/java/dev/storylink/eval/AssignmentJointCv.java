package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The joint decision of {@link AssignmentJoint} cross-validated on both dev sets: ECB+ by folds of
 * topics ({@link TopicFoldEvaluation}; the SemEval rows of every pair in each fold's training
 * rows), SemEval by the 10 folds of pairs the gated pair figures use ({@link PairEvaluator#folds},
 * seed 42, as {@link ClusterPairsCv}): a decision trained on all ECB+ rows and the SemEval rows no
 * pair of the fold labelled, its threshold chosen without the fold's pairs, clusters all SemEval
 * articles through the product's clusterer, and only that fold's pairs are counted. Stateless and
 * thread-safe.
 */
public final class AssignmentJointCv {
  private AssignmentJointCv() {}

  /** The cross-validated figures and the decision fitted on everything. */
  public record Result(Map<String, Double> metrics, AssignmentModel model) {}

  /** Both dev sets, featurised in file order as the clusterer sees them. */
  public record Data(
      Path ecbDir,
      Map<String, String> topics,
      AssignmentJoint.Part ecb,
      AssignmentJoint.Part sem,
      PairScorer scorer) {

    /** Loads {@code data}/ecbplus and {@code data}/semeval2022-task8. */
    public static Data load(Path data, ClusterConfig base, LanguageIdentifier langId)
        throws IOException {
      Path ecbDir = data.resolve("ecbplus");
      List<Article> ecbArticles =
          new ArrayList<>(PairsDataset.readArticles(ecbDir.resolve("articles.jsonl")).values());
      AssignmentJoint.Part ecb =
          new AssignmentJoint.Part(
              ecbArticles,
              AssignmentTraining.featurizeInOrder(ecbArticles, langId),
              ClusterEvaluator.readGold(ecbDir.resolve("clusters.tsv")),
              List.of());
      PairsDataset ds = PairsDataset.load(data.resolve("semeval2022-task8"));
      List<Article> semArticles = new ArrayList<>(ds.articles().values());
      AssignmentJoint.Part sem =
          new AssignmentJoint.Part(
              semArticles,
              AssignmentTraining.featurizeInOrder(semArticles, langId),
              Map.of(),
              ds.pairs());
      return new Data(
          ecbDir,
          TopicFoldEvaluation.readTopics(ecbDir),
          ecb,
          sem,
          AssignmentSimulation.caching(AssignmentSimulation.clusterScorer(base)));
    }
  }

  /** Runs both cross-validations and the fit on everything. */
  public static Result run(
      Data d, ClusterConfig base, AssignmentJoint.Setting s, LanguageIdentifier langId)
      throws IOException {
    AssignmentJoint.LabelledRows semRows =
        AssignmentJoint.semevalRows(
            d.sem().articles(),
            d.sem().pairs(),
            d.sem().fz(),
            d.scorer(),
            base,
            AssignmentModel.shipped());
    int n = d.sem().pairs().size();
    boolean[] allPairs = new boolean[n];
    Arrays.fill(allPairs, true);
    Map<String, Double> m = new LinkedHashMap<>();
    int joins = 0;
    for (boolean l : semRows.rows().labels()) {
      joins += l ? 1 : 0;
    }
    m.put("sem_rows_join", (double) joins);
    m.put("sem_rows_apart", (double) (semRows.rows().size() - joins));
    AssignmentTraining.Rows semAll = semRows.without(Set.of());
    // ECB+ by topic folds
    m.putAll(
        TopicFoldEvaluation.run(
            d.ecbDir(),
            11,
            base,
            train -> {
              AssignmentJoint.Part part =
                  new AssignmentJoint.Part(train, d.ecb().fz(), d.ecb().gold(), List.of());
              return AssignmentJoint.fit(
                  AssignmentTraining.clusterRows(
                      train, d.ecb().gold(), d.ecb().fz(), d.scorer(), base),
                  semAll,
                  s,
                  part,
                  d.sem(),
                  allPairs,
                  d.scorer(),
                  base);
            },
            langId));
    AssignmentTraining.Rows ecbAll =
        AssignmentTraining.clusterRows(
            d.ecb().articles(), d.ecb().gold(), d.ecb().fz(), d.scorer(), base);
    // SemEval by folds of pairs
    List<ClusterEvaluator.PairAgreement> folds = new ArrayList<>();
    List<Double> thresholds = new ArrayList<>();
    for (int[] fold : PairEvaluator.folds(n, ClusterPairsCv.FOLDS, 42)) {
      Set<Integer> held = new HashSet<>();
      boolean[] use = allPairs.clone();
      for (int i : fold) {
        held.add(i);
        use[i] = false;
      }
      AssignmentModel model =
          AssignmentJoint.fit(
              ecbAll, semRows.without(held), s, d.ecb(), d.sem(), use, d.scorer(), base);
      thresholds.add(model.threshold());
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(d.sem().articles(), base.withAssignment(model), langId);
      List<PairsDataset.GoldPair> heldPairs = new ArrayList<>();
      for (int i : fold) {
        heldPairs.add(d.sem().pairs().get(i));
      }
      folds.add(ClusterEvaluator.pairAgreement(c, heldPairs));
    }
    ClusterEvaluator.PairAgreement sem = ClusterEvaluator.PairAgreement.sum(folds);
    m.put("cv_linked_same_event", sem.linkedSameEvent());
    m.put("cv_linked_same_story", sem.linkedSameStory());
    m.put("cv_unrelated_apart_events", sem.unrelatedDifferentEvents());
    m.put("cv_unrelated_apart_stories", sem.unrelatedDifferentStories());
    m.put(
        "sem_fold_threshold_mean",
        thresholds.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    AssignmentModel all =
        AssignmentJoint.fit(ecbAll, semAll, s, d.ecb(), d.sem(), allPairs, d.scorer(), base);
    return new Result(m, all);
  }
}
