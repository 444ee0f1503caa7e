package dev.storylink.link;

import static dev.storylink.link.ExperimentCv.cv;
import static dev.storylink.link.LinkExperiments.aa;
import static dev.storylink.link.LinkExperiments.ab;
import static dev.storylink.link.LinkExperiments.crossLang;
import static dev.storylink.link.LinkExperiments.fa;
import static dev.storylink.link.LinkExperiments.fb;
import static dev.storylink.link.LinkExperiments.gold;
import static dev.storylink.link.LinkExperiments.groups;
import static dev.storylink.link.LinkExperiments.pairs;
import static dev.storylink.link.LinkExperiments.xs;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.features.NameRules;
import dev.storylink.link.LinkExperiments.Opts;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Session 17 candidate columns of {@link LinkExperiments} (issue 16) for the weakest languages, and
 * the per-language error report ({@code langerrors}). The columns (docs/link-model.md, Session 17):
 *
 * <ul>
 *   <li>{@code denames} / {@code denames0}: for two German texts, the name overlap without the
 *       capitalised words used as nouns (after a determiner, a preposition-article contraction or a
 *       lower-case word with an adjective ending); other pairs their {@code names} / 0;
 *   <li>{@code decomp}, {@code decompx}, {@code dedice}, {@code decompx1}: for two German texts,
 *       the idf-weighted distinct Snowball stems (document frequency over the loaded articles): the
 *       share with only a compound partner (one a prefix or suffix of the other, the shorter ≥ 5
 *       letters, the longer ≥ 3 longer), the Dice counting a compound partner 0.5, 0 and 1; {@code
 *       decompxall}: {@code decompx} for every one-language pair;
 *   <li>{@code destemdice0} (shipped as {@code dedims}), {@code ardims}, {@code trdims}, {@code
 *       esdims}: the Dice of the stem vectors' dimensions for two texts in that language, else 0;
 *       {@code stemdice0}: the same for every one-language pair;
 *   <li>{@code ledebody}: each side's title + lead vector against the other's whole term vector;
 *   <li>{@code skelnames}: the name overlap with names keyed by their consonant skeleton;
 *   <li>{@code arnames}: for two Arabic texts, the name overlap where a name starting with a
 *       proclitic (و ب ل ف ك) matches the other side's name without it;
 *   <li>{@code de_names}, {@code de_terms}: {@code lang_de} times {@code names} / {@code terms}.
 * </ul>
 *
 * <p>{@code destemdice} and {@code stemdice} (weighted Dice of the stem vectors) were measured with
 * a since-removed {@code SparseVector.weightedDice}. A development helper run by hand; not
 * thread-safe.
 */
final class Session17Extras {
  private Session17Extras() {}

  /** German determiners and preposition-article contractions that precede a noun. */
  static final Set<String> DE_DETERMINERS =
      Set.of(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
          "eines", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "kein", "keine", "keinen",
          "keinem", "keiner", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede",
          "jedes", "jedem", "jeden", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
          "ihren", "ihrem", "ihrer", "unser", "unsere", "mehrere", "viele", "alle");

  /** Per distinct article: its folded content words and (German) the surfaces used as nouns. */
  record Info(Set<String> words, Set<String> nounSurfaces, Set<String> lightStems) {}

  static final Map<String, Info> INFO = new HashMap<>();
  static final Map<String, Integer> DF = new HashMap<>();
  static int docs;

  static Info info(Article a) {
    return INFO.computeIfAbsent(a.id(), k -> analyse(a));
  }

