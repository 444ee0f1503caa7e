package dev.storylink.features;

import java.util.List;
import java.util.Objects;

/**
 * Something an article mentions that can be matched against another article: a name, a place, a
 * number or a date. Immutable and thread-safe.
 *
 * @param kind what it is
 * @param key canonical key (place id, normalised number, ISO date, folded name)
 * @param label human-readable label (English place name, the number, the date, the name)
 * @param surfaces the forms as written in the article (distinct, in order of appearance)
 * @param weight evidence weight (rarity of the name; 1 for other kinds)
 * @param count how often it is mentioned
 * @param skeleton cross-script key of a name ({@link dev.storylink.text.NameKeys#skeleton(String,
 *     String)}, as the article's language spells it), empty for other kinds or names too short to
 *     have one
 * @param multiToken the skeleton is keyed by more than one token: a Chinese transliterated name or
 *     a short name keyed with its neighbour ({@link CrossScriptNames}); false when the skeleton is
 *     the name's own word's (set once at extraction: the pair scorer asks it for every mention of
 *     every cross-language pair)
 */
public record Mention(
    Kind kind,
    String key,
    String label,
    List<String> surfaces,
    double weight,
    int count,
    String skeleton,
    boolean multiToken) {
  /** Kinds of mention. */
  public enum Kind {
    NAME,
    PLACE,
    NUMBER,
    DATE,
    /** A news concept of the lexicon ({@link ConceptLexicon}): earthquake, phone call. */
    CONCEPT,
    /** A number with its role ({@link QuantityRoles}): killed:12. */
    QUANTITY
  }

  public Mention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(skeleton, "skeleton");
    surfaces = List.copyOf(surfaces);
    if (key.isEmpty() || count < 1 || !(weight >= 0)) {
      throw new IllegalArgumentException("bad mention " + key);
    }
    if (multiToken && skeleton.isEmpty()) {
      throw new IllegalArgumentException("a multi-token mention without a skeleton " + key);
    }
  }

  /** A mention whose skeleton (if any) is its own word's: not {@link #multiToken}. */
  public Mention(
      Kind kind,
      String key,
      String label,
      List<String> surfaces,
      double weight,
      int count,
      String skeleton) {
    this(kind, key, label, surfaces, weight, count, skeleton, false);
  }
}
