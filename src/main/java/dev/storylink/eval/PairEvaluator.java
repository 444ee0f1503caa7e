package dev.storylink.eval;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.learn.Boosting;
import dev.storylink.link.CorpusNeighbours;
import dev.storylink.link.CrossLanguageFeatures;
import dev.storylink.link.CrossLanguageModel;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.link.ExtraRows;
import dev.storylink.link.LinkModel;
import dev.storylink.link.LinkTrainer;
import dev.storylink.link.PairFeatures;
import dev.storylink.link.Regression;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Evaluates the link scorer on a {@link PairsDataset}: Pearson correlation of the predicted 1–4
 * similarity with the gold Overall score (overall and per language pair), and accuracy of the
 * same-story decision on the pairs whose gold is clearly same (≤ 2) or clearly different (≥ 3).
 * Term statistics are collected over the dataset's own articles, as a store would over its
 * contents, and every pair is scored within the corpus of those articles ({@link CorpusNeighbours};
 * labels are never read). Also trains models ({@link #train}) and cross-validates them.
 * Thread-safe.
 */
public final class PairEvaluator {
  /** Figures for one group of pairs. */
  public record Figures(String group, int pairs, double pearson, int decided, double accuracy) {}

  /** Evaluation result: overall figures first, then one per language pair. */
  public record Report(List<Figures> figures, String modelDescription) {
    public Figures overall() {
      return figures.get(0);
    }
  }

  /**
   * Features of every gold pair of a dataset: the {@link PairFeatures} ({@code xs}) and the {@link
   * CrossLanguageFeatures} ({@code zs}); {@code companion}: other pairs the cross-language model
   * trains on in cross-validation (empty by default, see {@link #withCompanion}).
   */
  public record PairData(
      List<PairsDataset.GoldPair> pairs,
      List<double[]> xs,
      List<String> groups,
      List<Boolean> crossScript,
      List<double[]> zs,
      List<Boolean> crossLanguage,
      List<CrossLanguageTrainer.Row> companion) {
    /** A copy whose cross-validation also trains the cross-language model on {@code rows}. */
    public PairData withCompanion(List<CrossLanguageTrainer.Row> rows) {
      return new PairData(pairs, xs, groups, crossScript, zs, crossLanguage, List.copyOf(rows));
    }

    /** The pairs as training rows of the cross-language model. */
    public List<CrossLanguageTrainer.Row> rows() {
      List<CrossLanguageTrainer.Row> out = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        PairsDataset.GoldPair p = pairs.get(i);
        out.add(
            new CrossLanguageTrainer.Row(
                p.id1(), p.id2(), zs.get(i), p.overall(), crossLanguage.get(i)));
      }
      return out;
    }

    double[] gold() {
      return pairs.stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
    }
  }

  /** Which of the model's regressions scores the pairs. */
  public enum Routing {
    /** As in production: lexical within a script, evidence across scripts. */
    BY_SCRIPT,
    /** The language-independent evidence model for every pair (what cross-script pairs get). */
    EVIDENCE_ONLY
  }

  private PairEvaluator() {}

  /** Computes the pair features of a dataset. */
  public static PairData featurize(PairsDataset ds, LanguageIdentifier langId) {
    CorpusStats stats = new CorpusStats();
    ds.articles().values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, langId);
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    ds.articles().values().parallelStream().forEach(a -> feats.put(a.id(), fx.extract(a)));
    List<double[]> xs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Boolean> cross = new ArrayList<>();
    List<double[]> zs = new ArrayList<>();
    List<Boolean> crossLanguage = new ArrayList<>();
    CorpusNeighbours corpus = CorpusNeighbours.of(feats.values());
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      double[] x = PairFeatures.compute(a, b);
      corpus.apply(a, b, x);
      xs.add(x);
      groups.add(a.lang() + "-" + b.lang());
      cross.add(PairFeatures.crossScript(a, b));
      zs.add(CrossLanguageFeatures.compute(a, b, x));
      crossLanguage.add(!a.lang().equals(b.lang()));
    }
    return new PairData(ds.pairs(), xs, groups, cross, zs, crossLanguage, List.of());
  }

  private static Regression route(LinkModel model, PairData data, int i, Routing routing) {
    return routing == Routing.EVIDENCE_ONLY
        ? model.evidence()
        : model.forPair(data.crossScript().get(i));
  }

  /** As in production: pairs in different languages go to the cross-language model. */
  private static boolean crossModel(PairData data, int i, Routing routing) {
    return routing == Routing.BY_SCRIPT && data.crossLanguage().get(i);
  }

  /** Evaluates {@code model} on pre-computed pair features. */
  public static Report evaluate(
      PairData data, LinkModel model, Routing routing, String description) {
    return evaluate(data, model, CrossLanguageModel.shipped(), routing, description);
  }

  /** Evaluates {@code model} with {@code cross} for pairs in different languages. */
  public static Report evaluate(
      PairData data,
      LinkModel model,
      CrossLanguageModel cross,
      Routing routing,
      String description) {
    double[] pred = new double[data.xs().size()];
    DoubleUnaryOperator[] used = new DoubleUnaryOperator[pred.length];
    for (int i = 0; i < pred.length; i++) {
      if (crossModel(data, i, routing)) {
        used[i] = cross::probability;
        pred[i] = cross.decided(data.zs().get(i));
      } else {
        Regression r = route(model, data, i, routing);
        used[i] = r::probability;
        pred[i] = r.similarity(data.xs().get(i));
      }
    }
    return PairFigures.report(data, pred, used, description);
  }

  /** k-fold cross-validation: each fold predicted by models trained on the other folds. */
  public static Report crossValidate(PairData data, int k, long seed, Routing routing) {
    return crossValidate(data, k, seed, routing, ExtraRows.NONE);
  }

  /**
   * k-fold cross-validation: each fold predicted by models trained on the other folds, the lexical
   * model's also on {@code lexicalRows} (every fold's, as {@code train link} trains it).
   */
  public static Report crossValidate(
      PairData data, int k, long seed, Routing routing, ExtraRows lexicalRows) {
    int n = data.xs().size();
    double[] pred = new double[n];
    DoubleUnaryOperator[] used = new DoubleUnaryOperator[n];
    List<CrossLanguageTrainer.Row> rows = data.rows();
    for (int[] fold : folds(n, k, seed)) {
      LinkModel m = trainOn(data, complement(fold, n), lexicalRows);
      CrossLanguageModel cross = null;
      for (int i : fold) {
        if (crossModel(data, i, routing)) {
          if (cross == null) {
            cross = CrossLanguageCv.trainWithout(rows, fold, data.companion());
          }
          used[i] = cross::probability;
          pred[i] = cross.decided(data.zs().get(i));
        } else {
          Regression r = route(m, data, i, routing);
          used[i] = r::probability;
          pred[i] = r.similarity(data.xs().get(i));
        }
      }
    }
    return PairFigures.report(
        data,
        pred,
        used,
        k
            + "-fold cross-validation"
            + (routing == Routing.EVIDENCE_ONLY ? ", evidence model on every pair" : ""));
  }

  /**
   * Trains the three regressions on all pairs, each calibrated on its 10-fold (seed 42) out-of-fold
   * predictions ({@code storylink train link --refit-clustering}).
   */
  public static LinkModel train(PairData data) {
    return train(data, ExtraRows.NONE);
  }

  /**
   * As {@link #train(PairData)}, the lexical model (and its out-of-fold predictions) also fitted on
   * {@code lexicalRows}, which it is not calibrated on ({@code storylink train link}).
   */
  public static LinkModel train(PairData data, ExtraRows lexicalRows) {
    return trainClustering(
        data, fit(data, LinkModel.lexicalShape(), LinkModel.LEXICAL_TREES, lexicalRows));
  }

  /**
   * The clusterer's regressions ({@link LinkModel#neutral}, {@link LinkModel#evidence}) trained on
   * all pairs as {@link #train} trains them (each calibrated on its out-of-fold predictions), with
   * {@code lexical} as the lexical model: what the clusterer's pair scoring was fitted with,
   * without the boosted trees of the lexical model (which the clusterer reads only with a second
   * look).
   */
  public static LinkModel trainClustering(PairData data, Regression lexical) {
    return new LinkModel(
        lexical,
        fit(data, LinkModel.evidenceShape(), Optional.empty()),
        fit(data, LinkModel.neutralShape(), LinkModel.NEUTRAL_TREES));
  }

  /**
   * {@code shape} fitted on all pairs of {@code data}, calibrated on its predictions for each of
   * the 10 folds (seed 42) by a fit without that fold.
   */
  public static Regression fit(PairData data, Regression shape, Optional<Boosting> boosting) {
    return fit(data, shape, boosting, ExtraRows.NONE);
  }

  /** As {@link #fit(PairData, Regression, Optional)}, every fit also on {@code extra}. */
  public static Regression fit(
      PairData data, Regression shape, Optional<Boosting> boosting, ExtraRows extra) {
    int n = data.xs().size();
    double[] oof = new double[n];
    for (int[] fold : folds(n, 10, 42)) {
      Regression m = fitOn(data, complement(fold, n), shape, boosting, extra);
      for (int i : fold) {
        oof[i] = m.unmapped(data.xs().get(i)); // the final fit maps and calibrates these
      }
    }
    return LinkTrainer.train(shape, data.xs(), data.gold(), oof, boosting, extra);
  }

  private static Regression fitOn(
      PairData data, int[] rows, Regression shape, Optional<Boosting> boosting, ExtraRows extra) {
    List<double[]> xs = new ArrayList<>();
    double[] ys = new double[rows.length];
    double[] gold = data.gold();
    for (int r = 0; r < rows.length; r++) {
      xs.add(data.xs().get(rows[r]));
      ys[r] = gold[rows[r]];
    }
    return LinkTrainer.train(shape, xs, ys, null, boosting, extra);
  }

  private static LinkModel trainOn(PairData data, int[] rows, ExtraRows lexicalRows) {
    return new LinkModel(
        fitOn(data, rows, LinkModel.lexicalShape(), LinkModel.LEXICAL_TREES, lexicalRows),
        fitOn(data, rows, LinkModel.evidenceShape(), Optional.empty(), ExtraRows.NONE),
        fitOn(data, rows, LinkModel.neutralShape(), LinkModel.NEUTRAL_TREES, ExtraRows.NONE));
  }

  /**
   * The {@code k} cross-validation folds of {@code n} pairs for {@code seed}: the pairs shuffled by
   * {@code new Random(seed)}, then dealt round-robin (the folds every gated CV figure uses; an
   * experiment that reproduces a gated figure must use them too).
   */
  public static List<int[]> folds(int n, int k, long seed) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(java.util.Arrays.asList(order), new Random(seed));
    List<int[]> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<Integer> fold = new ArrayList<>();
      for (int i = f; i < n; i += k) {
        fold.add(order[i]);
      }
      out.add(fold.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** The indices below {@code n} that are not in {@code fold}: its training rows. */
  public static int[] complement(int[] fold, int n) {
    boolean[] in = new boolean[n];
    for (int i : fold) {
      in[i] = true;
    }
    return java.util.stream.IntStream.range(0, n).filter(i -> !in[i]).toArray();
  }

  /** The pair features and gold scores as TSV (one header line), for analysis. */
  public static String tsv(PairData data) {
    StringBuilder sb = new StringBuilder("id1\tid2\tgroup\tcross_script\tgold\t");
    sb.append(String.join("\t", PairFeatures.NAMES));
    CrossLanguageFeatures.NAMES.forEach(n -> sb.append("\tx_").append(n));
    sb.append('\n');
    for (int i = 0; i < data.pairs().size(); i++) {
      PairsDataset.GoldPair p = data.pairs().get(i);
      sb.append(p.id1())
          .append('\t')
          .append(p.id2())
          .append('\t')
          .append(data.groups().get(i))
          .append('\t')
          .append(data.crossScript().get(i) ? 1 : 0)
          .append('\t')
          .append(p.overall());
      for (double v : data.xs().get(i)) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      for (double v : data.zs().get(i)) {
        sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Markdown table of a report. */
  public static String markdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("| pairs | n | Pearson | decided (≤2 or ≥3) | same-story accuracy |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    for (Figures f : r.figures()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.3f | %d | %.3f |%n",
              f.group(),
              f.pairs(),
              f.pearson(),
              f.decided(),
              f.accuracy()));
    }
    return sb.toString();
  }

  /** One-line summary of a report. */
  public static String summary(Report r) {
    Figures f = r.overall();
    return String.format(
        Locale.ROOT,
        "pairs=%d pearson=%.3f accuracy=%.3f (%s)",
        f.pairs(),
        f.pearson(),
        f.accuracy(),
        r.modelDescription());
  }
}
