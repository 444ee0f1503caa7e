package dev.storylink.features;

import dev.storylink.text.Token;
import dev.storylink.text.ar.ArabicProcliticStripper;
import java.util.List;

/**
 * The marks of spelling that {@link Places} reads to accept a matched name: the Arabic definite
 * article stripped from a word, the nisba ending, the Urdu final letters that folding merges with
 * another letter, an acronym among words that are not, and the syllabic scripts whose names are two
 * characters (moved out of {@link Places} to keep it to the size guide).
 *
 * <p>Stateless and thread-safe.
 */
final class PlaceMarks {
  private PlaceMarks() {}

  /**
   * True when the analysis stripped the Arabic definite article (with a glued clitic) from {@code
   * t}: its surface begins with ال, وال, بال, كال, فال or لل and its term, two or more letters
   * shorter, does not.
   */
  static boolean articleStripped(Token t) {
    String s = t.surface();
    String term = t.term();
    String article = ArabicProcliticStripper.articlePrefix(s);
    return !article.isEmpty() && s.length() >= term.length() + 2 && !term.startsWith(article);
  }

  /** True for a folded Arabic term with a nisba ending: -ي or -يه (ية folded). */
  static boolean nisba(String term) {
    int n = term.length();
    return n > 2
        && (term.charAt(n - 1) == 'ي' || (term.charAt(n - 1) == 'ه' && term.charAt(n - 2) == 'ي'));
  }

  /**
   * The final letters that folding merges with another letter and that end words as a grammatical
   * ending, each with the letter folding makes of it: Urdu ے and ۓ (yeh barree) → ي, ں (noon
   * ghunna) → ن. Not the Urdu hehs (ہ ھ ۂ ۃ → ه): they end place names too (پرتھ, Perth; غزہ, Gaza;
   * مملکۂ متحدہ, the United Kingdom).
   */
  static final String MERGED_FINALS = "ےۓں";

  /** The letter folding makes of each of {@link #MERGED_FINALS}, at the same index. */
  static final String FOLDED_FINALS = "يين";

  /**
   * The mark of the last letter of {@code surface} when it is one of {@link #MERGED_FINALS}: one
   * bit per letter it folds to (ے and ۓ share one), 0 for any other letter.
   */
  static int finalMark(String surface) {
    int k = surface.isEmpty() ? -1 : MERGED_FINALS.indexOf(surface.charAt(surface.length() - 1));
    return k < 0 ? 0 : 1 << FOLDED_FINALS.indexOf(FOLDED_FINALS.charAt(k));
  }

  /** Chinese characters and Hangul syllables: two make a name (伊朗, 이란). */
  static boolean syllabic(String term) {
    int sc = com.ibm.icu.lang.UScript.getScript(term.codePointAt(0));
    return sc == com.ibm.icu.lang.UScript.HAN || sc == com.ibm.icu.lang.UScript.HANGUL;
  }

  /**
   * True when the word at {@code at} is an acronym: written in capitals (two letters or more)
   * between words that are not (a headline in capitals is no acronym): "the IRA in the War".
   */
  static boolean acronym(List<Token> tokens, int at) {
    if (!MainPerson.allCaps(tokens.get(at).surface())) {
      return false;
    }
    for (int k = at - 1; k <= at + 1; k += 2) {
      if (k >= 0 && k < tokens.size() && MainPerson.allCaps(tokens.get(k).surface())) {
        return false;
      }
    }
    return true;
  }
}
