package dev.storylink.link;

import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleBiFunction;

/**
 * Seventh-round experiments on the cross-language model (issue 11), a development helper run by
 * hand: featurises the xling-dev and SemEval dev pairs once, then re-runs the cross-validation of
 * {@code eval pairs --cv} (the same folds, the same "no shared article" rule) for variants of the
 * trainer — ridge penalty, how the decision threshold is fitted, candidate features, boosted trees
 * on the residuals — over seeds 42, 1–5, and prints mean and range.
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.XlingExperiment
 * </pre>
 *
 * Not thread-safe.
 */
final class XlingExperiment {
  static final long[] SEEDS = {42, 1, 2, 3, 4, 5};

  record XRow(
      String id1,
      String id2,
      double[] z,
      double gold,
      boolean cross,
      Set<String> sources,
      ArticleFeatures a,
      ArticleFeatures b) {}

  /** Candidate extra features, by name. */
  static final Map<String, ToDoubleBiFunction<ArticleFeatures, ArticleFeatures>> EXTRA =
      new LinkedHashMap<>();

  enum Decision {
    /** As shipped: the best-accuracy threshold on inner out-of-fold sims, in [2, 3]. */
    MID23,
    /** The same, searched in [1.5, 3.5]. */
    MID_WIDE,
    /** The logistic midpoint alone. */
    LOGIT,
    /** A logistic classifier over the expanded features (ridge-penalised), its own 0.5 cut. */
    CLASSIFIER
  }

  record Config(
      String label,
      double lambda,
      List<String> extras,
      Decision decision,
      double sameWeight,
      Optional<Boosting> trees,
      double classLambda,
      int stretch) {
    Config(
        String label,
        double lambda,
        List<String> extras,
        Decision decision,
        double sameWeight,
        Optional<Boosting> trees,
        double classLambda) {
      this(label, lambda, extras, decision, sameWeight, trees, classLambda, 0);
    }

    Config withStretch(int k) {
      return new Config(
          label + " stretch" + k, lambda, extras, decision, sameWeight, trees, classLambda, k);
    }

    Config withDecision(Decision d) {
      return new Config(label, lambda, extras, d, sameWeight, trees, classLambda, stretch);
    }

    Config withLambda(double l) {
      return new Config(label, l, extras, decision, sameWeight, trees, classLambda, stretch);
    }

    Config withLabel(String l) {
      return new Config(l, lambda, extras, decision, sameWeight, trees, classLambda, stretch);
    }
  }

  /** A fitted variant. */
  record Fitted(
      double[] w,
      double slope,
      double mid,
      TreeEnsemble trees,
      double[] classW,
      Config cfg,
      double[] stretch) {
    Fitted(double[] w, double slope, double mid, TreeEnsemble trees, double[] classW, Config cfg) {
      this(w, slope, mid, trees, classW, cfg, null);
    }

    double similarity(XRow r) {
      double s = linear(r);
      if (stretch != null) {
        return 1 + 3 / (1 + Math.exp(-stretch[0] * (s - stretch[1])));
      }
      return Math.max(1, Math.min(4, s));
    }

    double linear(XRow r) {
      double[] e = expanded(r, cfg);
      double s = 0;
      for (int i = 0; i < e.length; i++) {
        s += w[i] * e[i];
      }
      if (trees != null) {
        s += trees.value(cachedRaw(r, cfg));
      }
      return s;
    }

    boolean same(XRow r, double sim) {
      if (classW != null) {
        double[] e = expanded(r, cfg);
        double s = 0;
        for (int i = 0; i < e.length; i++) {
          s += classW[i] * e[i];
        }
        return s >= 0;
      }
      return sim < mid;
    }
  }

  static final int[] SQRT_INDEX =
      CrossLanguageModel.SQRT.stream().mapToInt(CrossLanguageFeatures::index).toArray();
  static final int[] LEXICAL = {
    CrossLanguageFeatures.index("terms"),
    CrossLanguageFeatures.index("chars"),
    CrossLanguageFeatures.index("lead"),
    CrossLanguageFeatures.index("samescript")
  };

  /** The features of a row, with the extras appended (same-language rows made cross-script). */
  /** Features zeroed in every row (ablation). */
  static final Set<Integer> DROP = new HashSet<>();

