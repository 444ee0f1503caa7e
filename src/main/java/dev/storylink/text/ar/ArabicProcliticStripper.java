package dev.storylink.text.ar;

/**
 * Light Arabic prefix stripping for cross-lingual keys: removes the definite article and the
 * conjunction/preposition clitics fused to it, and a leading conjunction waw. Operates on text
 * already folded by {@link ArabicFolder}. Unlike Lucene's {@code ArabicStemmer} it never removes
 * suffixes, which would cut names (اردوغان → اردوغ, بوتين → بوت).
 *
 * <p>Rules, first match wins, and only when at least three letters remain:
 *
 * <ol>
 *   <li>وال, بال, كال, فال → removed (والسوريه → سوريه).
 *   <li>لل → removed (للاتفاق → اتفاق).
 *   <li>ال → removed (الكرملين → كرملين).
 *   <li>و followed by at least three more letters → removed (وروحاني → روحاني). Only applied when
 *       the caller asks for it ({@code stripWaw}), because it also removes the first letter of
 *       names such as واشنطن; callers keep the unstripped form as a second key.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicProcliticStripper {
  private static final String[] ARTICLE_PREFIXES = {
    "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
    "\u0644\u0644", "\u0627\u0644"
  };

  private ArabicProcliticStripper() {}

  /** Strips the definite article (with its fused clitics) and, if asked, a leading waw. */
  public static String strip(String folded, boolean stripWaw) {
    for (String p : ARTICLE_PREFIXES) {
      if (folded.startsWith(p) && folded.length() - p.length() >= 3) {
        return folded.substring(p.length());
      }
    }
    if (stripWaw && folded.length() >= 4 && folded.charAt(0) == '\u0648') {
      return folded.substring(1);
    }
    return folded;
  }
}
