package dev.storylink.cluster;

import dev.storylink.core.Article;

/**
 * The years an article's text mentions, 1970 to 2033, as a bit mask (bit {@code y - 1970}): a
 * hiring reported in 2005 and a firing reported in 2008 mention different latest years, which tells
 * two look-alike events apart when the articles carry no publication date. Stateless, thread-safe.
 */
public final class Years {
  /** The first year a mask holds. */
  public static final int FIRST = 1970;

  private Years() {}

  /**
   * The mask of the years an article mentions: words of four decimal digits, in any script (۲۰۰۵ =
   * 2005), in its title and text. Computed from the article alone, so an event reloaded from the
   * store gets back the years of its articles. In a Persian article a year of the Solar Hijri
   * calendar as the press writes it (۱۳۸۷; 1349 to 1412) counts as the Gregorian year it mostly
   * falls in (2008: it begins on 20 or 21 March), so that it compares with other languages' years.
   */
  public static long of(Article a) {
    boolean solar = "fa".equals(a.lang());
    return of(a.title(), solar) | of(a.text(), solar);
  }

  /** The mask of the four-digit years in a text (words of four decimal digits, any script). */
  public static long of(CharSequence text) {
    return of(text, false);
  }

  /** Years from the Solar Hijri to the Gregorian calendar (1387 is mostly 2008). */
  private static final int SOLAR_OFFSET = 621;

  /** The first Solar Hijri year read: 1349, which is mostly 1970 ({@link #FIRST}). */
  private static final int SOLAR_FIRST = FIRST - SOLAR_OFFSET;

  /**
   * The mask of the four-digit years in a text; with {@code solarHijri}, 1349 to 1412 as the
   * Gregorian years 1970 to 2033.
   */
  static long of(CharSequence text, boolean solarHijri) {
    long mask = 0;
    int n = text.length();
    int run = 0; // decimal digits ending at i
    int value = 0;
    boolean wordBefore = false; // a letter right before the run
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      int d = digit(c);
      if (d >= 0) {
        if (run == 0) {
          wordBefore = i > 0 && isLetter(text.charAt(i - 1));
          value = 0;
        }
        run++;
        value = run <= 4 ? 10 * value + d : value;
        continue;
      }
      if (run == 4 && !wordBefore && !isLetter(c)) {
        mask |=
            solarHijri && value >= SOLAR_FIRST && value < SOLAR_FIRST + 64
                ? yearBit(value + SOLAR_OFFSET)
                : yearBit(value);
      }
      run = 0;
    }
    return mask;
  }

  /**
   * The value of a decimal digit in any script, else -1: {@code Character.digit(c, 10)} where
   * {@code Character.isDigit(c)}, with ASCII answered without the Unicode tables (this runs on
   * every char of every article ingested).
   */
  private static int digit(char c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9' ? c - '0' : -1;
    }
    int d = Character.digit(c, 10);
    return d >= 0 && Character.isDigit(c) ? d : -1;
  }

  /** {@link Character#isLetter(char)}, with ASCII answered without the Unicode tables. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  private static long yearBit(int y) {
    return y >= FIRST && y < FIRST + 64 ? 1L << (y - FIRST) : 0;
  }

  /** The latest year of a non-empty mask. */
  public static int latest(long mask) {
    if (mask == 0) {
      throw new IllegalArgumentException("empty year mask");
    }
    return FIRST + 63 - Long.numberOfLeadingZeros(mask);
  }
}
