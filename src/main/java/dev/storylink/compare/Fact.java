package dev.storylink.compare;

import java.util.Objects;

/**
 * Something an article reports: a number (with its role when one is found), a name, a place or a
 * date. Immutable and thread-safe.
 *
 * @param kind what it is
 * @param label readable label (the number, the name as written, the English place name, the date)
 * @param surface the text as written in the article
 * @param sentence index of the first sentence it appears in
 * @param role what a number counts ("killed", "injured", ...; {@link
 *     dev.storylink.features.QuantityRoles}), empty when unknown or for other kinds
 */
public record Fact(Kind kind, String label, String surface, int sentence, String role) {
  /** Kinds of fact. */
  public enum Kind {
    NUMBER,
    NAME,
    PLACE,
    DATE
  }

  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(role, "role");
    if (label.isBlank() || sentence < 0) {
      throw new IllegalArgumentException("bad fact " + label);
    }
  }
}
