package dev.storylink.ingest;

import dev.storylink.core.Texts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication dates to the calendar date as written by the publisher (the local date at the
 * given offset; instants without offset are taken in UTC). Stateless and thread-safe.
 */
final class Dates {

  private static final DateTimeFormatter OFFSET_NO_COLON =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendOffset("+HHMM", "Z")
          .toFormatter(Locale.ROOT);

  private static final List<DateTimeFormatter> ISO =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_DATE_TIME, OFFSET_NO_COLON);

  private static final Pattern DATE_PREFIX =
      Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])");

  private Dates() {}

  /**
   * Strict ISO parsing: {@code yyyy-MM-dd} or an ISO date-time (with offset, zone id or none; a
   * space instead of {@code T} is accepted). Empty for blank input.
   *
   * @throws IllegalArgumentException when the value is not blank but not an ISO date
   */
  static Optional<LocalDate> parseIso(String value) {
    String s = value.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = tryIso(s);
    if (d.isEmpty() && s.length() > 10 && s.charAt(10) == ' ') {
      d = tryIso(s.substring(0, 10) + 'T' + s.substring(11).strip());
    }
    if (d.isEmpty()) {
      throw new IllegalArgumentException(
          "date '" + abbreviate(s) + "' is not an ISO date (yyyy-MM-dd) or date-time");
    }
    return d;
  }

  /**
   * Lenient parsing for web metadata: ISO forms, RFC 1123, or a leading {@code yyyy-MM-dd} / {@code
   * yyyy/MM/dd}. Empty when nothing sensible is found.
   */
  static Optional<LocalDate> parseLenient(String value) {
    String s = value.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return parseIso(s);
    } catch (IllegalArgumentException ignored) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(s)));
    } catch (DateTimeParseException ignored) {
      // fall through
    }
    Matcher m = DATE_PREFIX.matcher(s);
    if (m.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      } catch (RuntimeException ignored) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The UTC calendar date of a {@link java.util.Date}. */
  static LocalDate utcDate(java.util.Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static Optional<LocalDate> tryIso(String s) {
    for (DateTimeFormatter f : ISO) {
      try {
        TemporalAccessor t = f.parse(s);
        return Optional.of(LocalDate.from(t));
      } catch (DateTimeParseException ignored) {
        // try the next one
      }
    }
    return Optional.empty();
  }

  private static String abbreviate(String s) {
    return Texts.abbreviate(s, 37);
  }
}
