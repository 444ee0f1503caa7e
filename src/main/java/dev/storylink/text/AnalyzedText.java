package dev.storylink.text;

import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and cross-lingual tokens. Immutable and thread-safe.
 *
 * @param lang ISO-639-1 code of the text, or {@code "und"}
 * @param text the source text the offsets refer to
 * @param sentences sentences in order
 * @param tokens tokens in order (stop words included; see {@link Stopwords})
 */
public record AnalyzedText(String lang, String text, List<Sentence> sentences, List<Token> tokens) {
  public AnalyzedText {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}
