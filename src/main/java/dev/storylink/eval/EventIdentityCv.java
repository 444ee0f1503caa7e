package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.link.PairScorer;
import dev.storylink.link.Regression;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event-identity pair model ({@link EventIdentity}) and its join threshold cross-validated
 * through the product's clusterer on both dev sets: ECB+ by the 11 folds of topics ({@link
 * TopicFoldEvaluation}: the pair model fitted on the other topics' pairs and every SemEval pair,
 * the threshold chosen on the other topics and the SemEval pairs), SemEval by the 10 folds of pairs
 * the gated pair figures use ({@link PairEvaluator#folds}, seed 42, as {@link ClusterPairsCv}: the
 * pair model fitted on every ECB+ pair and the SemEval pairs outside the fold, the threshold chosen
 * without the fold's pairs, all SemEval articles clustered, only the fold's pairs counted). The
 * assignment decision is the shipped rule with the threshold moved. Stateless and thread-safe.
 */
public final class EventIdentityCv {
  private EventIdentityCv() {}

  /**
   * The cross-validated figures, and the pair model and join threshold fitted on everything.
   *
   * @param metrics {@code cv_bcubed_*} (ECB+ topic folds), {@code cv_linked_same_event}, {@code
   *     cv_linked_same_story}, {@code cv_unrelated_apart_events} (SemEval pair folds), the folds'
   *     mean thresholds
   * @param neutral the pair model fitted on all rows
   * @param joinAt its join threshold chosen on all of both sets
   */
  public record Result(Map<String, Double> metrics, Regression neutral, double joinAt) {}

  /** Both dev sets featurised in file order, and their pair rows. */
  public record Data(
      Path ecbDir,
      Map<String, String> topics,
      AssignmentJoint.Part ecb,
      AssignmentJoint.Part sem,
      List<EventIdentity.PairRow> rows) {

    /** Loads {@code data}/ecbplus and {@code data}/semeval2022-task8. */
    public static Data load(Path data, LanguageIdentifier langId) throws IOException {
      return load(data.resolve("ecbplus"), data.resolve("semeval2022-task8"), langId);
    }

    /** Loads an ECB+-style set (with topics) and a SemEval-style pair set. */
    public static Data load(Path ecbDir, Path semDir, LanguageIdentifier langId)
        throws IOException {
      List<Article> ecbArticles =
          new ArrayList<>(PairsDataset.readArticles(ecbDir.resolve("articles.jsonl")).values());
      Map<String, String> gold = ClusterEvaluator.readGold(ecbDir.resolve("clusters.tsv"));
      AssignmentTraining.Featurized efz = AssignmentTraining.featurizeInOrder(ecbArticles, langId);
      AssignmentJoint.Part ecb = new AssignmentJoint.Part(ecbArticles, efz, gold, List.of());
      PairsDataset ds = PairsDataset.load(semDir);
      List<Article> semArticles = new ArrayList<>(ds.articles().values());
      AssignmentTraining.Featurized sfz = AssignmentTraining.featurizeInOrder(semArticles, langId);
      AssignmentJoint.Part sem = new AssignmentJoint.Part(semArticles, sfz, Map.of(), ds.pairs());
      List<EventIdentity.PairRow> rows =
          new ArrayList<>(EventIdentity.topicRows(ecbArticles, gold, efz));
      rows.addAll(EventIdentity.pairRows(semArticles, ds.pairs(), sfz));
      return new Data(ecbDir, TopicFoldEvaluation.readTopics(ecbDir), ecb, sem, rows);
    }
  }

  /** Runs both cross-validations and the fit on everything. */
  public static Result run(
      Data d, ClusterConfig base, EventIdentity.Setting s, LanguageIdentifier langId)
      throws IOException {
    Map<String, Double> m = new LinkedHashMap<>();
    int n = d.sem().pairs().size();
    boolean[] allPairs = new boolean[n];
    Arrays.fill(allPairs, true);
    List<Double> ecbT = new ArrayList<>();
    // ECB+: the pair model and the threshold without the held-out topics
    m.putAll(
        TopicFoldEvaluation.runWithScorer(
            d.ecbDir(),
            TopicFoldEvaluation.FOLDS,
            train -> {
              Set<String> topics =
                  train.stream().map(a -> d.topics().get(a.id())).collect(Collectors.toSet());
              Regression r =
                  EventIdentity.fit(
                      d.rows(), row -> row.pair() >= 0 || topics.contains(row.topic()), s);
              PairScorer scorer = EventIdentity.scorer(r);
              AssignmentJoint.Part ecbTrain =
                  new AssignmentJoint.Part(train, d.ecb().fz(), d.ecb().gold(), List.of());
              double t = EventIdentity.chooseJoinAt(scorer, ecbTrain, d.sem(), allPairs, base, s);
              ecbT.add(t);
              return new TopicFoldEvaluation.Placement(
                  base.withEventThreshold(t), java.util.Optional.of(scorer));
            },
            langId));
    m.put("ecb_fold_threshold_mean", mean(ecbT));
    // SemEval: the pair model and the threshold without the fold's pairs
    List<ClusterEvaluator.PairAgreement> parts = new ArrayList<>();
    List<Double> semT = new ArrayList<>();
    for (int[] fold : PairEvaluator.folds(n, ClusterPairsCv.FOLDS, 42)) {
      boolean[] use = allPairs.clone();
      Set<Integer> held = new java.util.HashSet<>();
      for (int i : fold) {
        use[i] = false;
        held.add(i);
      }
      Regression r = EventIdentity.fit(d.rows(), row -> !held.contains(row.pair()), s);
      PairScorer scorer = EventIdentity.scorer(r);
      double t = EventIdentity.chooseJoinAt(scorer, d.ecb(), d.sem(), use, base, s);
      semT.add(t);
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(d.sem().articles(), base.withEventThreshold(t), langId, scorer);
      List<PairsDataset.GoldPair> heldPairs = new ArrayList<>();
      for (int i : fold) {
        heldPairs.add(d.sem().pairs().get(i));
      }
      parts.add(ClusterEvaluator.pairAgreement(c, heldPairs));
    }
    ClusterEvaluator.PairAgreement all = ClusterEvaluator.PairAgreement.sum(parts);
    m.put("cv_linked_same_event", all.linkedSameEvent());
    m.put("cv_linked_same_story", all.linkedSameStory());
    m.put("cv_unrelated_apart_events", all.unrelatedDifferentEvents());
    m.put("sem_fold_threshold_mean", mean(semT));
    Regression r = EventIdentity.fit(d.rows(), row -> true, s);
    double t =
        EventIdentity.chooseJoinAt(EventIdentity.scorer(r), d.ecb(), d.sem(), allPairs, base, s);
    m.put("join_at", t);
    return new Result(m, r, t);
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
