package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.link.NeutralFit;
import dev.storylink.link.PairFeatures;
import dev.storylink.link.Regression;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * The fifteenth round of docs/clustering-quality.md: the clusterer's neutral regression fitted with
 * more training rows (ECB+ pairs, the rendered ECB+ same-language pairs), another ridge strength,
 * fewer inputs or weights that may not raise the 1–4 score of a more similar pair, judged through
 * the product's clusterer: the SemEval cluster-pairs 10-fold CV ({@link ClusterPairsCv}, seed by
 * {@code -Dseed}, 42 by default), and with {@code ecb=1} the ECB+ 11 topic folds (each fold's
 * neutral model fitted without any row touching its topic, the shipped rule at its shipped
 * setting), ECB+, SemEval and xling-dev ecb in-sample. A development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.NeutralRowsExperiment \
 *     ../shared/data base "x5:xecb=0.5" "l3:lambda=3" "mono:mono=1" "x5e:xecb=0.5,ecbcv=1"
 * </pre>
 *
 * <p>Setting keys: {@code xecb} (weight of the rendered rows, golds 1 / 3.5 / 4 as {@link
 * RenderedEcbRows}), {@code ecb} (weight of ECB+ English rows: {@code n} pairs of each kind drawn
 * with seed 18, golds {@code same} / {@code look} / {@code other}), {@code lambda} (ridge strength,
 * shipped 1), {@code drop} (inputs left out, {@code +}-separated), {@code mono} (1: similarity
 * weights may not be positive), {@code cv} (0: no SemEval CV), {@code ecbcv} (1: the ECB+ and
 * in-sample figures), {@code evid} (1: the in-sample figures with the shipped evidence model). Not
 * thread-safe; prints to standard output.
 */
public final class NeutralRowsExperiment {
  private NeutralRowsExperiment() {}

  /** A row of another set: features, gold, weight and the topics of its two documents. */
  record Row(double[] x, double gold, String topicA, String topicB) {}

  /** One setting, read by {@link #spec}. */
  record Spec(
      double lambda,
      double xecb,
      double ecb,
      int n,
      List<Double> golds,
      List<String> drop,
      boolean mono,
      boolean cv,
      boolean ecbcv,
      boolean shippedEvidence) {}

  /** A setting from {@code key=value,...} (see the class comment). */
  static Spec spec(String s) {
    Map<String, String> kv = new HashMap<>();
    java.util.Arrays.stream(s.split(","))
        .filter(p -> p.contains("="))
        .forEach(p -> kv.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
    java.util.function.ToDoubleFunction<String> num = k -> Double.parseDouble(kv.get(k));
    kv.putIfAbsent("xecb", "0");
    kv.putIfAbsent("ecb", "0");
    kv.putIfAbsent("n", "150");
    kv.putIfAbsent("same", "1");
    kv.putIfAbsent("look", "3.5");
    kv.putIfAbsent("other", "4");
    kv.putIfAbsent("lambda", "1");
    return new Spec(
        num.applyAsDouble("lambda"),
        num.applyAsDouble("xecb"),
        num.applyAsDouble("ecb"),
        (int) num.applyAsDouble("n"),
        List.of(num.applyAsDouble("same"), num.applyAsDouble("look"), num.applyAsDouble("other")),
        kv.containsKey("drop") ? List.of(kv.get("drop").split("\\+")) : List.of(),
        "1".equals(kv.get("mono")),
        !"0".equals(kv.get("cv")),
        "1".equals(kv.get("ecbcv")),
        "1".equals(kv.get("evid")));
  }

  static List<Row> rendered;
  static List<Row> ecbRows;

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path data = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    ClusterConfig config = ClusterConfig.defaults();
    ClusterPairsCv.Prepared p =
        ClusterPairsCv.Prepared.of(data.resolve("semeval2022-task8"), langId);
    rendered = rows(data.resolve("xling-dev/ecb"), langId, true);
    ecbRows = rows(data.resolve("ecbplus"), langId, false);
    long seed = Long.getLong("seed", ClusterPairsCv.SEED);
    for (int a = 1; a < args.length; a++) {
      String name = args[a].contains(":") ? args[a].substring(0, args[a].indexOf(':')) : args[a];
      Spec s = spec(args[a].contains(":") ? args[a].substring(args[a].indexOf(':') + 1) : "");
      if (s.cv()) {
        EvalResult r =
            ClusterPairsCv.run(
                p, config, ClusterPairsCv.FOLDS, seed, langId, f -> {}, d -> model(d, s, null));
        out.printf(Locale.ROOT, "%s\tseed %d\t%s", name, seed, r.text());
      }
      if (s.ecbcv()) {
        inSample(out, name, data, p, s, config, langId);
        Regression n = model(p.data(), s, null).neutral();
        List<String> names = n.expandedNames();
        StringBuilder w = new StringBuilder(name + "\tneutral weights (all pairs):");
        for (int i = 0; i < names.size(); i++) {
          w.append(String.format(Locale.ROOT, " %s %.3f", names.get(i), n.weights()[i]));
        }
        out.println(w);
      }
    }
  }

