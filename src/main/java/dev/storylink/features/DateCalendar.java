package dev.storylink.features;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendars a news text may date an event in, with conversion of a written date to a day of the
 * Gregorian calendar (through ICU4J's calendars). Thread-safe (each conversion uses its own ICU
 * calendar object).
 */
public enum DateCalendar {
  /** The Gregorian calendar (any language's month names, numeric dates, CJK dates). */
  GREGORIAN(""),
  /** The Solar Hijri (Persian) calendar of Iran and Afghanistan: ۱۰ اسفند ۱۳۹۸ = 2020-02-29. */
  SOLAR_HIJRI("persian"),
  /** The Islamic lunar calendar, Umm al-Qura reckoning: ٥ رجب ١٤٤١ = 2020-02-29. */
  HIJRI("islamic-umalqura");

  private final String icuName;

  DateCalendar(String icuName) {
    this.icuName = icuName;
  }

  /** The range of years a text writes in this calendar (years outside it are not read as years). */
  public boolean plausibleYear(int year) {
    return this == GREGORIAN ? year >= 1900 && year <= 2100 : year >= 1300 && year <= 1500;
  }

  /**
   * The Gregorian day of {@code year-month-day} in this calendar (month 1-based), or empty when
   * that day does not exist (30 February, 31 Esfand in a common year).
   */
  public Optional<LocalDate> toGregorian(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    if (this == GREGORIAN) {
      try {
        return Optional.of(LocalDate.of(year, month, day));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    Calendar c = Calendar.getInstance(new ULocale("en@calendar=" + icuName));
    c.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    c.clear();
    c.setLenient(false);
    c.set(year, month - 1, day);
    try {
      long millis = c.getTimeInMillis();
      return Optional.of(LocalDate.ofEpochDay(Math.floorDiv(millis, 86_400_000L)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The year of {@code day} in this calendar. */
  public int yearOf(LocalDate day) {
    if (this == GREGORIAN) {
      return day.getYear();
    }
    Calendar c = Calendar.getInstance(new ULocale("en@calendar=" + icuName));
    c.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    c.setTimeInMillis(day.toEpochDay() * 86_400_000L);
    return c.get(Calendar.EXTENDED_YEAR);
  }
}
