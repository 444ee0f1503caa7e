package dev.storylink.link;

import dev.storylink.features.Mention;
import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence that two articles report the same event: a name, place, number or date both
 * mention, with the forms each article writes it in. Immutable and thread-safe.
 *
 * @param kind what kind of evidence
 * @param label readable label (English place name, the number, the name as written in A)
 * @param inA forms as written in article A
 * @param inB forms as written in article B
 * @param weight how much it counts (rarity)
 * @param match how the two forms were matched
 */
public record Reason(
    Mention.Kind kind,
    String label,
    List<String> inA,
    List<String> inB,
    double weight,
    MatchType match) {
  /** How two mentions were found to be the same. */
  public enum MatchType {
    /** Same key after orthographic folding (same script). */
    FOLDED,
    /** Same consonant skeleton after transliteration (different scripts). */
    TRANSLITERATED,
    /** Same CLDR place. */
    PLACE,
    /** Same normalised value (numbers, dates, numbers with their role). */
    VALUE,
    /** Same news concept of the lexicon, named in each article's own words. */
    CONCEPT
  }

  public Reason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(match, "match");
    inA = List.copyOf(inA);
    inB = List.copyOf(inB);
  }

  /** One-line human-readable form: {@code place Syria: سورية ↔ سوریه}. */
  public String describe() {
    return kind.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + label
        + ": "
        + String.join(", ", inA)
        + " \u2194 "
        + String.join(", ", inB);
  }
}
