package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.features.NameRules;
import dev.storylink.features.SparseVector;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 11 candidate columns of {@link LinkExperiments} (issue 16): paraphrase-robust lexical
 * evidence (prefix tokens, name fragments), distributional similarity learned without labels
 * (random indexing over the articles' own texts) and "same topic, other event" markers (scores,
 * dominant name). A development helper run by hand; not thread-safe.
 */
final class Session11Extras {
  interface Sink {
    void put(String name, int i, double v);
  }

  private Session11Extras() {}

  static final Map<Article, AnalyzedText> ANALYZED = new IdentityHashMap<>();
  static final Map<String, Integer> DF = new HashMap<>(); // df of prefix keys "p5:xxxxx"
  static int docs;

  /** Column "rifold" per fold of seed 42 (vectors learned without the fold's articles). */
  static final List<double[]> FOLD_COLUMNS = new ArrayList<>();

  static AnalyzedText analyzed(Article a, String lang) {
    return ANALYZED.computeIfAbsent(a, x -> TextAnalysis.analyze(x.fullText(), lang));
  }

  static List<String> content(AnalyzedText t, String lang) {
    Set<String> stop = Stopwords.of(lang);
    List<String> out = new ArrayList<>();
    for (Token tok : t.tokens()) {
      if (NameRules.isContent(tok.term(), stop)) {
        out.add(tok.term());
      }
    }
    return out;
  }

  static String prefix(String term, int n) {
    int cps = term.codePointCount(0, term.length());
    return cps <= n ? term : term.substring(0, term.offsetByCodePoints(0, n));
  }

