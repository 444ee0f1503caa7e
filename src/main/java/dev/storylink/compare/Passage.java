package dev.storylink.compare;

import java.util.Objects;

/**
 * A statement of one article the other does not report: a whole sentence without a strong partner,
 * or a clause of an aligned sentence that no unit of the other article matches. Immutable and
 * thread-safe.
 *
 * @param sentence index of its sentence
 * @param start first character, in the sentence's text
 * @param end character after the last, in the sentence's text
 * @param text the statement as written
 * @param wholeSentence true when it is the whole sentence
 */
public record Passage(int sentence, int start, int end, String text, boolean wholeSentence) {
  public Passage {
    Objects.requireNonNull(text, "text");
    if (sentence < 0 || start < 0 || end < start || text.isBlank()) {
      throw new IllegalArgumentException("bad passage " + sentence + " " + start + ".." + end);
    }
  }
}
