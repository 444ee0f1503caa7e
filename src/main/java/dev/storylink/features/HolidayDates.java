package dev.storylink.features;

import dev.storylink.core.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Holidays that fall on one day of one calendar every year (Christmas, 25 December; New Year's Eve,
 * 31 December; Nowruz, 1 Farvardin), in each language's spelling, so that {@link CalendarDates}
 * reads "Christmas", "Navidad", "Noel", "کریسمس" or "نوروز" as the day they name. Read from the
 * composed resource {@code holiday-dates.tsv} (one row per name: language, calendar, month-day,
 * name; the file's header says which holidays are left out and why).
 *
 * <p>Rules: a name matches only in a text of its own language (Portuguese Natal is Christmas, the
 * English word is no holiday); names of several words match as consecutive tokens, the longest one
 * at a token first ("Christmas Eve" before "Christmas"); a token written with an apostrophe suffix
 * (Turkish "Noel'de", "Nevruz'da") matches by the part before the apostrophe ({@link
 * CalendarTables#beforeApostrophe}).
 *
 * <p>Thread-safe: immutable after class initialisation.
 */
final class HolidayDates {
  /** The day a holiday falls on in its calendar. */
  record Day(DateCalendar calendar, int month, int day) implements DateName {
    Day {
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        throw new IllegalArgumentException("bad holiday day " + month + "-" + day);
      }
    }
  }

  private static final class Holder {
    static final Map<String, TermLexicon<Day>> BY_LANG = load();
  }

  private HolidayDates() {}

  /**
   * The holiday names of language {@code lang}, empty when it has none; looked up once per text,
   * then asked at each token with the month names ({@link CalendarTables#dateNames}: the longest
   * name at a token).
   */
  static Optional<TermLexicon<Day>> of(String lang) {
    return Optional.ofNullable(Holder.BY_LANG.get(lang));
  }

  /** The languages that have holiday names. */
  static java.util.Set<String> languages() {
    return Holder.BY_LANG.keySet();
  }

  private static Map<String, TermLexicon<Day>> load() {
    String text = Resources.text(HolidayDates.class, "holiday-dates.tsv");
    Map<String, TermLexicon.Builder<Day>> builders = new HashMap<>();
    try {
      for (TsvRows.Row row : TsvRows.read(new BufferedReader(new StringReader(text)))) {
        String[] f = row.fields();
        if (f.length != 4 || !f[2].matches("\\d{2}-\\d{2}")) {
          throw new IllegalStateException("holiday-dates.tsv line " + row.lineNo() + ": bad row");
        }
        DateCalendar cal =
            switch (f[1]) {
              case "g" -> DateCalendar.GREGORIAN;
              case "s" -> DateCalendar.SOLAR_HIJRI;
              case "h" -> DateCalendar.HIJRI;
              default ->
                  throw new IllegalStateException(
                      "holiday-dates.tsv line " + row.lineNo() + ": calendar " + f[1]);
            };
        Day day =
            new Day(
                cal, Integer.parseInt(f[2].substring(0, 2)), Integer.parseInt(f[2].substring(3)));
        if (!builders.computeIfAbsent(f[0], k -> TermLexicon.builder()).add(f[3], f[0], day)) {
          throw new IllegalStateException(
              "holiday-dates.tsv line " + row.lineNo() + ": no words in " + f[3]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, TermLexicon<Day>> out = new HashMap<>();
    builders.forEach((lang, b) -> out.put(lang, b.build()));
    return Map.copyOf(out);
  }
}
