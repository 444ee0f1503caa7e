package dev.storylink.link;

import static dev.storylink.link.ExperimentColumns.expand;
import static dev.storylink.link.ExperimentColumns.treeRow;
import static dev.storylink.link.LinkExperiments.base;
import static dev.storylink.link.LinkExperiments.gold;

import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import dev.storylink.link.LinkExperiments.Opts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A model of {@link LinkExperiments}, as the shipped trainer fits it over arbitrary extra columns:
 * ridge regression on the expanded vector plus boosted trees on its residuals, the logistic
 * calibration (or another decision rule) on inner 5-fold out-of-fold predictions, and session 16's
 * output maps and ordinal fit. A development helper run by hand; not thread-safe.
 */
final class ExperimentModel {
  double[] w;
  TreeEnsemble trees;
  double slope;
  double mid;
  TreeEnsemble ctrees;
  double[] clf; // logistic classifier weights over [expanded..., sim]
  List<String> extras;
  String shape = ""; // session 16: "iso", "cubic", "ord", "ordavg", "ordmix"
  double[][] iso;
  double[] poly;
  double[][] ord;
  ToDoubleFunction<double[]> bagged;
  double cutMapped = Double.NaN; // session 20: decide same when the mapped output is below it

  double sim(int i) {
    return Math.max(1.0, Math.min(4.0, raw(i)));
  }

  double raw(int i) {
    double[] row = treeRow(i, extras);
    return dot(w, expand(i, extras))
        + (bagged != null ? bagged.applyAsDouble(row) : trees.value(row));
  }

  /** The decision's input: the regression, or its ordinal combination. */
  double decisionInput(int i) {
    double s = sim(i);
    if (ord == null) {
      return s;
    }
    double o = Session16Extras.ordinalScore(ord, expand(i, extras));
    return shape.equals("ord") ? o : (s + o) / 2;
  }

  /** What the decision's logistic calibration reads: the mapped output with "...cal" shapes. */
  double decisionValue(int i) {
    return shape.endsWith("cal") ? out(i) : decisionInput(i);
  }

  /** The reported similarity: the decision input, through the fitted map if any. */
  double out(int i) {
    double s = decisionInput(i);
    if (iso != null) {
      return Session16Extras.interpolate(iso, s);
    }
    if (poly != null) {
      double v = shape.endsWith("raw") ? raw(i) : s;
      return Math.max(1, Math.min(4, Session16Extras.poly(poly, v)));
    }
    return s;
  }

  /** The output shape named in a decision string ({@code logit+iso} etc.), or "". */
  static String shape(Opts o) {
    int plus = o.threshold().indexOf('+');
    return plus < 0 ? "" : o.threshold().substring(plus + 1);
  }

  /** Tree settings that replace {@link #boosting()}'s while set (nested CV), else null. */
  static Boosting override;

  /** Tree settings written {@code n,depth,eta,minChild,subsample}. */
  static Boosting parseBoosting(String t) {
    String[] p = t.split(",");
    return new Boosting(
        Integer.parseInt(p[0]),
        Integer.parseInt(p[1]),
        Double.parseDouble(p[2]),
        Double.parseDouble(p[3]),
        Double.parseDouble(p[4]));
  }

  /** The tree settings: the shipped ones, or {@code -Dtrees=n,depth,eta,minChild,subsample}. */
  static Boosting boosting() {
    if (override != null) {
      return override;
    }
    String t = System.getProperty("trees");
    if (t == null) {
      return LinkModel.LEXICAL_TREES.orElseThrow();
    }
    return parseBoosting(t);
  }

  /** The ridge weight of pair {@code i}: {@code o.fracWeight()} when its gold is no integer. */
  static double weight(int i, Opts o) {
    if (i >= LinkExperiments.pairs.size()) {
      return extraWeight;
    }
    return gold[i] != Math.rint(gold[i]) ? o.fracWeight() : 1;
  }

  /** Session 18: rows from other data sets (indices past the pairs) added to every fit. */
  static int[] extraRows = new int[0];

  /** Session 18: the weight of each extra row in the ridge and the trees. */
  static double extraWeight = 1;

  /** Session 18: which fit sees the extra rows: "both", "ridge" or "trees". */
  static String extraPart = "both";

  /** {@code rows} followed by the {@link #extraRows}. */
  static int[] withExtras(int[] rows) {
    int[] out = Arrays.copyOf(rows, rows.length + extraRows.length);
    System.arraycopy(extraRows, 0, out, rows.length, extraRows.length);
    return out;
  }

