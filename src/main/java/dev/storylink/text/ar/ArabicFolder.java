package dev.storylink.text.ar;

import dev.storylink.text.CharMapFolder;

/**
 * Orthographic folding for Arabic. Unlike Lucene's {@code ArabicNormalizer} it also folds digits
 * and never stems, so names survive intact (اردوغان stays اردوغان).
 *
 * <p>Rules, applied character by character:
 *
 * <ol>
 *   <li>Diacritics are removed: fathatan..sukun and the other combining marks U+064B–U+065F,
 *       superscript alef U+0670, Quranic annotation marks U+06D6–U+06DC, U+06DF–U+06E8,
 *       U+06EA–U+06ED.
 *   <li>Tatweel U+0640 is removed.
 *   <li>Alef with hamza above أ, hamza below إ, madda آ, wasla ٱ, wavy hamza ٲ ٳ → bare alef ا.
 *   <li>Waw with hamza ؤ → waw و; yeh with hamza ئ → yeh ي; a lone hamza ء is removed.
 *   <li>Teh marbuta ة → heh ه.
 *   <li>Alef maksura ى → yeh ي.
 *   <li>Arabic-Indic digits ٠١٢٣٤٥٦٧٨٩ → ASCII 0-9; Arabic decimal separator ٫ → '.', thousands
 *       separator ٬ → ','; Arabic comma ، is kept.
 * </ol>
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class ArabicFolder extends CharMapFolder {
  /** Builder holding exactly the Arabic rules; Persian and Urdu start from it. */
  public static Builder rules() {
    return new Builder()
        .delete('\u064B', '\u065F')
        .delete("\u0670")
        .delete('\u06D6', '\u06DC')
        .delete('\u06DF', '\u06E8')
        .delete('\u06EA', '\u06ED')
        .delete("\u0640")
        .map("\u0623\u0625\u0622\u0671\u0672\u0673", '\u0627')
        .map("\u0624", '\u0648')
        .map("\u0626", '\u064A')
        .delete("\u0621")
        .map("\u0629", '\u0647')
        .map("\u0649", '\u064A')
        .digits('\u0660')
        .map("\u066B", '.')
        .map("\u066C", ',');
  }

  public static final ArabicFolder INSTANCE = new ArabicFolder();

  private ArabicFolder() {
    super(rules());
  }
}