  /**
   * The clusterer's link model fitted on {@code d} (and the setting's rows but {@code topic}'s).
   */
  static LinkModel model(PairEvaluator.PairData d, Spec s, String topic) {
    List<String> f = new ArrayList<>(LinkModel.NEUTRAL);
    f.removeAll(s.drop());
    List<String> sq = new ArrayList<>(LinkModel.LEXICAL_SQRT);
    sq.removeAll(s.drop());
    Regression shape = Regression.shape(f, sq);
    List<Row> extra = new ArrayList<>();
    List<Double> ws = new ArrayList<>();
    for (Row r : s.xecb() > 0 ? rendered : List.<Row>of()) {
      if (topic == null || !topic.equals(r.topicA()) && !topic.equals(r.topicB())) {
        extra.add(r);
        ws.add(s.xecb());
      }
    }
    if (s.ecb() > 0) {
      for (Row r : sample(s)) {
        if (topic == null || !topic.equals(r.topicA()) && !topic.equals(r.topicB())) {
          extra.add(r);
          ws.add(s.ecb());
        }
      }
    }
    double[] w = ws.stream().mapToDouble(Double::doubleValue).toArray();
    List<double[]> ex = extra.stream().map(Row::x).toList();
    double[] ey = extra.stream().mapToDouble(Row::gold).toArray();
    Regression neutral =
        calibrated(d, (xs, ys) -> NeutralFit.fit(shape, xs, ys, ex, ey, w, s.lambda(), s.mono()));
    return new LinkModel(
        LinkModel.shipped().lexical(),
        s.shippedEvidence() && topic == null && d.pairs().size() > 560
            ? LinkModel.shipped().evidence()
            : PairEvaluator.fit(d, LinkModel.evidenceShape(), Optional.empty()),
        neutral);
  }

  /**
   * The neutral regression {@code fit} fits on all pairs of {@code d}, calibrated ({@link
   * NeutralFit#calibrate}) on its 10-fold (seed 42) out-of-fold predictions of them, as {@code
   * train link --refit-clustering} calibrates it.
   */
  static Regression calibrated(
      PairEvaluator.PairData d,
      java.util.function.BiFunction<List<double[]>, double[], Regression> fit) {
    double[] ys = d.pairs().stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
    double[] oof = new double[ys.length];
    for (int[] fold : PairEvaluator.folds(ys.length, 10, 42)) {
      PairEvaluator.PairData tr =
          ClusterPairsCv.subset(d, PairEvaluator.complement(fold, ys.length));
      double[] ty = tr.pairs().stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
      Regression m = fit.apply(tr.xs(), ty);
      for (int i : fold) {
        oof[i] = m.unmapped(d.xs().get(i));
      }
    }
    return NeutralFit.calibrate(fit.apply(d.xs(), ys), oof, ys);
  }

