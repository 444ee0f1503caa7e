package dev.storylink.core;

/** Small text helpers shared by every stage. Stateless and thread-safe. */
public final class Texts {
  /** The longest text {@link #oneLine} keeps, in characters (then cut with "…"). */
  public static final int ONE_LINE_MAX = 300;

  private Texts() {}

  /**
   * {@code s} as one line for a message shown to people (an error on the command line, an API
   * error, an ingest problem, a feed's rejection), and for a field quoted inside such a message (a
   * language tag or a URL that {@code ingest.ArticleLimits} refuses, a feed's content type): the
   * one rule for both, so a quoted field cannot break or reorder the line it stands in. Exact
   * rules, in order:
   *
   * <ol>
   *   <li>Control characters (C0 including tab, CR and LF; DEL; C1 including NEL), bidi controls
   *       ({@link #isBidiControl}: embedding, override, isolate and mark characters, which could
   *       reorder the rest of the line on a terminal or a page), the byte-order mark U+FEFF and
   *       every white space character (line and paragraph separators included) count as a space;
   *   <li>runs of spaces become one space, and the result is stripped at both ends;
   *   <li>a result over {@value #ONE_LINE_MAX} characters is cut to its first {@value
   *       #ONE_LINE_MAX} and "…" added ({@link #abbreviate}: a surrogate pair is kept whole).
   * </ol>
   *
   * Other characters are kept as they are (ZWNJ and ZWJ too: Persian words and emoji need them).
   * The result may be empty. Reading stops once the result passes the limit, so a huge {@code s}
   * costs no more than its blanks and the kept characters.
   */
  public static String oneLine(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), ONE_LINE_MAX + 2));
    boolean space = false;
    for (int i = 0; i < s.length() && b.length() <= ONE_LINE_MAX + 1; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)
          || isBidiControl(c)
          || c == '\uFEFF'
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return abbreviate(b.toString(), ONE_LINE_MAX);
  }

  /**
   * True for the characters that change the display order of the text around them: the bidi
   * embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, and the marks U+200E (LRM),
   * U+200F (RLM) and U+061C (ALM).
   */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /**
   * {@code s} cut to its first {@code keep} characters followed by "…" when it is longer, else
   * {@code s}; a surrogate pair at the cut is kept whole (so an emoji or a rare CJK character is
   * never split). For headlines in lists and for the text quoted in error messages.
   */
  public static String abbreviate(String s, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1: " + keep);
    }
    if (s.length() <= keep) {
      return s;
    }
    int cut = Character.isHighSurrogate(s.charAt(keep - 1)) ? keep + 1 : keep;
    return cut >= s.length() ? s : s.substring(0, cut) + "…";
  }
}
