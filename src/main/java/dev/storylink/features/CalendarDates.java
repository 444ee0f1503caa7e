package dev.storylink.features;

import dev.storylink.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in a news text, in any calendar the press uses, resolved to days of the Gregorian calendar
 * so that texts compare as days whatever calendar each one wrote:
 *
 * <ol>
 *   <li>A day number next to a month name ({@link CalendarTables}): "29 February 2020", "February
 *       29", "29 فبراير", "29 شباط", "۱۰ اسفند ۱۳۹۸" (Solar Hijri), "٥ رجب ١٤٤١ هـ" (Hijri), "29
 *       февраля", "29 Şubat", "29 Şubat'ta" (a Turkish suffix after an apostrophe), "یکم مارس",
 *       "یکم اسفند" (Persian and Urdu "the 1st", {@link CalendarTables#firstOfMonth}). A following
 *       year in the month's calendar's range is read as its year (Gregorian 1900–2100, Hijri
 *       calendars 1300–1500).
 *   <li>Numeric dates: "2020-02-29", "29/02/2020", "29.02.2020", and the Persian "۱۳۹۸/۱۲/۱۰" (year
 *       first, 1300–1500: Solar Hijri).
 *   <li>Chinese, Japanese and Korean dates: "2020年2月29日", "2月29日", "2월 29일".
 *   <li>Holidays that fall on one day of a calendar every year, in their language's spelling
 *       ({@link HolidayDates}): "Christmas" and "Navidad" are 25 December, "New Year's Eve" 31
 *       December, "نوروز" 1 Farvardin; a year right after the name is its year ("Christmas 2019").
 *   <li>Only when the publication date is known: weekdays ("on Saturday", "روز شنبه", "в субботу")
 *       are the latest such day on or before it, or the next such day on or after it when their
 *       sentence says it is to come ({@link WeekdayTense}: "schools would stay closed on Tuesday",
 *       "خواهد"); a weekday with a word for "last" is the latest such day before it ("last Friday"
 *       written on a Friday is a week back), with a word for "next" the next such day after it
 *       ({@link WeekdayTense#shift}: "next Monday", "vendredi dernier"); "yesterday" (أمس, دیروز,
 *       вчера …) the day before it, "today" (امروز, heute, сегодня …) the day itself, "tomorrow"
 *       (فردا, غدا, завтра …) the day after it; each in its own language's text only ({@link
 *       CalendarTables}).
 *   <li>A date glued to a headline in capitals ("QUEENS DA SAYSSEPTEMBER 19, 2013", {@link
 *       DateLine#glued}).
 * </ol>
 *
 * <p>A text without a publication date is read against its date line instead when it has one
 * ({@link DateLine}: "Published 12: 17 am, Monday, September 16, 2013" at its head): its weekdays,
 * "yesterday", "today", "tomorrow" and dates without a year are then resolved as against a
 * publication date.
 *
 * <p>A date without a written year is resolved against the publication date (the year that puts it
 * nearest); without one, a Gregorian date keeps only its month and day, a Solar Hijri one is
 * converted in a reference year (1401, 2022-03-21 to 2023-03-20: a common year in both calendars,
 * so its days fall on the month and day most Solar Hijri years give them; 30 Esfand, which only a
 * leap year has, in 1403: 2025-03-20), and a Hijri one is dropped (the lunar year moves it through
 * the whole Gregorian year). (Session 19 and before converted in 1398, whose Esfand runs through 29
 * February 2020: ۱۲ اسفند became 2 March, a day early for most years.)
 *
 * <p>Stateless and thread-safe.
 */
public final class CalendarDates {
  /** The Solar Hijri year a date without a year or publication date is converted in. */
  private static final int SOLAR_REFERENCE = 1401;

  /** The leap year a day only leap years have (30 Esfand) is converted in. */
  private static final int SOLAR_LEAP_REFERENCE = 1403;

  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern DMY =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern YMD_SOLAR =
      Pattern.compile("(?<![\\d/])(1[34]\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern CJK =
      Pattern.compile(
          "(?<!\\d)(?:((?:19|20)\\d{2})\\s*[年년]\\s*)?(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");

  private CalendarDates() {}

  /**
   * A date found in a text.
   *
   * @param key {@code YYYY-MM-DD} when the text wrote the year, else {@code MM-DD} (Gregorian)
   * @param day the resolved Gregorian day, when known (a year written, or resolved against the
   *     publication date)
   * @param calendar the calendar the text wrote it in
   * @param surface the text as written
   * @param start offset of the surface in the text
   */
  public record DateMention(
      String key, Optional<LocalDate> day, DateCalendar calendar, String surface, int start) {
    public DateMention {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(surface, "surface");
      if (!key.matches("(\\d{4}-)?\\d{2}-\\d{2}") || start < 0) {
        throw new IllegalArgumentException("bad date key " + key + " at " + start);
      }
    }

    /**
     * True when both name the same day: equal resolved days, or equal month and day when either
     * lacks its year.
     */
    public boolean sameDay(DateMention other) {
      if (day.isPresent() && other.day.isPresent()) {
        return day.get().equals(other.day.get());
      }
      return monthDay().equals(other.monthDay());
    }

    /** True when the text offset {@code at} lies inside this date's surface. */
    public boolean covers(int at) {
      return at >= start && at < start + surface.length();
    }

    /** {@code MM-DD}. */
    public String monthDay() {
      return key.substring(key.length() - 5);
    }
  }

  /**
   * The dates in {@code text} (language {@code lang}), given its tokens from {@link
   * dev.storylink.text.TextAnalysis}, in text order; {@code published} resolves dates without a
   * year, weekdays, "yesterday", "today" and "tomorrow".
   */
  public static List<DateMention> find(
      String text, List<Token> tokens, String lang, Optional<LocalDate> published) {
    List<DateMention> glued = DateLine.glued(text);
    FoundDates found = scan(text, tokens, lang);
    List<DateMention> out = found.resolve(tokens, lang, published);
    if (published.isEmpty()) {
      List<DateMention> all = new ArrayList<>(out);
      all.addAll(glued);
      all.sort((a, b) -> Integer.compare(a.start(), b.start()));
      Optional<LocalDate> line = DateLine.of(text, all);
      if (line.isPresent()) {
        out = found.resolve(tokens, lang, line); // the same finds, read against the line
      }
    }
    out.addAll(glued);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The dates of {@link #find} without the glued dates of the head ({@link DateLine#glued}), as
   * written: {@link FoundDates#resolve} reads them against a day.
   */
  private static FoundDates scan(String text, List<Token> tokens, String lang) {
    FoundDates out = new FoundDates();
    String digits = Quantities.foldDigits(text);
    // every numeric pattern starts at the first digit of a run: tried only there
    Quantities.DigitRuns runs = new Quantities.DigitRuns(digits);
    numeric(out, text, digits, runs, ISO, 1, 2, 3, DateCalendar.GREGORIAN);
    numeric(out, text, digits, runs, DMY, 3, 2, 1, DateCalendar.GREGORIAN);
    numeric(out, text, digits, runs, YMD_SOLAR, 1, 2, 3, DateCalendar.SOLAR_HIJRI);
    Matcher m = CJK.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      int year = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      out.numeric(
          new FoundDates.Found(
              DateCalendar.GREGORIAN,
              year,
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              text.substring(m.start(), m.end()),
              m.start()));
    }
    // months and the language's holidays in one lexicon: one look-up per token for both
    TermLexicon<DateName> names = CalendarTables.dateNames(lang);
    for (int i = 0; i < tokens.size(); i++) {
      TermLexicon.Entry<DateName> name = CalendarTables.dateNameAt(names, tokens, i, lang);
      if (name != null) {
        i =
            switch (name.value()) {
              case CalendarTables.Month month -> monthName(out, text, tokens, i, name, month);
              case HolidayDates.Day day -> holiday(out, text, tokens, i, name, day);
            };
      }
    }
    return out;
  }

  /**
   * Reads "day month [year]" or "month day [year]" at the month name {@code i}; returns the last
   * index used.
   */
  private static int monthName(
      FoundDates out,
      String text,
      List<Token> tokens,
      int i,
      TermLexicon.Entry<DateName> name,
      CalendarTables.Month month) {
    int after = i + name.terms().size(); // first token after the name
    int from = i - 1;
    int day = dayAt(tokens, i - 1);
    if (day < 0 && i >= 1 && CalendarTables.firstOfMonth(tokens.get(i - 1).term())) {
      day = 1; // "یکم مارس", "یکم اسفند": the 1st
    }
    int last = after - 1;
    if (day < 0) {
      day = dayAt(tokens, after);
      from = i;
      last = after;
    }
    if (day < 0) {
      out.name(i, after - 1, Optional.empty());
      return after - 1;
    }
    DateCalendar cal = month.calendar();
    int year = yearAt(tokens, last + 1, cal);
    if (year > 0) {
      last++;
    }
    int start = tokens.get(from).start();
    out.name(
        i,
        last,
        Optional.of(
            new FoundDates.Found(
                cal,
                year,
                month.month(),
                day,
                text.substring(start, tokens.get(last).end()),
                start)));
    return last;
  }

  /**
   * Reads the holiday named at {@code i}, with a year written right after its name ("Christmas
   * 2019", "Noel 2019"); returns the last index used.
   */
  private static int holiday(
      FoundDates out,
      String text,
      List<Token> tokens,
      int i,
      TermLexicon.Entry<DateName> name,
      HolidayDates.Day d) {
    int last = i + name.terms().size() - 1;
    int year = yearAt(tokens, last + 1, d.calendar());
    if (year > 0) {
      last++;
    }
    int start = tokens.get(i).start();
    out.name(
        i,
        last,
        Optional.of(
            new FoundDates.Found(
                d.calendar(),
                year,
                d.month(),
                d.day(),
                text.substring(start, tokens.get(last).end()),
                start)));
    return last;
  }

  /** The year of calendar {@code cal} written as token {@code i}, or 0 when it is none. */
  private static int yearAt(List<Token> tokens, int i, DateCalendar cal) {
    if (i >= tokens.size()) {
      return 0;
    }
    String y = tokens.get(i).term();
    if (y.length() == 4 && y.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int year = Integer.parseInt(y);
      return cal.plausibleYear(year) ? year : 0;
    }
    return 0;
  }

  private static void numeric(
      FoundDates out,
      String text,
      String digits,
      Quantities.DigitRuns runs,
      Pattern p,
      int y,
      int mo,
      int d,
      DateCalendar cal) {
    Matcher m = p.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      out.numeric(
          new FoundDates.Found(
              cal,
              Integer.parseInt(m.group(y)),
              Integer.parseInt(m.group(mo)),
              Integer.parseInt(m.group(d)),
              text.substring(m.start(), m.end()),
              m.start()));
    }
  }

  /** Adds the date {@code f} resolved against {@code published} (class comment), if it is one. */
  static void add(List<DateMention> out, FoundDates.Found f, Optional<LocalDate> published) {
    DateCalendar cal = f.calendar();
    int year = f.year();
    int month = f.month();
    int day = f.day();
    String surface = f.surface();
    int start = f.start();
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return;
    }
    if (year > 0) {
      cal.toGregorian(year, month, day)
          .ifPresent(
              g -> out.add(new DateMention(g.toString(), Optional.of(g), cal, surface, start)));
      return;
    }
    Optional<LocalDate> resolved = published.flatMap(p -> nearest(cal, month, day, p));
    if (resolved.isPresent()) {
      out.add(new DateMention(monthDay(resolved.get()), resolved, cal, surface, start));
    } else if (cal == DateCalendar.GREGORIAN) {
      out.add(
          new DateMention(
              String.format(java.util.Locale.ROOT, "%02d-%02d", month, day),
              Optional.empty(),
              cal,
              surface,
              start));
    } else if (cal == DateCalendar.SOLAR_HIJRI) {
      cal.toGregorian(SOLAR_REFERENCE, month, day)
          .or(() -> cal.toGregorian(SOLAR_LEAP_REFERENCE, month, day))
          .ifPresent(
              g -> out.add(new DateMention(monthDay(g), Optional.empty(), cal, surface, start)));
    }
  }

  /** The day {@code month-day} of the calendar nearest to {@code published}. */
  private static Optional<LocalDate> nearest(
      DateCalendar cal, int month, int day, LocalDate published) {
    int y = cal.yearOf(published);
    LocalDate best = null;
    for (int year = y - 1; year <= y + 1; year++) {
      Optional<LocalDate> g = cal.toGregorian(year, month, day);
      if (g.isPresent()
          && (best == null
              || Math.abs(ChronoUnit.DAYS.between(g.get(), published))
                  < Math.abs(ChronoUnit.DAYS.between(best, published)))) {
        best = g.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int dayAt(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return -1;
    }
    String t = tokens.get(i).term();
    if (t.isEmpty() || t.length() > 2 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int d = Integer.parseInt(t);
    return d >= 1 && d <= 31 ? d : -1;
  }

  static String monthDay(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }
}
