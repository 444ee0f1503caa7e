package dev.storylink.link;

import dev.storylink.core.Article;
import dev.storylink.eval.PairEvaluator;
import dev.storylink.features.ArticleFeatures;
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
import java.util.Set;

/**
 * Session 11 candidate columns of {@link LinkExperiments} (issue 16): paraphrase-robust lexical
 * evidence (prefix tokens, name fragments), distributional similarity learned without labels
 * (random indexing over the articles' own texts) and "same topic, other event" markers (scores,
 * dominant name). This class builds the lexical columns and the random-indexing ones ({@link
 * RandomIndex}); the name and other-event columns are {@link Session11Markers}'. A development
 * helper run by hand; not thread-safe.
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
    return tfIdf(tf);
  }

  /** Log tf × smoothed idf (over {@link #DF}) of the keys, hashed. */
  static SparseVector tfIdf(Map<String, Integer> tf) {
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
    return tfIdf(tf);
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
    RandomIndex ri = new RandomIndex(byId.values(), terms, langs, 512, 0, 2, 1);
    RandomIndex riSeed = new RandomIndex(byId.values(), terms, langs, 512, 7, 2, 1);
    RandomIndex ri1024 = new RandomIndex(byId.values(), terms, langs, 1024, 0, 2, 1);
    RandomIndex riW5 = new RandomIndex(byId.values(), terms, langs, 512, 0, 5, 1);
    RandomIndex riW1 = new RandomIndex(byId.values(), terms, langs, 512, 0, 1, 1);
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
      double[] nf = Session11Markers.nameFragments(fa.get(i).names(), fb.get(i).names());
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
      sink.put("numclash", i, Session11Markers.numClash(fa.get(i).numbers(), fb.get(i).numbers()));
      sink.put("ri256", i, ri256.cosine(a, b));
      sink.put("scoreclash", i, Session11Markers.scoreClash(a.fullText(), b.fullText()));
      sink.put("topdiff", i, Session11Markers.topDiff(fa.get(i).names(), fb.get(i).names()));
      sink.put("top2diff", i, Session11Markers.top2Diff(fa.get(i).names(), fb.get(i).names()));
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
}
