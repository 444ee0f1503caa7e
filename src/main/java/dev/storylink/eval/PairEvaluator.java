package dev.storylink.eval;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.LinkModel;
import dev.storylink.link.LinkTrainer;
import dev.storylink.link.PairFeatures;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the link scorer on a {@link PairsDataset}: Pearson correlation of the predicted 1–4
 * similarity with the gold Overall score (overall and per language pair), and accuracy of the
 * same-story decision on the pairs whose gold is clearly same (≤ 2) or clearly different (≥ 3).
 * Term statistics are collected over the dataset's own articles, as a store would over its
 * contents. Also trains models ({@link #train}) and cross-validates them. Thread-safe.
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

  /** Features of every gold pair of a dataset. */
  public record PairData(List<PairsDataset.GoldPair> pairs, List<double[]> xs, List<String> groups) {
    double[] gold() {
      return pairs.stream().mapToDouble(PairsDataset.GoldPair::overall).toArray();
    }
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
    for (PairsDataset.GoldPair p : ds.pairs()) {
      ArticleFeatures a = feats.get(p.id1());
      ArticleFeatures b = feats.get(p.id2());
      xs.add(PairFeatures.compute(a, b));
      groups.add(a.lang() + "-" + b.lang());
    }
    return new PairData(ds.pairs(), xs, groups);
  }

  /** Evaluates {@code model} on pre-computed pair features. */
  public static Report evaluate(PairData data, LinkModel model, String description) {
    double[] pred = new double[data.xs().size()];
    for (int i = 0; i < pred.length; i++) {
      pred[i] = model.similarity(data.xs().get(i));
    }
    return report(data, pred, model, description);
  }

  /** k-fold cross-validation: each fold predicted by a model trained on the other folds. */
  public static Report crossValidate(PairData data, int k, long seed) {
    double[] pred = crossValidatedPredictions(data, k, seed);
    LinkModel full = train(data);
    return report(data, pred, full, k + "-fold cross-validation");
  }

  /** Trains a model on all pairs, calibrated on out-of-fold predictions. */
  public static LinkModel train(PairData data) {
    double[] oof = crossValidatedPredictions(data, 10, 42);
    return LinkTrainer.train(data.xs(), data.gold(), oof);
  }

  static double[] crossValidatedPredictions(PairData data, int k, long seed) {
    int n = data.xs().size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Collections.shuffle(java.util.Arrays.asList(order), new Random(seed));
    double[] gold = data.gold();
    double[] pred = new double[n];
    for (int f = 0; f < k; f++) {
      List<double[]> trX = new ArrayList<>();
      List<Double> trY = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % k == f) {
          test.add(order[i]);
        } else {
          trX.add(data.xs().get(order[i]));
          trY.add(gold[order[i]]);
        }
      }
      LinkModel m =
          LinkTrainer.train(trX, trY.stream().mapToDouble(Double::doubleValue).toArray(), null);
      for (int i : test) {
        pred[i] = m.similarity(data.xs().get(i));
      }
    }
    return pred;
  }

  private static Report report(PairData data, double[] pred, LinkModel model, String description) {
    double[] gold = data.gold();
    List<Figures> out = new ArrayList<>();
    out.add(figures("all", data, pred, gold, model, null));
    TreeMap<String, Boolean> groups = new TreeMap<>();
    data.groups().forEach(g -> groups.put(g, true));
    for (String g : groups.keySet()) {
      out.add(figures(g, data, pred, gold, model, g));
    }
    return new Report(out, description);
  }

  private static Figures figures(
      String name, PairData data, double[] pred, double[] gold, LinkModel model, String group) {
    List<Double> p = new ArrayList<>();
    List<Double> g = new ArrayList<>();
    int decided = 0;
    int correct = 0;
    for (int i = 0; i < pred.length; i++) {
      if (group != null && !group.equals(data.groups().get(i))) {
        continue;
      }
      p.add(pred[i]);
      g.add(gold[i]);
      if (gold[i] <= 2.0 || gold[i] >= 3.0) {
        decided++;
        boolean same = model.probability(pred[i]) >= 0.5;
        if (same == (gold[i] <= 2.0)) {
          correct++;
        }
      }
    }
    double r =
        Stats.pearson(
            p.stream().mapToDouble(Double::doubleValue).toArray(),
            g.stream().mapToDouble(Double::doubleValue).toArray());
    return new Figures(name, p.size(), r, decided, decided == 0 ? Double.NaN : (double) correct / decided);
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
