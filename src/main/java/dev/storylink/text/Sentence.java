package dev.storylink.text;

import java.util.Objects;

/**
 * One sentence of a text. Immutable and thread-safe.
 *
 * @param index 0-based position in the text
 * @param start offset of the first char in the source text
 * @param end offset after the last char
 * @param text the sentence, trimmed
 */
public record Sentence(int index, int start, int end, String text) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
    }
  }
}
