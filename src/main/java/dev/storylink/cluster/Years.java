package dev.storylink.cluster;

import dev.storylink.text.Token;
import java.util.List;

/**
 * The years an article's text mentions, 1970 to 2033, as a bit mask (bit {@code y - 1970}): a
 * hiring reported in 2005 and a firing reported in 2008 mention different latest years, which tells
 * two look-alike events apart when the articles carry no publication date. Stateless.
 */
public final class Years {
  /** The first year a mask holds. */
  public static final int FIRST = 1970;

  private Years() {}

  /** The mask of the four-digit years among analysed tokens. */
  public static long of(List<Token> tokens) {
    long mask = 0;
    for (Token t : tokens) {
      mask |= bit(t.term());
    }
    return mask;
  }

  /** The mask of the four-digit years in a text (words of four ASCII digits). */
  public static long of(CharSequence text) {
    long mask = 0;
    int n = text.length();
    for (int i = 0; i + 4 <= n; i++) {
      if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + 4 == n || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
        mask |= bit(text.subSequence(i, i + 4));
      }
    }
    return mask;
  }

  /** The bit of a four-digit year in the mask's range, else 0. */
  static long bit(CharSequence s) {
    if (s.length() != 4) {
      return 0;
    }
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      y = 10 * y + (c - '0');
    }
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