  static Info analyse(Article a) {
    AnalyzedText at = TextAnalysis.analyze(a.fullText(), a.lang());
    Set<String> stop = Stopwords.of(a.lang());
    Set<String> words = new HashSet<>();
    Set<String> nouns = new HashSet<>();
    Set<String> light = new HashSet<>();
    List<Token> ts = at.tokens();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      if (!NameRules.isContent(t.term(), stop)) {
        continue;
      }
      words.add(t.term());
      light.add(Stemmers.stem(t.term(), a.lang()));
      if (a.lang().equals("de")) {
        if (t.capitalized() && i > 0 && ts.get(i - 1).sentence() == t.sentence()) {
          Token p = ts.get(i - 1);
          String pt = p.surface().toLowerCase(Locale.ROOT);
          boolean adjective =
              !p.capitalized()
                  && pt.length() >= 4
                  && (pt.endsWith("en")
                      || pt.endsWith("er")
                      || pt.endsWith("es")
                      || pt.endsWith("em")
                      || pt.endsWith("e"))
                  && !stop.contains(pt);
          if (DE_DETERMINERS.contains(pt) || adjective) {
            nouns.add(t.surface());
          }
        }
      }
    }
    return new Info(words, nouns, light);
  }

  static double idf(String w) {
    return Math.log((docs + 1.0) / (DF.getOrDefault(w, 0) + 1.0)) + 1;
  }

  /** Computes the columns over {@link LinkExperiments}' loaded pairs. */
  static void compute(Session11Extras.Sink out) {
    int n = pairs.size();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (Article a : List.of(aa.get(i), ab.get(i))) {
        if (seen.add(a.id())) {
          Info f = info(a);
          docs++;
          for (String w : f.words()) {
            DF.merge(w, 1, Integer::sum);
          }
          for (String w : f.lightStems()) {
            DF.merge("#" + a.lang() + ":" + w, 1, Integer::sum);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      ArticleFeatures a = fa.get(i);
      ArticleFeatures b = fb.get(i);
      double names = xs.get(i)[PairFeatures.index("names")];
      boolean de = a.lang().equals("de") && b.lang().equals("de");
      Info ia = info(aa.get(i));
      Info ib = info(ab.get(i));
      double dn = names;
      if (de) {
        dn =
            MentionOverlaps.nameOverlap(
                properNames(a.names(), ia), properNames(b.names(), ib), null, null);
      }
      out.put("denames", i, dn);
      out.put("denames0", i, de ? dn : 0);
      double[] dc = de ? compounds(ia.lightStems(), ib.lightStems(), a.lang()) : new double[4];
      out.put("decomp", i, dc[0]);
      out.put("decompx", i, dc[1]);
      out.put("dedice", i, dc[2]);
      out.put("decompx1", i, dc[3]);
      double[] dall =
          a.lang().equals(b.lang())
              ? compounds(ia.lightStems(), ib.lightStems(), a.lang())
              : new double[4];
      out.put("decompxall", i, dall[1]);
      boolean same = a.lang().equals(b.lang());
      double lb = same ? (a.lead().cosine(b.terms()) + b.lead().cosine(a.terms())) / 2 : 0;
      out.put("ledebody", i, lb);
      out.put(
          "skelnames",
          i,
          same
              ? MentionOverlaps.nameOverlap(
                  bySkeleton(a.names()), bySkeleton(b.names()), null, null)
              : names);
      boolean ar = a.lang().equals("ar") && b.lang().equals("ar");
      out.put(
          "arnames",
          i,
          ar
              ? MentionOverlaps.nameOverlap(
                  unclitic(a.names(), b.names()), unclitic(b.names(), a.names()), null, null)
              : names);
      double dd = same ? a.stems().dimensionDice(b.stems()) : 0;
      out.put("destemdice0", i, de ? dd : 0);
      out.put("ardims", i, ar ? dd : 0);
      out.put("trdims", i, a.lang().equals("tr") && b.lang().equals("tr") ? dd : 0);
      out.put("esdims", i, a.lang().equals("es") && b.lang().equals("es") ? dd : 0);
      out.put("stemdice0", i, dd);
      double lang = xs.get(i)[PairFeatures.index("lang_de")];
      out.put("de_names", i, lang * names);
      out.put("de_terms", i, lang * xs.get(i)[PairFeatures.index("terms")]);
    }
  }

  /** {@code ms} keyed by their skeleton where they have one (one key for spelling variants). */
  static List<Mention> bySkeleton(List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      String k = m.skeleton().isEmpty() ? m.key() : "~" + m.skeleton();
      out.add(
          new Mention(m.kind(), k, m.label(), m.surfaces(), m.weight(), m.count(), m.skeleton()));
    }
    return out;
  }

  /** Arabic conjunction and preposition proclitics that may stand before a name. */
  static final String PROCLITICS = "\u0648\u0628\u0644\u0641\u0643";

  /**
   * {@code ms} where a name of five or more letters that starts with a proclitic (و ب ل ف ك), has
   * no partner in {@code other} and whose rest has one, is keyed by its rest.
   */
  static List<Mention> unclitic(List<Mention> ms, List<Mention> other) {
    Set<String> keys = new HashSet<>();
    other.forEach(m -> keys.add(m.key()));
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      String k = m.key();
      if (k.length() >= 5
          && PROCLITICS.indexOf(k.charAt(0)) >= 0
          && !keys.contains(k)
          && keys.contains(k.substring(1))) {
        k = k.substring(1);
      }
      out.add(
          new Mention(m.kind(), k, m.label(), m.surfaces(), m.weight(), m.count(), m.skeleton()));
    }
    return out;
  }

  /** The names of {@code ms} not used as a noun (after a determiner or adjective) in the text. */
  static List<Mention> properNames(List<Mention> ms, Info info) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      boolean noun = false;
      for (String s : m.surfaces()) {
        noun |= info.nounSurfaces().contains(s);
      }
      if (!noun) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {partner share, compound Dice}: the idf mass of the light stems of either side without an exact
   * partner but with a compound partner on the other (one a prefix or suffix of the other, the
   * shorter ≥ 5 letters, the longer ≥ 3 letters longer), over both sides' mass; and the Dice of the
   * stems counting an exact partner 1 and a compound partner 0.5.
   */
  static double[] compounds(Set<String> a, Set<String> b, String lang) {
    double[] m = new double[3]; // total, exact, partner mass
    addMass(a, b, lang, m);
    addMass(b, a, lang, m);
    double total = m[0];
    double exact = m[1];
    double part = m[2];
    return total == 0
        ? new double[4]
        : new double[] {
          part / total, (exact + 0.5 * part) / total, exact / total, (exact + part) / total
        };
  }

  /**
   * Adds the idf mass of {@code x}'s stems to {@code m}: all, exact partners, compound partners.
   */
  static void addMass(Set<String> x, Set<String> y, String lang, double[] m) {
    for (String w : x) {
      double v = idf("#" + lang + ":" + w);
      m[0] += v;
      if (y.contains(w)) {
        m[1] += v;
      } else if (hasPartner(w, y)) {
        m[2] += v;
      }
    }
  }

  static boolean hasPartner(String w, Set<String> other) {
    for (String u : other) {
      String s = u.length() < w.length() ? u : w;
      String l = u.length() < w.length() ? w : u;
      if (s.length() >= 5 && l.length() >= s.length() + 3 && (l.startsWith(s) || l.endsWith(s))) {
        return true;
      }
    }
    return false;
  }

  /** Per weak language, the 10 largest CV residuals of the shipped model (seed 42). */
  static void errors() {
    double[][] r = cv(Opts.parse(";logit+cubic"), 42, false);
    double[] f = ExperimentCv.figures(r[0], r[1], null);
    System.out.printf(Locale.ROOT, "shipped seed 42: %.3f/%.3f%n", f[0], f[1]);
    for (String g : List.of("de-de", "ar-ar", "es-es", "tr-tr")) {
      Integer[] idx =
          java.util.stream.IntStream.range(0, pairs.size())
              .filter(i -> !crossLang[i] && groups.get(i).equals(g))
              .boxed()
              .toArray(Integer[]::new);
      Arrays.sort(
          idx, (x, y) -> Double.compare(Math.abs(r[0][y] - gold[y]), Math.abs(r[0][x] - gold[x])));
      double se = 0;
      for (int i : idx) {
        se += (r[0][i] - gold[i]) * (r[0][i] - gold[i]);
      }
      System.out.printf(Locale.ROOT, "=== %s n=%d sq.err %.1f%n", g, idx.length, se);
      for (int k = 0; k < Math.min(10, idx.length); k++) {
        int i = idx[k];
        double[] x = xs.get(i);
        System.out.printf(
            Locale.ROOT,
            "%d gold %.2f pred %.2f same-src %s %s|%s terms %.2f stems %.2f names %.2f places %.2f"
                + " numbers %.2f title %.2f sentshare %.2f sentcopy %.2f bigrams %.2f%n  A: %s%n"
                + "  B: %s%n",
            k + 1,
            gold[i],
            r[0][i],
            aa.get(i).source().equals(ab.get(i).source()),
            pairs.get(i).id1(),
            pairs.get(i).id2(),
            x[PairFeatures.index("terms")],
            x[PairFeatures.index("stems")],
            x[PairFeatures.index("names")],
            x[PairFeatures.index("places")],
            x[PairFeatures.index("numbers")],
            x[PairFeatures.index("title")],
            x[PairFeatures.index("sentshare")],
            x[PairFeatures.index("sentcopy")],
            x[PairFeatures.index("bigrams")],
            snippet(aa.get(i)),
            snippet(ab.get(i)));
      }
    }
  }

  static String snippet(Article a) {
    String t = a.fullText().replaceAll("\\s+", " ");
    return t.substring(0, Math.min(400, t.length()));
  }
}
