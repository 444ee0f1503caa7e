package dev.storylink.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages StoryLink works in. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@link #SUPPORTED}: identified by Lingua, with stop words, stemmers and a per-language
 *       offset in the link model.
 *   <li>{@link #SCRIPT_LANGUAGES}: languages that are the main user of a script no supported
 *       language writes (Chinese, Japanese, Korean, Greek, Hebrew, Hindi, Thai...); a text in such
 *       a script is identified by its script alone.
 *   <li>{@link #isKnown}: every ISO-639-1 language: an article that gives one of them is taken in
 *       that language and processed with the language-independent signals (ICU word segmentation,
 *       CLDR places, numbers, dates, names by transliteration), without stop words or stemming.
 * </ul>
 */
public final class Languages {
  /** ISO-639-1 codes of the fully supported languages. */
  public static final List<String> SUPPORTED =
      List.of("ar", "fa", "ur", "en", "tr", "ru", "de", "es", "fr", "pl", "it", "pt", "nl");

  /** The language a script identifies on its own (ICU {@link UScript} code to ISO-639-1). */
  public static final Map<Integer, String> SCRIPT_LANGUAGES =
      Map.ofEntries(
          Map.entry(UScript.HAN, "zh"),
          Map.entry(UScript.HIRAGANA, "ja"),
          Map.entry(UScript.KATAKANA, "ja"),
          Map.entry(UScript.HANGUL, "ko"),
          Map.entry(UScript.GREEK, "el"),
          Map.entry(UScript.HEBREW, "he"),
          Map.entry(UScript.THAI, "th"),
          Map.entry(UScript.LAO, "lo"),
          Map.entry(UScript.KHMER, "km"),
          Map.entry(UScript.MYANMAR, "my"),
          Map.entry(UScript.GEORGIAN, "ka"),
          Map.entry(UScript.ARMENIAN, "hy"),
          Map.entry(UScript.ETHIOPIC, "am"),
          Map.entry(UScript.DEVANAGARI, "hi"),
          Map.entry(UScript.BENGALI, "bn"),
          Map.entry(UScript.GURMUKHI, "pa"),
          Map.entry(UScript.GUJARATI, "gu"),
          Map.entry(UScript.TAMIL, "ta"),
          Map.entry(UScript.TELUGU, "te"),
          Map.entry(UScript.KANNADA, "kn"),
          Map.entry(UScript.MALAYALAM, "ml"),
          Map.entry(UScript.SINHALA, "si"));

  /**
   * {@link #SUPPORTED} and then the languages of {@link #SCRIPT_LANGUAGES}: all that are
   * identified.
   */
  public static final List<String> IDENTIFIED =
      java.util.stream.Stream.concat(
              SUPPORTED.stream(), SCRIPT_LANGUAGES.values().stream().distinct().sorted())
          .toList();

  private static final Set<String> ISO_639_1 = Set.of(ULocale.getISOLanguages());

  private Languages() {}

  /** True if {@code lang} is one of {@link #SUPPORTED}. */
  public static boolean isSupported(String lang) {
    return SUPPORTED.contains(lang);
  }

  /** True if {@code lang} is a two-letter ISO-639-1 code ("zh", "sv", "ar"...). */
  public static boolean isKnown(String lang) {
    return lang.length() == 2 && ISO_639_1.contains(lang);
  }
}
