package dev.storylink.features;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.CompoundVerbs;
import dev.storylink.text.Languages;
import dev.storylink.text.NameSpellings;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gazetteer of countries and cities in every supported language, built from CLDR data in ICU4J:
 * localized country names ({@code ULocale.getDisplayCountry}) and the localized exemplar cities of
 * the time-zone database ({@code TimeZoneNames.getExemplarLocationName}). Names are analysed with
 * the same {@link TextAnalysis} as article text, so سورية (Arabic), سوریه (Persian), Syrien and
 * Syria all resolve to the place {@code SY}, and فيينا, وین and Vienna to {@code Europe/Vienna}.
 *
 * <p>Rules that keep false matches down: in cased scripts the first word must be capitalised in the
 * text; one-word names shorter than three letters, names equal to a stop word, Arabic-script
 * one-word names that are listed given names (Pashto CLDR's Tomsk توماس is Thomas) and a short list
 * of names that are common words (Arabic مالي "financial"; the Arabic-script names of Chuuk, ترك
 * and چوک, which write Arabic "left", Persian and Urdu "abandoning, Turk" and Urdu "square") are
 * left out, but in English text for the country names among them (Turkey, China, Georgia, Jordan,
 * Niger, Guinea, Chad), which {@link #find} reads by the rules of {@link AmbiguousCountries}; US
 * county time zones and Antarctica are skipped.
 *
 * <p>Built lazily once (a few hundred ms); immutable and thread-safe afterwards.
 */
public final class Places {
  /** A place: {@code id} is an ISO region code or a time-zone id; {@code name} is English. */
  public record Place(String id, String name, boolean country) {}

  /** A place found in a text, with the tokens it spans. */
  public record Match(Place place, int firstToken, int tokenCount, String surface) {}

  /**
   * A gazetteer name: its terms and place; {@code article} when some source name of these terms
   * writes the Arabic definite article on its first word (الأردن), {@code finals} the marks ({@link
   * #finalMark}) of the merged final letters its source names end in (Urdu ے, ں; see {@link
   * #find}), {@code capitals} when some source name of one word is written in capitals (USA).
   */
  private record Entry(
      String[] terms, Place place, boolean article, int finals, boolean capitals) {}

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
  private final Map<String, Place> byCaseStem;
  private final OrdinaryPlaceWords ordinary;
  private final int size;

  private Places(
      Map<String, List<Entry>> byFirstTerm,
      Map<String, Place> byStem,
      Map<String, Place> byCaseStem,
      OrdinaryPlaceWords ordinary,
      int size) {
    this.byFirstTerm = byFirstTerm;
    this.byStem = byStem;
    this.byCaseStem = byCaseStem;
    this.ordinary = ordinary;
    this.size = size;
  }

  /**
   * The key of a one-word name or word under its stem in {@code lang}; in Russian a case form of a
   * noun in -ия is marked apart ({@link NameSpellings#russianIyaForm}: Данию meets Дания, Дана and
   * Франц do not).
   */
  private static String stemKey(String lang, String term) {
    String key = lang + ":" + Stemmers.stem(term, lang);
    return "ru".equals(lang) && NameSpellings.russianIyaForm(term) ? key + ":ия" : key;
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
    Map<String, Place> stems = new HashMap<>();
    Map<String, Place> caseStems = new HashMap<>();
    Map<String, Entry> seen = new LinkedHashMap<>();
    List<String> langs = new ArrayList<>(Languages.SUPPORTED);
    langs.addAll(EXTRA_LANGS);
    for (String cc : ULocale.getISOCountries()) {
      Place place = country(cc);
      if (place.name().isBlank() || place.name().equals(cc)) {
        continue;
      }
      ULocale region = new ULocale("und_" + cc);
      for (String lang : langs) {
        add(stems, caseStems, seen, region.getDisplayCountry(new ULocale(lang)), lang, place);
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
        add(stems, caseStems, seen, local, lang, new Place(tz, english, false));
      }
    }
    Map<String, List<Entry>> map = new HashMap<>();
    Set<String> oneWord = new HashSet<>();
    for (Entry e : seen.values()) {
      map.computeIfAbsent(e.terms[0], k -> new ArrayList<>()).add(e);
      if (e.terms.length == 1) {
        oneWord.add(e.terms[0]);
      }
    }
    return new Places(map, stems, caseStems, OrdinaryPlaceWords.of(oneWord, langs), seen.size());
  }

  private static void add(
      Map<String, Place> stems,
      Map<String, Place> caseStems,
      Map<String, Entry> seen,
      String name,
      String lang,
      Place place) {
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
        && (terms[0].length() < (PlaceMarks.syllabic(terms[0]) ? 2 : 3)
            || AMBIGUOUS.contains(terms[0])
            || Stopwords.of(lang).contains(terms[0])
            || givenName(terms[0]))) {
      return;
    }
    if (terms.length == 1 && terms[0].length() >= 4) {
      stems.putIfAbsent(stemKey(lang, terms[0]), place);
      if ("ru".equals(lang)) {
        RussianCaseStems.of(terms[0]).forEach(s -> caseStems.putIfAbsent("ru:" + s, place));
      }
    }
    String key = String.join(" ", terms);
    boolean article = PlaceMarks.articleStripped(tokens.get(0));
    int finals = PlaceMarks.finalMark(tokens.get(tokens.size() - 1).surface());
    boolean capitals = terms.length == 1 && MainPerson.allCaps(tokens.get(0).surface());
    // first place wins (countries come before cities); the spellings' marks add up
    seen.merge(
        key,
        new Entry(terms, place, article, finals, capitals),
        (old, e) ->
            new Entry(
                old.terms,
                old.place,
                old.article || article,
                old.finals | finals,
                old.capitals || capitals));
  }

  /**
   * True for an Arabic-script term that is a listed given name ({@link GivenNames}, {@link
   * CommonWords#isGivenName}): Pashto CLDR writes Tomsk توماس, Thomas.
   */
  private static boolean givenName(String term) {
    return Scripts.hasArabicScript(term)
        && ((GivenNames.shipped().kinds(term) & GivenNames.GIVEN) != 0
            || CommonWords.isGivenName(term));
  }

  /**
   * Finds place names in analysed tokens of a text in {@code lang}, longest match first,
   * non-overlapping. A word with an apostrophe suffix (Suriye'de) is looked up without it; a
   * one-word name is also found inflected (Сирии, Syriens) through the stem of the text's language
   * (in Russian a name in -ия only in its own case forms: Данию is Дания, Дана is no Denmark), and
   * a Russian one-word name in -ай, -ей, -ой or -уй in its case forms by the whole name ({@link
   * NameSpellings#russianYotNominative}: Китая, Китаю, Китае are Китай, China). Country names that
   * are also common words or given names (Turkey, China, Jordan...), left out of the gazetteer, are
   * found by the rules of {@link AmbiguousCountries}. A match is dropped (the rules of {@code
   * readable}, checked only on a match) when:
   *
   * <ul>
   *   <li>it is a one-word name written as an acronym, in capitals between words that are not (the
   *       IRA: Portuguese Irã folds to ira), and no source name of it is written in capitals;
   *   <li>it is a one-word name that is an ordinary word of {@code lang}: a month, weekday, holiday
   *       or stop word ({@link OrdinaryPlaceWords}; Persian دوشنبه is Monday, not Dushanbe; Urdu
   *       کرسمس is Christmas, not Christmas Island; Arabic وليس is "and not", not Wallis);
   *   <li>its first word is written with the Arabic definite article (ال, وال, بال, كال, فال, لل),
   *       no source name of the place writes it, and the word is no nisba adjective (-ي, -ية): the
   *       name must match the whole word, so Arabic السويس (Suez) is not Pashto سویس (Switzerland),
   *       while الأردن (CLDR writes the article), السورية and التركي (Syrian, Turkish) stay places;
   *   <li>its last word ends in a letter that folding merges with another ({@link
   *       PlaceMarks#MERGED_FINALS}) and no source name of the place ends in a letter folding
   *       merges the same way: Urdu ے or ۓ (yeh barree, a verb or adjective ending: چلے "went", چلۓ
   *       as it is also typed) is no چلی (Chile), Urdu folding writes both ي; Urdu ں (noon ghunna,
   *       the nasal ending of plurals, verbs and of the ordinal suffix: ویں in 131 ویں "131st") is
   *       no Persian وین (Vienna), folding writes both ن;
   *   <li>in Urdu or Persian, it is a one-word name that is a verb of a compound there ({@link
   *       CompoundVerbs}: Urdu چلی گئی "went away" is no Chile, Persian پرت شد "was thrown" no
   *       Perth).
   * </ul>
   */
  public List<Match> find(List<Token> tokens, String text, String lang) {
    return find(tokens, text, lang, false);
  }

  /**
   * As {@link #find}, and a Russian one-word name in a hard consonant also in its case forms
   * through their stems ({@link RussianCaseStems}: Иране, Ирану, Ираном are Иран, Iran; Пакистане
   * is Pakistan): read by the facts and compare, not by the link features nor search.
   */
  public List<Match> findInCaseForms(List<Token> tokens, String text, String lang) {
    return find(tokens, text, lang, true);
  }

  private List<Match> find(List<Token> tokens, String text, String lang, boolean caseForms) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (isCasedWord(first.surface()) && !first.capitalized()) {
        continue;
      }
      String term = FeatureExtractor.stripApostrophe(first.term());
      List<Entry> candidates = byFirstTerm.get(term);
      boolean byNominative = candidates == null && "ru".equals(lang);
      if (byNominative) {
        candidates = oneWord(byFirstTerm.get(NameSpellings.russianYotNominative(term)));
      }
      Entry best = null;
      if (candidates != null) {
        for (Entry e : candidates) {
          if (e.terms.length + i <= tokens.size()
              && (best == null || e.terms.length > best.terms.length)
              && (byNominative || matches(e.terms, tokens, i))) {
            best = e;
          }
        }
      }
      if (best != null
          && (!readable(best, tokens, i, lang)
              || best.terms.length == 1
                  && CompoundVerbs.isVerbAt(lang, text, first.start(), first.end()))) {
        best = null;
      }
      if (best != null) {
        int last = i + best.terms.length - 1;
        String surface = text.substring(first.start(), tokens.get(last).end());
        out.add(new Match(best.place, i, best.terms.length, surface));
        i = last;
        continue;
      }
      if (term.length() >= 4 && isCasedWord(first.surface())) {
        String key = stemKey(lang, term);
        Place p = byStem.get(key);
        if (p == null && caseForms) {
          p = byCaseStem.get(key);
        }
        if (p != null && !ordinary.contains(lang, term)) {
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

  /**
   * The place a search word names, when it is one: {@code term} analysed as articles' text is (any
   * language; a Turkish case ending behind an apostrophe, Bağdat'ta, is looked up without it) is a
   * one-word name of the gazetteer in some language (Baghdad, Bagdad, بغداد, Багдад) and no
   * ordinary word of any language ({@link OrdinaryPlaceWords}: Persian دوشنبه, Monday, is not
   * Dushanbe). A search word has no context, so the rules of {@link #find} that read one (the
   * capital letter, the Arabic article, Urdu ے, compound verbs) do not apply; the names that are
   * common words (Turkey, China, Nice) are in no language's gazetteer. Empty when it names none.
   */
  public Optional<Place> named(String term) {
    String bare = FeatureExtractor.stripApostrophe(term);
    List<Entry> entries = oneWord(byFirstTerm.get(bare));
    if (entries == null || ordinary.containsAnywhere(bare)) {
      return Optional.empty();
    }
    return Optional.of(entries.get(0).place);
  }

  /** The one-word names among {@code entries} (null when none or null). */
  private static List<Entry> oneWord(List<Entry> entries) {
    List<Entry> out =
        entries == null ? List.of() : entries.stream().filter(e -> e.terms.length == 1).toList();
    return out.isEmpty() ? null : out;
  }

  /**
   * True when the matched name {@code e} at token {@code at} is read as the place (see {@link
   * #find}): a one-word name that is no ordinary word of {@code lang} ({@link OrdinaryPlaceWords});
   * a first word written with the Arabic definite article only for a name that CLDR writes with it
   * (الأردن) or as a nisba adjective (-ي, -ية: السورية, التركي); a last word ending in a merged
   * letter ({@link PlaceMarks#MERGED_FINALS}: Urdu ے, ۓ, ں) only for a name that ends in it.
   */
  private boolean readable(Entry e, List<Token> tokens, int at, String lang) {
    if (e.terms.length == 1 && ordinary.contains(lang, e.terms[0])) {
      return false;
    }
    if (e.terms.length == 1 && !e.capitals && PlaceMarks.acronym(tokens, at)) {
      return false;
    }
    Token first = tokens.get(at);
    if (!e.article && PlaceMarks.articleStripped(first) && !PlaceMarks.nisba(first.term())) {
      return false;
    }
    String last = tokens.get(at + e.terms.length - 1).surface();
    int mark = PlaceMarks.finalMark(last);
    return mark == 0 || (e.finals & mark) != 0;
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

  private static boolean isCasedWord(String s) {
    return !s.isEmpty() && Scripts.isCased(s.charAt(0)) && !Scripts.hasArabicScript(s);
  }
}
