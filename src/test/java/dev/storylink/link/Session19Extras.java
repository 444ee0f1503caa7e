package dev.storylink.link;

import static dev.storylink.link.LinkExperiments.crossLang;
import static dev.storylink.link.LinkExperiments.extra;
import static dev.storylink.link.LinkExperiments.fa;
import static dev.storylink.link.LinkExperiments.fb;
import static dev.storylink.link.LinkExperiments.pairs;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.SparseVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Session 19 candidate columns of {@link LinkExperiments} (issue 16): corpus-relative similarity,
 * as CSLS / hubness correction does for embeddings. For a pair (A, B) in a corpus (the SemEval
 * pairs: all articles of the articles file; an extra row of {@link Session18Rows}: the articles of
 * its own set; labels never read), from the cosine of the term (T) or stem (S) vectors:
 *
 * <ul>
 *   <li>{@code cslsT5}, {@code cslsT10}, {@code cslsS10}: the pair's cosine minus the mean of A's
 *       and B's mean cosine to their k most similar other articles (B and A excluded);
 *   <li>{@code hubT10}: the larger of the two sides' top-10 means (a template / hub indicator);
 *       {@code hubT10min}, {@code hubT10mean}: their smaller one, their mean (shipped as {@code
 *       hub}, {@link CorpusNeighbours}); {@code hubT5}, {@code hubT20}, {@code hubT1}: the larger
 *       top-5, top-20, top-1 mean; {@code hubS10}, {@code hubC10}: the larger top-10 mean of the
 *       stem / character 4-gram cosines; {@code cslsT10N}: {@code cslsT10} without a corpus ({@link
 *       CorpusNeighbours#NEUTRAL_HUB} for the hubs);
 *   <li>session 20: {@code hubS10mean}, {@code hubC10mean}, {@code hubT5mean}, {@code hubT20mean},
 *       {@code hubT1mean}: the mean of the two sides' values (as the shipped {@code hub}) from the
 *       stem / character vectors or other k; {@code hubT10maxmin}: the two sides' difference;
 *   <li>{@code rrT}, {@code rrS}: the mean of 1/rank of B among A's neighbours and of A among B's;
 *       {@code mnnT}: 1 when each is the other's nearest neighbour;
 *   <li>{@code marT}: the pair's cosine minus the best cosine of either side to a third article;
 *   <li>{@code cntT20}, {@code cntT30}: the larger of the two sides' counts of other articles at
 *       cosine ≥ 0.2 / 0.3, capped at 20, over 20.
 * </ul>
 *
 * <p>With {@code -Dxcorpus=neutral} the extra rows get each column's mean over the SemEval pairs in
 * one language instead (no corpus of their own). A development helper run by hand; not thread-safe.
 */
final class Session19Extras {
  private Session19Extras() {}

  static final List<String> COLUMNS =
      List.of(
          "cslsT5",
          "cslsT10",
          "cslsS10",
          "hubT10",
          "rrT",
          "rrS",
          "mnnT",
          "marT",
          "cntT20",
          "cntT30",
          "hubT10min",
          "hubT10mean",
          "hubT5",
          "hubT20",
          "hubS10",
          "hubT1",
          "hubC10",
          "cslsT10N",
          "hubS10mean",
          "hubC10mean",
          "hubT5mean",
          "hubT20mean",
          "hubT1mean",
          "hubT10maxmin");

  /** A corpus: its articles and the cosine of every two of them, per vector kind. */
  static final class Corpus {
    final Map<ArticleFeatures, Integer> index = new IdentityHashMap<>();
    final double[][] terms;
    final double[][] stems;
    final double[][] chars;

    Corpus(List<ArticleFeatures> docs) {
      for (ArticleFeatures d : docs) {
        index.putIfAbsent(d, index.size());
      }
      terms = matrix(docs, ArticleFeatures::terms);
      stems = matrix(docs, ArticleFeatures::stems);
      chars = matrix(docs, ArticleFeatures::charGrams);
    }

    private static double[][] matrix(
        List<ArticleFeatures> docs, Function<ArticleFeatures, SparseVector> v) {
      int m = docs.size();
      double[][] s = new double[m][m];
      IntStream.range(0, m)
          .parallel()
          .forEach(
              i -> {
                for (int j = 0; j < m; j++) {
                  s[i][j] = i == j ? 1 : v.apply(docs.get(i)).cosine(v.apply(docs.get(j)));
                }
              });
      return s;
    }
  }

  /** Mean of the k largest cosines of row a, columns a and b left out. */
  static double topMean(double[][] s, int a, int b, int k) {
    double[] row = new double[s.length - 2];
    int n = 0;
    for (int x = 0; x < s.length; x++) {
      if (x != a && x != b) {
        row[n++] = s[a][x];
      }
    }
    Arrays.sort(row, 0, n);
    int kk = Math.min(k, n);
    double sum = 0;
    for (int i = 0; i < kk; i++) {
      sum += row[n - 1 - i];
    }
    return kk == 0 ? 0 : sum / kk;
  }

  /** 1 + the number of other articles x with s[a][x] above s[a][b]. */
  static int rank(double[][] s, int a, int b) {
    int r = 1;
    for (int x = 0; x < s.length; x++) {
      if (x != a && x != b && s[a][x] > s[a][b]) {
        r++;
      }
    }
    return r;
  }

  /** Other articles x (not a, b) with s[a][x] at least level. */
  static int count(double[][] s, int a, int b, double level) {
    int c = 0;
    for (int x = 0; x < s.length; x++) {
      if (x != a && x != b && s[a][x] >= level) {
        c++;
      }
    }
    return c;
  }

  /** The columns of one pair (a, b) of corpus c, in {@link #COLUMNS} order. */
  static double[] columns(Corpus c, ArticleFeatures fa, ArticleFeatures fb) {
    int a = c.index.get(fa);
    int b = c.index.get(fb);
    double[][] t = c.terms;
    double[][] st = c.stems;
    double tAB = t[a][b];
    double sAB = st[a][b];
    int ra = rank(t, a, b);
    int rb = rank(t, b, a);
    double hA = topMean(t, a, b, 10);
    double hB = topMean(t, b, a, 10);
    return new double[] {
      tAB - (topMean(t, a, b, 5) + topMean(t, b, a, 5)) / 2,
      tAB - (hA + hB) / 2,
      sAB - (topMean(st, a, b, 10) + topMean(st, b, a, 10)) / 2,
      Math.max(hA, hB),
      (1.0 / ra + 1.0 / rb) / 2,
      (1.0 / rank(st, a, b) + 1.0 / rank(st, b, a)) / 2,
      ra == 1 && rb == 1 ? 1 : 0,
      tAB - Math.max(topMean(t, a, b, 1), topMean(t, b, a, 1)),
      Math.min(20, Math.max(count(t, a, b, 0.2), count(t, b, a, 0.2))) / 20.0,
      Math.min(20, Math.max(count(t, a, b, 0.3), count(t, b, a, 0.3))) / 20.0,
      Math.min(hA, hB),
      (hA + hB) / 2,
      Math.max(topMean(t, a, b, 5), topMean(t, b, a, 5)),
      Math.max(topMean(t, a, b, 20), topMean(t, b, a, 20)),
      Math.max(topMean(st, a, b, 10), topMean(st, b, a, 10)),
      Math.max(topMean(t, a, b, 1), topMean(t, b, a, 1)),
      Math.max(topMean(c.chars, a, b, 10), topMean(c.chars, b, a, 10)),
      tAB - CorpusNeighbours.NEUTRAL_HUB,
      (topMean(st, a, b, 10) + topMean(st, b, a, 10)) / 2,
      (topMean(c.chars, a, b, 10) + topMean(c.chars, b, a, 10)) / 2,
      (topMean(t, a, b, 5) + topMean(t, b, a, 5)) / 2,
      (topMean(t, a, b, 20) + topMean(t, b, a, 20)) / 2,
      (topMean(t, a, b, 1) + topMean(t, b, a, 1)) / 2,
      Math.abs(hA - hB)
    };
  }

  /**
   * Computes the columns for every row of the harness (the SemEval pairs and the current extra rows
   * of {@link Session18Rows}) into {@link LinkExperiments#extra}.
   */
  static void compute() {
    int n = pairs.size();
    int total = LinkExperiments.xs.size();
    Map<String, ArticleFeatures> docs = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      docs.putIfAbsent(fa.get(i).id(), fa.get(i));
      docs.putIfAbsent(fb.get(i).id(), fb.get(i));
    }
    Corpus semeval = new Corpus(new ArrayList<>(docs.values()));
    double[][] cols = new double[COLUMNS.size()][total];
    double[] mean = new double[COLUMNS.size()];
    int one = 0;
    for (int i = 0; i < n; i++) {
      double[] v = columns(semeval, fa.get(i), fb.get(i));
      for (int k = 0; k < v.length; k++) {
        cols[k][i] = v[k];
        if (!crossLang[i]) {
          mean[k] += v[k];
        }
      }
      one += crossLang[i] ? 0 : 1;
    }
    boolean neutral = System.getProperty("xcorpus", "own").equals("neutral");
    Map<List<ArticleFeatures>, Corpus> corpora = new IdentityHashMap<>();
    for (int r = n; r < total; r++) {
      ArticleFeatures[] d = Session18Rows.rowDocs.get(r - n);
      double[] v;
      if (neutral) {
        v = new double[COLUMNS.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = mean[k] / one;
        }
      } else {
        List<ArticleFeatures> set =
            Session18Rows.xecb.feats().stream().anyMatch(f -> f == d[0])
                ? Session18Rows.xecb.feats()
                : Session18Rows.ecb.feats();
        v = columns(corpora.computeIfAbsent(set, Corpus::new), d[0], d[1]);
      }
      for (int k = 0; k < v.length; k++) {
        cols[k][r] = v[k];
      }
    }
    for (int k = 0; k < COLUMNS.size(); k++) {
      extra.put(COLUMNS.get(k), cols[k]);
    }
    if (Boolean.getBoolean("bg")) {
      backgroundHub(docs.keySet().stream().toList(), total);
    }
  }

  /**
   * Session 20, {@code -Dbg=true}: column {@code hubBG}, the shipped {@code hub} (mean of the two
   * sides' top-10 term cosine means) from term vectors of the shipped background statistics, as
   * {@code link} computes it within a store of these articles ({@code app.LinkCorpus}); the extra
   * rows keep their {@code hubT10mean}. Use with {@code -DneutralAt=hubT10mean=@hubBG}.
   */
  static void backgroundHub(List<String> ids, int total) {
    dev.storylink.features.FeatureExtractor fx =
        new dev.storylink.features.FeatureExtractor(
            dev.storylink.features.CorpusStats.background(),
            new dev.storylink.text.LinguaLanguageIdentifier());
    Map<String, ArticleFeatures> bg = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, dev.storylink.core.Article> arts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      arts.putIfAbsent(fa.get(i).id(), LinkExperiments.aa.get(i));
      arts.putIfAbsent(fb.get(i).id(), LinkExperiments.ab.get(i));
    }
    arts.values().parallelStream().forEach(a -> bg.put(a.id(), fx.extract(a)));
    CorpusNeighbours corpus = CorpusNeighbours.of(bg.values());
    double[] col = extra.get("hubT10mean").clone();
    for (int i = 0; i < pairs.size(); i++) {
      ArticleFeatures a = bg.get(fa.get(i).id());
      ArticleFeatures b = bg.get(fb.get(i).id());
      double[] x = PairFeatures.compute(a, b);
      corpus.apply(a, b, x);
      col[i] = x[PairFeatures.index("hub")];
    }
    extra.put("hubBG", col);
    System.out.println("hubBG: " + ids.size() + " articles, background statistics");
  }

  /** Pearson of each column with the gold over the SemEval pairs in one language. */
  static void correlations() {
    int n = pairs.size();
    List<String> show = new ArrayList<>(List.of("terms", "stems"));
    show.addAll(COLUMNS);
    if (extra.containsKey("hubBG")) {
      show.add("hubBG");
    }
    for (String c : show) {
      List<double[]> pg = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!crossLang[i]) {
          double v =
              extra.containsKey(c)
                  ? extra.get(c)[i]
                  : LinkExperiments.xs.get(i)[PairFeatures.index(c)];
          pg.add(new double[] {v, LinkExperiments.gold[i]});
        }
      }
      double[] v = pg.stream().mapToDouble(p -> p[0]).sorted().toArray();
      System.out.printf(
          java.util.Locale.ROOT,
          "%-10s pearson with gold %.3f  median %.4f  mean %.4f%n",
          c,
          ExperimentCv.pearson(pg),
          v[v.length / 2],
          Arrays.stream(v).average().orElse(0));
    }
  }
}
