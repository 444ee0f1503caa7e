package dev.storylink.features;

import dev.storylink.features.CalendarDates.DateMention;
import dev.storylink.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates {@link CalendarDates} finds in a text, as written and not yet resolved: what the text's
 * numbers and date names give does not depend on its publication date, only their resolution does
 * ({@link #resolve}). An undated text with a date line ({@link DateLine}) is so scanned once and
 * resolved twice: without a day, to find its date line, then against the date line. Rules:
 *
 * <ul>
 *   <li>The numeric dates (ISO, day-month-year, Solar Hijri year first, Chinese, Japanese and
 *       Korean) are resolved in the order they were found, then the tokens are read in order: the
 *       date a month or holiday name gives at its first token (its tokens are not read for
 *       weekdays), else, with a publication date, a weekday, "yesterday", "today" or "tomorrow" at
 *       the token.
 *   <li>{@link #resolve} sorts the dates by their start in the text, ties in that order (a stable
 *       sort): what {@link CalendarDates#find}'s single scan of session 29 gave.
 * </ul>
 *
 * <p>Not thread-safe while it is filled ({@link CalendarDates}'s scan); {@link #resolve} only reads
 * it.
 */
final class FoundDates {
  /** A date as written: year 0 when the text wrote none. */
  record Found(DateCalendar calendar, int year, int month, int day, String surface, int start) {
    Found {
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(surface, "surface");
    }
  }

  /** A date name read at tokens {@code first} to {@code last}, and the date it gave, if any. */
  private record Name(int first, int last, Optional<Found> date) {}

  private final List<Found> numeric = new ArrayList<>();
  private final List<Name> names = new ArrayList<>();

  /** Adds a numeric date, in the order of the scan. */
  void numeric(Found f) {
    numeric.add(f);
  }

  /**
   * Adds the date name read at tokens {@code first} to {@code last}, and the date it gave (empty:
   * none, "May" without a day).
   */
  void name(int first, int last, Optional<Found> date) {
    if (!names.isEmpty() && first <= names.get(names.size() - 1).last() || last < first) {
      throw new IllegalArgumentException("names in text order, one token range each");
    }
    names.add(new Name(first, last, date));
  }

  /**
   * The dates resolved against {@code published} (class comment), in text order; a new mutable
   * list.
   */
  List<DateMention> resolve(List<Token> tokens, String lang, Optional<LocalDate> published) {
    List<DateMention> out = new ArrayList<>();
    for (Found f : numeric) {
      CalendarDates.add(out, f, published);
    }
    if (published.isEmpty()) {
      // no weekday is read: only the names' dates, in token order
      for (Name n : names) {
        n.date().ifPresent(f -> CalendarDates.add(out, f, published));
      }
    } else {
      DayWords dayWords = DayWords.forLanguage(lang);
      LocalDate p = published.get();
      int s = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (s < names.size() && names.get(s).first() == i) {
          Name n = names.get(s++);
          n.date().ifPresent(f -> CalendarDates.add(out, f, published));
          i = n.last();
          continue;
        }
        weekday(out, tokens, i, lang, dayWords.of(tokens.get(i).term()), p);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Adds the day the weekday {@code day} (ISO, or a relative day word: {@link DayWords#offset}; 0:
   * no day word) at token {@code i} names, read against {@code p}.
   */
  private static void weekday(
      List<DateMention> out, List<Token> tokens, int i, String lang, int day, LocalDate p) {
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
      Token t = tokens.get(i);
      out.add(
          new DateMention(
              CalendarDates.monthDay(d),
              Optional.of(d),
              DateCalendar.GREGORIAN,
              t.surface(),
              t.start()));
    }
  }
}
