package dev.storylink.compare;

import java.util.Objects;

/**
 * Something an article reports: a number, a name, a place or a quoted statement. Immutable and
 * thread-safe.
 *
 * @param kind what it is
 * @param label readable label (the number, the name as written, the English place name, the quote)
 * @param surface the text as written in the article
 * @param sentence index of the first sentence it appears in
 */
public record Fact(Kind kind, String label, String surface, int sentence) {
  /** Kinds of fact. */
  public enum Kind {
    NUMBER,
    NAME,
    PLACE,
    QUOTE
  }

  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(surface, "surface");
    if (label.isBlank() || sentence < 0) {
      throw new IllegalArgumentException("bad fact " + label);
    }
  }
}
