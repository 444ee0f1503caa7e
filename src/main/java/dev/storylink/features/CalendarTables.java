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
 *   <li>Weekdays and "yesterday", "today", "tomorrow": in {@link DayWords}.
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
}
