package dev.storylink.link;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.eval.EcbCrossRows;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.eval.StoryEvaluator;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * {@code XlingRound9 stories}: the xling-dev ecb stories clustered with a cross-language model
 * trained on every row (in-sample) and by 11 topic folds (the model trained without the rows of the
 * held-out topic's documents; all documents clustered; only the held-out topic's documents
 * counted), with the product's trainer or, given candidate features, the harness's. A development
 * helper run by hand; not thread-safe.
 */
final class XlingRound9Stories {
  private XlingRound9Stories() {}

  /** A clustering scorer: the shipped one in one language, the harness model across languages. */
  static PairScorer scorer(XlingFit.Fitted m) {
    return scorer(
        (a, b) -> {
          // ids marked: the harness caches features by ids, and the clusterer's differ
          XlingExperiment.XRow r =
              new XlingExperiment.XRow(
                  "c:" + a.id(),
                  "c:" + b.id(),
                  CrossLanguageFeatures.compute(a, b, PairFeatures.compute(a, b, false)),
                  1,
                  true,
                  Set.of(),
                  a,
                  b);
          return m.probability(r);
        });
  }

  static PairScorer scorer(ToDoubleBiFunction<ArticleFeatures, ArticleFeatures> cross) {
    return new CrossOverride(FeaturePairScorer.forClustering(), cross);
  }

  /** {@code base}, its probabilities across languages given by {@code cross}. */
  record CrossOverride(
      FeaturePairScorer base, ToDoubleBiFunction<ArticleFeatures, ArticleFeatures> cross)
      implements PairScorer {
    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b) {
      if (FeaturePairScorer.crossLanguage(a, b)) {
        return cross.applyAsDouble(a, b);
      }
      return base.probability(a, b);
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b, double from, double to) {
      if (FeaturePairScorer.crossLanguage(a, b)) {
        return probability(a, b);
      }
      return base.probability(a, b, from, to);
    }

