package dev.storylink.features;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import dev.storylink.text.Languages;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names of the calendars the press writes dates in, as sequences of analysed
 * terms (the form {@link TextAnalysis} gives article words, so they match after each language's
 * folding), built once from CLDR through ICU4J:
 *
 * <ul>
 *   <li>{@link DateCalendar#GREGORIAN}: the wide month names of every identified language ({@link
 *       Languages#IDENTIFIED}) in format and stand-alone context (Russian genitive "февраля",
 *       Polish "lutego"), the Levantine/Iraqi Arabic series (كانون الثاني … شباط … تشرين الأول,
 *       from {@code ar_SY}), the Maghreb series (جانفي, فيفري …; يوليوز, غشت …), and the English
 *       abbreviations (Jan, Feb, Sept …).
 *   <li>{@link DateCalendar#SOLAR_HIJRI}: the Persian calendar months (فروردین … اسفند) in their
 *       Persian, Urdu and Arabic CLDR spellings, the Persian spellings analysed as Arabic and Urdu
 *       text too (Arabic and Urdu outlets quoting Iranian dates use them), the old variant امرداد,
 *       and the Afghan zodiac names (حمل … حوت).
 *   <li>{@link DateCalendar#HIJRI}: the Islamic months (محرم … ذو الحجة) in Arabic, Persian and
 *       Urdu.
 *   <li>Weekdays: the wide weekday names of every identified language, and "yesterday", "today" and
 *       "tomorrow" (en, de, fr, es, it, pt, ru, pl, tr, ar, fa, ur where the word is not another
 *       word too: no Arabic اليوم, German morgen, Spanish mañana or Urdu کل), each read only in its
 *       own language's text (Urdu ہفتہ, Saturday, folds to Persian هفته, week); a text in a
 *       language with no names of its own here reads those of every language.
 * </ul>
 *
 * <p>Persian and Urdu یکم ("the 1st") before a month name is its day 1 ({@link #firstOfMonth}).
 *
 * <p>A month name written with an apostrophe suffix (Turkish "Mart'ta", "Şubat'ta") is read by the
 * part before the apostrophe ({@link #beforeApostrophe}).
 *
 * <p>Thread-safe: immutable after class initialisation.
 */
public final class CalendarTables {
  /** A month of a calendar, 1-based. */
  public record Month(DateCalendar calendar, int month) implements DateName {
    public Month {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month out of range: " + month);
      }
    }
  }

  private static final class Holder {
    static final TermLexicon<Month> MONTHS = buildMonths();
    static final Map<String, TermLexicon<DateName>> NAMES = buildNames();
    private static final Map<String, Map<String, Integer>> WORDS = buildDayWords();
    static final Map<String, DayWords> DAY_WORDS = byLanguage(WORDS);
    static final DayWords ANY_DAY_WORDS = new DayWords(anyLanguage(WORDS));
    static final Set<String> FIRST = firstWords();
  }

  /**
   * Whether {@code term} is a word for "the first (day)" that stands for the day number 1 before a
   * month name: Persian and Urdu یکم ("یکم مارس", "یکم اسفند"), as Persian, Urdu and Arabic text
   * analyse it. Not Persian اول, which is also "first" of a half or a week ("نیمه اول اسفند").
   */
  static boolean firstOfMonth(String term) {
    return Holder.FIRST.contains(term);
  }

  private static Set<String> firstWords() {
    Set<String> out = new HashSet<>();
    for (String lang : List.of("fa", "ur", "ar")) {
      List<Token> tokens = TextAnalysis.analyze("یکم", lang).tokens();
      if (tokens.size() == 1) {
        out.add(tokens.get(0).term());
      }
    }
    return Set.copyOf(out);
  }

  private CalendarTables() {}

  /** Every month name of every calendar and language (one lexicon). */
  static TermLexicon<Month> months() {
    return Holder.MONTHS;
  }

  /**
   * The month and holiday names a text of language {@code lang} reads ({@link #dateNameAt}): every
   * month name, and the language's holidays ({@link HolidayDates#of}). Looked up once per text.
   */
  static TermLexicon<DateName> dateNames(String lang) {
    return Holder.NAMES.getOrDefault(lang, widen(Holder.MONTHS));
  }

  /**
   * The name at {@code tokens[i]} as a look-up of the months, then one of the language's holidays
   * (each the longest name at the token, else at its part before an apostrophe) would find it, from
   * one look-up of the token in {@code names} ({@link #dateNames}): the first month the token
   * names, else the first month its part before an apostrophe names, else the first holiday the
   * token names, else the first holiday that part names; {@code null} when none. (Both look-ups
   * sort their entries alike and the lexicon of both keeps each one's order, so the first month or
   * holiday of the one look-up is the first of its own.)
   */
  static TermLexicon.Entry<DateName> dateNameAt(
      TermLexicon<DateName> names, List<Token> tokens, int i, String lang) {
    List<TermLexicon.Entry<DateName>> found = names.matchAt(tokens, i, lang);
    TermLexicon.Entry<DateName> month = first(found, true);
    if (month != null) {
      return month;
    }
    Token cut = beforeApostrophe(tokens.get(i));
    List<TermLexicon.Entry<DateName>> foundCut =
        cut == null ? List.of() : names.matchAt(List.of(cut), 0, lang);
    month = first(foundCut, true);
    if (month != null) {
      return month;
    }
    TermLexicon.Entry<DateName> holiday = first(found, false);
    return holiday != null ? holiday : first(foundCut, false);
  }

  /** The first entry that names a month ({@code months}), or a holiday; {@code null} when none. */
  private static TermLexicon.Entry<DateName> first(
      List<TermLexicon.Entry<DateName>> found, boolean months) {
    for (TermLexicon.Entry<DateName> e : found) {
      if (e.value() instanceof Month == months) {
        return e;
      }
    }
    return null;
  }

  /** A lexicon of months read as one of date names (entries are immutable: only read). */
  @SuppressWarnings("unchecked")
  private static TermLexicon<DateName> widen(TermLexicon<? extends DateName> lexicon) {
    return (TermLexicon<DateName>) lexicon;
  }

  private static Map<String, TermLexicon<DateName>> buildNames() {
    Map<String, TermLexicon<DateName>> out = new HashMap<>();
    for (String lang : HolidayDates.languages()) {
      out.put(
          lang,
          TermLexicon.union(widen(Holder.MONTHS), widen(HolidayDates.of(lang).orElseThrow())));
    }
    return Map.copyOf(out);
  }

  /**
   * The token cut at its first apostrophe (' or ’), as a Turkish suffix is written after a name
   * ("Mart'ta", "Noel'de"): the same token with the term's part before it, of at least two
   * characters; {@code null} when the term has no apostrophe after two characters. A one-word name
   * matches the cut token, so "12 Mart'ta" is 12 March.
   */
  static Token beforeApostrophe(Token t) {
    String term = t.term();
    // asked for every token of a text (months, then holidays): two intrinsic scans, no loop here
    int straight = term.indexOf('\'', 2);
    int curly = term.indexOf('\u2019', 2);
    int cut = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    if (cut < 0) {
      return null;
    }
    return new Token(
        t.surface(),
        term.substring(0, cut),
        t.start(),
        t.end(),
        t.sentence(),
        t.capitalized(),
        t.sentenceInitial());
  }

  /** {@link DayWords#of} of a term that means "yesterday". */
  static final int YESTERDAY = -1;

  /** {@link DayWords#of} of a term that means "today". */
  static final int TODAY = -2;

  /** {@link DayWords#of} of a term that means "tomorrow". */
  static final int TOMORROW = -3;

  /**
   * The day {@code word} ({@link #YESTERDAY}, {@link #TODAY}, {@link #TOMORROW}) is from its
   * reference day.
   */
  static int offset(int word) {
    return switch (word) {
      case YESTERDAY -> -1;
      case TODAY -> 0;
      case TOMORROW -> 1;
      default -> throw new IllegalArgumentException("no relative day word: " + word);
    };
  }

  /**
   * The weekday and "yesterday" words of language {@code lang} ({@link DayWords#of}); a language
   * with no such words here reads those of every language. Looked up once per text: its words are
   * then asked for on every token.
   */
  static DayWords dayWords(String lang) {
    return Holder.DAY_WORDS.getOrDefault(lang, Holder.ANY_DAY_WORDS);
  }

  /**
   * The day words of one language (or of every language). {@link #of} answers most terms, which are
   * no day word, from one bit of their hash code, without probing the map. Immutable.
   */
  static final class DayWords {
    private static final int FILTER_BITS = 1 << 14;
    private final Map<String, Integer> words;
    private final long[] filter = new long[FILTER_BITS / 64];

    DayWords(Map<String, Integer> words) {
      this.words = Map.copyOf(words);
      for (String w : this.words.keySet()) {
        int bit = w.hashCode() & (FILTER_BITS - 1);
        filter[bit >>> 6] |= 1L << bit;
      }
    }

    /**
     * The ISO day of week (1 = Monday … 7 = Sunday) {@code term} names, {@link #YESTERDAY}, {@link
     * #TODAY} or {@link #TOMORROW} when it means one of them, or 0: one lookup for all, since it
     * runs on every token of a dated text.
     */
    int of(String term) {
      int bit = term.hashCode() & (FILTER_BITS - 1);
      return (filter[bit >>> 6] & (1L << bit)) == 0 ? 0 : words.getOrDefault(term, 0);
    }

    /** The words and their values ({@link #of}). */
    Map<String, Integer> words() {
      return words;
    }
  }

  private static Map<String, DayWords> byLanguage(Map<String, Map<String, Integer>> words) {
    Map<String, DayWords> out = new HashMap<>();
    words.forEach((lang, w) -> out.put(lang, new DayWords(w)));
    return Map.copyOf(out);
  }

  private static Map<String, Map<String, Integer>> buildDayWords() {
    Map<String, Map<String, Integer>> out = buildWeekdays();
    String[][][] relative = {YESTERDAY_WORDS, TODAY_WORDS, TOMORROW_WORDS};
    int[] values = {YESTERDAY, TODAY, TOMORROW};
    for (int r = 0; r < relative.length; r++) {
      for (Map.Entry<String, Set<String>> y : relativeDay(relative[r]).entrySet()) {
        for (String term : y.getValue()) {
          out.computeIfAbsent(y.getKey(), k -> new HashMap<>()).putIfAbsent(term, values[r]);
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> anyLanguage(Map<String, Map<String, Integer>> byLang) {
    Map<String, Integer> out = new HashMap<>();
    // in a fixed order of languages: the first language's meaning of a term wins
    byLang.keySet().stream().sorted().forEach(lang -> byLang.get(lang).forEach(out::putIfAbsent));
    return out;
  }

  /** "Yesterday" by language: {language, word}. */
  private static final String[][] YESTERDAY_WORDS = {
    {"en", "yesterday"}, {"ar", "أمس"}, {"fa", "دیروز"}, {"ur", "گزشتہ روز"}, {"tr", "dün"},
    {"ru", "вчера"}, {"de", "gestern"}, {"es", "ayer"}, {"fr", "hier"}, {"pl", "wczoraj"},
    {"it", "ieri"}, {"pt", "ontem"}, {"nl", "gisteren"}, {"zh", "昨天"}, {"ja", "昨日"}
  };

  /**
   * "Today" by language. Not Arabic اليوم, which is as often "the day" ("اليوم التالي", the next
   * day; "اليوم الوطني", national day).
   */
  private static final String[][] TODAY_WORDS = {
    {"en", "today"}, {"fa", "امروز"}, {"ur", "آج"}, {"tr", "bugün"}, {"ru", "сегодня"},
    {"de", "heute"}, {"es", "hoy"}, {"fr", "aujourd'hui"}, {"pl", "dzisiaj"}, {"pl", "dziś"},
    {"it", "oggi"}, {"pt", "hoje"}
  };

  /**
   * "Tomorrow" by language. Not German morgen (Morgen, morning, folds to it), Spanish mañana ("esta
   * mañana", this morning) or Urdu کل (both yesterday and tomorrow).
   */
  private static final String[][] TOMORROW_WORDS = {
    {"en", "tomorrow"},
    {"ar", "غدا"},
    {"fa", "فردا"},
    {"tr", "yarın"},
    {"ru", "завтра"},
    {"fr", "demain"},
    {"pl", "jutro"},
    {"it", "domani"},
    {"pt", "amanhã"}
  };

  /** The terms of {@code words} ({language, word} pairs) by language: one-token words only. */
  private static Map<String, Set<String>> relativeDay(String[][] words) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] w : words) {
      List<Token> tokens = TextAnalysis.analyze(w[1], w[0]).tokens();
      if (tokens.size() == 1) {
        out.computeIfAbsent(w[0], k -> new HashSet<>()).add(tokens.get(0).term());
      }
    }
    return out;
  }

  private static TermLexicon<Month> buildMonths() {
    TermLexicon.Builder<Month> out = TermLexicon.builder();
    for (String lang : Languages.IDENTIFIED) {
      addSymbols(out, lang, lang, "", DateCalendar.GREGORIAN);
    }
    addSymbols(out, "ar_SY", "ar", "", DateCalendar.GREGORIAN);
    addSymbols(out, "ar_MA", "ar", "", DateCalendar.GREGORIAN);
    addSymbols(out, "ar_DZ", "ar", "", DateCalendar.GREGORIAN);
    String[] english = {
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
    };
    int[] englishMonth = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12};
    for (int k = 0; k < english.length; k++) {
      out.add(english[k], "en", new Month(DateCalendar.GREGORIAN, englishMonth[k]));
    }
    for (String loc : List.of("fa", "ur", "ar")) {
      addSymbols(out, loc, loc, "persian", DateCalendar.SOLAR_HIJRI);
      addSymbols(out, loc, loc, "islamic", DateCalendar.HIJRI);
      // Persian spellings as an Arabic or Urdu text writes them
      addSymbols(out, "fa", loc, "persian", DateCalendar.SOLAR_HIJRI);
      addNames(out, new String[] {"امرداد"}, 5, loc, DateCalendar.SOLAR_HIJRI);
      // the Afghan names of the solar Hijri months (حمل = Farvardin), fa_AF's Persian calendar
      addSymbols(out, "fa_AF", loc, "persian", DateCalendar.SOLAR_HIJRI);
    }
    return out.build();
  }

  private static void addSymbols(
      TermLexicon.Builder<Month> out,
      String locale,
      String analyseAs,
      String calendar,
      DateCalendar cal) {
    // explicit calendar: a locale's default one is not always Gregorian (fa defaults to Persian)
    ULocale loc =
        new ULocale(locale + "@calendar=" + (calendar.isEmpty() ? "gregorian" : calendar));
    DateFormatSymbols sym = new DateFormatSymbols(Calendar.getInstance(loc), loc);
    for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      addNames(out, sym.getMonths(ctx, DateFormatSymbols.WIDE), 0, analyseAs, cal);
    }
  }

  /** Adds {@code names[k]} as month {@code first + k + 1}, or as month {@code first} when alone. */
  private static void addNames(
      TermLexicon.Builder<Month> out,
      String[] names,
      int first,
      String analyseAs,
      DateCalendar cal) {
    for (int k = 0; k < names.length && k < 12; k++) {
      if (names[k] == null || names[k].isBlank()) {
        continue;
      }
      // a one-letter name is a stray letter (CLDR's "ربيع II"); names written with digits
      // (Japanese "2月") are read as numeric CJK dates instead
      List<Token> terms = TextAnalysis.analyze(names[k], analyseAs).tokens();
      if (!terms.isEmpty()
          && (terms.size() > 1 || terms.get(0).term().length() >= 2)
          && !Character.isDigit(terms.get(0).term().charAt(0))) {
        out.add(names[k], analyseAs, new Month(cal, names.length == 1 ? first : k + 1));
      }
    }
  }

  private static Map<String, Map<String, Integer>> buildWeekdays() {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (String lang : Languages.IDENTIFIED) {
      DateFormatSymbols sym = new DateFormatSymbols(new ULocale(lang));
      for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        String[] names = sym.getWeekdays(ctx, DateFormatSymbols.WIDE);
        for (int k = 1; k < names.length; k++) { // ICU: 1 = Sunday … 7 = Saturday
          List<Token> tokens = TextAnalysis.analyze(names[k], lang).tokens();
          if (tokens.size() == 1) {
            int iso = k == 1 ? 7 : k - 1;
            out.computeIfAbsent(lang, l -> new HashMap<>()).putIfAbsent(tokens.get(0).term(), iso);
          }
        }
      }
    }
    // Russian "в субботу" (accusative) and Polish "w sobotę": the forms that follow "on"
    for (String[] extra :
        new String[][] {
          {"ru", "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"},
          {"pl", "poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"}
        }) {
      for (int k = 1; k < extra.length; k++) {
        for (Token t : TextAnalysis.analyze(extra[k], extra[0]).tokens()) {
          out.computeIfAbsent(extra[0], l -> new HashMap<>()).putIfAbsent(t.term(), k);
        }
      }
    }
    return out;
  }
}
