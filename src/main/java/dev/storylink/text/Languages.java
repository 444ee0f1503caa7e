package dev.storylink.text;

import java.util.List;
import java.util.Locale;

/** The languages StoryLink identifies and has stop words for. Stateless and thread-safe. */
public final class Languages {
  /** ISO-639-1 codes of the supported languages. */
  public static final List<String> SUPPORTED =
      List.of("ar", "fa", "ur", "en", "tr", "ru", "de", "es", "fr", "pl", "it", "pt", "nl");

  private Languages() {}

  /** True if {@code lang} is one of {@link #SUPPORTED}. */
  public static boolean isSupported(String lang) {
    return SUPPORTED.contains(lang);
  }

  /** English display name of a language code ("fa" → "Persian"). */
  public static String displayName(String lang) {
    return Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH);
  }
}
