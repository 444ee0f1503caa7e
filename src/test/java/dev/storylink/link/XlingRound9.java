package dev.storylink.link;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.eval.EcbCrossRows;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.eval.StoryEvaluator;
import dev.storylink.eval.TopicFoldEvaluation;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ninth-round experiments (issue 11), run by hand: rendered ECB+ documents against the English
 * documents of their topic as training rows of the cross-language model ({@link EcbCrossRows}).
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.XlingRound9 pairs
 * java -cp ... dev.storylink.link.XlingRound9 stories TWIN OTHERS WEIGHT [LAMBDA]
 * java -cp ... dev.storylink.link.XlingRound9 check
 * </pre>
 *
 * {@code pairs}: the pairs CV of {@link XlingExperiment} (seeds 42, 1–5) with the ecb rows in every
 * fold's training rows, for row labels, weights, λ and name features. {@code stories}: xling ecb
 * stories with a model trained on every row (in-sample) and by 11 topic folds (the model trained
 * without the rows of the held-out topic's documents; all documents clustered; only the held-out
 * topic's documents counted). {@code check}: that no ECB+ text is an article of the pair sets. Not
 * thread-safe.
 */
final class XlingRound9 {
  static final Path ECB = Path.of("../shared/data/xling-dev/ecb");
  static final Path XLING = Path.of("../shared/data/xling-dev/pairs");
  static final Path SEMEVAL = Path.of("../shared/data/semeval2022-task8");

  private XlingRound9() {}

  /** The ecb data featurised once. */
  record Ecb(
      Map<String, Article> articles,
      Map<String, ArticleFeatures> feats,
      Map<String, String> gold,
      Map<String, String> topics) {
    static Ecb load(LanguageIdentifier langId) throws IOException {
      Map<String, Article> articles = PairsDataset.readArticles(ECB.resolve("articles.jsonl"));
      return new Ecb(
          articles,
          EcbCrossRows.featurize(articles, langId),
          ClusterEvaluator.readGold(ECB.resolve("clusters.tsv")),
          TopicFoldEvaluation.readTopics(ECB));
    }

    List<XlingExperiment.XRow> xrows(EcbCrossRows.Settings s) throws IOException {
      List<XlingExperiment.XRow> out = new ArrayList<>();
      for (EcbCrossRows.Labeled p : EcbCrossRows.pairs(ECB, articles, s)) {
        ArticleFeatures a = feats.get(p.rendered());
        ArticleFeatures b = feats.get(p.english());
        if (a == null || b == null || a.lang().equals(b.lang())) {
          continue;
        }
        XlingExperiment.XRow r =
            new XlingExperiment.XRow(
                p.rendered(),
                p.english(),
                CrossLanguageFeatures.compute(a, b, PairFeatures.compute(a, b)),
                p.gold(),
                true,
                Set.of(
                    CrossLanguageTrainer.source(p.rendered()),
                    CrossLanguageTrainer.source(p.english())),
                a,
                b);
        XlingExperiment.WEIGHT.put(r, s.weight());
        XlingExperiment.NO_CAL.add(r);
        out.add(r);
      }
      return out;
    }
  }

  static XlingExperiment.Config config(String label, double lambda, List<String> extras) {
    return new XlingExperiment.Config(
        label,
        lambda,
        extras,
        XlingExperiment.Decision.MID_WIDE,
        CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT,
        Optional.empty(),
        1);
  }

  static void registerExtras() {
    XlingExperiment.EXTRA.put("rh3", (a, b) -> XlingRound8.hitsCap(a, b, 3, 2, false));
    XlingExperiment.EXTRA.put("rh2", (a, b) -> XlingRound8.hitsCap(a, b, 2, 2, false));
    for (int cap = 1; cap <= 3; cap++) {
      final int c = cap;
      XlingExperiment.EXTRA.put("re" + cap, (a, b) -> Math.min(c, recurring(a, b)) / (double) c);
    }
  }

  static void pairs(PrintStream out, LanguageIdentifier langId, List<String> only)
      throws IOException {
    List<XlingExperiment.XRow> xling = XlingExperiment.rows(XLING, langId);
    List<XlingExperiment.XRow> semeval = XlingExperiment.rows(SEMEVAL, langId);
    Ecb ecb = Ecb.load(langId);
    XlingExperiment.EXTRA.put("rh3", (a, b) -> XlingRound8.hitsCap(a, b, 3, 2, false));
    XlingExperiment.EXTRA.put("rh2", (a, b) -> XlingRound8.hitsCap(a, b, 2, 2, false));
    XlingExperiment.EXTRA.put("rh5", (a, b) -> XlingRound8.hitsCap(a, b, 5, 2, false));
    XlingExperiment.EXTRA.put("rh3both", (a, b) -> XlingRound8.hitsCap(a, b, 3, 2, true));
    XlingExperiment.run(out, xling, semeval, config("main (no ecb rows)", 10, List.of()));
    XlingExperiment.EXTRA.put("rh1", (a, b) -> XlingRound8.hitsCap(a, b, 1, 2, false));
    for (int cap = 1; cap <= 3; cap++) {
      final int c = cap;
      XlingExperiment.EXTRA.put("re" + cap, (a, b) -> Math.min(c, recurring(a, b)) / (double) c);
    }
    if (only.contains("combo")) {
      int nr = CrossLanguageFeatures.index("namerecur");
      double[][] grid = {
        // twin label, others, same weight, twin weight, lambda
        {4, 3, 0.1, 0.3, 10},
        {4, 3, 0.1, 0.6, 10},
        {4, 3, 0.1, 1.0, 10},
        {4, 3, 0.05, 1.0, 10},
        {4, 3, 0.3, 1.0, 10},
        {4, 3, 0.3, 0.3, 3},
        {4, 3, 0.1, 1.0, 3},
        {4, 3, 0.6, 0.6, 3},
        {3.5, 3, 0.1, 1.0, 10},
        {4, 10, 0.1, 1.0, 10}
      };
      for (double[] g : grid) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, g[0], 4, (int) g[1], g[2]);
        List<XlingExperiment.XRow> rows = ecb.xrows(s);
        for (XlingExperiment.XRow r : rows) {
          if (r.gold() > 2) {
            XlingExperiment.WEIGHT.put(r, g[3]);
          }
        }
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(rows);
        String l = String.format(Locale.ROOT, "%s twinw %.2f lambda %.0f", label(s), g[3], g[4]);
        XlingExperiment.Config cfg = config(l + " +re2", g[4], List.of("re2"));
        XlingExperiment.run(out, xling, comp, cfg);
        proxyRows(out, xling, semeval, ecb, rows, cfg);
      }
    }
    if (only.contains("gated")) {
      XlingExperiment.EXTRA.put("rs", (a, b) -> recurringSpecific(a, b, false));
      XlingExperiment.EXTRA.put("rs01", (a, b) -> recurringSpecific(a, b, true));
      List<EcbCrossRows.Settings> settings = new ArrayList<>();
      settings.add(null);
      settings.add(new EcbCrossRows.Settings(1, 3.5, 4, 3, 0.1));
      settings.add(new EcbCrossRows.Settings(1, 4, 4, 3, 0.3));
      for (EcbCrossRows.Settings s : settings) {
        List<XlingExperiment.XRow> rows = s == null ? List.of() : ecb.xrows(s);
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(rows);
        for (List<String> ex : List.of(List.of("rs"), List.of("rs01"))) {
          XlingExperiment.Config cfg =
              config((s == null ? "no ecb rows" : label(s)) + " + " + ex, 10, ex);
          XlingExperiment.run(out, xling, comp, cfg);
          proxyRows(out, xling, semeval, ecb, rows, cfg);
        }
      }
    }
    if (only.contains("exact")) {
      for (double[] g : new double[][] {{3.5, 3, 0.3}, {4, 3, 0.3}, {4, 3, 0.6}, {3.5, 3, 0.6}}) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, g[0], 4, (int) g[1], g[2]);
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(ecb.xrows(s));
        XlingExperiment.run(out, xling, comp, config(label(s) + " + re2", 10, List.of("re2")));
      }
    }
    if (only.contains("stats")) {
      List<XlingExperiment.XRow> probe = ecb.xrows(new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1));
      for (int i = 0; i < CrossLanguageFeatures.NAMES.size(); i++) {
        double[] sum = new double[2];
        int[] nz = new int[2];
        int[] n = new int[2];
        for (XlingExperiment.XRow r : probe) {
          int k = r.gold() <= 2 ? 0 : 1;
          sum[k] += r.z()[i];
          nz[k] += r.z()[i] != 0 ? 1 : 0;
          n[k]++;
        }
        out.printf(
            Locale.ROOT,
            "%-14s same %.3f (%.2f nonzero)  twin %.3f (%.2f nonzero)%n",
            CrossLanguageFeatures.NAMES.get(i),
            sum[0] / n[0],
            (double) nz[0] / n[0],
            sum[1] / n[1],
            (double) nz[1] / n[1]);
      }
    }
    if (only.contains("proxy")) {
      XlingExperiment.Config without = config("", 10, List.of());
      XlingExperiment.Config with = config("+re2 (namerecur)", 10, List.of("re2"));
      List<EcbCrossRows.Settings> settings = new ArrayList<>();
      settings.add(null);
      for (double twin : new double[] {3.5, 4}) {
        for (double w : new double[] {0.1, 0.3, 0.6, 1.0}) {
          settings.add(new EcbCrossRows.Settings(1, twin, 4, 3, w));
        }
      }
      for (EcbCrossRows.Settings s : settings) {
        proxy(out, xling, semeval, ecb, s, without);
        proxy(out, xling, semeval, ecb, s, with);
      }
    }
    if (only.contains("re")) {
      re(out, xling, semeval, ecb);
    }
    if (only.contains("names2")) {
      names2(out, xling, semeval, ecb);
    }
    if (only.isEmpty() || only.contains("grid")) {
      for (double twin : new double[] {3, 3.5, 4}) {
        for (int others : new int[] {0, 3}) {
          for (double w : new double[] {0.05, 0.1, 0.3}) {
            EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, others, w);
            List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
            comp.addAll(ecb.xrows(s));
            XlingExperiment.run(
                out,
                xling,
                comp,
                config(String.format(Locale.ROOT, "ecb %s", label(s)), 10, List.of()));
          }
        }
      }
    }
    if (only.isEmpty() || only.contains("names")) {
      for (EcbCrossRows.Settings s :
          List.of(
              new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1),
              new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.3),
              new EcbCrossRows.Settings(1, 4, 4, 0, 0.3))) {
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(ecb.xrows(s));
        for (List<String> ex :
            List.of(List.of("rh2"), List.of("rh3"), List.of("rh5"), List.of("rh3both"))) {
          XlingExperiment.run(out, xling, comp, config("ecb " + label(s) + " + " + ex, 10, ex));
        }
        for (double lambda : new double[] {3, 20}) {
          XlingExperiment.run(
              out, xling, comp, config("ecb " + label(s) + " lambda " + lambda, lambda, List.of()));
        }
      }
    }
  }

  static void names2(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      Ecb ecb)
      throws IOException {
    for (double twin : new double[] {3, 3.5, 4}) {
      for (int others : new int[] {0, 3}) {
        for (double w : new double[] {0.05, 0.1, 0.15, 0.2}) {
          EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, others, w);
          List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
          comp.addAll(ecb.xrows(s));
          for (List<String> ex : List.of(List.of("rh1"), List.of("rh2"))) {
            XlingExperiment.run(out, xling, comp, config("ecb " + label(s) + " + " + ex, 10, ex));
          }
        }
      }
    }
    EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1);
    List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
    comp.addAll(ecb.xrows(s));
    for (double lambda : new double[] {3, 5, 15, 20}) {
      XlingExperiment.run(
          out,
          xling,
          comp,
          config("ecb " + label(s) + " + rh2 lambda " + lambda, lambda, List.of("rh2")));
    }
    XlingExperiment.run(out, xling, semeval, config("no ecb rows + rh2", 10, List.of("rh2")));
  }

  /** Matched names either side mentions at least twice (one pass of the name cover). */
  static double recurring(ArticleFeatures a, ArticleFeatures b) {
    boolean cross = !a.script().equals(b.script());
    boolean han =
        CrossLanguageFeatures.isHan(a.script()) || CrossLanguageFeatures.isHan(b.script());
    return CrossLanguageFeatures.nameCover(a.names(), b.names(), cross, han)[3];
  }

  /**
   * {@code namerecur} (capped at 2, over 2) only as far as the pair also shares a specific: the
   * share of the shorter side's numbers, any day, or a name of more than one token ({@code binary}:
   * whether any of them is shared).
   */
  static double recurringSpecific(ArticleFeatures a, ArticleFeatures b, boolean binary) {
    double[] z = CrossLanguageFeatures.compute(a, b);
    double specific =
        Math.max(
            z[CrossLanguageFeatures.index("numbercover")],
            Math.max(
                z[CrossLanguageFeatures.index("dates")],
                z[CrossLanguageFeatures.index("namepairs")]));
    double re = Math.min(2, recurring(a, b)) / 2.0;
    return re * (binary ? (specific > 0 ? 1 : 0) : Math.min(1, 2 * specific));
  }

  static void re(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      Ecb ecb)
      throws IOException {
    for (List<String> ex : List.of(List.of("re1"), List.of("re2"), List.of("re3"))) {
      XlingExperiment.run(out, xling, semeval, config("no ecb rows + " + ex, 10, ex));
    }
    for (double twin : new double[] {3, 3.5, 4}) {
      for (double w : new double[] {0.05, 0.1, 0.15, 0.2, 0.3}) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, 0, w);
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(ecb.xrows(s));
        for (List<String> ex : List.of(List.of("re1"), List.of("re2"), List.of("re3"))) {
          XlingExperiment.run(out, xling, comp, config("ecb " + label(s) + " + " + ex, 10, ex));
        }
      }
    }
  }

  /**
   * A pair-level proxy of the story figures, by topic folds: for each rendered document, the best
   * probability against an English document of its event and of the twin event, from a model
   * trained without the rows of its topic; prints how many reach the story threshold (0.97).
   */
  static void proxy(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      Ecb ecb,
      EcbCrossRows.Settings s,
      XlingExperiment.Config cfg)
      throws IOException {
    proxyRows(out, xling, semeval, ecb, s == null ? List.of() : ecb.xrows(s), cfg);
  }

  static void proxyRows(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      Ecb ecb,
      List<XlingExperiment.XRow> train,
      XlingExperiment.Config cfg)
      throws IOException {
    List<XlingExperiment.XRow> probe = ecb.xrows(new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1));
    TreeSet<String> topicSet = new TreeSet<>(ecb.topics.values());
    Map<String, double[]> best = new TreeMap<>();
    for (String topic : topicSet) {
      List<XlingExperiment.XRow> rows = new ArrayList<>(xling);
      rows.addAll(semeval);
      for (XlingExperiment.XRow r : train) {
        if (!topic.equals(ecb.topics.get(r.id1())) && !topic.equals(ecb.topics.get(r.id2()))) {
          rows.add(r);
        }
      }
      XlingExperiment.Fitted m = XlingExperiment.train(rows, cfg);
      for (XlingExperiment.XRow r : probe) {
        if (!topic.equals(ecb.topics.get(r.id1()))) {
          continue;
        }
        double sim = m.similarity(r);
        double p = 1 / (1 + Math.exp(m.slope() * (sim - m.mid())));
        double[] b = best.computeIfAbsent(r.id1(), k -> new double[2]);
        int k = r.gold() <= 2 ? 0 : 1;
        b[k] = Math.max(b[k], p);
      }
    }
    int attach = 0;
    int twin = 0;
    int twinOver = 0;
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, double[]> e : best.entrySet()) {
      double[] b = e.getValue();
      attach += b[0] >= 0.97 ? 1 : 0;
      twin += b[1] >= 0.97 ? 1 : 0;
      twinOver += b[1] > b[0] ? 1 : 0;
      if (b[1] >= 0.97) {
        sb.append(String.format(Locale.ROOT, " %s %.2f/%.2f", e.getKey(), b[0], b[1]));
      }
    }
    out.printf(
        Locale.ROOT,
        "%-50s same>=0.97 %d, twin>=0.97 %d, twin>same %d of %d |%s%n",
        "  proxy " + cfg.label(),
        attach,
        twin,
        twinOver,
        best.size(),
        sb);
  }

  static String label(EcbCrossRows.Settings s) {
    return String.format(
        Locale.ROOT, "twin %.1f others %d w %.2f", s.twinGold(), s.others(), s.weight());
  }

  /** A clustering scorer: the shipped one in one language, the harness model across languages. */
  static PairScorer scorer(XlingExperiment.Fitted m) {
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
          return 1 / (1 + Math.exp(m.slope() * (m.similarity(r) - m.mid())));
        });
  }

  static PairScorer scorer(
      java.util.function.ToDoubleBiFunction<ArticleFeatures, ArticleFeatures> cross) {
    FeaturePairScorer base = FeaturePairScorer.forClustering();
    return new PairScorer() {
      @Override
      public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
        return base.link(a, b);
      }

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
    };
  }

  static void stories(PrintStream out, LanguageIdentifier langId, String[] args)
      throws IOException {
    Ecb ecb = Ecb.load(langId);
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
    java.util.function.Function<String, PairScorer> maker;
    if (extras.isEmpty()) {
      // the product's trainer and model
      List<CrossLanguageTrainer.Row> base = new ArrayList<>();
      base.addAll(PairEvaluator.featurize(PairsDataset.load(XLING), langId).rows());
      base.addAll(PairEvaluator.featurize(PairsDataset.load(SEMEVAL), langId).rows());
      List<CrossLanguageTrainer.Row> ecbRows = none ? List.of() : EcbCrossRows.rows(ECB, langId, s);
      maker =
          topic -> {
            List<CrossLanguageTrainer.Row> train = new ArrayList<>(base);
            for (CrossLanguageTrainer.Row r : ecbRows) {
              if (!topic.equals(ecb.topics.get(r.id1()))
                  && !topic.equals(ecb.topics.get(r.id2()))) {
                train.add(r);
              }
            }
            CrossLanguageModel m = CrossLanguageTrainer.train(train);
            return scorer(
                (a, b) ->
                    m.probability(
                        m.similarity(
                            CrossLanguageFeatures.compute(
                                a, b, PairFeatures.compute(a, b, false)))));
          };
    } else {
      // the harness's trainer (the same fit), with candidate features
      registerExtras();
      List<XlingExperiment.XRow> base = new ArrayList<>(XlingExperiment.rows(XLING, langId));
      base.addAll(XlingExperiment.rows(SEMEVAL, langId));
      List<XlingExperiment.XRow> ecbRows = none ? List.of() : ecb.xrows(s);
      XlingExperiment.Config cfg = config("stories", 10, extras);
      maker =
          topic -> {
            List<XlingExperiment.XRow> train = new ArrayList<>(base);
            for (XlingExperiment.XRow r : ecbRows) {
              if (!topic.equals(ecb.topics.get(r.id1()))
                  && !topic.equals(ecb.topics.get(r.id2()))) {
                train.add(r);
              }
            }
            return scorer(XlingExperiment.train(train, cfg));
          };
    }
    String what = (none ? "no ecb rows" : label(s)) + (extras.isEmpty() ? "" : " + " + extras);
    Map<String, String> langOf = new LinkedHashMap<>();
    ecb.articles.values().forEach(a -> langOf.put(a.id(), a.lang()));
    ClusterConfig config = ClusterConfig.defaults();
    // in-sample: every row
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(ecb.articles.values(), config, langId, maker.apply("-"));
    StoryEvaluator.StoryScores st = StoryEvaluator.score(c.storyOf(), ecb.gold, langOf);
    out.printf(Locale.ROOT, "%s in-sample: %s%n", what, st);
    // topic folds
    TreeSet<String> topicSet = new TreeSet<>(ecb.topics.values());
    double sumP = 0;
    double sumR = 0;
    int n = 0;
    int others = 0;
    int attached = 0;
    int falseJoins = 0;
    for (String topic : topicSet) {
      ClusterEvaluator.Clustering fc =
          ClusterEvaluator.cluster(ecb.articles.values(), config, langId, maker.apply(topic));
      Map<String, String> goldHeld = new HashMap<>();
      ecb.gold.forEach(
          (doc, g) -> {
            if (topic.equals(ecb.topics.get(doc))) {
              goldHeld.put(doc, g);
            }
          });
      // B-cubed of the held-out topic's documents against their whole predicted story
      Map<String, Map<String, Integer>> overlap = new HashMap<>();
      Map<String, Integer> predSize = new HashMap<>();
      Map<String, Integer> goldSize = new HashMap<>();
      for (Map.Entry<String, String> e : fc.storyOf().entrySet()) {
        String g = ecb.gold.get(e.getKey());
        if (g == null) {
          continue;
        }
        overlap.computeIfAbsent(e.getValue(), k -> new HashMap<>()).merge(g, 1, Integer::sum);
        predSize.merge(e.getValue(), 1, Integer::sum);
        goldSize.merge(g, 1, Integer::sum);
      }
      for (Map.Entry<String, String> e : fc.storyOf().entrySet()) {
        String g = goldHeld.get(e.getKey());
        if (g == null) {
          continue;
        }
        int both = overlap.get(e.getValue()).get(g);
        sumP += (double) both / predSize.get(e.getValue());
        sumR += (double) both / goldSize.get(g);
        n++;
      }
      // attach and false joins of the held-out topic's rendered documents
      Map<String, String> storyHeld = new HashMap<>(fc.storyOf());
      StoryEvaluator.StoryScores whole =
          StoryEvaluator.score(storyHeld, ecb.gold, onlyTopic(langOf, ecb.topics, topic));
      others += whole.others();
      attached += whole.attached();
      falseJoins += whole.falselyJoined();
      out.printf(
          Locale.ROOT,
          "  topic %s: rendered %d attached %d falsely joined %d%n",
          topic,
          whole.others(),
          whole.attached(),
          whole.falselyJoined());
    }
    double p = sumP / n;
    double r = sumR / n;
    out.printf(
        Locale.ROOT,
        "%s topic folds: story b-cubed P=%.3f R=%.3f F1=%.3f; rendered %d attached %d (%.3f)"
            + " falsely joined %d (%.3f)%n",
        what,
        p,
        r,
        2 * p * r / (p + r),
        others,
        attached,
        (double) attached / others,
        falseJoins,
        (double) falseJoins / others);
  }

  /** Languages of the documents, those outside {@code topic} blank (not counted). */
  static Map<String, String> onlyTopic(
      Map<String, String> langOf, Map<String, String> topics, String topic) {
    Map<String, String> out = new HashMap<>();
    langOf.forEach((doc, lang) -> out.put(doc, topic.equals(topics.get(doc)) ? lang : ""));
    return out;
  }

  /** No ECB+ text (first 200 characters of a paragraph) in the pair sets, and the reverse. */
  static void check(PrintStream out) throws IOException {
    Map<String, Article> ecb = PairsDataset.readArticles(ECB.resolve("articles.jsonl"));
    Set<String> ecbKeys = new HashSet<>();
    for (Article a : ecb.values()) {
      ecbKeys.addAll(keys(a.text()));
    }
    for (Path dir : List.of(XLING, SEMEVAL)) {
      PairsDataset ds = PairsDataset.load(dir);
      int shared = 0;
      Set<String> docs = new TreeSet<>();
      for (Article a : ds.articles().values()) {
        for (String k : keys(a.text())) {
          if (ecbKeys.contains(k)) {
            shared++;
            docs.add(a.id());
          }
        }
      }
      out.printf(
          Locale.ROOT,
          "%s: %d articles; sentences shared with xling-dev/ecb: %d (articles %s)%n",
          dir,
          ds.articles().size(),
          shared,
          docs);
    }
  }

  /** Normalised sentences of 60 characters or more. */
  static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("[.!?\\n。؟]")) {
      String k = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
      if (k.length() >= 60) {
        out.add(k);
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    switch (args[0]) {
      case "pairs" -> pairs(out, langId, List.of(args).subList(1, args.length));
      case "stories" -> stories(out, langId, args);
      case "check" -> check(out);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
