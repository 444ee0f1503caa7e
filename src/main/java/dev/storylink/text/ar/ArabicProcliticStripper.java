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
 * <p>The rules only ever match words starting with Arabic letters. {@link ArabicProcliticFilter}
 * applies rules 1 to 3 in the analysis chain. Stateless and thread-safe.
 */
public final class ArabicProcliticStripper {
  private static final String[] ARTICLE_PREFIXES = {
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0643\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0644\u0644",
    "\u0627\u0644"
  };

  private ArabicProcliticStripper() {}

  /** Strips the definite article (with its fused clitics) and, if asked, a leading waw. */
  public static String strip(String folded, boolean stripWaw) {
    int n = prefixLength(folded, stripWaw);
    return n == 0 ? folded : folded.substring(n);
  }

  /**
   * Number of leading chars of {@code folded} the rules remove (0 if none): the length of the
   * article prefix, or 1 for a stripped waw.
   */
  static int prefixLength(CharSequence folded, boolean stripWaw) {
    String p = articlePrefix(folded);
    if (!p.isEmpty() && folded.length() - p.length() >= 3) {
      return p.length();
    }
    if (stripWaw && folded.length() >= 4 && folded.charAt(0) == '\u0648') {
      return 1;
    }
    return 0;
  }

  /**
   * The definite article (alone or with its fused clitic: وال, بال, كال, فال, لل, ال) that {@code
   * s} begins with, or "" when none; at most one of them can begin a word. No length condition:
   * rules 1 to 3 also want three letters left.
   */
  public static String articlePrefix(CharSequence s) {
    for (String p : ARTICLE_PREFIXES) {
      if (s.length() >= p.length() && startsWith(s, p)) {
        return p;
      }
    }
    return "";
  }

  /**
   * The term of an Arabic-script word with the letters of a wrongly stripped article put back: the
   * definite article is written with a plain alef (الكرملين), so a word written with a hamza on its
   * first alef and a lam after it, alone or after one clitic و ف ب (إلازيغ, وإلازيغ, ألمانيا), does
   * not begin with the article, but folding (إ → ا) lets the analysis strip its ال (إلازيغ → ازيغ).
   * For such a word whose {@code term} is the surface without those letters, returns ال + {@code
   * term} (الازيغ, whose skeleton meets Elazig and Persian الازیغ); any other term unchanged.
   */
  public static String withUnstrippedAlefLam(String surface, String term) {
    int at = surface.length() > 0 && "\u0648\u0641\u0628".indexOf(surface.charAt(0)) >= 0 ? 1 : 0;
    if (surface.length() < at + 4
        || "\u0623\u0625\u0622".indexOf(surface.charAt(at)) < 0
        || surface.charAt(at + 1) != '\u0644'
        || term.startsWith("\u0627\u0644")
        || term.length() != surface.length() - at - 2) {
      return term;
    }
    return "\u0627\u0644" + term;
  }

  private static boolean startsWith(CharSequence s, String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
