package dev.storylink.features;

import dev.storylink.core.Resources;
import dev.storylink.text.CalendarNames;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-word place names of the gazetteer ({@link Places}) that are ordinary words in a given
 * language, so that a text in that language does not read them as places: CLDR writes Dushanbe
 * دوشنبه in Persian, which is also the Persian Monday, and Christmas Island کرسمس in Urdu, which is
 * also Urdu Christmas. A name term is ordinary in language L when it is, as L's text is analysed:
 *
 * <ol>
 *   <li>a month or weekday name of L (CLDR, {@link CalendarNames#namesOf}): Persian دوشنبه;
 *   <li>a holiday name of L (the composed resource {@code holidays.txt}): Urdu کرسمس, ایسٹر,
 *       English Christmas, Easter;
 *   <li>a stop word of L ({@link Stopwords}), or in Arabic (whose analysis strips the article but
 *       not a lone conjunction or preposition) one of و ف ب ل ك glued to an Arabic stop word:
 *       Arabic وليس "and not", which CLDR's Urdu ولّیس (Wallis) folds to.
 * </ol>
 *
 * <p>The table is computed once, for the gazetteer's one-word names only; a lookup is one map read.
 * Immutable and thread-safe.
 */
final class OrdinaryPlaceWords {
  private static final String ARABIC_CLITICS = "\u0648\u0641\u0628\u0644\u0643"; // و ف ب ل ك

  /** Language → the one-word name terms that are ordinary words there. */
  private final Map<String, Set<String>> byLang;

  private OrdinaryPlaceWords(Map<String, Set<String>> byLang) {
    this.byLang = byLang;
  }

  /**
   * True when the one-word place name {@code term} is an ordinary word in language {@code lang}.
   */
  boolean contains(String lang, String term) {
    Set<String> s = byLang.get(lang);
    return s != null && s.contains(term);
  }

  /** True when the one-word place name {@code term} is an ordinary word in any language. */
  boolean containsAnywhere(String term) {
    for (Set<String> s : byLang.values()) {
      if (s.contains(term)) {
        return true;
      }
    }
    return false;
  }

  /** The table for the one-word name terms {@code names} in languages {@code langs}. */
  static OrdinaryPlaceWords of(Set<String> names, List<String> langs) {
    Map<String, Set<String>> holidays = holidays();
    Set<String> arabicStop = Stopwords.of("ar");
    Map<String, Set<String>> out = new HashMap<>();
    for (String lang : langs) {
      Set<String> words = new HashSet<>(holidays.getOrDefault(lang, Set.of()));
      for (String n : CalendarNames.namesOf(lang)) {
        for (Token t : TextAnalysis.analyze(n, lang).tokens()) {
          words.add(t.term());
        }
      }
      Set<String> stop = Stopwords.of(lang);
      Set<String> blocked = new HashSet<>();
      for (String name : names) {
        if (words.contains(name)
            || stop.contains(name)
            || ("ar".equals(lang) && cliticAndStopWord(name, arabicStop))) {
          blocked.add(name);
        }
      }
      if (!blocked.isEmpty()) {
        out.put(lang, Set.copyOf(blocked));
      }
    }
    return new OrdinaryPlaceWords(Map.copyOf(out));
  }

  private static boolean cliticAndStopWord(String term, Set<String> arabicStop) {
    return term.length() >= 3
        && Scripts.hasArabicScript(term)
        && ARABIC_CLITICS.indexOf(term.charAt(0)) >= 0
        && arabicStop.contains(term.substring(1));
  }

  /** The holiday names of {@code holidays.txt}, as analysed terms, by language. */
  private static Map<String, Set<String>> holidays() {
    String text = Resources.text(OrdinaryPlaceWords.class, "holidays.txt");
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (line.startsWith("#") || tab < 0) {
        continue;
      }
      String lang = line.substring(0, tab);
      for (String w : line.substring(tab + 1).strip().split(" ")) {
        for (Token t : TextAnalysis.analyze(w, lang).tokens()) {
          out.computeIfAbsent(lang, k -> new HashSet<>()).add(t.term());
        }
      }
    }
    return out;
  }
}
