package dev.storylink.link;

import dev.storylink.core.Hashing;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.text.Languages;
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
 *   <li>then the {@link PassageFeatures} and the {@link CorpusNeighbours} feature {@code hub} (its
 *       neutral no-corpus value here; a caller with a corpus overwrites it).
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
    n.addAll(CorpusNeighbours.NAMES);
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
   * Computes the feature vector of a pair; without {@code passages} the {@link PassageFeatures} and
   * the {@link CorpusNeighbours} feature (read only by the lexical model) are left 0, which saves
   * their sentence comparisons where the pair goes to another model.
   */
  public static double[] compute(ArticleFeatures a, ArticleFeatures b, boolean passages) {
    return compute(a, b, passages, null);
  }

  /**
   * As {@link #compute(ArticleFeatures, ArticleFeatures, boolean)}, computing only the features
   * {@code read} marks ({@code read[i]} for feature {@code i}; null: all) and leaving the others 0:
   * for a caller whose model reads a subset ({@link #readBy}), the values it reads are those of the
   * full vector. {@code shared} is counted by the name, place and number overlaps, which are
   * computed when it or any of them is read; {@code stems} across languages is {@code terms}.
   */
  static double[] compute(ArticleFeatures a, ArticleFeatures b, boolean passages, boolean[] read) {
    return compute(a, b, passages, read, null);
  }

  /**
   * As {@link #compute(ArticleFeatures, ArticleFeatures, boolean, boolean[])}; when {@code reasons}
   * is not null (and {@code read} is, all features computed), also adds the pair's {@link #reasons}
   * to it, strongest first, from the same overlaps (each is computed once for both).
   */
  static double[] compute(
      ArticleFeatures a,
      ArticleFeatures b,
      boolean passages,
      boolean[] read,
      List<Reason> reasons) {
    if (reasons != null && read != null) {
      throw new IllegalArgumentException("reasons come with all features");
    }
    double[] x = new double[NAMES.size()];
    boolean sameLang = a.lang().equals(b.lang());
    if (reads(read, 0) || (reads(read, 11) && !sameLang)) {
      x[0] = a.terms().cosine(b.terms());
    }
    if (reads(read, 1)) {
      x[1] = a.charGrams().cosine(b.charGrams());
    }
    if (reads(read, 2)) {
      x[2] = a.lead().cosine(b.lead());
    }
    if (reads(read, 3) || reads(read, 4) || reads(read, 5) || reads(read, 13)) {
      int[] shared = new int[1]; // shared names, places and numbers, counted once
      x[3] = MentionOverlaps.nameOverlap(a.names(), b.names(), reasons, shared);
      x[4] = MentionOverlaps.dice(a.places(), b.places(), Mention.Kind.PLACE, reasons, shared);
      x[5] = MentionOverlaps.dice(a.numbers(), b.numbers(), Mention.Kind.NUMBER, reasons, shared);
      x[13] = Math.min(10, shared[0]) / 10.0;
    }
    if (reads(read, 6)) {
      x[6] = MentionOverlaps.dice(a.dates(), b.dates(), Mention.Kind.DATE, reasons, null);
    }
    if (a.date().isPresent() && b.date().isPresent()) {
      long days = Math.abs(ChronoUnit.DAYS.between(a.date().get(), b.date().get()));
      x[7] = Math.exp(-days / 4.0);
      x[8] = 1;
    }
    x[9] = sameLang ? 0 : 1;
    int la = Math.max(1, a.tokenCount());
    int lb = Math.max(1, b.tokenCount());
    x[10] = (double) Math.min(la, lb) / Math.max(la, lb);
    if (reads(read, 11)) {
      x[11] = sameLang ? a.stems().cosine(b.stems()) : x[0];
    }
    if (reads(read, 12)) {
      x[12] = overlap(a.keywords(), b.keywords());
    }
    // quantities before concepts: the order in which reasons() adds their reasons
    if (reads(read, 15)) {
      x[15] =
          MentionOverlaps.dice(
              a.quantities(), b.quantities(), Mention.Kind.QUANTITY, reasons, null);
    }
    if (reads(read, 14)) {
      x[14] = MentionOverlaps.weightedDice(a.concepts(), b.concepts(), reasons);
    }
    x[16] = a.eventType().isPresent() && a.eventType().equals(b.eventType()) ? 1 : 0;
    for (int k = 0; k < Languages.SUPPORTED.size(); k++) {
      if (reads(read, CORE + k)) {
        String lang = Languages.SUPPORTED.get(k);
        x[CORE + k] = (a.lang().equals(lang) ? 0.5 : 0) + (b.lang().equals(lang) ? 0.5 : 0);
      }
    }
    if (passages) {
      PassageFeatures.compute(a, b, x, CORE + Languages.SUPPORTED.size());
      CorpusNeighbours.neutral(x);
    }
    if (reasons != null) {
      reasons.sort(STRONGEST_FIRST);
    }
    return x;
  }

  /** Reasons by weight, the strongest first (a stable sort keeps equal weights in order). */
  private static final java.util.Comparator<Reason> STRONGEST_FIRST =
      (r, s) -> Double.compare(s.weight(), r.weight());

  private static boolean reads(boolean[] read, int feature) {
    return read == null || read[feature];
  }

  /**
   * The {@code read} mask of {@link #compute(ArticleFeatures, ArticleFeatures, boolean, boolean[])}
   * for a reader of the features named {@code names}.
   */
  static boolean[] readBy(java.util.Collection<String> names) {
    boolean[] read = new boolean[NAMES.size()];
    for (String name : names) {
      read[index(name)] = true;
    }
    return read;
  }

  private static double overlap(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int shared = Hashing.sharedSorted(a, b);
    return (double) shared / Math.min(a.length, b.length);
  }

  /**
   * The shared names, places, numbers, dates, figures and concepts of a pair, strongest first: the
   * reasons {@link #compute(ArticleFeatures, ArticleFeatures, boolean, boolean[], List)} adds (the
   * one place their overlaps are listed; {@code link} takes them from there with its features).
   */
  public static List<Reason> reasons(ArticleFeatures a, ArticleFeatures b) {
    List<Reason> out = new ArrayList<>();
    compute(a, b, false, null, out);
    return out;
  }
}
