package dev.storylink.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Table cells for a terminal, measured in display columns rather than characters, so that Chinese
 * or Japanese headlines and accented or Arabic-script text line up.
 *
 * <p>Width rules (as terminals' {@code wcwidth}): a code point of East Asian Width Wide or
 * Fullwidth (CJK, kana, Hangul syllables, most emoji) takes 2 columns; a combining mark (Mn, Me), a
 * format character (Cf: ZWNJ, ZWJ, bidi marks, soft hyphen), a control character and a Hangul
 * medial or final jamo (U+1160–U+11FF, U+D7B0–U+D7FF) take 0; every other code point (also East
 * Asian Ambiguous, such as the ellipsis …) takes 1. A string's width is the sum. A cell is cut
 * between user-perceived characters (grapheme clusters: a letter keeps its marks, an emoji sequence
 * stays whole), never inside one, and ends with … when cut.
 *
 * <p>Stateless and thread-safe.
 */
final class Cells {
  static final String ELLIPSIS = "…";

  private Cells() {}

  /** The display width of one code point (see the class comment). */
  static int width(int cp) {
    int type = UCharacter.getType(cp);
    if (type == ECharacterCategory.NON_SPACING_MARK
        || type == ECharacterCategory.ENCLOSING_MARK
        || type == ECharacterCategory.FORMAT
        || type == ECharacterCategory.CONTROL
        || (cp >= 0x1160 && cp <= 0x11FF)
        || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        ? 2
        : 1;
  }

  /** The display width of {@code s}: the sum of its code points' widths. */
  static int width(String s) {
    return s.codePoints().map(Cells::width).sum();
  }

  /**
   * {@code s} if it fits in {@code columns}, else its longest start of whole grapheme clusters that
   * fits with … after it in {@code columns}.
   */
  static String fit(String s, int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be at least 1: " + columns);
    }
    if (width(s) <= columns) {
      return s;
    }
    int room = columns - width(ELLIPSIS);
    BreakIterator clusters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    clusters.setText(s);
    int used = 0;
    int cut = 0;
    for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
      int w = width(s.substring(cut, end));
      if (used + w > room) {
        break;
      }
      used += w;
      cut = end;
    }
    return s.substring(0, cut) + ELLIPSIS;
  }

  /** {@code s} fitted to {@code columns} ({@link #fit}) and padded with spaces to exactly that. */
  static String pad(String s, int columns) {
    String f = fit(s, columns);
    return f + " ".repeat(columns - width(f));
  }
}
