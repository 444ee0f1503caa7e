package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.core.Article;
import dev.storylink.link.PairScorer;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures settings of the assignment decision on every gate it touches, a development helper run
 * by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.AssignmentExperiment \
 *     ../shared/data shipped logistic8 m0.3:minLink=0.3 ...
 * </pre>
 *
 * <p>A setting is {@code name[:key=value,...]} with keys {@code minLink}, {@code yearPenalty},
 * {@code threshold}, {@code from} and {@code to} (the {@link ClusterConfig.SecondLook}), {@code
 * pairs} (1: SemEval dev pairs in one language as extra rows), {@code cvpairs} (1: also SemEval
 * cluster-pairs cross-validated, {@link ClusterPairsCv}), {@code cv} (0: skip the topic folds);
 * {@code shipped} measures the shipped model without folds. Setting {@code joint} trains and
 * cross-validates on both dev sets ({@link AssignmentJointCv}), keys {@code w} (weight of the
 * SemEval rows), {@code apart} (the floor on SemEval training pairs kept apart), {@code minLink},
 * {@code add}/{@code drop} (features), {@code search} (features of a rule learned by search, {@link
 * AssignmentJoint#searchRule}). For each: ECB+ topic-fold CV (11 folds), the model fitted on all of
 * ECB+ in-sample, SemEval cluster-pairs and xling-dev ecb stories. Not thread-safe; prints to
 * standard output.
 */
public final class AssignmentExperiment {
  private AssignmentExperiment() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    Path ecb = data.resolve("ecbplus");
    Path sem = data.resolve("semeval2022-task8");
    Path xl = data.resolve("xling-dev/ecb");
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig shippedBase = ClusterConfig.defaults();
    Map<ClusterConfig.SecondLook, AssignmentTraining.Rows> pairRowsByLook = new HashMap<>();
    Map.Entry<ClusterConfig.SecondLook, AssignmentJointCv.Data> joint = null;
    for (int i = 1; i < args.length; i++) {
      String[] parts = args[i].split(":", 2);
      Map<String, Double> o = new HashMap<>();
      List<String> drop = new ArrayList<>();
      List<String> add = new ArrayList<>();
      List<String> search = new ArrayList<>();
      if (parts.length > 1) {
        for (String kv : parts[1].split(",")) {
          String[] p = kv.split("=");
          if (p[0].equals("search")) {
            search.addAll(List.of(p[1].split("\\+")));
          } else if (p[0].equals("drop")) {
            drop.addAll(List.of(p[1].split("\\+")));
          } else if (p[0].equals("add")) {
            add.addAll(List.of(p[1].split("\\+")));
          } else {
            o.put(p[0], Double.parseDouble(p[1]));
          }
        }
      }
      // the second look: from=F,to=T (neutral probabilities in [F, T) get the lexical one)
      ClusterConfig base =
          o.containsKey("from") || o.containsKey("to")
              ? shippedBase.withSecondLook(
                  new ClusterConfig.SecondLook(
                      o.getOrDefault("from", 0.0), o.getOrDefault("to", 2.0)))
              : shippedBase;
      long t0 = System.nanoTime();
      StringBuilder row = new StringBuilder(args[i]);
      AssignmentModel model;
      if (parts[0].equals("shipped")) {
        model = AssignmentModel.shipped();
      } else if (parts[0].equals("joint")) {
        // trained and cross-validated on both dev sets (AssignmentJointCv)
        if (joint == null || !joint.getKey().equals(base.secondLook())) {
          joint = Map.entry(base.secondLook(), AssignmentJointCv.Data.load(data, base, langId));
        }
        List<String> without = new ArrayList<>(TopicFoldEvaluation.Fit.crossValidated().without());
        without.addAll(drop);
        without.removeAll(add);
        AssignmentJoint.Setting s =
            new AssignmentJoint.Setting(
                without,
                o.getOrDefault("w", 1.0),
                o.getOrDefault("apart", 0.96),
                o.getOrDefault("minLink", 0.0),
                42,
                search);
        AssignmentJointCv.Result r = AssignmentJointCv.run(joint.getValue(), base, s, langId);
        Map<String, Double> cm = r.metrics();
        row.append(
            String.format(
                Locale.ROOT,
                " | cv %.3f/%.3f/%.3f | sem cv linked %.3f story %.3f apart %.3f (rows %.0f/%.0f,"
                    + " fold t %.3f)",
                cm.get("cv_bcubed_f1"),
                cm.get("cv_bcubed_p"),
                cm.get("cv_bcubed_r"),
                cm.get("cv_linked_same_event"),
                cm.get("cv_linked_same_story"),
                cm.get("cv_unrelated_apart_events"),
                cm.get("sem_rows_join"),
                cm.get("sem_rows_apart"),
                cm.get("sem_fold_threshold_mean")));
        model = r.model();
      } else if (parts[0].equals("rule")) {
        // the shipped rule with weights (feature=w), its threshold and year penalty replaced
        model = AssignmentModel.shipped();
        double[] w = model.weights();
        for (Map.Entry<String, Double> e : o.entrySet()) {
          int k = EventFeatures.NAMES.indexOf(e.getKey());
          if (k >= 0) {
            w[k] = e.getValue();
          } else if (e.getKey().equals("bias")) {
            w[w.length - 1] = e.getValue();
          }
        }
        model =
            new AssignmentModel(
                    EventFeatures.NAMES,
                    w,
                    o.getOrDefault("threshold", model.threshold()),
                    o.getOrDefault("yearPenalty", model.yearPenalty()))
                .withMinLink(o.getOrDefault("minLink", 0.0));
      } else {
        TopicFoldEvaluation.Fit fit =
            TopicFoldEvaluation.Fit.crossValidated().withMinLink(o.getOrDefault("minLink", 0.0));
        if (!drop.isEmpty() || !add.isEmpty()) {
          List<String> without = new ArrayList<>(fit.without());
          without.addAll(drop);
          without.removeAll(add);
          fit =
              new TopicFoldEvaluation.Fit(
                  fit.threshold(), 0, 42, without, false, false, fit.minLink());
        }
        if (o.containsKey("yearPenalty") || o.containsKey("threshold")) {
          fit =
              new TopicFoldEvaluation.Fit(
                  o.getOrDefault("threshold", Double.NaN),
                  o.getOrDefault("yearPenalty", 0.0),
                  42,
                  fit.without(),
                  false,
                  false,
                  fit.minLink());
        }
        out.println("  fit: " + fit);
        AssignmentTraining.Rows extra = AssignmentTraining.Rows.empty();
        if (o.getOrDefault("pairs", 0.0) > 0) {
          AssignmentTraining.Rows pairRows = pairRowsByLook.get(base.secondLook());
          if (pairRows == null) {
            PairsDataset ds = PairsDataset.load(sem);
            AssignmentTraining.Featurized pf =
                AssignmentTraining.featurizeInOrder(
                    new ArrayList<>(ds.articles().values()), langId);
            pairRows =
                AssignmentTraining.pairRows(
                    ds.pairs(), pf, AssignmentSimulation.clusterScorer(base), base);
            pairRowsByLook.put(base.secondLook(), pairRows);
          }
          for (int k = 0; k < o.get("pairs"); k++) {
            extra = extra.plus(pairRows);
          }
        }
        if (o.getOrDefault("stream", 0.0) > 0) {
          PairsDataset ds = PairsDataset.load(sem);
          List<Article> semArticles = new ArrayList<>(ds.articles().values());
          AssignmentTraining.Featurized pf =
              AssignmentTraining.featurizeInOrder(semArticles, langId);
          Map<String, String> g =
              AssignmentTraining.pairClusters(
                  semArticles, ds.pairs(), o.getOrDefault("linkedAt", 2.0));
          AssignmentTraining.Rows sr =
              AssignmentTraining.clusterRows(
                  semArticles, g, pf, AssignmentSimulation.clusterScorer(base), base);
          out.println("  stream rows " + sr.size());
          for (int k = 0; k < o.get("stream"); k++) {
            extra = extra.plus(sr);
          }
        }
        if (o.getOrDefault("cv", 1.0) > 0) {
          Map<String, Double> cv = TopicFoldEvaluation.run(ecb, 11, base, fit, extra, langId);
          row.append(
              String.format(
                  Locale.ROOT,
                  " | cv %.3f/%.3f/%.3f",
                  cv.get("cv_bcubed_f1"),
                  cv.get("cv_bcubed_p"),
                  cv.get("cv_bcubed_r")));
        }
        Map<String, Article> articles = PairsDataset.readArticles(ecb.resolve("articles.jsonl"));
        Map<String, String> gold = ClusterEvaluator.readGold(ecb.resolve("clusters.tsv"));
        List<Article> all = new ArrayList<>(articles.values());
        AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
        PairScorer scorer = AssignmentSimulation.caching(AssignmentSimulation.clusterScorer(base));
        model =
            TopicFoldEvaluation.fitAndTune(
                all, gold, TopicFoldEvaluation.readTopics(ecb), fz, scorer, base, fit, extra);
      }
      ClusterConfig cc = base.withAssignment(model);
      EvalResult in = ClusteringEvaluation.clusters(ecb, cc, langId);
      EvalResult cp = ClusteringEvaluation.clusterPairs(sem, cc, langId);
      EvalResult x = ClusteringEvaluation.clusters(xl, cc, langId);
      row.append(
          String.format(
              Locale.ROOT,
              " | in %.3f/%.3f/%.3f | pairs linked %.3f story %.3f apart %.3f | xling F1 %.3f"
                  + " attach %.3f false %.3f | t=%.2f min=%.2f | %.0f s",
              in.metrics().get("bcubed_f1"),
              in.metrics().get("bcubed_p"),
              in.metrics().get("bcubed_r"),
              cp.metrics().get("linked_same_event"),
              cp.metrics().get("linked_same_story"),
              cp.metrics().get("unrelated_apart_events"),
              x.metrics().get("story_bcubed_f1"),
              x.metrics().get("attach_rate"),
              x.metrics().get("false_join_rate"),
              model.threshold(),
              model.minLink(),
              (System.nanoTime() - t0) / 1e9));
      if (o.getOrDefault("cvpairs", 0.0) > 0) {
        // SemEval cluster-pairs with lexical models trained without each fold's pairs
        EvalResult cv = ClusterPairsCv.run(sem, cc, ClusterPairsCv.FOLDS, langId, f -> {});
        row.append(
            String.format(
                Locale.ROOT,
                " | cv pairs linked %.3f story %.3f apart %.3f",
                cv.metrics().get("cv_linked_same_event"),
                cv.metrics().get("cv_linked_same_story"),
                cv.metrics().get("cv_unrelated_apart_events")));
      }
      out.println(row);
      double[] w = model.weights();
      StringBuilder ws = new StringBuilder("  weights:");
      for (int k = 0; k < EventFeatures.NAMES.size(); k++) {
        if (w[k] != 0) {
          ws.append(String.format(Locale.ROOT, " %s=%.2f", EventFeatures.NAMES.get(k), w[k]));
        }
      }
      ws.append(String.format(Locale.ROOT, " b=%.2f", w[w.length - 1]));
      out.println(ws);
    }
  }
}
