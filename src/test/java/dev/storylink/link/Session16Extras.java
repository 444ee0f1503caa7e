package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.PassageVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Session 16 candidate columns of {@link LinkExperiments} (issue 16): same-outlet evidence and its
 * interactions with the overlaps, and template lines (a sentence that nearly repeats, cosine ≥
 * {@link #TEMPLATE_COSINE}, a sentence of at least {@link #TEMPLATE_DOCS} other articles besides
 * the pair's two, counted over all the data set's articles unlabelled, as a store would hold them);
 * also the output maps of the model's prediction (isotonic, cubic) and the ordinal fit. A
 * development helper run by hand; not thread-safe.
 */
final class Session16Extras {
  private Session16Extras() {}

  /** Cosine at which a sentence repeats one of another article. */
  static final double TEMPLATE_COSINE = 0.8;

  /** Other articles a template line must repeat in. */
  static final int TEMPLATE_DOCS = 2;

  static String host(Article a) {
    String s = a.source().isBlank() ? a.url() : a.source();
    s = s.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    int slash = s.indexOf('/');
    return slash < 0 ? s : s.substring(0, slash);
  }

  /** Computes the columns over {@link LinkExperiments}' loaded pairs. */
  static void compute(Session11Extras.Sink out) {
    int n = LinkExperiments.pairs.size();
    List<ArticleFeatures> fa = LinkExperiments.fa;
    List<ArticleFeatures> fb = LinkExperiments.fb;
    List<Article> aa = LinkExperiments.aa;
    List<Article> ab = LinkExperiments.ab;
    List<double[]> xs = LinkExperiments.xs;
    // distinct articles, and per sentence the articles holding a near-repeat of it
    Map<String, Integer> index = new HashMap<>();
    List<ArticleFeatures> feats = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int side = 0; side < 2; side++) {
        Article a = side == 0 ? aa.get(i) : ab.get(i);
        if (!index.containsKey(a.id())) {
          index.put(a.id(), feats.size());
          feats.add(side == 0 ? fa.get(i) : fb.get(i));
          hosts.add(host(a));
        }
      }
    }
    int m = feats.size();
    int s = PassageVectors.SENTENCES;
    List<List<List<Integer>>> repeats = new ArrayList<>(); // article -> sentence -> articles
    for (int x = 0; x < m; x++) {
      List<List<Integer>> l = new ArrayList<>();
      for (int k = 0; k < feats.get(x).passages().sentenceCount(); k++) {
        l.add(new ArrayList<>());
      }
      repeats.add(l);
    }
    double[] cos = new double[s * s];
    for (int x = 0; x < m; x++) {
      PassageVectors px = feats.get(x).passages();
      for (int y = x + 1; y < m; y++) {
        PassageVectors py = feats.get(y).passages();
        px.sentenceCosines(py, cos);
        boolean[] hitY = new boolean[s];
        for (int p = 0; p < px.sentenceCount(); p++) {
          boolean hit = false;
          for (int q = 0; q < py.sentenceCount(); q++) {
            if (cos[p * s + q] >= TEMPLATE_COSINE) {
              hit = true;
              hitY[q] = true;
            }
          }
          if (hit) {
            repeats.get(x).get(p).add(y);
          }
        }
        for (int q = 0; q < py.sentenceCount(); q++) {
          if (hitY[q]) {
            repeats.get(y).get(q).add(x);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      int ia = index.get(aa.get(i).id());
      int ib = index.get(ab.get(i).id());
      boolean same = hosts.get(ia).equals(hosts.get(ib));
      double sh = same ? 1 : 0;
      double[] x = xs.get(i);
      out.put("samehost", i, sh);
      for (String f : List.of("terms", "stems", "sentshare", "bigrams", "title", "sentcopy")) {
        out.put("sh_" + f, i, sh * x[PairFeatures.index(f)]);
        out.put("nh_" + f, i, (1 - sh) * x[PairFeatures.index(f)]);
      }
      // template lines: sentences near-repeated in >= TEMPLATE_DOCS articles other than a and b
      boolean[] ta = templates(repeats.get(ia), ia, ib, hosts, null);
      boolean[] tb = templates(repeats.get(ib), ia, ib, hosts, null);
      boolean[] ha = templates(repeats.get(ia), ia, ib, hosts, hosts.get(ia));
      boolean[] hb = templates(repeats.get(ib), ia, ib, hosts, hosts.get(ib));
      PassageVectors pa = feats.get(ia).passages();
      PassageVectors pb = feats.get(ib).passages();
      pa.sentenceCosines(pb, cos);
      int na = pa.sentenceCount();
      int nb = pb.sentenceCount();
      int tot = na + nb;
      int tpl = count(ta) + count(tb);
      int htpl = count(ha) + count(hb);
      // aligned (>= 0.3) and copied (>= 0.9) among non-template sentences only
      int alignedNt = 0;
      int copiedNt = 0;
      int copiedTpl = 0;
      int totNt = 0;
      double[] bestB = new double[nb];
      double[] bestBnt = new double[nb];
      for (int p = 0; p < na; p++) {
        double best = 0;
        double bestNt = 0;
        for (int q = 0; q < nb; q++) {
          double c = cos[p * s + q];
          best = Math.max(best, c);
          bestB[q] = Math.max(bestB[q], c);
          if (!tb[q]) {
            bestNt = Math.max(bestNt, c);
          }
          if (!ta[p]) {
            bestBnt[q] = Math.max(bestBnt[q], c);
          }
        }
        if (ta[p]) {
          copiedTpl += best >= 0.9 ? 1 : 0;
        } else {
          totNt++;
          alignedNt += bestNt >= 0.3 ? 1 : 0;
          copiedNt += bestNt >= 0.9 ? 1 : 0;
        }
      }
      for (int q = 0; q < nb; q++) {
        if (tb[q]) {
          copiedTpl += bestB[q] >= 0.9 ? 1 : 0;
        } else {
          totNt++;
          alignedNt += bestBnt[q] >= 0.3 ? 1 : 0;
          copiedNt += bestBnt[q] >= 0.9 ? 1 : 0;
        }
      }
      out.put("tplshare", i, tot == 0 ? 0 : (double) tpl / tot);
      out.put("hosttpl", i, tot == 0 ? 0 : (double) htpl / tot);
      out.put("tplcopy", i, tot == 0 ? 0 : (double) copiedTpl / tot);
      out.put("ntshare", i, totNt == 0 ? 0 : (double) alignedNt / totNt);
      out.put("ntcopy", i, totNt == 0 ? 0 : (double) copiedNt / totNt);
    }
  }

  private static boolean[] templates(
      List<List<Integer>> reps, int ia, int ib, List<String> hosts, String host) {
    boolean[] t = new boolean[reps.size()];
    for (int k = 0; k < t.length; k++) {
      int c = 0;
      for (int o : reps.get(k)) {
        if (o != ia && o != ib && (host == null || hosts.get(o).equals(host))) {
          c++;
        }
      }
      t[k] = c >= (host == null ? TEMPLATE_DOCS : 1);
    }
    return t;
  }

  private static int count(boolean[] b) {
    int c = 0;
    for (boolean v : b) {
      c += v ? 1 : 0;
    }
    return c;
  }

  // ---------------------------------------------------------------- output maps

  /** Isotonic (pool adjacent violators) fit of y on x: knots {xs, ys}, x ascending. */
  static double[][] isotonic(double[] x, double[] y) {
    Integer[] idx = new Integer[x.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (p, q) -> Double.compare(x[p], x[q]));
    double[] bx = new double[x.length];
    double[] by = new double[x.length];
    double[] bw = new double[x.length];
    int b = 0;
    for (int i : idx) {
      bx[b] = x[i];
      by[b] = y[i];
      bw[b] = 1;
      b++;
      while (b > 1 && by[b - 2] >= by[b - 1]) {
        double w = bw[b - 2] + bw[b - 1];
        bx[b - 2] = (bx[b - 2] * bw[b - 2] + bx[b - 1] * bw[b - 1]) / w;
        by[b - 2] = (by[b - 2] * bw[b - 2] + by[b - 1] * bw[b - 1]) / w;
        bw[b - 2] = w;
        b--;
      }
    }
    return new double[][] {Arrays.copyOf(bx, b), Arrays.copyOf(by, b)};
  }

  /** Piecewise-linear interpolation between the knots, constant beyond them. */
  static double interpolate(double[][] knots, double v) {
    double[] kx = knots[0];
    double[] ky = knots[1];
    if (v <= kx[0]) {
      return ky[0];
    }
    if (v >= kx[kx.length - 1]) {
      return ky[ky.length - 1];
    }
    int j = Arrays.binarySearch(kx, v);
    if (j >= 0) {
      return ky[j];
    }
    int hi = -j - 1;
    int lo = hi - 1;
    double t = (v - kx[lo]) / (kx[hi] - kx[lo]);
    return ky[lo] + t * (ky[hi] - ky[lo]);
  }

  /** Least-squares polynomial of degree {@code deg} of y on x ({@link SimilarityMap}'s fit). */
  static double[] polyfit(double[] x, double[] y, int deg) {
    return SimilarityMap.polynomial(x, y, deg);
  }

  static double[] powers(double v, int deg) {
    double c = v - SimilarityMap.CENTRE;
    double[] e = new double[deg + 1];
    double p = 1;
    for (int i = 0; i <= deg; i++) {
      e[i] = p;
      p *= c;
    }
    return e;
  }

  static double poly(double[] w, double v) {
    return ExperimentModel.dot(w, powers(v, w.length - 1));
  }

  /** Cumulative logits of gold above 1.5, 2.5, 3.5 on the rows' expanded features. */
  static double[][] ordinal(int[] rows, List<String> extras, double[] gold) {
    double[][] w = new double[3][];
    List<double[]> es = new ArrayList<>();
    for (int r : rows) {
      es.add(ExperimentColumns.expand(r, extras));
    }
    double[] ones = new double[rows.length];
    Arrays.fill(ones, 1);
    for (int k = 0; k < 3; k++) {
      boolean[] above = new boolean[rows.length];
      for (int j = 0; j < rows.length; j++) {
        above[j] = gold[rows[j]] > 1.5 + k;
      }
      w[k] = LinkTrainer.logistic(es, above, ones);
    }
    return w;
  }

  /** Expected score 1 + Σ P(gold above k + 0.5) of the cumulative logits. */
  static double ordinalScore(double[][] w, double[] e) {
    double s = 1;
    for (double[] wk : w) {
      s += 1 / (1 + Math.exp(-ExperimentModel.dot(wk, e)));
    }
    return s;
  }
}