  /**
   * Fits ridge + trees on the pairs {@code rows}; with {@code calibrate} also the decision rule and
   * the output map on inner 5-fold out-of-fold predictions.
   */
  static ExperimentModel fit(int[] pairRows, Opts o, boolean calibrate) {
    List<String> ex = o.extras();
    ExperimentModel m = new ExperimentModel();
    m.extras = ex;
    int[] rows = withExtras(pairRows); // the extra rows are fitted on, never calibrated on
    int[] ridgeRows = extraPart.equals("trees") ? pairRows : rows;
    int[] treeRows = extraPart.equals("ridge") ? pairRows : rows;
    rows = ridgeRows;
    m.w =
        LinkTrainer.ridge(
            Arrays.stream(rows).mapToObj(r -> expand(r, ex)).toList(),
            Arrays.stream(rows).mapToDouble(r -> gold[r]).toArray(),
            Arrays.stream(rows).mapToDouble(r -> weight(r, o)).toArray(),
            Double.parseDouble(System.getProperty("lambda", "" + LinkTrainer.LAMBDA)));
    rows = treeRows;
    double[] res = new double[rows.length];
    List<double[]> tr = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      res[k] = gold[rows[k]] - dot(m.w, expand(rows[k], ex));
      tr.add(treeRow(rows[k], ex));
    }
    List<String> names = new ArrayList<>(base);
    names.addAll(ex);
    double[] tw =
        extraRows.length == 0 || extraWeight == 1 || rows == pairRows
            ? null
            : Arrays.stream(treeRows).mapToDouble(r -> weight(r, o)).toArray();
    TreeEnsemble t = XgboostTrees.fit(tr, names, res, tw, boosting(), 42);
    rows = pairRows;
    int d = m.w.length; // the constant is last
    m.w[d - 1] += t.base();
    m.trees = t.withBase(0);
    int bag = Integer.getInteger("bag", 1); // session 16: trees of other seeds, averaged
    if (bag > 1) {
      TreeEnsemble[] more = new TreeEnsemble[bag - 1];
      for (int b = 1; b < bag; b++) {
        TreeEnsemble tb = XgboostTrees.fit(tr, names, res, boosting(), 42 + b);
        m.w[d - 1] += (tb.base() - t.base()) / bag;
        more[b - 1] = tb.withBase(0);
      }
      TreeEnsemble first = m.trees;
      m.bagged =
          row -> {
            double v = first.value(row);
            for (TreeEnsemble e : more) {
              v += e.value(row);
            }
            return v / bag;
          };
    }
    m.shape = shape(o);
    if (m.shape.startsWith("ord")) {
      m.ord = Session16Extras.ordinal(rows, ex, gold);
      if (m.shape.equals("ordmix")) {
        m.shape = "ordavg";
      }
    }
    if (!calibrate) {
      return m;
    }
    // inner 5-fold out-of-fold predictions (every 5th training pair a fold)
    double[] sims = new double[rows.length];
    double[] raws = new double[rows.length];
    ExperimentModel[] inner =
        innerModels(rows, o, o.threshold().startsWith("in10") ? 10 : LinkTrainer.CALIBRATION_FOLDS);
    for (int k = 0; k < rows.length; k++) {
      sims[k] = inner[k].decisionInput(rows[k]);
      raws[k] = inner[k].raw(rows[k]);
    }
    double[] g = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      g[k] = gold[rows[k]];
    }
    if (m.shape.equals("iso")) {
      m.iso = Session16Extras.isotonic(sims, g);
    } else if (m.shape.startsWith("cubic") || m.shape.startsWith("quad")) {
      m.poly =
          Session16Extras.polyfit(
              m.shape.endsWith("raw") ? raws : sims, g, m.shape.startsWith("cubic") ? 3 : 2);
      if (Boolean.getBoolean("showmap")) {
        System.err.println("map " + Arrays.toString(m.poly));
      }
      if (m.shape.endsWith("cal")) {
        for (int k = 0; k < sims.length; k++) {
          sims[k] = Math.max(1, Math.min(4, Session16Extras.poly(m.poly, sims[k])));
        }
      }
    }
    if (o.threshold().equals("logit25")) {
      for (int k = 0; k < g.length; k++) {
        g[k] = g[k] < 2.5 ? Math.min(g[k], 2) : Math.max(g[k], 3);
      }
    }
    double[] cal = LinkTrainer.calibrate(sims, g);
    if (o.threshold().startsWith("fixed") && !o.threshold().contains("+")) {
      cal[1] = Double.parseDouble(o.threshold().substring(5));
    }
    m.slope = cal[0];
    m.mid = cal[1];
    session20Decision(m, o, sims, g);
    if (o.threshold().startsWith("clftree")) {
      List<double[]> tr2 = new ArrayList<>();
      int[] decided = decided(rows);
      for (int k : decided) {
        tr2.add(ExperimentColumns.treeRowWithSim(rows[k], ex, sims[k]));
      }
      List<String> n2 = new ArrayList<>(names);
      n2.add("sim");
      m.ctrees =
          XgboostTrees.fit(
              tr2, n2, sameLabels(rows, decided), LinkModel.LEXICAL_TREES.orElseThrow(), 42);
    } else if (o.threshold().startsWith("clf")) {
      m.clf = logistic(rows, sims, o);
    }
    return m;
  }

  /**
   * Session 20 decision rules, all chosen on the training folds' inner out-of-fold predictions
   * only: {@code mcutT+SHAPE} decides same when the mapped output is below T; {@code accboot+SHAPE}
   * moves the logistic midpoint to the mean over 200 bootstrap resamples (seed 20) of the
   * best-accuracy cut on the decided inner predictions; {@code in10...} fits the calibration and
   * map on 10 inner folds instead of 5.
   */
  static void session20Decision(ExperimentModel m, Opts o, double[] sims, double[] g) {
    String t = o.threshold();
    if (t.startsWith("mcut")) {
      m.cutMapped = Double.parseDouble(t.substring(4, t.indexOf('+')));
    } else if (t.startsWith("accboot")) {
      int[] dec = IntStream.range(0, g.length).filter(k -> g[k] <= 2 || g[k] >= 3).toArray();
      java.util.Random rnd = new java.util.Random(20);
      double sum = 0;
      int boots = 200;
      for (int b = 0; b < boots; b++) {
        double[][] pts = new double[dec.length][];
        for (int k = 0; k < dec.length; k++) {
          int r = dec[rnd.nextInt(dec.length)];
          pts[k] = new double[] {sims[r], g[r] <= 2 ? 1 : 0};
        }
        Arrays.sort(pts, (x, y) -> Double.compare(x[0], y[0]));
        // cut between pts[j-1] and pts[j]: same below; correct = sames below + others at/above
        int others = 0;
        for (double[] p : pts) {
          others += p[1] == 0 ? 1 : 0;
        }
        int best = others;
        int bestJ = 0;
        int sameBelow = 0;
        int otherBelow = 0;
        for (int j = 1; j <= pts.length; j++) {
          if (pts[j - 1][1] == 1) {
            sameBelow++;
          } else {
            otherBelow++;
          }
          int c = sameBelow + others - otherBelow;
          if (c > best) {
            best = c;
            bestJ = j;
          }
        }
        double cut =
            bestJ == 0
                ? pts[0][0]
                : bestJ == pts.length
                    ? pts[pts.length - 1][0]
                    : (pts[bestJ - 1][0] + pts[bestJ][0]) / 2;
        sum += cut;
      }
      m.mid = sum / boots;
    }
  }

  /**
   * Per training row, the uncalibrated model fitted on the other inner folds of {@code rows} (row
   * {@code k} is in fold {@code k % folds}); the folds are fitted in order.
   */
  static ExperimentModel[] innerModels(int[] rows, Opts o, int folds) {
    ExperimentModel[] out = new ExperimentModel[rows.length];
    for (int f = 0; f < folds; f++) {
      List<Integer> in = new ArrayList<>();
      for (int k = 0; k < rows.length; k++) {
        if (k % folds != f) {
          in.add(rows[k]);
        }
      }
      ExperimentModel inner = fit(in.stream().mapToInt(Integer::intValue).toArray(), o, false);
      for (int k = f; k < rows.length; k += folds) {
        out[k] = inner;
      }
    }
    return out;
  }

  /** Indices into {@code rows} of the pairs with a decided gold (≤ 2 same story, ≥ 3 not). */
  static int[] decided(int[] rows) {
    return IntStream.range(0, rows.length)
        .filter(k -> !(gold[rows[k]] > 2 && gold[rows[k]] < 3))
        .toArray();
  }

  /** Per decided index, 1 when the pair's gold is ≤ 2 (same story), else 0. */
  static double[] sameLabels(int[] rows, int[] decided) {
    return Arrays.stream(decided).mapToDouble(k -> gold[rows[k]] <= 2 ? 1.0 : 0.0).toArray();
  }

  /** Logistic classifier of gold ≤ 2 on [expanded features (+ sim)], L2, Newton. */
  static double[] logistic(int[] rows, double[] sims, Opts o) {
    boolean withSim = o.threshold().equals("clfsim");
    boolean simOnly = o.threshold().equals("clfsimonly");
    List<double[]> X = new ArrayList<>();
    int[] decided = decided(rows);
    for (int k : decided) {
      X.add(clfRow(rows[k], sims[k], withSim, simOnly, o));
    }
    double[] y = sameLabels(rows, decided);
    int d = X.get(0).length;
    double[] w = new double[d];
    for (int it = 0; it < 50; it++) {
      double[] gr = new double[d];
      double[][] h = new double[d][d];
      for (int r = 0; r < X.size(); r++) {
        double[] x = X.get(r);
        double p = 1 / (1 + Math.exp(-dot(w, x)));
        double v = p * (1 - p);
        for (int i = 0; i < d; i++) {
          gr[i] += (y[r] - p) * x[i];
          for (int j = 0; j < d; j++) {
            h[i][j] += v * x[i] * x[j];
          }
        }
      }
      for (int i = 0; i < d - 1; i++) {
        gr[i] -= o.clfLambda() * w[i];
        h[i][i] += o.clfLambda();
      }
      h[d - 1][d - 1] += 1e-6;
      if (LinkTrainer.newtonStep(w, h, gr) < 1e-9) {
        break;
      }
    }
    return w;
  }

  static double[] clfRow(int i, double sim, boolean withSim, boolean simOnly, Opts o) {
    if (simOnly) {
      return new double[] {sim, 1};
    }
    double[] e = expand(i, o.extras());
    if (!withSim) {
      return e;
    }
    double[] r = Arrays.copyOf(e, e.length + 1);
    r[e.length] = r[e.length - 1]; // constant last
    r[e.length - 1] = sim;
    return r;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
