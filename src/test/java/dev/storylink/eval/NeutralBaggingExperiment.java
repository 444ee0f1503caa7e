package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.learn.Boosting;
import dev.storylink.link.BaggedFit;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.link.Regression;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sixteenth round of docs/clustering-quality.md: lower-variance fits of the clusterer's neutral
 * regression ({@link BaggedFit}: the mean of ridge fits on bootstrap resamples, {@code bag=B}; the
 * mean of the ridge fit and the ridge fit with boosted trees on its residuals, {@code trees=N}),
 * judged by the SemEval cluster-pairs 10-fold CV ({@link ClusterPairsCv}) on the fold shuffles of
 * {@code -Dseeds} (default 42), each fold's evidence regression and cross-language model refitted
 * as the gated run does; with the seventeenth round's keys {@code from}, {@code to}, {@code w},
 * {@code k} a second look ({@link #config}, the lexical model refitted per fold), its
 * passage-feature computations counted per article (and on {@code gen=N} generated articles, with
 * the shipped models); with {@code in=1} also the model fitted on all pairs through the clusterer
 * on SemEval, ECB+ and xling-dev ecb (in-sample, the shipped rule and cross-language model). A
 * development helper run by hand:
 *
 * <pre>
 * java -Dseeds=42,7,3 -cp target/storylink.jar:target/test-classes \
 *     dev.storylink.eval.NeutralBaggingExperiment ../shared/data base bag50:bag=50 t100:trees=100
 * </pre>
 *
 * <p>Not thread-safe; prints to standard output.
 */
public final class NeutralBaggingExperiment {
  private NeutralBaggingExperiment() {}

  public static void main(String[] args) throws IOException {
    long[] seeds =
        Arrays.stream(System.getProperty("seeds", "42").split(","))
            .mapToLong(Long::parseLong)
            .toArray();
    Path data = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterPairsCv.Prepared p =
        ClusterPairsCv.Prepared.of(data.resolve("semeval2022-task8"), langId);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (int a = 1; a < args.length; a++) {
      String name = args[a].contains(":") ? args[a].substring(0, args[a].indexOf(':')) : args[a];
      Map<String, String> kv = new HashMap<>();
      if (args[a].contains(":")) {
        for (String s : args[a].substring(args[a].indexOf(':') + 1).split(",")) {
          kv.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
      }
      ClusterConfig config = config(kv);
      ClusterPairsCv.Fitter fitter = d -> model(d, kv, config);
      if (!"0".equals(kv.get("cv"))) {
        for (long seed : seeds) {
          long before = FeaturePairScorer.passagePairs();
          EvalResult r =
              ClusterPairsCv.run(p, config, ClusterPairsCv.FOLDS, seed, langId, f -> {}, fitter);
          out.printf(Locale.ROOT, "%s\tseed %d\t%s", name, seed, r.text());
          perArticle(out, name, "SemEval CV", before, p.dataset().articles().size() * 10L);
        }
      }
      if (kv.containsKey("gen")) {
        int n = Integer.parseInt(kv.get("gen"));
        long before = FeaturePairScorer.passagePairs();
        ClusterEvaluator.cluster(
            dev.storylink.bench.SyntheticArticles.generate(n, 42),
            config,
            langId,
            FeaturePairScorer.forClustering()); // the shipped models: the count is the cost
        perArticle(out, name, "generated stream", before, n);
      }
      if ("1".equals(kv.get("in"))) {
        long before = FeaturePairScorer.passagePairs();
        print(out, name, inSample(data, p, model(p.data(), kv, config), config, langId));
        perArticle(out, name, "in-sample ECB+, SemEval, xling-dev ecb", before, 0);
      }
    }
  }

  /**
   * The shipped configuration with the second look of {@code kv} (seventeenth round): {@code from},
   * {@code to}, {@code w} (the lexical weight) and {@code k} (top-k candidates); none without
   * {@code to}.
   */
  static ClusterConfig config(Map<String, String> kv) {
    ClusterConfig config = ClusterConfig.defaults();
    if (!kv.containsKey("to")) {
      return config;
    }
    return config.withSecondLook(
        new ClusterConfig.SecondLook(
            Double.parseDouble(kv.getOrDefault("from", "0")),
            Double.parseDouble(kv.get("to")),
            Double.parseDouble(kv.getOrDefault("w", "1")),
            Integer.parseInt(kv.getOrDefault("k", "0"))));
  }

  /** Prints the second look's passage-feature computations since {@code before} per article. */
  private static void perArticle(
      PrintStream out, String name, String where, long before, long articles) {
    long n = FeaturePairScorer.passagePairs() - before;
    out.printf(
        Locale.ROOT,
        "%s\t%s: %d pairs given passage features%s%n",
        name,
        where,
        n,
        articles > 0
            ? String.format(Locale.ROOT, ", %.2f per article", n / (double) articles)
            : "");
  }

  /**
   * The clusterer's link model fitted on {@code d} with the setting {@code kv}; with a second look
   * in {@code config}, the lexical model fitted on {@code d} too ({@link
   * ClusterPairsCv#shippedFitter}).
   */
  static LinkModel model(PairEvaluator.PairData d, Map<String, String> kv, ClusterConfig config) {
    if (!kv.containsKey("bag") && !kv.containsKey("trees")) {
      return ClusterPairsCv.shippedFitter(config).fit(d);
    }
    Regression shape = LinkModel.neutralShape();
    Regression neutral = NeutralRowsExperiment.calibrated(d, (xs, ys) -> fit(shape, xs, ys, kv));
    return new LinkModel(
        LinkModel.shipped().lexical(),
        PairEvaluator.fit(d, LinkModel.evidenceShape(), Optional.empty()),
        neutral);
  }

  private static Regression fit(
      Regression shape, List<double[]> xs, double[] ys, Map<String, String> kv) {
    if (kv.containsKey("trees")) {
      Boosting b =
          new Boosting(
              Integer.parseInt(kv.get("trees")),
              2,
              Double.parseDouble(kv.getOrDefault("eta", "0.05")),
              5,
              0.8);
      return BaggedFit.ridgeTreesMean(shape, xs, ys, b, 1.0, "1".equals(kv.get("alone")));
    }
    return BaggedFit.bagged(shape, xs, ys, Integer.parseInt(kv.get("bag")), 1.0, 16);
  }

  /** In-sample figures of a clusterer's link model: ECB+ events, SemEval pairs, xling stories. */
  record InSample(
      ClusterEvaluator.PRF ecb,
      ClusterEvaluator.PairAgreement semeval,
      StoryEvaluator.StoryScores xling) {}

  /**
   * ECB+ (the shipped rule), SemEval and xling-dev ecb under {@code data} clustered with {@code m}
   * and the shipped cross-language model: in-sample.
   */
  static InSample inSample(
      Path data,
      ClusterPairsCv.Prepared p,
      LinkModel m,
      ClusterConfig config,
      LanguageIdentifier langId)
      throws IOException {
    FeaturePairScorer scorer = FeaturePairScorer.forClustering(m, CrossLanguageModel.shipped());
    Path ecb = data.resolve("ecbplus");
    Map<String, String> gold = ClusterEvaluator.readGold(ecb.resolve("clusters.tsv"));
    Map<String, Article> articles = PairsDataset.readArticles(ecb.resolve("articles.jsonl"));
    ClusterEvaluator.PRF b3 =
        ClusterEvaluator.bcubed(
            ClusterEvaluator.cluster(articles.values(), config, langId, scorer).eventOf(), gold);
    ClusterEvaluator.PairAgreement sem =
        ClusterEvaluator.pairAgreement(
            ClusterEvaluator.cluster(p.dataset().articles().values(), config, langId, scorer),
            p.dataset().pairs());
    Path xl = data.resolve("xling-dev/ecb");
    Map<String, Article> xa = PairsDataset.readArticles(xl.resolve("articles.jsonl"));
    ClusterEvaluator.Clustering xc = ClusterEvaluator.cluster(xa.values(), config, langId, scorer);
    Map<String, String> langOf = new HashMap<>();
    xa.values().forEach(a -> langOf.put(a.id(), a.lang()));
    return new InSample(
        b3,
        sem,
        StoryEvaluator.score(
            xc.storyOf(), ClusterEvaluator.readGold(xl.resolve("clusters.tsv")), langOf));
  }

  /** Prints {@code in}, the in-sample figures of the setting {@code name}. */
  static void print(PrintStream out, String name, InSample in) {
    out.printf(
        Locale.ROOT,
        "%s\tin-sample: ECB+ B-cubed F1 %.3f P %.3f R %.3f | SemEval linked %.3f story %.3f apart"
            + " %.3f | xling story F1 %.3f attach %.3f false %.3f%n",
        name,
        in.ecb().f1(),
        in.ecb().precision(),
        in.ecb().recall(),
        in.semeval().linkedSameEvent(),
        in.semeval().linkedSameStory(),
        in.semeval().unrelatedDifferentEvents(),
        in.xling().bcubed().f1(),
        in.xling().attachRate(),
        in.xling().falseJoinRate());
  }
}
