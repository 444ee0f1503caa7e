package dev.storylink.features;

import dev.storylink.core.Resources;
import dev.storylink.text.CrossLingualAnalyzer;
import dev.storylink.text.NameKeys;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ordinary words of Arabic-script news text (Arabic, Persian) that are never names, and given
 * names. Arabic script has no capitals, and the shipped background statistics hold almost no
 * Persian, so without this evidence every unseen Persian word (کشور "country", درخصوص "regarding",
 * امیدواریم "we hope") looks like a rare name. The words come from the classpath resource {@code
 * common-words.txt}, composed for StoryLink (no third-party word list: the Debian spelling lists
 * were inspected and left out, as they list names too, روحاني, پوتین, آستانه, and the Persian ones
 * are GPL-2.0 only).
 *
 * <p>A term is common ({@link #isCommon}) when its Arabic-script key, or the key without one clitic
 * or affix (Arabic و ف ب ل ال وال بال لل, Persian در می نمی; endings ها های ان ات ین ون یم ید ند ی
 * ية ي; not a final ه or ة, which many names end in: آستانه, أستانة), is listed and at least three
 * letters are left.
 *
 * <p>Stateless (an immutable set loaded once) and thread-safe.
 */
public final class CommonWords {
  /**
   * The affixes as analysed terms spell them: folded by the analysis' own normalisation ({@link
   * CrossLingualAnalyzer}'s, the Urdu folder on Arabic script then ICU folding) and keyed as terms
   * are ({@link NameKeys#arabicScriptKey}). Written unfolded, an affix never matched a term: the
   * Farsi yeh ی of می, های before session 17, the teh marbuta ة of ية (folded to ه) before session
   * 18.
   */
  private static List<String> folded(String... affixes) {
    return java.util.Arrays.stream(affixes)
        .map(
            a ->
                NameKeys.arabicScriptKey(
                    CrossLingualAnalyzer.INSTANCE.normalize("", a).utf8ToString()))
        .distinct()
        .toList();
  }

  private static final List<String> PREFIXES =
      folded("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "در", "نمی", "می");
  private static final List<String> SUFFIXES =
      folded("هایی", "های", "ها", "یم", "ید", "ند", "ان", "ات", "ین", "ون", "ين", "ية", "ی", "ي");

  private CommonWords() {}

  private static final class Holder {
    static final Set<String> COMMON = new HashSet<>();
    static final Set<String> GIVEN = new HashSet<>();
    static final Set<String> FACTS_ONLY = new HashSet<>();

    /** The keys of the given names whose listed spelling ends in alef maqsura ى (مصطفى). */
    static final Set<String> GIVEN_MAQSURA = new HashSet<>();

    static {
      load();
    }
  }

  /** True when the analysed Arabic-script {@code term} is an ordinary word (see class comment). */
  public static boolean isCommon(String term) {
    return listed(term, Holder.COMMON);
  }

  /**
   * True when the analysed Arabic-script {@code term} is an ordinary word ({@link #isCommon}) or
   * one of the words listed for facts only (file lines {@code fa-facts}: کوهنورد, یخچال, پایین),
   * which name-like words of sentences and story facts ({@link NameRules#isNameLike}, {@link
   * NameRules#isFactName}) leave out but the names of link features keep: the shipped link model
   * was fitted with them as names, and leaving them out there cost the xling pairs CV Pearson 0.771
   * → 0.765 (session 23; a refit would have to win it back).
   */
  public static boolean isCommonForFacts(String term) {
    return listed(term, Holder.COMMON) || listed(term, Holder.FACTS_ONLY);
  }

  private static boolean listed(String term, Set<String> common) {
    String k = NameKeys.arabicScriptKey(term);
    if (common.contains(k)) {
      return true;
    }
    for (String p : PREFIXES) {
      if (k.startsWith(p) && k.length() - p.length() >= 3) {
        String rest = k.substring(p.length());
        if (common.contains(rest) || stripsToCommon(rest, common)) {
          return true;
        }
      }
    }
    return stripsToCommon(k, common);
  }

  /** True when the analysed {@code term} is a listed given name (علي, رضا, فلاديمير). */
  public static boolean isGivenName(String term) {
    return Holder.GIVEN.contains(NameKeys.arabicScriptKey(term));
  }

  /**
   * True when the word {@code t} is a listed given name as written: its term is one ({@link
   * #isGivenName}), and it does not end in alef maqsura ى where no listed spelling with its key
   * does. Folding writes ى as ي, so the Arabic preposition على "on" has the key of the name علي
   * (Ali); the name is never written with ى, and given names that are (مصطفى) keep it.
   */
  public static boolean isGivenName(Token t) {
    String key = NameKeys.arabicScriptKey(t.term());
    if (!Holder.GIVEN.contains(key)) {
      return false;
    }
    String s = t.surface();
    int end = s.length() - 1;
    while (end > 0
        && (s.charAt(end) == '\u0640' || s.charAt(end) >= '\u064B' && s.charAt(end) <= '\u0652')) {
      end--; // tatweel and harakat
    }
    return end < 0 || s.charAt(end) != ALEF_MAQSURA || Holder.GIVEN_MAQSURA.contains(key);
  }

  private static final char ALEF_MAQSURA = '\u0649';

  private static boolean stripsToCommon(String k, Set<String> common) {
    for (String s : SUFFIXES) {
      if (k.endsWith(s) && k.length() - s.length() >= 3) {
        if (common.contains(k.substring(0, k.length() - s.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void load() {
    String text = Resources.text(CommonWords.class, "common-words.txt");
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (line.startsWith("#") || tab < 0) {
        continue;
      }
      String lang = line.substring(0, tab);
      boolean factsOnly = lang.endsWith("-facts");
      Set<String> into =
          lang.equals("given") ? Holder.GIVEN : factsOnly ? Holder.FACTS_ONLY : Holder.COMMON;
      String analyseAs =
          lang.equals("given") ? "ar" : factsOnly ? lang.substring(0, lang.indexOf('-')) : lang;
      for (String w : line.substring(tab + 1).split(" ")) {
        if (w.isBlank()) {
          continue;
        }
        for (Token t : TextAnalysis.analyze(w, analyseAs).tokens()) {
          into.add(NameKeys.arabicScriptKey(t.term()));
          if (into == Holder.GIVEN && w.charAt(w.length() - 1) == ALEF_MAQSURA) {
            Holder.GIVEN_MAQSURA.add(NameKeys.arabicScriptKey(t.term()));
          }
        }
      }
    }
  }
}