  static SparseVector prefixVector(List<String> terms, int n, int limit) {
    Map<String, Integer> tf = new HashMap<>();
    for (int k = 0; k < Math.min(limit, terms.size()); k++) {
      tf.merge("p" + n + ":" + prefix(terms.get(k), n), 1, Integer::sum);
    }
    Map<Long, Double> v = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double idf = Math.log((docs + 1.0) / (DF.getOrDefault(e.getKey(), 0) + 1.0)) + 1;
      v.put(SparseVector.hash(e.getKey()), (1 + Math.log(e.getValue())) * idf);
    }
    return SparseVector.of(v);
  }

  /** Lucene's light (or minimal) stemmer of the language; the term itself where there is none. */
  static final Map<String, String> LIGHT = new HashMap<>();

  static String light(String term, String lang) {
    return LIGHT.computeIfAbsent(lang + ":" + term, k -> lightStem(term, lang));
  }

  static String lightStem(String term, String lang) {
    org.apache.lucene.analysis.Tokenizer tok =
        new org.apache.lucene.analysis.core.KeywordTokenizer();
    org.apache.lucene.analysis.TokenStream ts =
        switch (lang) {
          case "de" -> new org.apache.lucene.analysis.de.GermanLightStemFilter(tok);
          case "es" -> new org.apache.lucene.analysis.es.SpanishLightStemFilter(tok);
          case "fr" -> new org.apache.lucene.analysis.fr.FrenchLightStemFilter(tok);
          case "it" -> new org.apache.lucene.analysis.it.ItalianLightStemFilter(tok);
          case "pt" -> new org.apache.lucene.analysis.pt.PortugueseLightStemFilter(tok);
          case "ru" -> new org.apache.lucene.analysis.ru.RussianLightStemFilter(tok);
          case "en" -> new org.apache.lucene.analysis.en.EnglishMinimalStemFilter(tok);
          default -> null;
        };
    if (ts == null) {
      return term;
    }
    try {
      tok.setReader(new java.io.StringReader(term));
      var attr =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? attr.toString() : term;
      ts.end();
      ts.close();
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static SparseVector lightVector(List<String> terms, String lang) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : terms) {
      tf.merge("ls:" + light(t, lang), 1, Integer::sum);
    }
    Map<Long, Double> v = new HashMap<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double idf = Math.log((docs + 1.0) / (DF.getOrDefault(e.getKey(), 0) + 1.0)) + 1;
      v.put(SparseVector.hash(e.getKey()), (1 + Math.log(e.getValue())) * idf);
    }
    return SparseVector.of(v);
  }

  static void compute(
      int n,
      List<ArticleFeatures> fa,
      List<ArticleFeatures> fb,
      List<Article> aa,
      List<Article> ab,
      Sink out) {
    Map<String, double[]> stat = new java.util.TreeMap<>();
    Sink sink =
        (name, i, v) -> {
          out.put(name, i, v);
          double[] st = stat.computeIfAbsent(name, k -> new double[6]);
          st[0] += v != 0 ? 1 : 0;
          st[1] += v;
          double g = LinkExperiments.gold[i];
          if (g <= 2) {
            st[2] += v != 0 ? 1 : 0;
            st[3]++;
          } else if (g >= 3) {
            st[4] += v != 0 ? 1 : 0;
            st[5]++;
          }
        };
    // document frequencies of prefix keys over all distinct articles
    Map<Article, String> langs = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      langs.put(aa.get(i), fa.get(i).lang());
      langs.put(ab.get(i), fb.get(i).lang());
    }
    Map<String, Article> byId = new HashMap<>();
    langs.keySet().forEach(a -> byId.put(a.id(), a));
    Map<Article, List<String>> terms = new IdentityHashMap<>();
    for (Article a : byId.values()) {
      List<String> c = content(analyzed(a, langs.get(a)), langs.get(a));
      terms.put(a, c);
      Set<String> keys = new HashSet<>();
      for (String t : c) {
        keys.add("p4:" + prefix(t, 4));
        keys.add("p5:" + prefix(t, 5));
        keys.add("p6:" + prefix(t, 6));
        keys.add("ls:" + light(t, langs.get(a)));
      }
      keys.forEach(k -> DF.merge(k, 1, Integer::sum));
    }
    docs = byId.size();
    RandomIndex ri = new RandomIndex(byId.values(), terms, langs, 512, 0, 2);
    RandomIndex riSeed = new RandomIndex(byId.values(), terms, langs, 512, 7, 2);
    RandomIndex ri1024 = new RandomIndex(byId.values(), terms, langs, 1024, 0, 2);
    RandomIndex riW5 = new RandomIndex(byId.values(), terms, langs, 512, 0, 5);
    RandomIndex riW1 = new RandomIndex(byId.values(), terms, langs, 512, 0, 1);
    RandomIndex ri128 = new RandomIndex(byId.values(), terms, langs, 128, 0, 2, 3);
    RandomIndex ri64 = new RandomIndex(byId.values(), terms, langs, 64, 0, 2, 3);
    RandomIndex ri256 = new RandomIndex(byId.values(), terms, langs, 256, 0, 2, 2);
    System.out.printf(
        Locale.ROOT,
        "vocabulary df>=3: %d, df>=2: %d, all %d%n",
        ri128.context.size(),
        ri256.context.size(),
        ri.context.size());
    // inductive check: per fold of seed 42, vectors learned without the test fold's articles
    List<int[]> folds = PairEvaluator.folds(n, 10, 42);
    for (int f = 0; f < folds.size(); f++) {
      Set<String> held = new HashSet<>();
      for (int i : folds.get(f)) {
        held.add(aa.get(i).id());
        held.add(ab.get(i).id());
      }
      List<Article> train = new ArrayList<>();
      for (Article a : byId.values()) {
        if (!held.contains(a.id())) {
          train.add(a);
        }
      }
      RandomIndex r = new RandomIndex(train, terms, langs, 512, 0, 2, 1);
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = r.cosine(byId.get(aa.get(i).id()), byId.get(ab.get(i).id()));
      }
      FOLD_COLUMNS.add(col);
    }
    for (int i = 0; i < n; i++) {
      Article a = byId.get(aa.get(i).id());
      Article b = byId.get(ab.get(i).id());
      List<String> ta = terms.get(a);
      List<String> tb = terms.get(b);
      for (int p : new int[] {4, 5, 6}) {
        sink.put(
            "pre" + p,
            i,
            prefixVector(ta, p, Integer.MAX_VALUE).cosine(prefixVector(tb, p, Integer.MAX_VALUE)));
      }
      sink.put("pre5lead", i, prefixVector(ta, 5, 60).cosine(prefixVector(tb, 5, 60)));
      double[] nf = nameFragments(fa.get(i).names(), fb.get(i).names());
      sink.put("nfrag", i, nf[0]);
      sink.put("names2", i, nf[1]);
      sink.put("ri", i, ri.cosine(a, b));
      sink.put("ri_s7", i, riSeed.cosine(a, b));
      sink.put("ri1024", i, ri1024.cosine(a, b));
      sink.put("ri_w5", i, riW5.cosine(a, b));
      sink.put("ri_w1", i, riW1.cosine(a, b));
      sink.put("ri128", i, ri128.cosine(a, b));
      sink.put("ri64", i, ri64.cosine(a, b));
      String lang = fa.get(i).lang();
      boolean agglutinative =
          fa.get(i).lang().equals(fb.get(i).lang())
              && (lang.equals("tr") || lang.equals("de") || lang.equals("pl"));
      sink.put(
          "pre5tdp",
          i,
          agglutinative
              ? prefixVector(ta, 5, Integer.MAX_VALUE)
                  .cosine(prefixVector(tb, 5, Integer.MAX_VALUE))
              : 0);
      sink.put(
          "lstem",
          i,
          fa.get(i).lang().equals(fb.get(i).lang())
              ? lightVector(ta, lang).cosine(lightVector(tb, lang))
              : 0);
      sink.put("numclash", i, numClash(fa.get(i).numbers(), fb.get(i).numbers()));
      sink.put("ri256", i, ri256.cosine(a, b));
      sink.put("scoreclash", i, scoreClash(a.fullText(), b.fullText()));
      sink.put("topdiff", i, topDiff(fa.get(i).names(), fb.get(i).names()));
      sink.put("top2diff", i, top2Diff(fa.get(i).names(), fb.get(i).names()));
    }
    stat.forEach(
        (k, v) ->
            System.out.printf(
                Locale.ROOT,
                "extra %s nonzero %d mean %.3f; fires on %d of %d same-story, %d of %d other%n",
                k,
                (int) v[0],
                v[1] / n,
                (int) v[2],
                (int) v[3],
                (int) v[4],
                (int) v[5]));
  }

  // ------------------------------------------------------------ name fragments

  /** Fragments of a name: its key and the parts of its surfaces split at dots and hyphens. */
  static List<String> parts(Mention m) {
    List<String> out = new ArrayList<>();
    for (String s : m.surfaces()) {
      for (String p : s.toLowerCase(Locale.ROOT).split("[.\\-'’ ]+")) {
        if (p.length() >= 4) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static String low(Mention m) {
    return m.surfaces().isEmpty() ? m.key() : m.surfaces().get(0).toLowerCase(Locale.ROOT);
  }

  /**
   * A name of one side with no exact partner whose fragment (≥ 4 letters) is a prefix or suffix of
   * a name of the other side, or whose initial + suffix abbreviate it (F.Bahçe ~ Fenerbahçe).
   * Returns {share of names with a fragment partner (capped 5, /5), weighted Dice counting fragment
   * partners as matches}.
   */
  static double[] nameFragments(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return new double[] {0, 0};
    }
    Set<String> ka = new HashSet<>();
    Set<String> kb = new HashSet<>();
    as.forEach(m -> ka.add(m.key()));
    bs.forEach(m -> kb.add(m.key()));
    int frag = 0;
    double matched = 0;
    double total = 0;
    for (int side = 0; side < 2; side++) {
      List<Mention> xs = side == 0 ? as : bs;
      List<Mention> ys = side == 0 ? bs : as;
      Set<String> yk = side == 0 ? kb : ka;
      for (Mention x : xs) {
        total += x.weight();
        if (yk.contains(x.key())) {
          matched += x.weight();
          continue;
        }
        if (fragmentOf(x, ys)) {
          frag++;
          matched += x.weight();
        }
      }
    }
    return new double[] {Math.min(5, frag) / 5.0, total == 0 ? 0 : matched / total};
  }

  static boolean fragmentOf(Mention x, List<Mention> ys) {
    String lx = low(x);
    List<String> px = parts(x);
    for (Mention y : ys) {
      String ly = low(y);
      if (ly.equals(lx)) {
        return true;
      }
      for (String p : px) {
        if (p.length() >= 4
            && !p.equals(ly)
            && (ly.startsWith(p) || ly.endsWith(p))
            && p.length() * 2 >= Math.min(ly.length(), 8)) {
          // abbreviation "f.bahçe": initial must agree when x has one
          if (lx.contains(".") && lx.indexOf('.') <= 2 && lx.charAt(0) != ly.charAt(0)) {
            continue;
          }
          return true;
        }
        for (String q : parts(y)) {
          if (q.length() >= 5
              && p.length() >= 5
              && !q.equals(p)
              && (q.startsWith(p) || p.startsWith(q))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------ same topic, other event

  static final Pattern SCORE =
      Pattern.compile("(?<![\\d.,:])(\\d{1,2}) ?[-–] ?(\\d{1,2})(?![\\d.,:%])");

  static Set<String> scores(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = SCORE.matcher(text);
    while (m.find()) {
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      if (x <= 15 && y <= 15) {
        out.add(Math.max(x, y) + "-" + Math.min(x, y));
      }
    }
    return out;
  }

  /** 1 when both give at least two numbers that are not years and share none. */
  static double numClash(List<Mention> as, List<Mention> bs) {
    Set<String> x = new HashSet<>();
    Set<String> y = new HashSet<>();
    for (Mention m : as) {
      if (!m.key().matches("(19|20)\\d\\d")) {
        x.add(m.key());
      }
    }
    for (Mention m : bs) {
      if (!m.key().matches("(19|20)\\d\\d")) {
        y.add(m.key());
      }
    }
    if (x.size() < 2 || y.size() < 2) {
      return 0;
    }
    for (String k : x) {
      if (y.contains(k)) {
        return 0;
      }
    }
    return 1;
  }

  static double scoreClash(String a, String b) {
    Set<String> sa = scores(a);
    Set<String> sb = scores(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    for (String s : sa) {
      if (sb.contains(s)) {
        return 0;
      }
    }
    return 1;
  }

  static Mention top(List<Mention> ms, int rank) {
    List<Mention> s = new ArrayList<>(ms);
    s.sort((x, y) -> Double.compare(y.weight() * y.count(), x.weight() * x.count()));
    return s.size() > rank ? s.get(rank) : null;
  }

  static boolean has(List<Mention> ms, Mention m) {
    for (Mention x : ms) {
      if (x.key().equals(m.key())) {
        return true;
      }
    }
    return false;
  }

  /** 1 when both sides' most mentioned names are absent from the other side. */
  static double topDiff(List<Mention> as, List<Mention> bs) {
    Mention ta = top(as, 0);
    Mention tb = top(bs, 0);
    if (ta == null || tb == null) {
      return 0;
    }
    return !has(bs, ta) && !has(as, tb) ? 1 : 0;
  }

  /** Share of both sides' two most mentioned names absent from the other side. */
  static double top2Diff(List<Mention> as, List<Mention> bs) {
    int miss = 0;
    int tot = 0;
    for (int r = 0; r < 2; r++) {
      Mention ta = top(as, r);
      Mention tb = top(bs, r);
      if (ta != null) {
        tot++;
        miss += has(bs, ta) ? 0 : 1;
      }
      if (tb != null) {
        tot++;
        miss += has(as, tb) ? 0 : 1;
      }
    }
    return tot == 0 ? 0 : (double) miss / tot;
  }

  // ------------------------------------------------------------ random indexing

  /**
   * Random indexing over the articles' own texts, no labels: each term gets a sparse random index
   * vector; its context vector sums the index vectors of the content words within 2 positions; an
   * article's vector sums its terms' normalised context vectors weighted by tf-idf, minus the mean
   * article vector of its language; pairs compare by cosine.
   */
  static final class RandomIndex {
    final int dim;
    final long seed;
    final int window;
    final int minDf;
    static final int NONZERO = 8;
    final Map<String, double[]> context = new HashMap<>();
    final Map<String, Integer> df = new HashMap<>();
    final Map<String, double[]> mean = new HashMap<>();
    final Map<Article, List<String>> terms;
    final Map<Article, String> langs;
    final Map<Article, double[]> docVec = new IdentityHashMap<>();
    final int nd;

    RandomIndex(
        java.util.Collection<Article> arts,
        Map<Article, List<String>> terms,
        Map<Article, String> langs,
        int dim,
        long seed,
        int window) {
      this(arts, terms, langs, dim, seed, window, 1);
    }

    RandomIndex(
        java.util.Collection<Article> arts,
        Map<Article, List<String>> terms,
        Map<Article, String> langs,
        int dim,
        long seed,
        int window,
        int minDf) {
      this.dim = dim;
      this.seed = seed;
      this.window = window;
      this.minDf = minDf;
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
}
