package dev.storylink.features;

import dev.storylink.text.NameKeys;
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
   * The mentions of {@code map} (key → builder), in its order; see {@link #build(Mention.Kind, Map,
   * String)}.
   */
  static List<Mention> build(Mention.Kind kind, Map<String, MentionBuilder> map) {
    return build(kind, map, "");
  }

  /**
   * The mentions of {@code map} (key → builder), in its order; names get their cross-script
   * skeleton as language {@code lang} spells them ({@link NameKeys#skeleton(String, String)}) when
   * it is {@link NameKeys#matchable}.
   */
  static List<Mention> build(Mention.Kind kind, Map<String, MentionBuilder> map, String lang) {
    List<Mention> out = new ArrayList<>(map.size());
    for (Map.Entry<String, MentionBuilder> e : map.entrySet()) {
      MentionBuilder b = e.getValue();
      String skeleton =
          kind == Mention.Kind.NAME ? NameKeys.matchableSkeleton(e.getKey(), lang).orElse("") : "";
      out.add(
          new Mention(
              kind, e.getKey(), b.label, List.copyOf(b.surfaces), b.weight, b.count, skeleton));
    }
    return out;
  }
}
