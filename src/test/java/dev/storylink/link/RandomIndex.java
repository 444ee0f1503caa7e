package dev.storylink.link;

import dev.storylink.core.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random indexing over the articles' own texts, no labels: each term gets a sparse random index
 * vector; its context vector sums the index vectors of the content words within 2 positions; an
 * article's vector sums its terms' normalised context vectors weighted by tf-idf, minus the mean
 * article vector of its language; pairs compare by cosine. Session 11's distributional columns of
 * {@link Session11Extras}; a development helper run by hand; not thread-safe (vectors are cached in
 * plain maps).
 */
final class RandomIndex {
  final int dim;
  final long seed;
  static final int NONZERO = 8;
  final Map<String, double[]> context = new HashMap<>();
  final Map<String, Integer> df = new HashMap<>();
  final Map<String, double[]> mean = new HashMap<>();
  final Map<Article, List<String>> terms;
  final Map<Article, String> langs;
  final Map<Article, double[]> docVec = new IdentityHashMap<>();
  final int nd;

  RandomIndex(
      Collection<Article> arts,
      Map<Article, List<String>> terms,
      Map<Article, String> langs,
      int dim,
      long seed,
      int window,
      int minDf) {
    this.dim = dim;
    this.seed = seed;
    this.terms = terms;
    this.langs = langs;
    this.nd = arts.size();
    for (Article a : arts) {
      new HashSet<>(terms.get(a)).forEach(t -> df.merge(langs.get(a) + ":" + t, 1, Integer::sum));
    }
    for (Article a : arts) {
      String l = langs.get(a);
      List<String> ts = terms.get(a);
      for (int k = 0; k < ts.size(); k++) {
        String key = l + ":" + ts.get(k);
        if (df.get(key) < minDf) {
          continue;
        }
        double[] c = context.computeIfAbsent(key, x -> new double[dim]);
        for (int o = Math.max(0, k - window); o <= Math.min(ts.size() - 1, k + window); o++) {
          if (o != k) {
            addIndex(c, l + ":" + ts.get(o));
          }
        }
      }
    }
    for (double[] c : context.values()) {
      normalise(c);
    }
    Map<String, Integer> cnt = new HashMap<>();
    for (Article a : arts) {
      double[] v = raw(a);
      double[] m = mean.computeIfAbsent(langs.get(a), x -> new double[dim]);
      for (int d = 0; d < dim; d++) {
        m[d] += v[d];
      }
      cnt.merge(langs.get(a), 1, Integer::sum);
    }
    mean.forEach(
        (l, m) -> {
          for (int d = 0; d < dim; d++) {
            m[d] /= cnt.get(l);
          }
        });
  }

  double[] raw(Article a) {
    String l = langs.get(a);
    Map<String, Integer> tf = new HashMap<>();
    terms.get(a).forEach(t -> tf.merge(t, 1, Integer::sum));
    double[] v = new double[dim];
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      String key = l + ":" + e.getKey();
      double[] c = context.get(key);
      if (c == null) {
        continue;
      }
      double w = (1 + Math.log(e.getValue())) * Math.log((nd + 1.0) / (df.get(key) + 1.0));
      for (int d = 0; d < dim; d++) {
        v[d] += w * c[d];
      }
    }
    normalise(v);
    return v;
  }

  double[] vector(Article a) {
    return docVec.computeIfAbsent(
        a,
        x -> {
          double[] v = raw(x);
          double[] m = mean.get(langs.get(x));
          if (m != null) {
            for (int d = 0; d < dim; d++) {
              v[d] -= m[d];
            }
          }
          normalise(v);
          return v;
        });
  }

  void addIndex(double[] c, String term) {
    Random r = new Random((term.hashCode() + seed * 1_000_003L) * 0x9E3779B97F4A7C15L);
    for (int k = 0; k < NONZERO; k++) {
      c[r.nextInt(dim)] += r.nextBoolean() ? 1 : -1;
    }
  }

  static void normalise(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    if (s > 0) {
      double f = 1 / Math.sqrt(s);
      for (int d = 0; d < v.length; d++) {
        v[d] *= f;
      }
    }
  }

  double cosine(Article a, Article b) {
    double[] x = vector(a);
    double[] y = vector(b);
    double s = 0;
    for (int d = 0; d < dim; d++) {
      s += x[d] * y[d];
    }
    return Math.max(0, s);
  }
}
