package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.text.Languages;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw features of a pair of articles, each in [0, 1], and the reasons behind them. Stateless
 * and thread-safe.
 *
 * <ul>
 *   <li>{@code terms}: cosine of the tf-idf term vectors.
 *   <li>{@code chars}: cosine of the character 4-gram vectors.
 *   <li>{@code lead}: cosine of the title+lead vectors.
 *   <li>{@code names}: weighted Dice overlap of names; same-script names match on their folded key,
 *       names in different scripts on their consonant skeleton.
 *   <li>{@code places}: Dice overlap of CLDR places.
 *   <li>{@code numbers}: Dice overlap of numbers.
 *   <li>{@code dates}: Dice overlap of calendar dates mentioned (by month and day).
 *   <li>{@code pubdate}: {@code exp(-days/4)} between publication dates when both are known, else
 *       0; {@code dated}: 1 when both are known.
 *   <li>{@code cross}: 1 when the languages differ.
 *   <li>{@code length}: ratio of the shorter to the longer text (in tokens).
 *   <li>{@code stems}: cosine of same-language stem vectors ({@code terms} across languages).
 *   <li>{@code keywords}: overlap of the 20 heaviest terms.
 *   <li>{@code shared}: number of shared names, places and numbers, capped at 10, over 10.
 *   <li>{@code concepts}: weighted Dice overlap of the news concepts both name (an event-type
 *       concept weighs twice).
 *   <li>{@code quantities}: Dice overlap of the numbers with a role (killed:12, magnitude:5.4).
 *   <li>{@code eventtype}: 1 when both report the same type of event, 0 otherwise (also when either
 *       names none).
 *   <li>{@code lang_xx}: the share of the pair written in language xx (1 for two articles in xx,
 *       0.5 each for a pair in xx and yy), so the model can learn a per-language offset: what a
 *       given word overlap means differs by language (German compounds, Arabic clitics).
 * </ul>
 */
public final class PairFeatures {
  /** Feature names, in the order of {@link #compute}. */
  public static final List<String> NAMES = names();

  /** Number of features before the per-language shares. */
  private static final int CORE = 17;

  private static List<String> names() {
    List<String> n =
        new ArrayList<>(
            List.of(
                "terms",
                "chars",
                "lead",
                "names",
                "places",
                "numbers",
                "dates",
                "pubdate",
                "dated",
                "cross",
                "length",
                "stems",
                "keywords",
                "shared",
                "concepts",
                "quantities",
                "eventtype"));
    for (String lang : Languages.SUPPORTED) {
      n.add("lang_" + lang);
    }
    n.addAll(PassageFeatures.NAMES);
    return List.copyOf(n);
  }

  private PairFeatures() {}

  /** Positions by name: {@link #index} runs for each feature of every pair a model scores. */
  private static final Map<String, Integer> INDEX = positions();

