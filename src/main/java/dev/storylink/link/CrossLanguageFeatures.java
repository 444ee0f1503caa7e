package dev.storylink.link;

import com.carrotsearch.hppc.LongIntHashMap;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.text.HanNameKeys;
import dev.storylink.text.NameKeys;
import java.util.List;

/**
 * The inputs of the {@link CrossLanguageModel}, each in [0, 1]: the language-independent {@link
 * PairFeatures} (names, places, numbers, dates, publication dates, news concepts, numbers with
 * their role, event type), the word and character overlaps (meaningful between languages of one
 * script: names and cognates), and fifteen of its own. Not the pair features {@code length} and
 * {@code shared} (seventh round): a rendered report is cut at ~1,200 characters whatever its story,
 * and a count of shared names saturates on the same-language pairs the model also learns from,
 * where names meet exactly, so both taught the model what does not hold across scripts.
 *
 * <ul>
 *   <li>{@code namecover}: the weight of matched names over the smaller side's name weight. An
 *       Arabic-script article's "names" are its rare words (the script has no capitals), most of
 *       them common words, so a Dice overlap with the names of an English article stays small even
 *       when every English name has its partner; the smaller side is the one whose names matter.
 *       Across scripts a name also matches when one consonant skeleton is the other with one letter
 *       left out and the longer has at least {@link #MIN_FUZZY} letters (Washington {@code sngtn} =
 *       واشنطن {@code sntn}; Vladimir {@code fldmr} = ولادیمیر {@code ldmr}).
 *   <li>{@code namehits}: the number of matched names, capped at 10, over 10.
 *   <li>{@code samescript}: 1 when both are written in one script (German–English), 0 otherwise.
 *   <li>{@code qconflict}, {@code dateconflict}, {@code yearconflict}: 1 when the two give other
 *       figures for one role (12 killed against 30 killed), only dates more than a day apart, or
 *       only other years ({@link CrossLanguageConflicts}): what tells a look-alike event apart.
 *   <li>{@code conceptcover}, {@code placecover}, {@code numbercover}: the shared news concepts,
 *       places and numbers as a share of the shorter side's ({@link #keyCover}): a rendered report
 *       covers the first ~1,200 characters of a story its partner may tell in full, and a Dice
 *       overlap shrinks with the longer side. {@code concepthits}: shared concepts, capped at 10,
 *       over 10.
 *   <li>{@code namepairs}: matched names keyed by more than one token (a Chinese transliterated
 *       name, or a short name with its neighbour: Bettie Page = بتی پیج), capped at 3, over 3.
 *   <li>{@code namerecur}: matched names one side mentions at least twice, capped at 2, over 2
 *       (ninth and tenth rounds): the people a story is about. Evidence of the same story for
 *       {@code link}, but look-alike events of one topic share them too, so the clusterer's story
 *       linking reads the model with it set to 0 ({@link FeaturePairScorer#forClustering}).
 *   <li>{@code placeconflict}, {@code typeconflict}: 1 when both name countries and none in common
 *       (Pakistan against Turkey, Iran and Azerbaijan), or both name incidents (disasters,
 *       accidents, attacks, crimes, epidemics) and none in common (a flood against an earthquake)
 *       ({@link CrossLanguageConflicts#countries}, {@link CrossLanguageConflicts#incidents}). Read
 *       only by the rule of {@link CrossLanguageModel#decided} (weight 0, {@link
 *       CrossLanguageModel#RULE_ONLY}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossLanguageFeatures {
  /** Feature names, in the order of {@link #compute}. */
  public static final List<String> NAMES =
      List.of(
          "names",
          "namecover",
          "namehits",
          "places",
          "numbers",
          "dates",
          "pubdate",
          "dated",
          "concepts",
          "quantities",
          "eventtype",
          "terms",
          "chars",
          "lead",
          "samescript",
          "qconflict",
          "dateconflict",
          "yearconflict",
          "conceptcover",
          "concepthits",
          "placecover",
          "numbercover",
          "namepairs",
          "evcover",
          "namerecur",
          "placeconflict",
          "typeconflict");

  /** Shortest skeleton (of the longer name) that may match with one letter left out. */
  public static final int MIN_FUZZY = 4;

  private static final int[] PAIR_INDEX = pairIndex();

  private static final int NAMECOVER = NAMES.indexOf("namecover");
  private static final int NAMEHITS = NAMES.indexOf("namehits");
  private static final int SAMESCRIPT = NAMES.indexOf("samescript");
  private static final int QCONFLICT = NAMES.indexOf("qconflict");
  private static final int DATECONFLICT = NAMES.indexOf("dateconflict");
  private static final int YEARCONFLICT = NAMES.indexOf("yearconflict");
  private static final int CONCEPTCOVER = NAMES.indexOf("conceptcover");
  private static final int CONCEPTHITS = NAMES.indexOf("concepthits");
  private static final int PLACECOVER = NAMES.indexOf("placecover");
  private static final int NUMBERCOVER = NAMES.indexOf("numbercover");
  private static final int NAMEPAIRS = NAMES.indexOf("namepairs");
  private static final int EVCOVER = NAMES.indexOf("evcover");
  private static final int PLACECONFLICT = NAMES.indexOf("placeconflict");
  private static final int TYPECONFLICT = NAMES.indexOf("typeconflict");

  /** Position of {@code namerecur}, the feature the clusterer's story linking leaves out. */
  public static final int NAMERECUR = NAMES.indexOf("namerecur");

  /**
   * Per feature, its position among the {@link PairFeatures} when it is one of them (copied from
   * the pair vector), else -1 (one of this class's own).
   */
  private static int[] pairIndex() {
    int[] ix = new int[NAMES.size()];
    for (int i = 0; i < ix.length; i++) {
      String name = NAMES.get(i);
      ix[i] = PairFeatures.NAMES.contains(name) ? PairFeatures.index(name) : -1;
    }
    return ix;
  }

  private CrossLanguageFeatures() {}

  /** Position of feature {@code name}; throws for an unknown name. */
  public static int index(String name) {
    int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("unknown cross-language feature " + name);
    }
    return i;
  }

  /** The features of a pair whose {@link PairFeatures} are {@code pairX}. */
  public static double[] compute(ArticleFeatures a, ArticleFeatures b, double[] pairX) {
    double[] z = new double[NAMES.size()];
    for (int i = 0; i < z.length; i++) {
      if (PAIR_INDEX[i] >= 0) {
        z[i] = pairX[PAIR_INDEX[i]];
      }
    }
    boolean sameScript = a.script().equals(b.script());
    double[] cover =
        nameCover(a.names(), b.names(), !sameScript, isHan(a.script()) || isHan(b.script()));
    z[NAMECOVER] = cover[0];
    z[NAMEHITS] = Math.min(10, cover[1]) / 10.0;
    z[SAMESCRIPT] = sameScript ? 1 : 0;
    z[QCONFLICT] = CrossLanguageConflicts.quantities(a.quantities(), b.quantities());
    z[DATECONFLICT] = CrossLanguageConflicts.dates(a.dates(), b.dates());
    z[YEARCONFLICT] = CrossLanguageConflicts.years(a, b);
    z[PLACECONFLICT] = CrossLanguageConflicts.countries(a.places(), b.places());
    z[TYPECONFLICT] = CrossLanguageConflicts.incidents(a.concepts(), b.concepts());
    double[] concepts = keyCover(a.concepts(), b.concepts());
    z[CONCEPTCOVER] = concepts[0];
    z[CONCEPTHITS] = Math.min(10, concepts[1]) / 10.0;
    double[] places = keyCover(a.places(), b.places());
    z[PLACECOVER] = places[0];
    z[NUMBERCOVER] = keyCover(a.numbers(), b.numbers())[0];
    z[NAMEPAIRS] = Math.min(3, cover[2]) / 3.0;
    z[NAMERECUR] = Math.min(2, cover[3]) / 2.0;
    double[] quantities = keyCover(a.quantities(), b.quantities());
    int[] days = CrossLanguageConflicts.dayMatches(a.dates(), b.dates());
    double itemsA = a.names().size() + places[2] + quantities[2] + days[1] + concepts[2];
    double itemsB = b.names().size() + places[3] + quantities[3] + days[2] + concepts[3];
    double matched = cover[1] + places[1] + quantities[1] + days[0] + concepts[1];
    z[EVCOVER] =
        itemsA == 0 || itemsB == 0 ? 0 : Math.min(1, matched / (Math.min(itemsA, itemsB) + 1));
    return z;
  }

  /** The features of a pair. */
  public static double[] compute(ArticleFeatures a, ArticleFeatures b) {
    return compute(a, b, PairFeatures.compute(a, b));
  }

  /**
   * {matched weight over the smaller side's weight, matched count, matched names keyed by more than
   * one token, matched names either side mentions at least twice}. Keys and skeletons are matched
   * by 64-bit hashes (no strings built per pair: this runs for every candidate the clusterer
   * scores).
   */
  static double[] nameCover(List<Mention> as, List<Mention> bs, boolean crossScript) {
    return nameCover(as, bs, crossScript, false);
  }

  /** True for the ISO 15924 code of Chinese characters. */
  static boolean isHan(String script) {
    return script.equals("Hani") || script.equals("Hans") || script.equals("Hant");
  }

  /**
   * As {@link #nameCover(List, List, boolean)}; {@code han}: one side is written in Chinese
   * characters, whose names are keyed by {@link HanNameKeys#hanSkeleton}: skeletons are then
   * compared in their {@link HanNameKeys#coarse} form and only whole (a Chinese key is already
   * coarse, and one letter left out of it matches too much).
   */
  static double[] nameCover(List<Mention> as, List<Mention> bs, boolean crossScript, boolean han) {
    if (as.isEmpty() || bs.isEmpty()) {
      return new double[4];
    }
    LongIntHashMap index = new LongIntHashMap(bs.size() * (crossScript ? 8 : 2));
    double sumB = 0;
    for (int j = 0; j < bs.size(); j++) {
      Mention m = bs.get(j);
      sumB += counted(m, crossScript) ? m.weight() : 0;
      index.putIfAbsent(hash(m.key(), -1, KEY), j);
      String s = han ? HanNameKeys.coarse(m.skeleton()) : m.skeleton();
      if (crossScript && NameKeys.matchable(s)) {
        boolean pair = !han && m.multiToken();
        index.putIfAbsent(hash(s, -1, pair ? PAIR : FULL), j);
        if (s.length() >= MIN_FUZZY && !han && !pair) {
          for (int k = 0; k < s.length(); k++) {
            index.putIfAbsent(hash(s, k, DELETED), j);
          }
        }
      }
    }
    boolean[] used = new boolean[bs.size()];
    double sumA = 0;
    double shared = 0;
    int hits = 0;
    int multi = 0;
    int recurring = 0;
    for (Mention m : as) {
      sumA += counted(m, crossScript) ? m.weight() : 0;
      int j = index.getOrDefault(hash(m.key(), -1, KEY), -1);
      String s = han ? HanNameKeys.coarse(m.skeleton()) : m.skeleton();
      if (j < 0 && crossScript && NameKeys.matchable(s)) {
        boolean pair = !han && m.multiToken();
        // a pair skeleton (two short names) meets only another pair skeleton, and whole
        j = index.getOrDefault(hash(s, -1, pair ? PAIR : FULL), -1);
        if (j < 0 && !han && !pair) {
          j = index.getOrDefault(hash(s, -1, DELETED), -1); // the other's, one letter left out
        }
        for (int k = 0; j < 0 && !han && !pair && s.length() >= MIN_FUZZY && k < s.length(); k++) {
          j = index.getOrDefault(hash(s, k, FULL), -1);
        }
      }
      if (j < 0 || used[j]) {
        continue;
      }
      used[j] = true;
      double w = Math.min(m.weight(), bs.get(j).weight());
      shared += w;
      hits++;
      if (m.multiToken() || bs.get(j).multiToken()) {
        multi++;
      }
      if (m.count() >= 2 || bs.get(j).count() >= 2) {
        recurring++;
      }
    }
    double least = Math.min(sumA, sumB);
    return new double[] {least <= 0 ? 0 : Math.min(1.0, shared / least), hits, multi, recurring};
  }

  /**
   * True when a name counts in the name weight of its side: across scripts only one with a
   * skeleton, the only key that can meet there (eighth round: a word too short for a skeleton, or a
   * Russian word that only starts sentences, weighed on the smaller side without ever matching).
   */
  private static boolean counted(Mention m, boolean crossScript) {
    return !crossScript || !m.skeleton().isEmpty();
  }

  /**
   * {matched weight over the smaller side's weight, matched count, distinct keys of {@code as},
   * distinct keys of {@code bs}} of mentions matched by key (concepts, places, numbers). A rendered
   * article covers the first ~1,200 characters of a story that its partner tells in full: a share
   * of the shorter side does not shrink with the longer side's length, as a Dice overlap does.
   */
  static double[] keyCover(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return new double[] {0, 0, distinct(as), distinct(bs)};
    }
    java.util.Map<String, Mention> byKey = new java.util.HashMap<>(bs.size() * 2);
    double sumB = 0;
    for (Mention m : bs) {
      if (byKey.putIfAbsent(m.key(), m) == null) {
        sumB += m.weight();
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>(as.size() * 2);
    double sumA = 0;
    double shared = 0;
    int hits = 0;
    for (Mention m : as) {
      if (!seen.add(m.key())) {
        continue;
      }
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      if (other != null) {
        shared += Math.min(m.weight(), other.weight());
        hits++;
      }
    }
    double least = Math.min(sumA, sumB);
    return new double[] {
      Math.min(1.0, shared / (least + COVER_PRIOR)), hits, seen.size(), byKey.size()
    };
  }

  /** Distinct keys among {@code ms} (a list of at most one mention is counted without a set). */
  private static int distinct(List<Mention> ms) {
    if (ms.size() <= 1) {
      return ms.size();
    }
    java.util.Set<String> keys = new java.util.HashSet<>(ms.size() * 2);
    for (Mention m : ms) {
      keys.add(m.key());
    }
    return keys.size();
  }

  /** Added to the smaller side's weight in {@link #keyCover}: one shared concept of one is weak. */
  static final double COVER_PRIOR = 1.0;

  private static final long KEY = 0x9E3779B97F4A7C15L;
  private static final long FULL = 0xC2B2AE3D27D4EB4FL;
  private static final long DELETED = 0x165667B19E3779F9L;
  private static final long PAIR = 0x27D4EB2F165667C5L;

  /** 64-bit hash of {@code s} without its character at {@code skip} (-1: none), seeded. */
  private static long hash(String s, int skip, long seed) {
    long h = seed;
    for (int i = 0; i < s.length(); i++) {
      if (i != skip) {
        h = (h ^ s.charAt(i)) * 0x100000001B3L;
      }
    }
    return h ^ (h >>> 29);
  }
}
