package dev.storylink.text.fa;

import dev.storylink.text.CharMapFolder;
import dev.storylink.text.ar.ArabicFolder;

/**
 * Orthographic folding for Persian (Farsi). Folds onto the same canonical letters as {@link
 * ArabicFolder}, so a Persian spelling and the Arabic spelling of a shared word or name compare
 * equal (روحانی = روحاني, آستانه = أستانة).
 *
 * <p>Rules: every {@link ArabicFolder} rule, and then
 *
 * <ol>
 *   <li>Farsi yeh ی U+06CC → Arabic yeh ي U+064A.
 *   <li>Keheh ک U+06A9 → Arabic kaf ك U+0643.
 *   <li>Heh with yeh above ۀ U+06C0 → heh ه.
 *   <li>Zero-width non-joiner U+200C is removed, so a word typed with ZWNJ (رئیس‌جمهور) and the
 *       same word with the ZWNJ stripped (رئیسجمهور) fold to one form. (Lucene's PersianAnalyzer
 *       instead splits at ZWNJ, which makes the two index differently.)
 *   <li>Extended Arabic-Indic (Persian) digits ۰۱۲۳۴۵۶۷۸۹ → ASCII 0-9.
 * </ol>
 *
 * <p>Letters that Arabic lacks (پ چ ژ گ) are kept: they are distinct letters in Persian. Matching
 * them against Arabic spellings is the job of {@link dev.storylink.text.NameKeys}.
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class PersianFolder extends CharMapFolder {
  /** Builder holding the Arabic plus the Persian rules; Urdu starts from it. */
  public static Builder rules() {
    return new Builder(ArabicFolder.rules())
        .map("\u06CC", '\u064A')
        .map("\u06A9", '\u0643')
        .map("\u06C0", '\u0647')
        .delete("\u200C")
        .digits('\u06F0');
  }

  public static final PersianFolder INSTANCE = new PersianFolder();

  private PersianFolder() {
    super(rules());
  }
}
