package dev.storylink.cluster;

import dev.storylink.core.Article;

/**
 * The years an article's text mentions, 1970 to 2033, as a bit mask (bit {@code y - 1970}): a
 * hiring reported in 2005 and a firing reported in 2008 mention different latest years, which tells
 * two look-alike events apart when the articles carry no publication date. Stateless.
 */
public final class Years {
  /** The first year a mask holds. */
  public static final int FIRST = 1970;

  private Years() {}

  /**
   * The mask of the years an article mentions: words of four decimal digits, in any script (۲۰۰۵ =
   * 2005), in its title and text. Computed from the article alone, so an event reloaded from the
   * store gets back the years of its articles.
   */
  public static long of(Article a) {
    return of(a.title()) | of(a.text());
  }

  /** The mask of the four-digit years in a text (words of four decimal digits, any script). */
  public static long of(CharSequence text) {
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
        mask |= yearBit(value);
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
