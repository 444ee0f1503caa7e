package dev.storylink.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact an article reports, under a language-neutral key, with the text's own surface form.
 * Immutable and thread-safe.
 *
 * <p>Keys: {@code name:<skeleton or folded word>} (the last word of the name), {@code place:<CLDR
 * id>}, {@code date:<YYYY-MM-DD or MM-DD>}, {@code date:event} (the date the article gives its
 * event in its lead), {@code quantity:killed} (a role that has one figure per event: killed,
 * injured, missing, arrested, displaced, magnitude; the figure is the {@code value}), {@code
 * quantity:money:2500000:USD}, {@code quantity:percent:12}, {@code quantity:people:40}, {@code
 * number:230} (a figure without a role), {@code quote:<article>:<sentence>:<n>} (merged with the
 * same quote of other articles by sentence alignment) and {@code event_type:<concept>}.
 *
 * @param kind what it is
 * @param key the language-neutral key: the row of the story's fact matrix
 * @param label readable label (English place name, the name in Latin letters, the date, the quote)
 * @param value the value a conflict compares (the figure of a role, the event date), else ""
 * @param role the role of a quantity ({@code killed}, {@code money} ...) or {@code event} for the
 *     event date, else ""
 * @param unit the currency of money, else ""
 * @param surface the text as written in the article
 * @param sentence index of the sentence it is in
 * @param speaker who says a quote, when its sentence names someone
 * @param aliases further keys the same fact meets other articles' facts under (a name's word keys)
 */
public record Fact(
    Kind kind,
    String key,
    String label,
    String value,
    String role,
    String unit,
    String surface,
    int sentence,
    Optional<String> speaker,
    List<String> aliases) {
  /** Kinds of fact. */
  public enum Kind {
    /** People and organisations. */
    NAME,
    PLACE,
    DATE,
    /** A number with its role and unit. */
    QUANTITY,
    /** A figure without a role. */
    NUMBER,
    QUOTE,
    EVENT_TYPE
  }

  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(speaker, "speaker");
    aliases = List.copyOf(aliases);
    if (key.isBlank() || label.isBlank() || surface.isBlank() || sentence < 0) {
      throw new IllegalArgumentException("bad fact " + key + " '" + label + "' at " + sentence);
    }
  }

  /** True when the value of this fact can conflict with another article's (a figure, a date). */
  public boolean conflictable() {
    return !value.isEmpty();
  }
}
