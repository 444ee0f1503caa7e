package dev.storylink.features;

import dev.storylink.features.CalendarDates.DateMention;
import dev.storylink.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 29's {@link CalendarDates} (an undated text with a date line scanned twice), with the
 * rules of session 30 ("today", "tomorrow", یکم before a month) added as they were added to it.
 */
final class CalendarDatesBefore {
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

  private CalendarDatesBefore() {}

  /**
   * The dates in {@code text} (language {@code lang}), given its tokens from {@link
   * dev.storylink.text.TextAnalysis}, in text order; {@code published} resolves dates without a
   * year, weekdays and "yesterday".
   */
  public static List<DateMention> find(
      String text, List<Token> tokens, String lang, Optional<LocalDate> published) {
    List<DateMention> glued = DateLine.glued(text);
    List<DateMention> out = scan(text, tokens, lang, published);
    if (published.isEmpty()) {
      List<DateMention> all = new ArrayList<>(out);
      all.addAll(glued);
      all.sort((a, b) -> Integer.compare(a.start(), b.start()));
      Optional<LocalDate> line = DateLine.of(text, all);
      if (line.isPresent()) {
        out = scan(text, tokens, lang, line);
      }
    }
    out.addAll(glued);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** {@link #find} without the glued dates of the head ({@link DateLine#glued}). */
  private static List<DateMention> scan(
      String text, List<Token> tokens, String lang, Optional<LocalDate> published) {
    List<DateMention> out = new ArrayList<>();
    String digits = Quantities.foldDigits(text);
    // every numeric pattern starts at the first digit of a run: tried only there
    Quantities.DigitRuns runs = new Quantities.DigitRuns(digits);
    numeric(out, text, digits, runs, ISO, 1, 2, 3, DateCalendar.GREGORIAN, published);
    numeric(out, text, digits, runs, DMY, 3, 2, 1, DateCalendar.GREGORIAN, published);
    numeric(out, text, digits, runs, YMD_SOLAR, 1, 2, 3, DateCalendar.SOLAR_HIJRI, published);
    Matcher m = CJK.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      int year = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      add(
          out,
          DateCalendar.GREGORIAN,
          year,
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)),
          text.substring(m.start(), m.end()),
          m.start(),
          published);
    }
    DayWords dayWords = DayWords.forLanguage(lang);
    // months and the language's holidays in one lexicon: one look-up per token for both
    TermLexicon<DateName> names = CalendarTables.dateNames(lang);
    for (int i = 0; i < tokens.size(); i++) {
      TermLexicon.Entry<DateName> name = CalendarTables.dateNameAt(names, tokens, i, lang);
      if (name != null) {
        i =
            switch (name.value()) {
              case CalendarTables.Month month ->
                  monthName(out, text, tokens, i, name, month, published);
              case HolidayDates.Day day -> holiday(out, text, tokens, i, name, day, published);
            };
        continue;
      }
      if (published.isPresent()) {
        Token t = tokens.get(i);
        int day = dayWords.of(t.term());
        LocalDate p = published.get();
        LocalDate d = null;
        int shift = day > 0 ? WeekdayTense.shift(tokens, i, lang) : 0;
        if (day > 0 && (shift > 0 || shift == 0 && WeekdayTense.future(tokens, i, lang))) {
          // "next Monday" on a Monday is a week on; "on Monday ... will" may be the day itself
          d = p.plusDays(Math.floorMod(day - p.getDayOfWeek().getValue() - shift, 7) + shift);
        } else if (day > 0) {
          // "last Friday" on a Friday is a week back; "on Friday" the day itself
          d = p.minusDays(Math.floorMod(p.getDayOfWeek().getValue() - day + shift, 7) - shift);
        } else if (day < 0) {
          d = p.plusDays(DayWords.offset(day)); // yesterday, today, tomorrow
        }
        if (d != null) {
          out.add(
              new DateMention(
                  monthDay(d), Optional.of(d), DateCalendar.GREGORIAN, t.surface(), t.start()));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Reads "day month [year]" or "month day [year]" at the month name {@code i}; returns the last
   * index used.
   */
  private static int monthName(
      List<DateMention> out,
      String text,
      List<Token> tokens,
      int i,
      TermLexicon.Entry<DateName> name,
      CalendarTables.Month month,
      Optional<LocalDate> published) {
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
      return after - 1;
    }
    DateCalendar cal = month.calendar();
    int year = yearAt(tokens, last + 1, cal);
    if (year > 0) {
      last++;
    }
    int start = tokens.get(from).start();
    add(
        out,
        cal,
        year,
        month.month(),
        day,
        text.substring(start, tokens.get(last).end()),
        start,
        published);
    return last;
  }

  /**
   * Reads the holiday named at {@code i}, with a year written right after its name ("Christmas
   * 2019", "Noel 2019"); returns the last index used.
   */
  private static int holiday(
      List<DateMention> out,
      String text,
      List<Token> tokens,
      int i,
      TermLexicon.Entry<DateName> name,
      HolidayDates.Day d,
      Optional<LocalDate> published) {
    int last = i + name.terms().size() - 1;
    int year = yearAt(tokens, last + 1, d.calendar());
    if (year > 0) {
      last++;
    }
    int start = tokens.get(i).start();
    add(
        out,
        d.calendar(),
        year,
        d.month(),
        d.day(),
        text.substring(start, tokens.get(last).end()),
        start,
        published);
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
      List<DateMention> out,
      String text,
      String digits,
      Quantities.DigitRuns runs,
      Pattern p,
      int y,
      int mo,
      int d,
      DateCalendar cal,
      Optional<LocalDate> published) {
    Matcher m = p.matcher(digits);
    for (int from = 0; runs.find(m, from); from = m.end()) {
      add(
          out,
          cal,
          Integer.parseInt(m.group(y)),
          Integer.parseInt(m.group(mo)),
          Integer.parseInt(m.group(d)),
          text.substring(m.start(), m.end()),
          m.start(),
          published);
    }
  }

  private static void add(
      List<DateMention> out,
      DateCalendar cal,
      int year,
      int month,
      int day,
      String surface,
      int start,
      Optional<LocalDate> published) {
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

  private static String monthDay(LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }
}
