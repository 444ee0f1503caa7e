package dev.storylink.link;

import static dev.storylink.link.ExperimentColumns.expand;
import static dev.storylink.link.ExperimentColumns.treeRow;
import static dev.storylink.link.ExperimentCv.cv;
import static dev.storylink.link.ExperimentCv.figures;
import static dev.storylink.link.LinkExperiments.aa;
import static dev.storylink.link.LinkExperiments.ab;
import static dev.storylink.link.LinkExperiments.base;
import static dev.storylink.link.LinkExperiments.crossLang;
import static dev.storylink.link.LinkExperiments.extra;
import static dev.storylink.link.LinkExperiments.fa;
import static dev.storylink.link.LinkExperiments.fb;
import static dev.storylink.link.LinkExperiments.gold;
import static dev.storylink.link.LinkExperiments.groups;
import static dev.storylink.link.LinkExperiments.pairs;
import static dev.storylink.link.LinkExperiments.sqrt;
import static dev.storylink.link.LinkExperiments.xs;

import dev.storylink.core.Article;
import dev.storylink.link.LinkExperiments.Opts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reports of {@link LinkExperiments}: one line per experiment ({@code run}), the per-pair CV
 * predictions without and with columns ({@code compare}), and the largest CV errors with their top
 * ridge contributions ({@code errors}). A development helper run by hand; not thread-safe.
 */
final class ExperimentReports {
  private ExperimentReports() {}

  /**
   * Prints one line per experiment: the mean figures over the seeds, and seed 42 per language pair.
   */
  static void run(List<Opts> exps, long[] seeds) {
    for (Opts o : exps) {
      StringBuilder sb = new StringBuilder();
      double sp = 0;
      double sa = 0;
      for (long seed : seeds) {
        double[][] r = cv(o, seed, false);
        double[] f = figures(r[0], r[1], null);
        sp += f[0];
        sa += f[1];
        sb.append(String.format(Locale.ROOT, " s%d %.3f/%.3f", seed, f[0], f[1]));
        if (seed == 42) {
          for (String g : List.of("de-de", "ar-ar", "es-es", "tr-tr", "en-en", "fr-fr", "pl-pl")) {
            sb.append(String.format(Locale.ROOT, " %s %.3f", g, figures(r[0], r[1], g)[0]));
          }
          sb.append(" |");
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-60s mean %.4f/%.4f%s%n",
          String.join(",", o.extras()) + ";" + o.threshold() + ";" + o.fracWeight(),
          sp / seeds.length,
          sa / seeds.length,
          sb);
    }
  }

  /** Per pair: gold, baseline and candidate CV predictions and decisions (seed 42), columns. */
  static void compare(List<String> ex) {
    double[][] r0 = cv(Opts.shipped(List.of()), 42, false);
    double[][] r1 = cv(Opts.shipped(ex), 42, false);
    for (int i = 0; i < pairs.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (String e : ex) {
        sb.append(String.format(Locale.ROOT, "\t%.3f", extra.get(e)[i]));
      }
      System.out.printf(
          Locale.ROOT,
          "%s\t%s\t%s\t%.3f\t%.3f\t%.0f\t%.3f\t%.0f%s\t%s\t%s%n",
          pairs.get(i).id1(),
          pairs.get(i).id2(),
          groups.get(i),
          gold[i],
          r0[0][i],
          r0[1][i],
          r1[0][i],
          r1[1][i],
          sb,
          aa.get(i).source(),
          snippet(aa.get(i)).replace('\t', ' ') + " || " + snippet(ab.get(i)).replace('\t', ' '));
    }
  }

  /** The 40 largest CV errors (seed 42) of pairs in one language, with their top contributions. */
  static void errors(Opts o) {
    double[][] r = cv(o, 42, true);
    double[] f = figures(r[0], r[1], null);
    System.out.printf(Locale.ROOT, "baseline seed 42: pearson %.3f accuracy %.3f%n", f[0], f[1]);
    Integer[] idx = new Integer[pairs.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    double[] pred = r[0];
    Arrays.sort(
        idx, (x, y) -> Double.compare(Math.abs(pred[y] - gold[y]), Math.abs(pred[x] - gold[x])));
    List<String> names = new ArrayList<>(base);
    sqrt.forEach(s -> names.add("sqrt_" + s));
    // mean expanded vector, for contributions relative to the average pair
    double[] mean = new double[names.size() + 1];
    for (int i = 0; i < pairs.size(); i++) {
      double[] e = expand(i, List.of());
      for (int k = 0; k < mean.length; k++) {
        mean[k] += e[k] / pairs.size();
      }
    }
    int shown = 0;
    for (int i : idx) {
      if (crossLang[i] || shown >= 40) {
        continue;
      }
      shown++;
      ExperimentModel m = ExperimentCv.models.get(i);
      double[] e = expand(i, List.of());
      Integer[] ks = new Integer[names.size()];
      for (int k = 0; k < ks.length; k++) {
        ks[k] = k;
      }
      double[] c = new double[names.size()];
      for (int k = 0; k < c.length; k++) {
        c[k] = m.w[k] * (e[k] - mean[k]);
      }
      Arrays.sort(ks, (x, y) -> Double.compare(Math.abs(c[y]), Math.abs(c[x])));
      StringBuilder top = new StringBuilder();
      for (int k = 0; k < 4; k++) {
        top.append(
            String.format(Locale.ROOT, " %s=%.2f(%+.2f)", names.get(ks[k]), e[ks[k]], c[ks[k]]));
      }
      double tree = m.trees.value(treeRow(i, List.of()));
      Article a = aa.get(i);
      Article b = ab.get(i);
      System.out.printf(
          Locale.ROOT,
          "%2d gold %.2f pred %.2f %s len %d/%d src %s|%s same=%s tree %+.2f%s%n   A: %s%n   B: %s%n"
              + "   terms %.2f stems %.2f names %.2f places %.2f numbers %.2f dates %.2f title %.2f"
              + " bigrams %.2f nmin %.2f ledn %.2f qconf %.0f dconf %.0f yconf %.0f%n",
          shown,
          gold[i],
          pred[i],
          groups.get(i),
          fa.get(i).tokenCount(),
          fb.get(i).tokenCount(),
          a.source(),
          b.source(),
          a.source().equals(b.source()),
          tree,
          top,
          snippet(a),
          snippet(b),
          xs.get(i)[PairFeatures.index("terms")],
          xs.get(i)[PairFeatures.index("stems")],
          xs.get(i)[PairFeatures.index("names")],
          xs.get(i)[PairFeatures.index("places")],
          xs.get(i)[PairFeatures.index("numbers")],
          xs.get(i)[PairFeatures.index("dates")],
          xs.get(i)[PairFeatures.index("title")],
          xs.get(i)[PairFeatures.index("bigrams")],
          extra.get("nmin")[i],
          extra.get("ledn")[i],
          extra.get("qconf")[i],
          extra.get("dconf")[i],
          extra.get("yconf")[i]);
    }
  }

  static String snippet(Article a) {
    String t = a.fullText().replaceAll("\\s+", " ");
    return t.substring(0, Math.min(140, t.length()));
  }
}
