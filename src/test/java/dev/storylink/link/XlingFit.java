package dev.storylink.link;

import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The trainer variants of {@link XlingExperiment}: the ridge fit over {@link XlingColumns}, the
 * decision threshold, boosted trees on the residuals, a logistic classifier and a sigmoid stretch;
 * as {@link CrossLanguageTrainer#train}, calibrated on 10-fold out-of-fold similarities. A
 * development helper run by hand; not thread-safe (it reads the static switches of {@link
 * XlingColumns}).
 */
final class XlingFit {
  private XlingFit() {}

  /** A fitted variant. */
  record Fitted(
      double[] w,
      double slope,
      double mid,
      TreeEnsemble trees,
      double[] classW,
      XlingExperiment.Config cfg,
      double[] stretch) {
    Fitted(
        double[] w,
        double slope,
        double mid,
        TreeEnsemble trees,
        double[] classW,
        XlingExperiment.Config cfg) {
      this(w, slope, mid, trees, classW, cfg, null);
    }

    double similarity(XlingExperiment.XRow r) {
      double s = linear(r);
      if (stretch != null) {
        return 1 + 3 / (1 + Math.exp(-stretch[0] * (s - stretch[1])));
      }
      return Math.max(1, Math.min(4, s));
    }

    /** The calibrated probability that the row's pair is the same story. */
    double probability(XlingExperiment.XRow r) {
      return 1 / (1 + Math.exp(slope * (similarity(r) - mid)));
    }

    double linear(XlingExperiment.XRow r) {
      double s = XlingColumns.dot(w, r, cfg);
      if (trees != null) {
        s += trees.value(XlingColumns.cachedRaw(r, cfg));
      }
      return s;
    }

    boolean same(XlingExperiment.XRow r, double sim) {
      if (classW != null) {
        return XlingColumns.dot(classW, r, cfg) >= 0;
      }
      return sim < mid;
    }
  }

  static Fitted fit(
      List<XlingExperiment.XRow> rows,
      XlingExperiment.Config cfg,
      double[] calSims,
      List<XlingExperiment.XRow> calRows) {
    double[] w =
        LinkTrainer.ridge(
            rows.stream().map(r -> XlingColumns.expanded(r, cfg)).toList(),
            rows.stream().mapToDouble(XlingExperiment.XRow::gold).toArray(),
            rows.stream().mapToDouble(r -> XlingColumns.weight(r, cfg)).toArray(),
            cfg.lambda());
    int d = w.length;
    TreeEnsemble trees = null;
    if (cfg.trees().isPresent()) {
      List<double[]> xs = new ArrayList<>();
      double[] res = new double[rows.size()];
      List<String> names = new ArrayList<>(CrossLanguageFeatures.NAMES);
      names.addAll(cfg.extras());
      for (int i = 0; i < rows.size(); i++) {
        res[i] = rows.get(i).gold() - XlingColumns.dot(w, rows.get(i), cfg);
        xs.add(XlingColumns.cachedRaw(rows.get(i), cfg));
      }
      // weights are not supported by the helper: same-language rows count fully in the trees
      trees = XgboostTrees.fit(xs, names, res, cfg.trees().get(), 42);
      w[d - 1] += trees.base();
      trees = trees.withBase(0);
    }
    double[] classW =
        cfg.decision() == XlingExperiment.Decision.CLASSIFIER ? logistic(rows, cfg) : null;
    Fitted m = new Fitted(w, 1, 2.5, trees, classW, cfg);
    double[] sims = new double[calRows.size()];
    double[] gold = new double[calRows.size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = calSims == null ? m.similarity(calRows.get(i)) : calSims[i];
      gold[i] = calRows.get(i).gold();
    }
    double[] c = LinkTrainer.calibrate(sims, gold);
    double slope = Double.isFinite(c[0]) && c[0] > 0 ? c[0] : 3.0;
    double mid = Double.isFinite(c[1]) ? c[1] : 2.5;
    double cut =
        switch (cfg.decision()) {
          case MID23 -> LinkTrainer.bestMidpoint(sims, gold, Math.max(2, Math.min(3, mid)));
          case MID_WIDE ->
              CrossLanguageTrainer.bestCut(sims, gold, 1.5, 3.5, Math.max(1.5, Math.min(3.5, mid)));
          case LOGIT, CLASSIFIER -> mid;
        };
    return new Fitted(w, slope, cut, trees, classW, cfg);
  }

  /** Ridge-penalised logistic regression of "same" (gold ≤ 2) on the expanded features. */
  static double[] logistic(List<XlingExperiment.XRow> rows, XlingExperiment.Config cfg) {
    int d = XlingColumns.expanded(rows.get(0), cfg).length;
    double[] b = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[][] h = new double[d][d];
      double[] g = new double[d];
      for (XlingExperiment.XRow r : rows) {
        if (r.gold() > 2 && r.gold() < 3) {
          continue;
        }
        double[] e = XlingColumns.expanded(r, cfg);
        double s = 0;
        for (int i = 0; i < d; i++) {
          s += b[i] * e[i];
        }
        double p = 1 / (1 + Math.exp(-s));
        double y = r.gold() <= 2 ? 1 : 0;
        double w = XlingColumns.weight(r, cfg);
        for (int i = 0; i < d; i++) {
          g[i] += w * (y - p) * e[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += w * p * (1 - p) * e[i] * e[j];
          }
        }
      }
      for (int i = 0; i < d; i++) {
        double pen = i < d - 1 ? cfg.classLambda() : 1e-6;
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
  static Fitted train(List<XlingExperiment.XRow> rows, XlingExperiment.Config cfg) {
    Fitted f = train0(rows, cfg);
    if (cfg.stretch() == 0) {
      return f;
    }
    // a sigmoid stretch of the ridge output onto 1-4, fitted on inner out-of-fold outputs
    List<XlingExperiment.XRow> cal =
        cfg.stretch() == 1 ? rows.stream().filter(XlingColumns::calibrates).toList() : rows;
    double[] oof = new double[cal.size()];
    for (int k = 0; k < 10; k++) {
      List<XlingExperiment.XRow> rest = outsideFold(rows, cal, k);
      Fitted m = fit(rest, cfg, null, rest.stream().filter(XlingColumns::calibrates).toList());
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
          double w = cal.get(i).cross() ? 1 : cfg.sameWeight();
          err += w * (v - cal.get(i).gold()) * (v - cal.get(i).gold());
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

  static Fitted train0(List<XlingExperiment.XRow> rows, XlingExperiment.Config cfg) {
    List<XlingExperiment.XRow> cross = rows.stream().filter(XlingColumns::calibrates).toList();
    double[] oof = new double[cross.size()];
    for (int f = 0; f < 10; f++) {
      Fitted m = fit(outsideFold(rows, cross, f), cfg, null, cross);
      for (int i = f; i < cross.size(); i += 10) {
        oof[i] = m.similarity(cross.get(i));
      }
    }
    return fit(rows, cfg, oof, cross);
  }

  /**
   * The rows that share no source with inner fold {@code k} of {@code folded} (its rows {@code k},
   * {@code k + 10}, ...).
   */
  static List<XlingExperiment.XRow> outsideFold(
      List<XlingExperiment.XRow> rows, List<XlingExperiment.XRow> folded, int k) {
    Set<String> held = new HashSet<>();
    for (int i = k; i < folded.size(); i += 10) {
      held.addAll(folded.get(i).sources());
    }
    return withoutSources(rows, held);
  }

  /** The rows that share no source with {@code held}, in order. */
  static List<XlingExperiment.XRow> withoutSources(
      List<XlingExperiment.XRow> rows, Set<String> held) {
    List<XlingExperiment.XRow> rest = new ArrayList<>();
    for (XlingExperiment.XRow r : rows) {
      if (Collections.disjoint(r.sources(), held)) {
        rest.add(r);
      }
    }
    return rest;
  }
}
