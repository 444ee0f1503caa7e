package dev.storylink.features;

/**
 * A name a date is written with: a month ({@link CalendarTables.Month}) or a holiday ({@link
 * HolidayDates.Day}), the values of the one lexicon of both that {@link CalendarDates} looks each
 * token up in ({@link CalendarTables#dateNames}). Implementations are immutable records.
 */
sealed interface DateName permits CalendarTables.Month, HolidayDates.Day {}
