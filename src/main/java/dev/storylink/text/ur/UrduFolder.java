package dev.storylink.text.ur;

import dev.storylink.text.CharMapFolder;
import dev.storylink.text.fa.PersianFolder;

/**
 * Orthographic folding for Urdu, onto the canonical letters shared with Arabic and Persian.
 *
 * <p>Rules: every {@link PersianFolder} rule (which includes the Arabic ones), and then
 *
 * <ol>
 *   <li>Heh goal ہ U+06C1, heh doachashmee ھ U+06BE and heh goal with hamza ۂ U+06C2 → heh ه.
 *   <li>Teh marbuta goal ۃ U+06C3 → heh ه.
 *   <li>Yeh barree ے U+06D2 and yeh barree with hamza ۓ U+06D3 → yeh ي.
 *   <li>Noon ghunna ں U+06BA → noon ن.
 * </ol>
 *
 * <p>Retroflex letters (ٹ ڈ ڑ) are kept. Because every rule only touches letters that other
 * Arabic-script languages do not use for anything else, this folder is also the safe default for
 * Arabic-script text of unknown language.
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class UrduFolder extends CharMapFolder {
  public static final UrduFolder INSTANCE = new UrduFolder();

  private UrduFolder() {
    super(
        new Builder(PersianFolder.rules())
            .map("\u06C1\u06BE\u06C2", '\u0647')
            .map("\u06C3", '\u0647')
            .map("\u06D2\u06D3", '\u064A')
            .map("\u06BA", '\u0646'));
  }
}