    @Override
    public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
      return base.link(a, b);
    }
  }

  static void stories(PrintStream out, LanguageIdentifier langId, String[] args)
      throws IOException {
    XlingEcb ecb = XlingEcb.load(langId);
    boolean none = args[1].equals("none");
    EcbCrossRows.Settings s =
        none
            ? EcbCrossRows.BEST
            : new EcbCrossRows.Settings(
                1,
                Double.parseDouble(args[1]),
                4,
                Integer.parseInt(args[2]),
                Double.parseDouble(args[3]));
    List<String> extras = List.of(args).subList(4, args.length);
    Function<String, PairScorer> maker;
    if (extras.isEmpty()) {
      // the product's trainer and model
      List<CrossLanguageTrainer.Row> base = new ArrayList<>();
      base.addAll(PairEvaluator.featurize(PairsDataset.load(XlingExperiment.XLING), langId).rows());
      base.addAll(
          PairEvaluator.featurize(PairsDataset.load(XlingExperiment.SEMEVAL), langId).rows());
      List<CrossLanguageTrainer.Row> ecbRows =
          none ? List.of() : EcbCrossRows.rows(XlingEcb.ECB, langId, s);
      maker =
          topic -> {
            CrossLanguageModel m =
                CrossLanguageTrainer.train(
                    ecb.outsideTopic(
                        base,
                        ecbRows,
                        topic,
                        CrossLanguageTrainer.Row::id1,
                        CrossLanguageTrainer.Row::id2));
            String cap = System.getProperty("recur.cap");
            if (cap != null) {
              // tenth round: namerecur capped at CAP for the clusterer (0 = the shipped reading)
              double c = Double.parseDouble(cap);
              return scorer(
                  (a, b) -> {
                    double[] z =
                        CrossLanguageFeatures.compute(a, b, PairFeatures.compute(a, b, false));
                    int k = CrossLanguageFeatures.NAMERECUR;
                    z[k] = Math.min(c, z[k]);
                    String gate = System.getProperty("recur.gate", "");
                    if (!gate.isEmpty()) {
                      // namerecur only when the pair also shares a specific
                      double sp = 0;
                      for (String f : gate.split(",")) {
                        sp = Math.max(sp, z[CrossLanguageFeatures.index(f)]);
                      }
                      if (sp > 0) {
                        z[k] = Math.min(1, Math.max(z[k], XlingRound9.linkRecur(a, b)));
                      }
                    }
                    return m.probability(m.similarity(z));
                  });
            }
            // the clusterer's own reading of the model (tenth round: namerecur left out)
            return FeaturePairScorer.forClustering(LinkModel.shipped(), m);
          };
    } else {
      // the harness's trainer (the same fit), with candidate features
      XlingRound9.registerExtras();
      List<XlingExperiment.XRow> base =
          new ArrayList<>(XlingExperiment.rows(XlingExperiment.XLING, langId));
      base.addAll(XlingExperiment.rows(XlingExperiment.SEMEVAL, langId));
      List<XlingExperiment.XRow> ecbRows = none ? List.of() : ecb.xrows(s);
      XlingExperiment.Config cfg = XlingRound9.config("stories", 10, extras);
      maker =
          topic -> {
            return scorer(
                XlingFit.train(
                    ecb.outsideTopic(
                        base, ecbRows, topic, XlingExperiment.XRow::id1, XlingExperiment.XRow::id2),
                    cfg));
          };
    }
    String what =
        (none ? "no ecb rows" : XlingEcb.label(s)) + (extras.isEmpty() ? "" : " + " + extras);
    Map<String, String> langOf = new LinkedHashMap<>();
    ecb.articles().values().forEach(a -> langOf.put(a.id(), a.lang()));
    ClusterConfig config = ClusterConfig.defaults();
    // in-sample: every row
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(ecb.articles().values(), config, langId, maker.apply("-"));
    StoryEvaluator.StoryScores st = StoryEvaluator.score(c.storyOf(), ecb.gold(), langOf);
    out.printf(Locale.ROOT, "%s in-sample: %s%n", what, st);
    // topic folds
    double[] bcubed = new double[3]; // precision and recall sums, documents
    int[] rendered = new int[3]; // rendered documents, attached, falsely joined
    for (String topic : ecb.topicSet()) {
      ClusterEvaluator.Clustering fc =
          ClusterEvaluator.cluster(ecb.articles().values(), config, langId, maker.apply(topic));
      addHeldOutBcubed(fc.storyOf(), ecb, topic, bcubed);
      // attach and false joins of the held-out topic's rendered documents
      Map<String, String> storyHeld = new HashMap<>(fc.storyOf());
      StoryEvaluator.StoryScores whole =
          StoryEvaluator.score(storyHeld, ecb.gold(), onlyTopic(langOf, ecb.topics(), topic));
      rendered[0] += whole.others();
      rendered[1] += whole.attached();
      rendered[2] += whole.falselyJoined();
      out.printf(
          Locale.ROOT,
          "  topic %s: rendered %d attached %d falsely joined %d%n",
          topic,
          whole.others(),
          whole.attached(),
          whole.falselyJoined());
    }
    double p = bcubed[0] / bcubed[2];
    double r = bcubed[1] / bcubed[2];
    out.printf(
        Locale.ROOT,
        "%s topic folds: story b-cubed P=%.3f R=%.3f F1=%.3f; rendered %d attached %d (%.3f)"
            + " falsely joined %d (%.3f)%n",
        what,
        p,
        r,
        2 * p * r / (p + r),
        rendered[0],
        rendered[1],
        (double) rendered[1] / rendered[0],
        rendered[2],
        (double) rendered[2] / rendered[0]);
  }

  /**
   * Adds the B-cubed precision and recall of each of {@code topic}'s documents against its whole
   * predicted story to {@code acc[0]} and {@code acc[1]}, and their count to {@code acc[2]}.
   */
  static void addHeldOutBcubed(
      Map<String, String> storyOf, XlingEcb ecb, String topic, double[] acc) {
    Map<String, String> goldHeld = new HashMap<>();
    ecb.gold()
        .forEach(
            (doc, g) -> {
              if (topic.equals(ecb.topics().get(doc))) {
                goldHeld.put(doc, g);
              }
            });
    Map<String, Map<String, Integer>> overlap = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (Map.Entry<String, String> e : storyOf.entrySet()) {
      String g = ecb.gold().get(e.getKey());
      if (g == null) {
        continue;
      }
      overlap.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(g, 1, Integer::sum);
      predSize.merge(e.getValue(), 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
    }
    for (Map.Entry<String, String> e : storyOf.entrySet()) {
      String g = goldHeld.get(e.getKey());
      if (g == null) {
        continue;
      }
      int both = overlap.get(e.getValue()).get(g);
      acc[0] += (double) both / predSize.get(e.getValue());
      acc[1] += (double) both / goldSize.get(g);
      acc[2]++;
    }
  }

  /** Languages of the documents, those outside {@code topic} blank (not counted). */
  static Map<String, String> onlyTopic(
      Map<String, String> langOf, Map<String, String> topics, String topic) {
    Map<String, String> out = new HashMap<>();
    langOf.forEach((doc, lang) -> out.put(doc, topic.equals(topics.get(doc)) ? lang : ""));
    return out;
  }
}
