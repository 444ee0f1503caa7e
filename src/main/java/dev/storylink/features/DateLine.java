package dev.storylink.features;

import dev.storylink.features.CalendarDates.DateMention;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date line of a text without a publication date: the day a dateline, byline or "Published"
 * line at the head of the text gives, against which {@link CalendarDates} then resolves its
 * weekdays, "yesterday", "today", "tomorrow" and dates without a year. Exact rules:
 *
 * <ul>
 *   <li>The head is the text's first {@value #LINES} lines, and at most its first {@value #HEAD}
 *       characters.
 *   <li>The date line's day is the first date in the head with its year written (any form {@link
 *       CalendarDates} reads: "September 18, 2013", "16 Sep 2013", "2013-09-16") on a line of at
 *       most {@value #LINE} characters where nothing but capitals, digits, punctuation and words of
 *       at most two letters follows it: a clock time ("9: 36 am", "1052 GMT") may follow, running
 *       text may not ("Page was born on April 22, 1923, in Nashville" is no date line), and a
 *       paragraph that happens to end with a date is none either.
 *   <li>A glued date line ({@link #glued}): in the head, an English month name in capitals right
 *       after another capital, then the day and the year ("QUEENS DA SAYSSEPTEMBER 19, 2013", a
 *       headline scraped together with its date) is a date, and a date line like any other.
 * </ul>
 *
 * <p>Numeric dates with spaces around their slashes ("09 / 14 / 2013") are not read: the order of
 * day and month is the writer's. Stateless and thread-safe.
 */
final class DateLine {
  /** Lines of the head. */
  static final int LINES = 3;

  /** Characters of the head at most. */
  static final int HEAD = 400;

  /** Characters of a date line at most. */
  static final int LINE = 160;

  private static final List<String> MONTHS =
      List.of(
          "JANUARY",
          "FEBRUARY",
          "MARCH",
          "APRIL",
          "MAY",
          "JUNE",
          "JULY",
          "AUGUST",
          "SEPTEMBER",
          "OCTOBER",
          "NOVEMBER",
          "DECEMBER");

  private static final Pattern GLUED =
      Pattern.compile(
          "(?<=\\p{Lu})(" + String.join("|", MONTHS) + ") +(\\d{1,2}),? +((?:19|20)\\d{2})(?!\\d)");

  /** Three letters in a row that are not capitals: running text. */
  private static final Pattern RUNNING = Pattern.compile("[\\p{L}&&[^\\p{Lu}]]{3}");

  private DateLine() {}

  /** The end (exclusive) of the head of {@code text}. */
  static int headEnd(String text) {
    int end = -1;
    for (int n = 0; n < LINES; n++) {
      end = text.indexOf('\n', end + 1);
      if (end < 0) {
        end = text.length();
        break;
      }
    }
    return Math.min(end, Math.min(HEAD, text.length()));
  }

  /** The dates glued to a word in capitals in the head of {@code text} (class comment). */
  static List<DateMention> glued(String text) {
    List<DateMention> out = new ArrayList<>();
    int head = headEnd(text);
    if (!hasCapitalMonth(text, head)) {
      return out; // the pattern needs one: most heads have none, and it is tried at every char
    }
    Matcher m = GLUED.matcher(text).region(0, head);
    while (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                MONTHS.indexOf(m.group(1)) + 1,
                Integer.parseInt(m.group(2)));
        out.add(
            new DateMention(
                d.toString(), Optional.of(d), DateCalendar.GREGORIAN, m.group(), m.start()));
      } catch (DateTimeException e) {
        // no such day (SEPTEMBER 31): no date
      }
    }
    return out;
  }

  /**
   * True when one of {@link #MONTHS} is written, in capitals, in {@code text} before {@code head}
   * after its first char: what every match of the glued pattern holds.
   */
  static boolean hasCapitalMonth(String text, int head) {
    for (int i = 1; i < head; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'S' || CAPITAL_MONTH_FIRST.indexOf(c) < 0) {
        continue;
      }
      for (String month : MONTHS) {
        if (month.charAt(0) == c && i + month.length() <= head && text.startsWith(month, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first letters of {@link #MONTHS}. */
  private static final String CAPITAL_MONTH_FIRST = "JFMASOND";

  /**
   * The date line's day among {@code found}, the dates of {@code text} in text order read without a
   * publication date (class comment), or empty.
   */
  static Optional<LocalDate> of(String text, List<DateMention> found) {
    int head = headEnd(text);
    for (DateMention d : found) {
      if (d.start() >= head) {
        break;
      }
      if (d.key().length() == 10 && d.day().isPresent() && endsLine(text, d)) {
        return d.day();
      }
    }
    return Optional.empty();
  }

  /**
   * True when its line is at most {@value #LINE} characters long and nothing but capitals, digits,
   * punctuation and short words follow it there.
   */
  private static boolean endsLine(String text, DateMention d) {
    int from = d.start() + d.surface().length();
    int end = text.indexOf('\n', from);
    end = end < 0 ? text.length() : end;
    int begin = text.lastIndexOf('\n', d.start()) + 1;
    return end - begin <= LINE && !RUNNING.matcher(text.substring(from, end)).find();
  }
}
