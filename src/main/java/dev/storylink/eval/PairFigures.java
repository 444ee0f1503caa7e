package dev.storylink.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@link PairEvaluator.Report} of predicted pair scores: Pearson and same-story accuracy
 * overall and per group.
 *
 * <p>Thread-safe: stateless.
 */
final class PairFigures {
  private PairFigures() {}

  /**
   * The figures of {@code pred} against the gold scores: all pairs first, then each group (language
   * pair) in sorted order; a pair is decided when its gold is ≤ 2 or ≥ 3, and called the same story
   * when {@code used[i]} maps its prediction to at least 0.5.
   */
  static PairEvaluator.Report report(
      PairEvaluator.PairData data, double[] pred, DoubleUnaryOperator[] used, String description) {
    double[] gold = data.gold();
    List<PairEvaluator.Figures> out = new ArrayList<>();
    out.add(figures("all", data, pred, gold, used, null));
    TreeMap<String, Boolean> groups = new TreeMap<>();
    data.groups().forEach(g -> groups.put(g, true));
    for (String g : groups.keySet()) {
      out.add(figures(g, data, pred, gold, used, g));
    }
    return new PairEvaluator.Report(out, description);
  }

  private static PairEvaluator.Figures figures(
      String name,
      PairEvaluator.PairData data,
      double[] pred,
      double[] gold,
      DoubleUnaryOperator[] used,
      String group) {
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
        boolean same = used[i].applyAsDouble(pred[i]) >= 0.5;
        if (same == (gold[i] <= 2.0)) {
          correct++;
        }
      }
    }
    double r =
        Stats.pearson(
            p.stream().mapToDouble(Double::doubleValue).toArray(),
            g.stream().mapToDouble(Double::doubleValue).toArray());
    return new PairEvaluator.Figures(
        name, p.size(), r, decided, decided == 0 ? Double.NaN : (double) correct / decided);
  }
}
