package dev.storylink.text;

/** Identifies the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {
  /**
   * Returns the ISO-639-1 code of the language of {@code text}, or {@code "und"} when the text is
   * too short or no supported language is confident enough.
   */
  String identify(String text);
}
