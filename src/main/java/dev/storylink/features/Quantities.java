package dev.storylink.features;

import dev.storylink.text.CharMapFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts numbers from text in any supported language.
 *
 * <p>Numbers: Arabic-Indic (٤٣) and Persian (۴۳) digits are read as ASCII; digits glued to a Latin
 * letter are a model name (F16), glued to a word of another script a number (死亡43人, بـ43);
 * thousands groups ("1,000", "1.000", "1 000" is two numbers) are joined; a single separator
 * followed by one or two digits is a decimal point ("3,5" = "3.5"). Whole numbers below 10 and
 * plain years (1900–2099) are left out: they are too common to be evidence (a magnitude 6.1 is
 * kept). The link features also leave out the year of a date written in a Hijri calendar (1405 in
 * "۷ آذر ۱۴۰۵", {@link #linkNumbers}).
 *
 * <p>Dates are read by {@link CalendarDates}, in every calendar the press uses; given the dates of
 * a text, the numbers that are a date's day or year are left out ({@link #numbers(String, List)}).
 *
 * <p>Stateless and thread-safe (month tables are built once, lazily).
 */
public final class Quantities {
  private static final CharMapFolder DIGITS = new DigitFolder();
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+|\\d+(?:[.,]\\d{1,2})?)(?![\\d])");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  private Quantities() {}

  /** A number found in a text; {@code key} is canonical, {@code surface} as written. */
  public record Found(String key, String surface) {}

  /**
   * True when the analysed number {@code term} is a plain year: four ASCII digits 1900–2099, no
   * separator (the years {@link #normalize} leaves out).
   */
  static boolean isPlainYear(String term) {
    return YEAR.matcher(term).matches();
  }

  /** {@code text} with Arabic-Indic and Persian digits as ASCII digits (same length). */
  static String foldDigits(String text) {
    return DIGITS.fold(text);
  }

  /** Numbers in {@code text}. */
  public static List<Found> numbers(String text) {
    return scan(text, List.of(), false);
  }

  /**
   * Numbers in {@code text} outside the written dates {@code dates} found in it ({@link
   * CalendarDates#find}): the day and year of "12 March 2020", "١٢ آذار", "۱۲ اسفند ۱۳۹۸" or
   * "29.02.2020" are the date's, not figures. A number is left out when it starts inside a date's
   * surface. A time of day is no figure either: the hour and the minutes joined by a colon
   * ("11:12", "۱۱:۱۲", {@link #isClockTime}) are left out, and so is a time written with a dot
   * after Turkish "saat" or before German "Uhr" ("saat 04.12'de", "um 4.12 Uhr", {@link
   * #isDottedClockTime}). ({@link #numbers(String)} keeps both: the link features read it as their
   * models were fitted.)
   */
  public static List<Found> numbers(String text, List<CalendarDates.DateMention> dates) {
    return scan(text, dates, true);
  }

  /**
   * Numbers in {@code text} as the link features read them ({@link #numbers(String)}: a date's day
   * and a time of day kept), but for the year of a date written in a Hijri calendar ({@code dates},
   * {@link CalendarDates#find}): 1405 in "۷ آذر ۱۴۰۵" is left out, as a Gregorian year (1900–2099)
   * always is; alone it says little of the event (every report of the year shares it).
   */
  public static List<Found> linkNumbers(String text, List<CalendarDates.DateMention> dates) {
    List<CalendarDates.DateMention> hijri = new ArrayList<>();
    for (CalendarDates.DateMention d : dates) {
      if (d.calendar() != DateCalendar.GREGORIAN && d.key().length() == 10) {
        hijri.add(d);
      }
    }
    if (hijri.isEmpty()) {
      return numbers(text);
    }
    List<Found> out = new ArrayList<>();
    String digits = DIGITS.fold(text);
    for (Found f : numbers(text)) {
      if (!hijriYear(f, digits, hijri)) {
        out.add(f);
      }
    }
    return out;
  }

  /** True when {@code f} is a year 1300–1500 written inside one of the Hijri {@code dates}. */
  private static boolean hijriYear(Found f, String digits, List<CalendarDates.DateMention> hijri) {
    if (!f.key().matches("1[345]\\d{2}")) {
      return false;
    }
    String year = DIGITS.fold(f.surface());
    for (CalendarDates.DateMention d : hijri) {
      int at = digits.indexOf(year, d.start());
      if (at >= 0 && d.covers(at)) {
        return true;
      }
    }
    return false;
  }

  private static List<Found> scan(
      String text, List<CalendarDates.DateMention> dates, boolean withoutTimes) {
    String digits = DIGITS.fold(text);
    List<Found> out = new ArrayList<>();
    DigitRuns runs = new DigitRuns(digits);
    Matcher m = NUMBER.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      // skip digits glued to Latin letters (model names like F16, A320) and parts of dates;
      // scripts written without spaces glue numbers to words (死亡43人, 43명)
      if (m.start() > 0 && isLatinLetter(digits.charAt(m.start() - 1))) {
        continue;
      }
      if (m.end() < digits.length()
          && Character.isLetter(digits.charAt(m.end()))
          && !Character.isIdeographic(digits.charAt(m.end()))) {
        if (isLatinLetter(digits.charAt(m.end()))) {
          continue;
        }
      }
      if (m.start() > 0 && "-/".indexOf(digits.charAt(m.start() - 1)) >= 0
          || m.end() < digits.length() && "-/".indexOf(digits.charAt(m.end())) >= 0) {
        continue;
      }
      String key = normalize(m.group(1));
      if (key == null
          || inDate(m.start(), dates)
          || withoutTimes
              && (isClockTime(digits, m.start(), m.end())
                  || isDottedClockTime(digits, m.start(), m.end()))) {
        continue;
      }
      out.add(new Found(key, text.substring(m.start(), m.end())));
    }
    return out;
  }

  private static boolean inDate(int at, List<CalendarDates.DateMention> dates) {
    for (CalendarDates.DateMention d : dates) {
      if (d.covers(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The places where a run of ASCII digits starts in a text: every pattern here starts with the
   * first digit of a run (its lookbehind refuses a digit before), so {@link #find} tries a pattern
   * only there, and a text is scanned once however many patterns run over it.
   */
  static final class DigitRuns {
    private final String text;
    private final int[] starts;
    private final int count;

    DigitRuns(String text) {
      this.text = text;
      int[] found = new int[8];
      int n = 0;
      boolean afterDigit = false;
      for (int i = 0, len = text.length(); i < len; i++) {
        boolean digit = isDigit(text.charAt(i));
        if (digit && !afterDigit) {
          if (n == found.length) {
            found = java.util.Arrays.copyOf(found, n * 2);
          }
          found[n++] = i;
        }
        afterDigit = digit;
      }
      this.starts = found;
      this.count = n;
    }

    /**
     * {@link Matcher#find()} from {@code from} (the end of the previous match): the first run start
     * at or after {@code from} where the pattern matches (its lookbehinds still see the text
     * before), so the matches are the same.
     */
    boolean find(Matcher m, int from) {
      m.useTransparentBounds(true).useAnchoringBounds(false);
      int k = java.util.Arrays.binarySearch(starts, 0, count, from);
      for (k = k >= 0 ? k : -k - 1; k < count; k++) {
        if (m.region(starts[k], text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether the digits at {@code [start, end)} of {@code text} are an hour or its minutes: a colon
   * joins them to another digit ("11:12", "۱۱:۱۲", "١٣:٢٦"), the way times of day are written. Any
   * script's decimal digits count.
   */
  public static boolean isClockTime(CharSequence text, int start, int end) {
    return end + 1 < text.length()
            && text.charAt(end) == ':'
            && Character.isDigit(text.charAt(end + 1))
        || start >= 2 && text.charAt(start - 1) == ':' && Character.isDigit(text.charAt(start - 2));
  }

  /**
   * Whether the number at {@code [start, end)} of {@code text} (digits already folded to ASCII) is
   * a time of day written with a dot, as Turkish and German write it: an hour 0–23, a dot and two
   * digits of minutes 00–59, after the Turkish word "saat" ("saat 04.12'de") or before the German
   * "Uhr" ("um 4.12 Uhr"). Alone, "4.12" is a decimal (magnitude 4.12), so the word must be there.
   */
  static boolean isDottedClockTime(String text, int start, int end) {
    int dot = end - 3;
    if (dot <= start
        || dot - start > 2
        || text.charAt(dot) != '.'
        || !isDigit(text.charAt(dot + 1))
        || !isDigit(text.charAt(dot + 2))
        || text.charAt(dot + 1) > '5') {
      return false;
    }
    int hour = 0;
    for (int i = start; i < dot; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
      hour = hour * 10 + text.charAt(i) - '0';
    }
    return hour <= 23 && (wordBefore(text, start, "saat") || wordAfter(text, end, "uhr"));
  }

  /** Whether {@code word} (lower case) ends one space before {@code at}, as a whole word. */
  private static boolean wordBefore(String text, int at, String word) {
    int from = at - 1 - word.length();
    return from >= 0
        && text.charAt(at - 1) == ' '
        && (from == 0 || !Character.isLetter(text.charAt(from - 1)))
        && text.regionMatches(true, from, word, 0, word.length());
  }

  /** Whether {@code word} (lower case) starts one space after {@code at}, as a whole word. */
  private static boolean wordAfter(String text, int at, String word) {
    int to = at + 1 + word.length();
    return to <= text.length()
        && text.charAt(at) == ' '
        && (to == text.length() || !Character.isLetter(text.charAt(to)))
        && text.regionMatches(true, at + 1, word, 0, word.length());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Canonical form of a number string, or null when it is not evidence (small, a year). */
  static String normalize(String s) {
    String plain;
    if (GROUPED.matcher(s).matches()) {
      plain = s.replace(",", "").replace(".", "");
    } else {
      plain = s.replace(',', '.');
    }
    double v;
    try {
      v = Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return null;
    }
    if (v < 10 && v == Math.rint(v)) {
      return null;
    }
    if (YEAR.matcher(plain).matches()) {
      return null;
    }
    if (v == Math.rint(v) && v < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** Length-preserving folder that turns Arabic-Indic and Persian digits into ASCII. */
  private static final class DigitFolder extends CharMapFolder {
    DigitFolder() {
      super(new Builder().digits('\u0660').digits('\u06F0').map("\u066B", '.').map("\u066C", ','));
    }
  }
}
