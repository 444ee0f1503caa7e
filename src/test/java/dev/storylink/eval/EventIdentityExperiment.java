package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.link.LinkModel;
import dev.storylink.link.Regression;
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
 * Measures settings of the event-identity pair model ({@link EventIdentityCv}) on every gate it
 * touches, a development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.EventIdentityExperiment \
 *     ../shared/data base w=4,apart=0.96 cqe:add=concepts+quantities+eventtype ...
 * </pre>
 *
 * <p>A setting is {@code name[:key=value,...]} with keys {@code w} (SemEval row weight), {@code
 * apart} (the floor of the threshold choice), {@code linked} (weight of linked pairs in it), {@code
 * add} (features beyond the neutral ones, joined by '+'), {@code joinAt} (a fixed threshold for the
 * in-sample rows), {@code cvJoinAt} (a fixed threshold in the folds too), {@code ridge} and {@code
 * stack} (1: those fits), {@code ecb} (0: no ECB+ rows), {@code cv} (0: skip the cross-validation).
 * Prints the cross-validated figures, then the model fitted on everything through the clusterer on
 * ECB+, SemEval cluster-pairs and xling-dev ecb (in-sample), and its weights. Not thread-safe.
 */
public final class EventIdentityExperiment {
  private EventIdentityExperiment() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig base = ClusterConfig.defaults();
    EventIdentityCv.Data d = EventIdentityCv.Data.load(data, langId);
    for (int i = 1; i < args.length; i++) {
      long t0 = System.nanoTime();
      String[] parts = args[i].split(":", 2);
      Map<String, Double> o = new HashMap<>();
      List<String> features = new ArrayList<>(LinkModel.NEUTRAL);
      if (parts.length > 1) {
        for (String kv : parts[1].split(",")) {
          String[] p = kv.split("=");
          if (p[0].equals("add")) {
            features.addAll(List.of(p[1].split("\\+")));
          } else {
            o.put(p[0], Double.parseDouble(p[1]));
          }
        }
      }
      EventIdentity.Setting s =
          new EventIdentity.Setting(
              features,
              o.getOrDefault("w", 4.0),
              o.getOrDefault("apart", 0.96),
              o.getOrDefault("linked", 0.25),
              o.getOrDefault("ridge", 0.0) > 0,
              o.getOrDefault("stack", 0.0) > 0,
              o.getOrDefault("ecb", 1.0) > 0,
              o.getOrDefault("cvJoinAt", Double.NaN));
      StringBuilder row = new StringBuilder(args[i]);
      Regression r;
      double t;
      if (parts[0].equals("shipped")) {
        r = LinkModel.shipped().neutral();
        t = o.getOrDefault("joinAt", 0.43);
      } else if (o.getOrDefault("cv", 1.0) > 0) {
        EventIdentityCv.Result res = EventIdentityCv.run(d, base, s, langId);
        Map<String, Double> m = res.metrics();
        row.append(
            String.format(
                Locale.ROOT,
                " | ECB cv %.3f/%.3f/%.3f (t %.3f) | SEM cv linked %.3f story %.3f apart %.3f (t"
                    + " %.3f)",
                m.get("cv_bcubed_f1"),
                m.get("cv_bcubed_p"),
                m.get("cv_bcubed_r"),
                m.get("ecb_fold_threshold_mean"),
                m.get("cv_linked_same_event"),
                m.get("cv_linked_same_story"),
                m.get("cv_unrelated_apart_events"),
                m.get("sem_fold_threshold_mean")));
        r = res.neutral();
        t = res.joinAt();
      } else {
        r = EventIdentity.fit(d.rows(), x -> true, s);
        boolean[] all = new boolean[d.sem().pairs().size()];
        java.util.Arrays.fill(all, true);
        t =
            o.containsKey("joinAt")
                ? o.get("joinAt")
                : EventIdentity.chooseJoinAt(
                    EventIdentity.scorer(r), d.ecb(), d.sem(), all, base, s);
      }
      t = o.getOrDefault("joinAt", t);
      ClusterConfig cc = base.withEventThreshold(t);
      var scorer = EventIdentity.scorer(r);
      var ecb =
          ClusterEvaluator.cluster(
              PairsDataset.readArticles(d.ecbDir().resolve("articles.jsonl")).values(),
              cc,
              langId,
              scorer);
      ClusterEvaluator.PRF b = ClusterEvaluator.bcubed(ecb.eventOf(), d.ecb().gold());
      var sem = ClusterEvaluator.cluster(d.sem().articles(), cc, langId, scorer);
      var pa = ClusterEvaluator.pairAgreement(sem, d.sem().pairs());
      Path xl = data.resolve("xling-dev/ecb");
      Map<String, dev.storylink.core.Article> xa =
          PairsDataset.readArticles(xl.resolve("articles.jsonl"));
      var xc = ClusterEvaluator.cluster(xa.values(), cc, langId, scorer);
      Map<String, String> langOf = new HashMap<>();
      xa.values().forEach(a -> langOf.put(a.id(), a.lang()));
      StoryEvaluator.StoryScores xs =
          StoryEvaluator.score(
              xc.storyOf(), ClusterEvaluator.readGold(xl.resolve("clusters.tsv")), langOf);
      Map<String, Double> xm =
          Map.of(
              "story_bcubed_f1",
              xs.bcubed().f1(),
              "attach_rate",
              xs.attachRate(),
              "false_join_rate",
              xs.falseJoinRate());
      row.append(
          String.format(
              Locale.ROOT,
              " | t=%.2f in ECB %.3f/%.3f/%.3f | SEM in linked %.3f story %.3f apart %.3f | xling"
                  + " F1 %.3f attach %.3f false %.3f | %.0f s",
              t,
              b.f1(),
              b.precision(),
              b.recall(),
              pa.linkedSameEvent(),
              pa.linkedSameStory(),
              pa.unrelatedDifferentEvents(),
              xm.get("story_bcubed_f1"),
              xm.get("attach_rate"),
              xm.get("false_join_rate"),
              (System.nanoTime() - t0) / 1e9));
      out.println(row);
      StringBuilder ws = new StringBuilder("  weights (similarity scale):");
      double[] w = r.weights();
      List<String> names = r.expandedNames();
      for (int k = 0; k < names.size(); k++) {
        ws.append(String.format(Locale.ROOT, " %s=%.3f", names.get(k), w[k]));
      }
      ws.append(String.format(Locale.ROOT, " b=%.3f", w[w.length - 1]));
      out.println(ws);
    }
  }
}
