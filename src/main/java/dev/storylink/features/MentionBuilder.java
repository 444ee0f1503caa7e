package dev.storylink.features;

import dev.storylink.text.NameKeys;
import dev.storylink.text.NameSpellings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one mention of an article while it is read: its label, weight, the first five forms it
 * is written in, and how often. Not thread-safe: one per article and key, on the extracting thread.
 */
final class MentionBuilder {
  final String label;
  final double weight;
  final Set<String> surfaces = new LinkedHashSet<>();
  int count;

  MentionBuilder(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }

  /** One more mention, written {@code surface}. */
  void add(String surface) {
    add(surface, 1);
  }

  /** {@code times} more mentions, written {@code surface} (0: only a form is added). */
  void add(String surface, int times) {
    if (surfaces.size() < 5) {
      surfaces.add(surface);
    }
    count += times;
  }

  /**
   * The name key {@code key} spelled for its skeleton: with a c, the key with the Turkish ç of the
   * first written form that has one put back ({@link NameSpellings#withTurkishLetters}; the
   * analysis folds Çelik to celik, whose c would read as s or j, not ch); otherwise {@code key}.
   */
  String spelled(String key) {
    if (key.indexOf('c') < 0) {
      return key; // no c, no ç to put back
    }
    for (String surface : surfaces) {
      String s = NameSpellings.withTurkishLetters(key, NameRules.label(surface));
      if (!s.equals(key)) {
        return s;
      }
    }
    return key;
  }

  /**
   * The mentions of {@code map} (key → builder), in its order; see {@link #build(Mention.Kind, Map,
   * String)}.
   */
  static List<Mention> build(Mention.Kind kind, Map<String, MentionBuilder> map) {
    return build(kind, map, "");
  }

  /**
   * The mentions of {@code map} (key → builder), in its order; names get their cross-script
   * skeleton as language {@code lang} spells them ({@link NameKeys#skeleton(String, String)}) when
   * it is {@link NameKeys#matchable}, keyed from their {@link #spelled} form.
   */
  static List<Mention> build(Mention.Kind kind, Map<String, MentionBuilder> map, String lang) {
    List<Mention> out = new ArrayList<>(map.size());
    for (Map.Entry<String, MentionBuilder> e : map.entrySet()) {
      MentionBuilder b = e.getValue();
      String skeleton =
          kind == Mention.Kind.NAME
              ? NameKeys.matchableSkeleton(b.spelled(e.getKey()), lang).orElse("")
              : "";
      out.add(
          new Mention(
              kind, e.getKey(), b.label, List.copyOf(b.surfaces), b.weight, b.count, skeleton));
    }
    return out;
  }
}
