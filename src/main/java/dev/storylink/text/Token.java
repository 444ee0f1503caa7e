package dev.storylink.text;

import java.util.Objects;

/**
 * One analysed word of a text. Immutable and thread-safe.
 *
 * @param surface the word as written in the text
 * @param term the cross-lingual term: folded by {@link CrossLingualAnalyzer}, with the language's
 *     term rules applied ({@link LanguageAnalyzers}: for Arabic the definite article stripped)
 * @param start offset of the first char in the source text
 * @param end offset after the last char
 * @param sentence index of the sentence the word is in (0-based)
 * @param capitalized the surface starts with an upper-case letter (cased scripts only)
 * @param sentenceInitial the word is the first word of its sentence
 */
public record Token(
    String surface,
    String term,
    int start,
    int end,
    int sentence,
    boolean capitalized,
    boolean sentenceInitial) {
  public Token {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(term, "term");
    if (start < 0 || end < start || sentence < 0) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }
  }

  /** True if the token is written in Arabic script. */
  public boolean arabicScript() {
    return Scripts.hasArabicScript(term);
  }
}
