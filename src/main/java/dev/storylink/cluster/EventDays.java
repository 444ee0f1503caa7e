package dev.storylink.cluster;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dates an event's texts name (date keys, {@code 2008-12-10} or without a year {@code 12-10}),
 * for {@code dates_disjoint} and {@code dates_shared} ({@link EventFeatures}): whether an article's
 * date agrees with one of them. Exact rules, with a slack of {@value #SLACK_DAYS} days:
 *
 * <ul>
 *   <li>two dates with their years agree when at most {@value #SLACK_DAYS} days apart; 2005-12-10
 *       and 2008-12-10 differ;
 *   <li>a date without a year agrees with any date, with or without a year, whose month and day are
 *       at most {@value #SLACK_DAYS} days from its own (across the turn of the year, counted in a
 *       leap year);
 *   <li>so an article's date with its year agrees with an event's dates with the same year or
 *       without any.
 * </ul>
 *
 * <p>The slack is 0, the same day: a slack of one day (session 29) gave the same SemEval
 * cluster-pairs figures on seeds 42, 7 and 3 and the same gates, but lowered the informational
 * learned ECB+ topic-fold CV from 0.914 to 0.878; the date-line reading ({@code features.DateLine})
 * is what keeps the xling-dev Queens reports together.
 *
 * <p>Not thread-safe: filled by one thread, then read.
 */
final class EventDays {
  /** How many days apart two dates may be and still agree. */
  static final int SLACK_DAYS = 0;

  private static final int LEAP_YEAR = 2000;
  private static final int YEAR_DAYS = 366;

  private final Set<Long> full = new HashSet<>();
  private final Set<Integer> yearless = new HashSet<>();
  private final Set<Integer> anyMonthDay = new HashSet<>();

  /**
   * Features {@value EventFeatures#DATES_FROM} ({@code dates_disjoint}) and 23 ({@code
   * dates_shared}) of {@code x}: 1 when the article's dates agree with none, or with some, of the
   * representatives'; left at 0 when either side names no date. Computed without the other evidence
   * features when the decision weighs only these ({@code ArticlePlacer}).
   */
  static void features(ArticleFeatures f, List<ArticleFeatures> reps, double[] x) {
    if (f.dates().isEmpty()) {
      return;
    }
    EventDays days = new EventDays();
    for (ArticleFeatures r : reps) {
      r.dates().forEach(d -> days.add(d.key()));
    }
    if (days.isEmpty()) {
      return;
    }
    boolean any = false;
    for (Mention d : f.dates()) {
      any |= days.near(d.key());
    }
    x[EventFeatures.DATES_FROM] = any ? 0 : 1;
    x[EventFeatures.DATES_FROM + 1] = any ? 1 : 0;
  }

  /** Adds a date key; a key that names no day (02-30) is left out. */
  void add(String key) {
    int md = monthDay(key);
    if (md < 0) {
      return;
    }
    anyMonthDay.add(md);
    if (key.length() > 5) {
      full.add(epochDay(key));
    } else {
      yearless.add(md);
    }
  }

  /** True when no date was added. */
  boolean isEmpty() {
    return anyMonthDay.isEmpty();
  }

  /** True when date key {@code key} agrees with one of the event's dates (class comment). */
  boolean near(String key) {
    int md = monthDay(key);
    if (md < 0) {
      return false;
    }
    if (key.length() <= 5) {
      return nearMonthDay(anyMonthDay, md);
    }
    long day = epochDay(key);
    for (long k = day - SLACK_DAYS; k <= day + SLACK_DAYS; k++) {
      if (full.contains(k)) {
        return true;
      }
    }
    return nearMonthDay(yearless, md);
  }

  private static boolean nearMonthDay(Set<Integer> set, int md) {
    for (int k = -SLACK_DAYS; k <= SLACK_DAYS; k++) {
      if (set.contains(Math.floorMod(md + k, YEAR_DAYS))) {
        return true;
      }
    }
    return false;
  }

  /** The day of a leap year (0-based) of a key's month and day, or -1 when there is none. */
  private static int monthDay(String key) {
    String md = key.substring(key.length() - 5);
    int month = Integer.parseInt(md.substring(0, 2));
    int day = Integer.parseInt(md.substring(3));
    if (month < 1
        || month > 12
        || day < 1
        || day > LocalDate.of(LEAP_YEAR, month, 1).lengthOfMonth()) {
      return -1;
    }
    return LocalDate.of(LEAP_YEAR, month, day).getDayOfYear() - 1;
  }

  private static long epochDay(String key) {
    return LocalDate.parse(key).toEpochDay();
  }
}
