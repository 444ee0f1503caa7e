package dev.storylink.text;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ICUFoldingFilter} (UTR#30 folding: case, accents, width, native digits), the same
 * terms faster: a term whose every char folds on its own ({@link #alone}) is folded char by char
 * from a table, any other term by ICU as {@code ICUFoldingFilter} does.
 *
 * <p>A char folds on its own when the normalizer has a boundary before and after it (its fold never
 * depends on its neighbours, {@link Normalizer2#hasBoundaryBefore} and {@link
 * Normalizer2#hasBoundaryAfter}) and its fold is one char: "Putin" → "putin", "erdogan" unchanged,
 * Arabic letters unchanged. Most terms of every script are made of such chars, and the table spares
 * them ICU's quick check and normalization. Like any Lucene TokenStream it is not thread-safe.
 */
public final class Utr30FoldingFilter extends TokenFilter {
  private static final Normalizer2 NORMALIZER = ICUFoldingFilter.NORMALIZER;

  /** The fold of every BMP char that folds on its own, 0 for the others (ICU folds those). */
  private static final char[] ALONE = alone();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder buffer = new StringBuilder();

  public Utr30FoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] chars = term.buffer();
    int n = term.length();
    int i = 0;
    while (i < n && ALONE[chars[i]] != 0) {
      i++;
    }
    if (i == n) {
      for (int k = 0; k < n; k++) {
        chars[k] = ALONE[chars[k]];
      }
    } else if (NORMALIZER.quickCheck(term) != Normalizer.YES) {
      buffer.setLength(0);
      NORMALIZER.normalize(term, buffer);
      term.setEmpty().append(buffer);
    }
    return true;
  }

  /** The fold of {@code c} when it folds on its own (see the class comment), else 0. */
  static char alone(char c) {
    return ALONE[c];
  }

  private static char[] alone() {
    char[] out = new char[0x10000];
    for (int c = 1; c < out.length; c++) {
      if (Character.isSurrogate((char) c)
          || !NORMALIZER.hasBoundaryBefore(c)
          || !NORMALIZER.hasBoundaryAfter(c)) {
        continue;
      }
      String folded = NORMALIZER.normalize(String.valueOf((char) c));
      if (folded.length() == 1 && folded.charAt(0) != 0) {
        out[c] = folded.charAt(0);
      }
    }
    return out;
  }
}
