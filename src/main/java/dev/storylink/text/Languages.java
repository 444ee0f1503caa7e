package dev.storylink.text;

import java.util.List;

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
}
