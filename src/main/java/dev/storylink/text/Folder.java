package dev.storylink.text;

/**
 * Orthographic folding of one script or language: maps spelling variants that carry no meaning
 * (hamza seats, Persian vs Arabic yeh, diacritics, digit shapes, ...) onto one canonical form so
 * that the same word written by different outlets, or in related languages, compares equal.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface Folder {

  /**
   * Folds the characters of {@code input} into {@code out}.
   *
   * @param input text to fold
   * @param out receives the folded text (characters are appended)
   */
  void fold(CharSequence input, StringBuilder out);

  /** Folds {@code input} and returns the folded string. */
  default String fold(CharSequence input) {
    StringBuilder sb = new StringBuilder(input.length());
    fold(input, sb);
    return sb.toString();
  }
}