  /** Features zeroed in same-language rows only, besides the lexical ones. */
  static final Set<Integer> SAME_LANGUAGE_ZERO = new HashSet<>();

  /** Rows with a weight of their own (rows of a clustering set, ninth round). */
  static final Map<XRow, Double> WEIGHT = new java.util.IdentityHashMap<>();

  /** Rows in different languages that do not calibrate (rows of a clustering set). */
  static final Set<XRow> NO_CAL = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  static boolean calibrates(XRow r) {
    return r.cross && !NO_CAL.contains(r);
  }

  static double weight(XRow r, Config cfg) {
    Double w = WEIGHT.get(r);
    return w != null ? w : r.cross ? 1 : cfg.sameWeight;
  }

  /** Drop the square-root companions (ablation). */
  static boolean noSqrt;

  static double[] raw(XRow r, Config cfg) {
    double[] z = Arrays.copyOf(r.z, r.z.length + cfg.extras.size());
    for (int i : DROP) {
      z[i] = 0;
    }
    if (!r.cross) {
      for (int i : LEXICAL) {
        z[i] = 0;
      }
      for (int i : SAME_LANGUAGE_ZERO) {
        z[i] = 0;
      }
    }
    for (int k = 0; k < cfg.extras.size(); k++) {
      z[r.z.length + k] = EXTRA.get(cfg.extras.get(k)).applyAsDouble(r.a, r.b);
    }
    return z;
  }

  static final Map<String, double[]> RAW_CACHE = new ConcurrentHashMap<>();

  static double[] cachedRaw(XRow r, Config cfg) {
    String key = r.id1 + "|" + r.id2 + "|" + r.cross + "|" + cfg.extras + DROP + SAME_LANGUAGE_ZERO;
    return RAW_CACHE.computeIfAbsent(key, k -> raw(r, cfg));
  }

  static double[] expanded(XRow r, Config cfg) {
    double[] z = cachedRaw(r, cfg);
    double[] e = new double[z.length + SQRT_INDEX.length + 1];
    System.arraycopy(z, 0, e, 0, z.length);
    int k = z.length;
    for (int i : SQRT_INDEX) {
      e[k++] = noSqrt ? 0 : Math.sqrt(Math.max(0, z[i]));
    }
    e[k] = 1;
    return e;
  }