  /** The setting's ECB+ rows: {@code n} of each kind (same event, look-alike, other topic). */
  static List<Row> sample(Spec s) {
    List<List<Row>> kinds = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Row r : ecbRows) {
      kinds.get((int) r.gold()).add(r);
    }
    Random rnd = new Random(18);
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      List<Row> l = new ArrayList<>(kinds.get(k));
      Collections.shuffle(l, rnd);
      for (Row r : l.subList(0, Math.min(s.n(), l.size()))) {
        out.add(new Row(r.x(), s.golds().get(k), r.topicA(), r.topicB()));
      }
    }
    return out;
  }

  /**
   * Pairs in one language of {@code dir}'s documents (only the rendered ones, not English, when
   * {@code renderedOnly}): gold 1 / 3.5 / 4 for rendered rows; for ECB+ the kind (0 one event, 1
   * look-alike, 2 other topic) as the gold, replaced by {@link #sample}.
   */
  static List<Row> rows(Path dir, LanguageIdentifier langId, boolean renderedOnly)
      throws IOException {
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, ArticleFeatures> feats = EcbCrossRows.featurize(articles, langId);
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(dir);
    List<String> ids =
        new ArrayList<>(
            articles.values().stream()
                .filter(a -> !renderedOnly || !a.lang().equals("en"))
                .map(Article::id)
                .filter(id -> feats.containsKey(id) && gold.containsKey(id))
                .filter(topics::containsKey)
                .toList());
    Collections.sort(ids);
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String first = ids.get(i);
      for (String second : ids.subList(i + 1, ids.size())) {
        if (feats.get(first).lang().equals(feats.get(second).lang())) {
          String ta = topics.get(first);
          String tb = topics.get(second);
          int kind = gold.get(first).equals(gold.get(second)) ? 0 : ta.equals(tb) ? 1 : 2;
          double g = renderedOnly ? new double[] {1, 3.5, 4}[kind] : kind;
          out.add(new Row(PairFeatures.compute(feats.get(first), feats.get(second)), g, ta, tb));
        }
      }
    }
    return out;
  }

  /** ECB+ by topic folds (shipped rule), and ECB+, SemEval, xling-dev ecb in-sample. */
  static void inSample(
      PrintStream out,
      String name,
      Path data,
      ClusterPairsCv.Prepared p,
      Spec s,
      ClusterConfig config,
      LanguageIdentifier langId)
      throws IOException {
    Path ecb = data.resolve("ecbplus");
    Map<String, String> gold = ClusterEvaluator.readGold(ecb.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(ecb);
    Map<String, Article> articles = PairsDataset.readArticles(ecb.resolve("articles.jsonl"));
    double[] pooled = new double[3];
    for (String t : new TreeSet<>(topics.values())) {
      LinkModel m = model(p.data(), s, t);
      Map<String, String> eventOf =
          ClusterEvaluator.cluster(
                  articles.values(),
                  config,
                  langId,
                  FeaturePairScorer.forClustering(m, CrossLanguageModel.shipped()))
              .eventOf();
      for (Map.Entry<String, double[]> e :
          TopicFoldEvaluation.bcubedPerArticle(eventOf, gold).entrySet()) {
        if (t.equals(topics.get(e.getKey()))) {
          pooled[0] += e.getValue()[0];
          pooled[1] += e.getValue()[1];
          pooled[2]++;
        }
      }
    }
    double cp = pooled[0] / pooled[2];
    double cr = pooled[1] / pooled[2];
    LinkModel all = model(p.data(), s, null);
    NeutralBaggingExperiment.InSample in =
        NeutralBaggingExperiment.inSample(data, p, all, config, langId);
    ClusterEvaluator.PRF b3 = in.ecb();
    ClusterEvaluator.PairAgreement sem = in.semeval();
    StoryEvaluator.StoryScores st = in.xling();
    out.printf(
        Locale.ROOT,
        "%s\tECB+ topic-fold CV (rule 0.43/0.30) F1 %.3f P %.3f R %.3f | ECB+ in-sample %.3f / %.3f /"
            + " %.3f | SemEval in-sample linked %.3f story %.3f apart %.3f | xling story F1 %.3f"
            + " attach %.3f false %.3f | neutral slope %.3f midpoint %.3f%n",
        name,
        2 * cp * cr / (cp + cr),
        cp,
        cr,
        b3.f1(),
        b3.precision(),
        b3.recall(),
        sem.linkedSameEvent(),
        sem.linkedSameStory(),
        sem.unrelatedDifferentEvents(),
        st.bcubed().f1(),
        st.attachRate(),
        st.falseJoinRate(),
        all.neutral().slope(),
        all.neutral().midpoint());
  }
}
