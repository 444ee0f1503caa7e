package dev.storylink.cluster;

/**
 * The years an event's articles mention ({@link Years}): their union, and how many articles have
 * each year as their latest. The union grows with every article that retells a history (a coach
 * hired in 2005 and fired in 2008: the firing's reports name 2005 too), so it soon shares a year
 * with any look-alike; the latest years of most of an event's articles stay the year it happened.
 * Not thread-safe: confined to the thread that places articles.
 */
public final class YearCounts {
  private long mask;
  private int[] latest; // articles by latest year (index year - Years.FIRST), once one has years
  private int withYears;
  private int articles;

  /** Counts an article's years ({@link Years} mask; 0 for none). */
  public void add(long articleYears) {
    articles++;
    if (articleYears == 0) {
      return;
    }
    mask |= articleYears;
    if (latest == null) {
      latest = new int[64];
    }
    latest[Years.latest(articleYears) - Years.FIRST]++;
    withYears++;
  }

  /** Adds the counts of {@code other} (the articles of an event merged into this one's). */
  public void addAll(YearCounts other) {
    mask |= other.mask;
    articles += other.articles;
    withYears += other.withYears;
    if (other.latest != null) {
      if (latest == null) {
        latest = new int[other.latest.length];
      }
      for (int i = 0; i < latest.length; i++) {
        latest[i] += other.latest[i];
      }
    }
  }

  /** The union of the years the articles mention. */
  public long mask() {
    return mask;
  }

  /** Articles counted that mention a year. */
  public int withYears() {
    return withYears;
  }

  /** Articles counted, with years or without. */
  public int articles() {
    return articles;
  }

  /**
   * The event's own year: the latest year most of its articles that mention years have as their
   * latest (ties to the later year); 0 when none mentions a year.
   */
  public int dominantLatest() {
    if (withYears == 0) {
      return 0;
    }
    int best = 0;
    for (int i = 1; i < latest.length; i++) {
      best = latest[i] >= latest[best] ? i : best;
    }
    return Years.FIRST + best;
  }

  /** How many articles counted have {@code year} as their latest year (0 outside the range). */
  public int latestCount(int year) {
    int i = year - Years.FIRST;
    return latest == null || i < 0 || i >= latest.length ? 0 : latest[i];
  }

  /**
   * The share of the articles mentioning years whose latest year is the latest of {@code
   * articleYears}; 0 when either mentions none.
   */
  public double latestShare(long articleYears) {
    if (articleYears == 0 || withYears == 0) {
      return 0;
    }
    return (double) latest[Years.latest(articleYears) - Years.FIRST] / withYears;
  }

  /** Counts of the years in {@code mask}, as if one article mentioned them all. */
  public static YearCounts of(long mask) {
    YearCounts c = new YearCounts();
    c.add(mask);
    return c;
  }
}
