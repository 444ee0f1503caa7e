package dev.storylink.features;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.Languages;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gazetteer of countries and cities in every supported language, built from CLDR data in ICU4J:
 * localized country names ({@code ULocale.getDisplayCountry}) and the localized exemplar cities of
 * the time-zone database ({@code TimeZoneNames.getExemplarLocationName}). Names are analysed with
 * the same {@link TextAnalysis} as article text, so سورية (Arabic), سوریه (Persian), Syrien and
 * Syria all resolve to the place {@code SY}, and فيينا, وین and Vienna to {@code Europe/Vienna}.
 *
 * <p>Rules that keep false matches down: in cased scripts the first word must be capitalised in the
 * text; one-word names shorter than three letters, names equal to a stop word and a short list of
 * names that are common words (Arabic مالي "financial"; the Arabic-script names of Chuuk, ترك and
 * چوک, which write Arabic "left", Persian and Urdu "abandoning, Turk" and Urdu "square") are left
 * out, but in English text for the country names among them (Turkey, China, Georgia, Jordan, Niger,
 * Guinea, Chad), which {@link #find} reads by the rules of {@link AmbiguousCountries}; US county
 * time zones and Antarctica are skipped.
 *
 * <p>Built lazily once (a few hundred ms); immutable and thread-safe afterwards.
 */
public final class Places {
  /** A place: {@code id} is an ISO region code or a time-zone id; {@code name} is English. */
  public record Place(String id, String name, boolean country) {}

  /** A place found in a text, with the tokens it spans. */
  public record Match(Place place, int firstToken, int tokenCount, String surface) {}

  private record Entry(String[] terms, Place place) {}

  private static final Set<String> AMBIGUOUS =
      Set.of(
          "مالي", "chad", "man", "jersey", "nice", "mobile", "reading", "split", "bar", "male",
          "guinea", "turkey", "china", "georgia", "jordan", "niger", "eucla", "center", "nome",
          "ترك", "چوك");
  private static final List<String> EXTRA_LANGS =
      List.of("ps", "ku", "ckb", "az", "uk", "he", "zh", "ja", "ko", "el", "hi");

  private static volatile Places instance;

  private final Map<String, List<Entry>> byFirstTerm;
  private final Map<String, Place> byStem;
  private final int size;

  private Places(Map<String, List<Entry>> byFirstTerm, Map<String, Place> byStem, int size) {
    this.byFirstTerm = byFirstTerm;
    this.byStem = byStem;
    this.size = size;
  }

  private static String stemKey(String lang, String term) {
    return lang + ":" + Stemmers.stem(term, lang);
  }

  /** The shared gazetteer. */
  public static Places get() {
    Places p = instance;
    if (p == null) {
      synchronized (Places.class) {
        p = instance;
        if (p == null) {
          p = build();
          instance = p;
        }
      }
    }
    return p;
  }

  /** Number of distinct (name, place) entries. */
  public int size() {
    return size;
  }

  /** The country of ISO code {@code cc}, named in English by CLDR (TR → Türkiye). */
  static Place country(String cc) {
    return new Place(cc, new ULocale("und_" + cc).getDisplayCountry(ULocale.ENGLISH), true);
  }

  private static Places build() {
    Map<String, List<Entry>> map = new HashMap<>();
    Map<String, Place> stems = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> langs = new ArrayList<>(Languages.SUPPORTED);
    langs.addAll(EXTRA_LANGS);
    int[] count = {0};
    for (String cc : ULocale.getISOCountries()) {
      Place place = country(cc);
      if (place.name().isBlank() || place.name().equals(cc)) {
        continue;
      }
      ULocale region = new ULocale("und_" + cc);
      for (String lang : langs) {
        add(map, stems, seen, region.getDisplayCountry(new ULocale(lang)), lang, place, count);
      }
    }
    Set<String> zones =
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
    TimeZoneNames englishNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String lang : langs) {
      TimeZoneNames names = TimeZoneNames.getInstance(new ULocale(lang));
      for (String tz : zones) {
        if (tz.startsWith("America/Indiana")
            || tz.startsWith("America/Kentucky")
            || tz.startsWith("America/North_Dakota")
            || tz.startsWith("Antarctica")) {
          continue;
        }
        String english = englishNames.getExemplarLocationName(tz);
        String local = names.getExemplarLocationName(tz);
        if (english == null || local == null) {
          continue;
        }
        add(map, stems, seen, local, lang, new Place(tz, english, false), count);
      }
    }
    return new Places(map, stems, count[0]);
  }

  private static void add(
      Map<String, List<Entry>> map,
      Map<String, Place> stems,
      Set<String> seen,
      String name,
      String lang,
      Place place,
      int[] count) {
    if (name == null || name.isBlank()) {
      return;
    }
    // CLDR sometimes adds a qualifier: "Congo (Kinshasa)", "Hong Kong SAR China"
    String clean = name.replaceAll("\\(.*?\\)", " ").strip();
    List<Token> tokens = TextAnalysis.analyze(clean, lang).tokens();
    if (tokens.isEmpty()) {
      return;
    }
    String[] terms = tokens.stream().map(Token::term).toArray(String[]::new);
    if (terms.length == 1
        && (terms[0].length() < (syllabic(terms[0]) ? 2 : 3)
            || AMBIGUOUS.contains(terms[0])
            || Stopwords.of(lang).contains(terms[0]))) {
      return;
    }
    if (terms.length == 1 && terms[0].length() >= 4) {
      stems.putIfAbsent(stemKey(lang, terms[0]), place);
    }
    String key = String.join(" ", terms);
    if (!seen.add(key)) {
      return; // first place wins (countries come before cities)
    }
    map.computeIfAbsent(terms[0], k -> new ArrayList<>()).add(new Entry(terms, place));
    count[0]++;
  }

  /**
   * Finds place names in analysed tokens of a text in {@code lang}, longest match first,
   * non-overlapping. A word with an apostrophe suffix (Suriye'de) is looked up without it; a
   * one-word name is also found inflected (Сирии, Syriens) through the stem of the text's language.
   * Country names that are also common words or given names (Turkey, China, Jordan...), left out of
   * the gazetteer, are found by the rules of {@link AmbiguousCountries}.
   */
  public List<Match> find(List<Token> tokens, String text, String lang) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (isCasedWord(first.surface()) && !first.capitalized()) {
        continue;
      }
      String term = FeatureExtractor.stripApostrophe(first.term());
      List<Entry> candidates = byFirstTerm.get(term);
      Entry best = null;
      if (candidates != null) {
        for (Entry e : candidates) {
          if (e.terms.length + i <= tokens.size()
              && (best == null || e.terms.length > best.terms.length)
              && matches(e.terms, tokens, i)) {
            best = e;
          }
        }
      }
      if (best != null) {
        int last = i + best.terms.length - 1;
        String surface = text.substring(first.start(), tokens.get(last).end());
        out.add(new Match(best.place, i, best.terms.length, surface));
        i = last;
        continue;
      }
      if (term.length() >= 4 && isCasedWord(first.surface())) {
        Place p = byStem.get(stemKey(lang, term));
        if (p != null) {
          out.add(new Match(p, i, 1, text.substring(first.start(), first.end())));
        }
      }
    }
    List<Match> countries = AmbiguousCountries.find(tokens, text, lang, out);
    if (!countries.isEmpty()) {
      out.addAll(countries);
      out.sort(java.util.Comparator.comparingInt(Match::firstToken));
    }
    return out;
  }

  private static boolean matches(String[] terms, List<Token> tokens, int at) {
    for (int k = 0; k < terms.length; k++) {
      String t = tokens.get(at + k).term();
      if (!terms[k].equals(k == terms.length - 1 ? FeatureExtractor.stripApostrophe(t) : t)) {
        return false;
      }
    }
    return true;
  }

  /** Chinese characters and Hangul syllables: two make a name (伊朗, 이란). */
  private static boolean syllabic(String term) {
    int sc = com.ibm.icu.lang.UScript.getScript(term.codePointAt(0));
    return sc == com.ibm.icu.lang.UScript.HAN || sc == com.ibm.icu.lang.UScript.HANGUL;
  }

  private static boolean isCasedWord(String s) {
    return !s.isEmpty() && Scripts.isCased(s.charAt(0)) && !Scripts.hasArabicScript(s);
  }
}
