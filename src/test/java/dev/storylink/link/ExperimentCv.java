package dev.storylink.link;

import static dev.storylink.link.LinkExperiments.crossLang;
import static dev.storylink.link.LinkExperiments.extra;
import static dev.storylink.link.LinkExperiments.gold;
import static dev.storylink.link.LinkExperiments.groups;
import static dev.storylink.link.LinkExperiments.pairs;
import static dev.storylink.link.LinkExperiments.pd;

import dev.storylink.eval.CrossLanguageCv;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.eval.Stats;
import dev.storylink.learn.Boosting;
import dev.storylink.link.LinkExperiments.Opts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cross-validation runs of {@link LinkExperiments}: 10-fold CV over fixed folds of a seed
 * (pairs in two languages keep the cross-language model's CV predictions of the same folds), the
 * nested CV of the tree settings, and the Pearson / accuracy figures. A development helper run by
 * hand; not thread-safe.
 */
final class ExperimentCv {
  private ExperimentCv() {}

  /** Cross-language CV predictions per seed: {similarity, same} per pair, interleaved. */
  static final Map<Long, double[]> crossPred = new HashMap<>();

  /** The fold model of each pair, kept by {@link #cv} when asked. */
  static final Map<Integer, ExperimentModel> models = new HashMap<>();

  /** Tree settings per outer fold of {@link #cv} (nested CV), when not empty. */
  static final List<Boosting> perFold = new ArrayList<>();

  /** Returns {pred, same(0/1)} per pair; with {@code keep} also remembers the fold models. */
  static double[][] cv(Opts o, long seed, boolean keep) {
    int n = pairs.size();
    double[] pred = new double[n];
    double[] same = new double[n];
    double[] cp = crossPred.computeIfAbsent(seed, ExperimentCv::crossCv);
    int foldIndex = 0;
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      if (o.extras().contains("rifold")) {
        if (seed != 42) {
          throw new IllegalArgumentException("rifold: seed 42 only");
        }
        extra.put("rifold", Session11Extras.FOLD_COLUMNS.get(foldIndex));
      }
      ExperimentModel.override = perFold.isEmpty() ? null : perFold.get(foldIndex);
      foldIndex++;
      ExperimentModel m = ExperimentModel.fit(PairEvaluator.complement(fold, n), o, true);
      for (int i : fold) {
        if (crossLang[i]) {
          pred[i] = cp[2 * i];
          same[i] = cp[2 * i + 1];
          continue;
        }
        // session 19: -DneutralAt=COL=V,COL2=@COL3 scores the held-out pairs with COL at V (or at
        // COL3's value): what a pair without a corpus gets
        List<String[]> na = new ArrayList<>();
        for (String kv : System.getProperty("neutralAt", "").split(",")) {
          if (!kv.isEmpty()) {
            String[] p = kv.split("=");
            double v =
                p[1].startsWith("@") ? extra.get(p[1].substring(1))[i] : Double.parseDouble(p[1]);
            na.add(new String[] {p[0], Double.toString(extra.get(p[0])[i])});
            extra.get(p[0])[i] = v;
          }
        }
        double s = m.decisionValue(i);
        pred[i] = m.out(i);
        for (String[] p : na) {
          extra.get(p[0])[i] = Double.parseDouble(p[1]);
        }
        if (m.ctrees != null) {
          same[i] =
              m.ctrees.value(ExperimentColumns.treeRowWithSim(i, o.extras(), s)) >= 0.5 ? 1 : 0;
        } else if (m.clf != null) {
          double[] r =
              ExperimentModel.clfRow(
                  i, s, o.threshold().equals("clfsim"), o.threshold().equals("clfsimonly"), o);
          same[i] = ExperimentModel.dot(m.clf, r) >= 0 ? 1 : 0;
        } else if (!Double.isNaN(m.cutMapped)) {
          same[i] = pred[i] < m.cutMapped ? 1 : 0;
        } else {
          same[i] = 1.0 / (1.0 + Math.exp(m.slope * (s - m.mid))) >= 0.5 ? 1 : 0;
        }
        if (keep) {
          models.put(i, m);
        }
      }
    }
    return new double[][] {pred, same};
  }

  static double[] crossCv(long seed) {
    int n = pairs.size();
    double[] out = new double[2 * n];
    List<CrossLanguageTrainer.Row> rows = pd.rows();
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      CrossLanguageModel cross = null;
      for (int i : fold) {
        if (crossLang[i]) {
          if (cross == null) {
            cross = CrossLanguageCv.trainWithout(rows, fold, pd.companion());
          }
          double s = cross.similarity(pd.zs().get(i));
          out[2 * i] = s;
          out[2 * i + 1] = cross.probability(s) >= 0.5 ? 1 : 0;
        }
      }
    }
    return out;
  }

  /** {pearson, accuracy} overall or of one group. */
  static double[] figures(double[] pred, double[] same, String group) {
    List<double[]> pg = new ArrayList<>();
    int decided = 0;
    int correct = 0;
    for (int i = 0; i < pred.length; i++) {
      if (group != null && !group.equals(groups.get(i))) {
        continue;
      }
      pg.add(new double[] {pred[i], gold[i]});
      if (gold[i] <= 2 || gold[i] >= 3) {
        decided++;
        if ((same[i] == 1) == (gold[i] <= 2)) {
          correct++;
        }
      }
    }
    return new double[] {pearson(pg), (double) correct / decided};
  }

  /**
   * Nested CV of the tree settings: per outer fold, the setting with the best inner 5-fold Pearson
   * (pairs in one language, ridge + trees, no calibration) is fitted on the outer training pairs.
   */
  static void nested(List<String> settings, long seed) {
    int n = pairs.size();
    Opts o = Opts.shipped(List.of());
    StringBuilder chosen = new StringBuilder();
    for (int[] fold : PairEvaluator.folds(n, 10, seed)) {
      int[] rows = PairEvaluator.complement(fold, n);
      String best = null;
      double bestR = -2;
      for (String st : settings) {
        ExperimentModel.override = ExperimentModel.parseBoosting(st);
        ExperimentModel[] inner = ExperimentModel.innerModels(rows, o, 5);
        List<double[]> pg = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
          if (!crossLang[rows[k]]) {
            pg.add(new double[] {inner[k].sim(rows[k]), gold[rows[k]]});
          }
        }
        double r = pearson(pg);
        if (r > bestR) {
          bestR = r;
          best = st;
        }
      }
      chosen.append(' ').append(settings.indexOf(best));
      perFold.add(ExperimentModel.parseBoosting(best));
    }
    ExperimentModel.override = null;
    double[][] r = cv(o, seed, false);
    perFold.clear();
    ExperimentModel.override = null;
    double[] f = figures(r[0], r[1], null);
    System.out.printf(
        Locale.ROOT, "nested seed %d: %.3f/%.3f chosen per fold:%s%n", seed, f[0], f[1], chosen);
  }

  /** Pearson of the {x, y} points ({@link Stats#pearson}). */
  static double pearson(List<double[]> pg) {
    return Stats.pearson(
        pg.stream().mapToDouble(p -> p[0]).toArray(), pg.stream().mapToDouble(p -> p[1]).toArray());
  }
}
