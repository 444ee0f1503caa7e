package dev.storylink.compare;

import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;

/**
 * The keys under which words of two articles meet: folded terms, Arabic-script keys, consonant
 * skeletons across scripts. Stateless and thread-safe.
 */
final class MatchKeys {
  private MatchKeys() {}

  /**
   * Matching key of a term: Arabic-script terms through {@link NameKeys#arabicScriptKey}, with a
   * final teh read as the teh marbuta it writes in Persian loans from Arabic (سرعت = سرعة, وحدت =
   * وحدة, دولت = دولة: after folding both end in ه).
   */
  static String termKey(String term) {
    if (!Scripts.hasArabicScript(term)) {
      return term;
    }
    String k = NameKeys.arabicScriptKey(term);
    if (k.length() >= 4 && k.charAt(k.length() - 1) == '\u062A') {
      k = k.substring(0, k.length() - 1) + '\u0647';
    }
    return k;
  }

  /**
   * A long Arabic-script word: kept as a possible name across scripts even when it is common in the
   * background statistics (اردوغان is frequent in Persian news).
   */
  static boolean longArabicScriptWord(String term) {
    return term.length() >= 6
        && Scripts.hasArabicScript(term)
        && NameKeys.skeleton(term).length() >= 4;
  }

  /** An Arabic-script word without its long-vowel letters (كورونا and کرونا give كرن). */
  static String consonants(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '\u0627'
          && c != '\u0648'
          && c != '\u064A'
          && c != '\u0649'
          && c != '\u06CC'
          && c != '\u0622'
          && c != '\u0623'
          && c != '\u0625') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The ISO 3166 region of a CLDR time-zone id (a city's country), or "" when none. */
  static String regionOf(String zoneId) {
    String r = com.ibm.icu.util.TimeZone.getRegion(zoneId);
    return r == null || r.equals("001") ? "" : r;
  }
}