  private static Map<String, Integer> positions() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = NAMES.size() - 1; i >= 0; i--) {
      m.put(NAMES.get(i), i); // the first position of a name, as List.indexOf
    }
    return Map.copyOf(m);
  }

  /** Position of feature {@code name} in the vector; throws for an unknown name. */
  public static int index(String name) {
    Integer p = INDEX.get(name);
    int i = p == null ? -1 : p;
    if (i < 0) {
      throw new IllegalArgumentException("unknown pair feature " + name);
    }
    return i;
  }

  /** True when the two articles are written in different scripts (Arabic vs Latin...). */
  public static boolean crossScript(ArticleFeatures a, ArticleFeatures b) {
    return !a.script().equals(b.script());
  }

  /** Computes the feature vector of a pair. */
  public static double[] compute(ArticleFeatures a, ArticleFeatures b) {
    return compute(a, b, true);
  }

  /**
   * Computes the feature vector of a pair; without {@code passages} the {@link PassageFeatures}
   * (read only by the lexical model) are left 0, which saves their sentence comparisons where the
   * pair goes to another model.
   */
  public static double[] compute(ArticleFeatures a, ArticleFeatures b, boolean passages) {
    double[] x = new double[NAMES.size()];
    x[0] = a.terms().cosine(b.terms());
    x[1] = a.charGrams().cosine(b.charGrams());
    x[2] = a.lead().cosine(b.lead());
    int[] shared = new int[1]; // shared names, places and numbers, counted once
    x[3] = nameOverlap(a.names(), b.names(), null, shared);
    x[4] = dice(a.places(), b.places(), Mention.Kind.PLACE, null, shared);
    x[5] = dice(a.numbers(), b.numbers(), Mention.Kind.NUMBER, null, shared);
    x[6] = dice(a.dates(), b.dates(), Mention.Kind.DATE, null, null);
    if (a.date().isPresent() && b.date().isPresent()) {
      long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), b.date().get()));
      x[7] = Math.exp(-days / 4.0);
      x[8] = 1;
    }
    x[9] = a.lang().equals(b.lang()) ? 0 : 1;
    int la = Math.max(1, a.tokenCount());
    int lb = Math.max(1, b.tokenCount());
    x[10] = (double) Math.min(la, lb) / Math.max(la, lb);
    x[11] = a.lang().equals(b.lang()) ? a.stems().cosine(b.stems()) : x[0];
    x[12] = overlap(a.keywords(), b.keywords());
    x[13] = Math.min(10, shared[0]) / 10.0;
    x[14] = weightedDice(a.concepts(), b.concepts(), null);
    x[15] = dice(a.quantities(), b.quantities(), Mention.Kind.QUANTITY, null, null);
    x[16] = a.eventType().isPresent() && a.eventType().equals(b.eventType()) ? 1 : 0;
    for (int k = 0; k < Languages.SUPPORTED.size(); k++) {
      String lang = Languages.SUPPORTED.get(k);
      x[CORE + k] = (a.lang().equals(lang) ? 0.5 : 0) + (b.lang().equals(lang) ? 0.5 : 0);
    }
    if (passages) {
      PassageFeatures.compute(a, b, x, CORE + Languages.SUPPORTED.size());
    }
    return x;
  }

  /**
   * Display label of a matched name: a Latin-script form when either side has one, else the ICU
   * transliteration of a side in another cased script (Путин → Putin), else the romanisation of the
   * Arabic-script side that writes more sounds (Persian پ/چ/ژ/گ).
   */
  private static String nameLabel(Mention a, Mention b) {
    for (Mention m : List.of(a, b)) {
      if (Scripts.scriptOf(m.label()) == com.ibm.icu.lang.UScript.LATIN) {
        return m.label();
      }
    }
    for (Mention m : List.of(a, b)) {
      if (!Scripts.hasArabicScript(m.label())) {
        return NameKeys.transliterate(m.label());
      }
    }
    String richer = b.label().matches(".*[\\u067E\\u0686\\u0698\\u06AF].*") ? b.label() : a.label();
    return NameKeys.romanize(richer);
  }

  private static double overlap(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / Math.min(a.length, b.length);
  }

  /** The shared names, places, numbers and dates of a pair, strongest first. */
  public static List<Reason> reasons(ArticleFeatures a, ArticleFeatures b) {
    List<Reason> out = new ArrayList<>();
    nameOverlap(a.names(), b.names(), out, null);
    dice(a.places(), b.places(), Mention.Kind.PLACE, out, null);
    dice(a.numbers(), b.numbers(), Mention.Kind.NUMBER, out, null);
    dice(a.dates(), b.dates(), Mention.Kind.DATE, out, null);
    dice(a.quantities(), b.quantities(), Mention.Kind.QUANTITY, out, null);
    weightedDice(a.concepts(), b.concepts(), out);
    out.sort((r, s) -> Double.compare(s.weight(), r.weight()));
    return out;
  }

  private static double nameOverlap(
      List<Mention> as, List<Mention> bs, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>(bs.size() * 2);
    Map<String, Mention> bySkeleton = new HashMap<>(bs.size() * 2);
    double sumB = 0;
    for (Mention m : bs) {
      byKey.put(m.key(), m);
      if (!m.skeleton().isEmpty()) {
        bySkeleton.putIfAbsent(m.skeleton(), m);
      }
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    java.util.Set<String> usedB = new java.util.HashSet<>();
    for (Mention m : as) {
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      Reason.MatchType type = Reason.MatchType.FOLDED;
      if (other == null && !m.skeleton().isEmpty()) {
        Mention cand = bySkeleton.get(m.skeleton());
        if (cand != null && Scripts.scriptOf(cand.key()) != Scripts.scriptOf(m.key())) {
          other = cand;
          type = Reason.MatchType.TRANSLITERATED;
        }
      }
      if (other == null || !usedB.add(other.key())) {
        continue;
      }
      double w = Math.min(m.weight(), other.weight());
      shared += w;
      if (matches != null) {
        matches[0]++;
      }
      if (reasons != null) {
        reasons.add(
            new Reason(
                Mention.Kind.NAME, nameLabel(m, other), m.surfaces(), other.surfaces(), w, type));
      }
    }
    return Math.min(1.0, 2 * shared / (sumA + sumB));
  }

  /** Dice overlap of mentions by key, weighted by their weights; concepts give their reasons. */
  private static double weightedDice(List<Mention> as, List<Mention> bs, List<Reason> reasons) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>(bs.size() * 2);
    double sumB = 0;
    for (Mention m : bs) {
      byKey.put(m.key(), m);
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    for (Mention m : as) {
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      if (other != null) {
        shared += m.weight();
        if (reasons != null) {
          reasons.add(
              new Reason(
                  m.kind(),
                  m.label(),
                  m.surfaces(),
                  other.surfaces(),
                  0.5 * m.weight(),
                  Reason.MatchType.CONCEPT));
        }
      }
    }
    return 2 * shared / (sumA + sumB);
  }

  private static double dice(
      List<Mention> as, List<Mention> bs, Mention.Kind kind, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Mention> byKey = new HashMap<>(bs.size() * 2);
    for (Mention m : bs) {
      byKey.putIfAbsent(matchKey(m), m);
    }
    int shared = 0;
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Mention m : as) {
      String k = matchKey(m);
      Mention other = byKey.get(k);
      if (other != null && used.add(k)) {
        shared++;
        if (matches != null) {
          matches[0]++;
        }
        if (reasons != null) {
          reasons.add(
              new Reason(
                  kind,
                  m.label(),
                  m.surfaces(),
                  other.surfaces(),
                  kind == Mention.Kind.PLACE ? 3.0 : 2.0,
                  kind == Mention.Kind.PLACE ? Reason.MatchType.PLACE : Reason.MatchType.VALUE));
        }
      }
    }
    return 2.0 * shared / (as.size() + bs.size());
  }

  /** Dates match on month and day whether or not the year was written. */
  private static String matchKey(Mention m) {
    if (m.kind() == Mention.Kind.DATE && m.key().length() == 10) {
      return m.key().substring(5);
    }
    return m.key();
  }
}
