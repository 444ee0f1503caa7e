package dev.storylink.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a German adjective of nationality names, written in lower case as German writes it:
 * iranische (Iran), türkischen (Türkei), syrische (Syrien), russischen (Russland).
 *
 * <p>Rules ({@link #country}): the analysed term is a stem of three letters or more, then -isch
 * (deutsch: deut) and one of the adjective endings -e, -en, -er, -es, -em or none; a stem of {@link
 * #IRREGULAR} is its country (französisch: France, chinesisch: China); any other stem, with one of
 * the endings a German country name adds to it ({@link #NAME_ENDINGS}: Iran, Syr-ien, Türk-ei,
 * Russ-land, Ukrain-e, Afghan-istan), is looked up as a capitalised one-word name in the gazetteer
 * as {@link Nisba} looks up a stem, and only a country counts: politisch, praktisch, technisch name
 * none.
 *
 * <p>Thread-safe (a concurrent cache).
 */
final class GermanAdjectives {
  private static final Pattern ADJECTIVE = Pattern.compile("(\\p{L}{3,}?)isch(e|en|er|es|em)?");
  private static final Pattern GERMAN = Pattern.compile("deutsch(e|en|er|es|em)?");

  /** The endings a German country name adds to the stem of its adjective. */
  private static final List<String> NAME_ENDINGS =
      List.of("", "ien", "ei", "en", "e", "land", "a", "istan", "stan", "n");

  /** The stems no ending rule reaches, folded as the analysis folds them (ä → a). */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("brit", "GB"),
          Map.entry("franzos", "FR"),
          Map.entry("chines", "CN"),
          Map.entry("amerikan", "US"),
          Map.entry("griech", "GR"),
          Map.entry("niederland", "NL"),
          Map.entry("schweizer", "CH"),
          Map.entry("libanes", "LB"),
          Map.entry("saud", "SA"),
          Map.entry("jemenit", "YE"),
          Map.entry("sudanes", "SD"),
          Map.entry("palastinens", "PS"),
          Map.entry("marokkan", "MA"),
          Map.entry("mexikan", "MX"),
          Map.entry("portugies", "PT"),
          Map.entry("dan", "DK"),
          Map.entry("poln", "PL"),
          Map.entry("deut", "DE"));

  private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  private GermanAdjectives() {}

  /** The ISO code of the country the German adjective {@code term} (analysed) names, if any. */
  static Optional<String> country(String term) {
    String stem = stem(term);
    if (stem.isEmpty()) {
      return Optional.empty();
    }
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(stem, GermanAdjectives::lookUp);
  }

  /** The stem before -isch and its ending, or empty when {@code term} is no such adjective. */
  private static String stem(String term) {
    if (GERMAN.matcher(term).matches()) {
      return "deut";
    }
    Matcher m = ADJECTIVE.matcher(term);
    return m.matches() ? m.group(1) : "";
  }

  private static Optional<String> lookUp(String stem) {
    String irregular = IRREGULAR.get(stem);
    if (irregular != null) {
      return Optional.of(irregular);
    }
    String cap = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    for (String end : NAME_ENDINGS) {
      Optional<String> country = Nisba.place(cap + end, "de");
      if (country.isPresent()) {
        return country;
      }
    }
    return Optional.empty();
  }
}