  static Fitted fit(List<XRow> rows, Config cfg, double[] calSims, List<XRow> calRows) {
    double[] w =
        LinkTrainer.ridge(
            rows.stream().map(r -> expanded(r, cfg)).toList(),
            rows.stream().mapToDouble(r -> r.gold).toArray(),
            rows.stream().mapToDouble(r -> weight(r, cfg)).toArray(),
            cfg.lambda);
    int d = w.length;
    TreeEnsemble trees = null;
    if (cfg.trees.isPresent()) {
      List<double[]> xs = new ArrayList<>();
      double[] res = new double[rows.size()];
      List<String> names = new ArrayList<>(CrossLanguageFeatures.NAMES);
      names.addAll(cfg.extras);
      for (int i = 0; i < rows.size(); i++) {
        double[] e = expanded(rows.get(i), cfg);
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += w[j] * e[j];
        }
        res[i] = rows.get(i).gold - s;
        xs.add(cachedRaw(rows.get(i), cfg));
      }
      // weights are not supported by the helper: same-language rows count fully in the trees
      trees = XgboostTrees.fit(xs, names, res, cfg.trees.get(), 42);
      w[d - 1] += trees.base();
      trees = trees.withBase(0);
    }
    double[] classW = cfg.decision == Decision.CLASSIFIER ? logistic(rows, cfg) : null;
    Fitted m = new Fitted(w, 1, 2.5, trees, classW, cfg);
    double[] sims = new double[calRows.size()];
    double[] gold = new double[calRows.size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = calSims == null ? m.similarity(calRows.get(i)) : calSims[i];
      gold[i] = calRows.get(i).gold;
    }
    double[] c = LinkTrainer.calibrate(sims, gold);
    double slope = Double.isFinite(c[0]) && c[0] > 0 ? c[0] : 3.0;
    double mid = Double.isFinite(c[1]) ? c[1] : 2.5;
    double cut =
        switch (cfg.decision) {
          case MID23 -> LinkTrainer.bestMidpoint(sims, gold, Math.max(2, Math.min(3, mid)));
          case MID_WIDE -> bestCut(sims, gold, 1.5, 3.5, Math.max(1.5, Math.min(3.5, mid)));
          case LOGIT, CLASSIFIER -> mid;
        };
    return new Fitted(w, slope, cut, trees, classW, cfg);
  }

  static double bestCut(double[] sims, double[] gold, double lo, double hi, double prefer) {
    return CrossLanguageTrainer.bestCut(sims, gold, lo, hi, prefer);
  }

  /** Ridge-penalised logistic regression of "same" (gold ≤ 2) on the expanded features. */
  static double[] logistic(List<XRow> rows, Config cfg) {
    int d = expanded(rows.get(0), cfg).length;
    double[] b = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[][] h = new double[d][d];
      double[] g = new double[d];
      for (XRow r : rows) {
        if (r.gold > 2 && r.gold < 3) {
          continue;
        }
        double[] e = expanded(r, cfg);
        double s = 0;
        for (int i = 0; i < d; i++) {
          s += b[i] * e[i];
        }
        double p = 1 / (1 + Math.exp(-s));
        double y = r.gold <= 2 ? 1 : 0;
        double w = weight(r, cfg);
        for (int i = 0; i < d; i++) {
          g[i] += w * (y - p) * e[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += w * p * (1 - p) * e[i] * e[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        double pen = i < d - 1 ? cfg.classLambda : 1e-6;
        g[i] -= pen * b[i];
        h[i][i] += pen;
      }
      if (LinkTrainer.newtonStep(b, h, g) < 1e-8) {
        break;
      }
    }
    return b;
  }

  /** As {@link CrossLanguageTrainer#train}: calibrated on 10-fold out-of-fold sims. */
  static Fitted train(List<XRow> rows, Config cfg) {
    Fitted f = train0(rows, cfg);
    if (cfg.stretch == 0) {
      return f;
    }
    // a sigmoid stretch of the ridge output onto 1-4, fitted on inner out-of-fold outputs
    List<XRow> cal =
        cfg.stretch == 1 ? rows.stream().filter(XlingExperiment::calibrates).toList() : rows;
    double[] oof = new double[cal.size()];
    for (int k = 0; k < 10; k++) {
      Set<String> held = new HashSet<>();
      for (int i = k; i < cal.size(); i += 10) {
        held.addAll(cal.get(i).sources);
      }
      List<XRow> rest = new ArrayList<>();
      for (XRow r : rows) {
        if (Collections.disjoint(r.sources, held)) {
          rest.add(r);
        }
      }
      Fitted m = fit(rest, cfg, null, rest.stream().filter(XlingExperiment::calibrates).toList());
      for (int i = k; i < cal.size(); i += 10) {
        oof[i] = m.linear(cal.get(i));
      }
    }
    double best = Double.MAX_VALUE;
    double[] st = null;
    for (double slope = 0.5; slope <= 8; slope += 0.25) {
      for (double c = 1.5; c <= 3.5; c += 0.02) {
        double err = 0;
        for (int i = 0; i < oof.length; i++) {
          double v = 1 + 3 / (1 + Math.exp(-slope * (oof[i] - c)));
          double w = cal.get(i).cross ? 1 : cfg.sameWeight;
          err += w * (v - cal.get(i).gold) * (v - cal.get(i).gold);
        }
        if (err < best) {
          best = err;
          st = new double[] {slope, c};
        }
      }
    }
    // the decision threshold moves with the stretch: map it
    double mid = 1 + 3 / (1 + Math.exp(-st[0] * (f.mid - st[1])));
    return new Fitted(f.w, f.slope, mid, f.trees, f.classW, cfg, st);
  }

  static Fitted train0(List<XRow> rows, Config cfg) {
    List<XRow> cross = rows.stream().filter(XlingExperiment::calibrates).toList();
    double[] oof = new double[cross.size()];
    for (int f = 0; f < 10; f++) {
      Set<String> held = new HashSet<>();
      for (int i = f; i < cross.size(); i += 10) {
        held.addAll(cross.get(i).sources);
      }
      List<XRow> rest = new ArrayList<>();
      for (XRow r : rows) {
        if (Collections.disjoint(r.sources, held)) {
          rest.add(r);
        }
      }
      Fitted m = fit(rest, cfg, null, cross);
      for (int i = f; i < cross.size(); i += 10) {
        oof[i] = m.similarity(cross.get(i));
      }
    }
    return fit(rows, cfg, oof, cross);
  }

  record Cv(double pearson, double accuracy) {}

  static Cv cv(List<XRow> xling, List<XRow> companion, Config cfg, long seed, double[] outSims) {
    int n = xling.size();
    double[] pred = new double[n];
    boolean[] same = new boolean[n];
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      Set<String> held = new HashSet<>();
      Set<Integer> in = new HashSet<>();
      for (int i : fold) {
        held.addAll(xling.get(i).sources);
        in.add(i);
      }
      List<XRow> train = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!in.contains(i) && Collections.disjoint(xling.get(i).sources, held)) {
          train.add(xling.get(i));
        }
      }
      for (XRow r : companion) {
        if (Collections.disjoint(r.sources, held)) {
          train.add(r);
        }
      }
      Fitted m = train(train, cfg);
      for (int i : fold) {
        pred[i] = m.similarity(xling.get(i));
        same[i] = m.same(xling.get(i), pred[i]);
      }
    }
    double[] gold = xling.stream().mapToDouble(XRow::gold).toArray();
    int decided = 0;
    int correct = 0;
    for (int i = 0; i < n; i++) {
      if (gold[i] <= 2 || gold[i] >= 3) {
        decided++;
        if (same[i] == (gold[i] <= 2)) {
          correct++;
        }
      }
    }
    if (outSims != null) {
      System.arraycopy(pred, 0, outSims, 0, n);
    }
    return new Cv(pearson(pred, gold), (double) correct / decided);
  }

  static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  static List<XRow> rows(Path dir, LanguageIdentifier langId) throws IOException {
    PairsDataset ds = PairsDataset.load(dir);
    CorpusStats stats = new CorpusStats();
    ds.articles().values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, langId);
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    ds.articles().values().parallelStream().forEach(a -> feats.put(a.id(), fx.extract(a)));
    List<XRow> out = new ArrayList<>();
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      out.add(
          new XRow(
              p.id1(),
              p.id2(),
              CrossLanguageFeatures.compute(a, b),
              p.overall(),
              !a.lang().equals(b.lang()),
              Set.of(CrossLanguageTrainer.source(p.id1()), CrossLanguageTrainer.source(p.id2())),
              a,
              b));
    }
    return out;
  }

  static void run(PrintStream out, List<XRow> xling, List<XRow> semeval, Config cfg) {
    double[] p = new double[SEEDS.length];
    double[] acc = new double[SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      Cv c = cv(xling, semeval, cfg, SEEDS[s], null);
      p[s] = c.pearson;
      acc[s] = c.accuracy;
    }
    out.printf(
        Locale.ROOT,
        "%-44s P %.3f (%.3f-%.3f) A %.3f (%.3f-%.3f) | %s / %s%n",
        cfg.label,
        mean(p),
        Arrays.stream(p).min().orElse(0),
        Arrays.stream(p).max().orElse(0),
        mean(acc),
        Arrays.stream(acc).min().orElse(0),
        Arrays.stream(acc).max().orElse(0),
        fmt(p),
        fmt(acc));
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  static String fmt(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (double x : v) {
      sb.append(String.format(Locale.ROOT, "%.3f ", x));
    }
    return sb.toString().trim();
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    List<XRow> xling = rows(Path.of("../shared/data/xling-dev/pairs"), langId);
    List<XRow> semeval = rows(Path.of("../shared/data/semeval2022-task8"), langId);
    XlingCandidates.register(EXTRA);
    Config base =
        new Config(
            "shipped (lambda 10, cut in [1.5, 3.5])",
            CrossLanguageTrainer.LAMBDA,
            List.of(),
            Decision.MID_WIDE,
            CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT,
            Optional.empty(),
            1);
    String which = args.length > 0 ? args[0] : "base";
    XlingCandidates.experiments(which, out, xling, semeval, base);
  }
}
