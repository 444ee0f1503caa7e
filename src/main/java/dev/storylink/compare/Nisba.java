package dev.storylink.compare;

import dev.storylink.features.AmbiguousCountries;
import dev.storylink.features.Places;
import dev.storylink.text.Scripts;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The country an adjective of nationality names: Arabic and Persian nisba adjectives (الروسي,
 * الإيرانية, روسی) and English ones (Russian, Iranian, Iraqi), which the CLDR gazetteer does not
 * list; also a country name behind the Arabic conjunction و that the analyser leaves on (وقطر), and
 * a capitalised country name the gazetteer leaves out as a common word (Turkey, {@link
 * AmbiguousCountries#code}, whatever its context). The adjective's stem, with the endings a country
 * name takes (روس + يا = روسيا, روس + یه = روسیه; Russia, Iran), is looked up in {@link Places};
 * only countries count. German adjectives ({@link GermanAdjectives}: iranische, türkischen,
 * syrische) count written in lower case as German writes them. Thread-safe (a concurrent cache).
 */
public final class Nisba {
  private static final List<String> ARABIC_ENDINGS =
      List.of(
          "\u064A\u064A\u0647\u0627",
          "\u064A\u064A",
          "\u064A\u0647",
          "\u064A\u0629",
          "\u064A",
          "\u06CC");
  private static final List<String> ARABIC_STEM_ENDINGS =
      List.of("", "\u064A\u0627", "\u0627", "\u06CC\u0647", "\u0647", "\u0629");

  /**
   * English adjectives no ending rule reaches (Turkish, French), found here when capitalised. The
   * country names the gazetteer leaves out as common words (turkey, jordan) are {@link
   * AmbiguousCountries#code}'s.
   */
  private static final Map<String, String> ENGLISH_COUNTRIES =
      Map.ofEntries(
          Map.entry("turkish", "TR"),
          Map.entry("british", "GB"),
          Map.entry("french", "FR"),
          Map.entry("spanish", "ES"),
          Map.entry("polish", "PL"),
          Map.entry("dutch", "NL"),
          Map.entry("swiss", "CH"),
          Map.entry("chinese", "CN"),
          Map.entry("japanese", "JP"),
          Map.entry("lebanese", "LB"),
          Map.entry("greek", "GR"),
          Map.entry("german", "DE"));

  private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  private Nisba() {}

  /** The ISO codes of the countries that adjectives among {@code tokens} name. */
  public static Set<String> countries(List<Token> tokens, String lang) {
    Set<String> out = new HashSet<>();
    for (Token t : tokens) {
      country(t, lang).ifPresent(out::add);
    }
    return out;
  }

  /** The ISO code of the country the one-word adjective {@code word} of {@code lang} names. */
  public static Optional<String> countryOfWord(String word, String lang) {
    List<Token> tokens = TextAnalysis.analyze(word, lang).tokens();
    return tokens.size() == 1 ? country(tokens.get(0), lang) : Optional.empty();
  }

  /** The ISO code of the country the adjective {@code t} names, if it is one. */
  public static Optional<String> country(Token t, String lang) {
    String term = t.term();
    boolean arabic = Scripts.hasArabicScript(term);
    if ("de".equals(lang) && !t.capitalized()) {
      return GermanAdjectives.country(term);
    }
    if (term.length() < 4 || !(arabic || t.capitalized())) {
      return Optional.empty();
    }
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(lang + ":" + term, k -> lookUp(term, arabic, lang));
  }

  private static Optional<String> lookUp(String term, boolean arabic, String lang) {
    if (arabic) {
      if (term.startsWith("\u0648") && term.length() >= 4) {
        // a country name after the conjunction و the analyser leaves on (وتركيا, وقطر)
        Optional<String> c = place(term.substring(1), lang);
        if (c.isPresent()) {
          return c;
        }
      }
      for (String end : ARABIC_ENDINGS) {
        if (term.endsWith(end) && term.length() - end.length() >= 3) {
          String stem = term.substring(0, term.length() - end.length());
          for (String add : ARABIC_STEM_ENDINGS) {
            Optional<String> c = place(stem + add, lang);
            if (c.isPresent()) {
              return c;
            }
          }
        }
      }
      return Optional.empty();
    }
    String cap = Character.toUpperCase(term.charAt(0)) + term.substring(1);
    String english = ENGLISH_COUNTRIES.get(term);
    if (english != null) {
      return Optional.of(english);
    }
    Optional<String> ambiguous = AmbiguousCountries.code(term);
    if (ambiguous.isPresent()) {
      return ambiguous;
    }
    for (String end : List.of("ian", "n", "i")) {
      if (term.endsWith(end) && term.length() - end.length() >= 3) {
        Optional<String> c = place(cap.substring(0, cap.length() - end.length()), lang);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The ISO code of the country whose one-word name of {@code lang} is {@code name}, if it is one
   * ({@link Places#findInCaseForms}; also {@link GermanAdjectives}' look-up).
   */
  static Optional<String> place(String name, String lang) {
    List<Token> tokens = TextAnalysis.analyze(name, lang).tokens();
    if (tokens.size() != 1) {
      return Optional.empty();
    }
    for (Places.Match m : Places.get().findInCaseForms(tokens, name, lang)) {
      if (m.place().country()) {
        return Optional.of(m.place().id());
      }
    }
    return Optional.empty();
  }
}
