package dev.storylink.text.ar;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene filter that removes the Arabic definite article and the clitics fused to it from each
 * term, by the rules of {@link ArabicProcliticStripper} without the waw rule: وال, بال, كال, فال,
 * then لل, then ال, first match wins, and only when at least three chars remain (والسوريه → سوريه,
 * للاتفاق → اتفاق, الكرملين → كرملين, الى stays). The terms must already be folded ({@link
 * ArabicFolder}, as {@code CrossLingualAnalyzer} does before this filter). Only terms starting with
 * these Arabic letters change; any other term, in Arabic script or not, passes as it is. Works in
 * the term buffer, without allocating. Like any Lucene TokenStream it is not thread-safe; its
 * analyzer gives each thread its own.
 */
public final class ArabicProcliticFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public ArabicProcliticFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int n = ArabicProcliticStripper.prefixLength(term, false);
    if (n > 0) {
      char[] buffer = term.buffer();
      int len = term.length();
      System.arraycopy(buffer, n, buffer, 0, len - n);
      term.setLength(len - n);
    }
    return true;
  }
}
