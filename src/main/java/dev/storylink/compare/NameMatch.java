package dev.storylink.compare;

import dev.storylink.features.Mention;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names two articles share as {@code storylink link} matches them ({@code
 * dev.storylink.link.PairFeatures}): the same name key, or across scripts the same consonant
 * skeleton. Stateless and thread-safe.
 */
final class NameMatch {
  /**
   * The keys ({@link #key}) of the shared names on each side.
   *
   * @param keysA keys of the first article's shared names
   * @param keysB keys of the second article's shared names
   */
  record Shared(Set<String> keysA, Set<String> keysB) {
    Shared {
      keysA = Set.copyOf(keysA);
      keysB = Set.copyOf(keysB);
    }
  }

  private NameMatch() {}

  /** The key of a name mention for a term without its apostrophe part (as the features key it). */
  static String key(String term) {
    return Scripts.hasArabicScript(term) ? NameKeys.arabicScriptKey(term) : term;
  }

  /** The names of {@code as} and {@code bs} that meet, as the link reasons pair them. */
  static Shared shared(List<Mention> as, List<Mention> bs) {
    Map<String, Mention> byKey = new HashMap<>();
    Map<String, Mention> bySkeleton = new HashMap<>();
    for (Mention m : bs) {
      byKey.put(m.key(), m);
      if (!m.skeleton().isEmpty()) {
        bySkeleton.putIfAbsent(m.skeleton(), m);
      }
    }
    Set<String> keysA = new HashSet<>();
    Set<String> keysB = new HashSet<>();
    for (Mention m : as) {
      Mention other = byKey.get(m.key());
      if (other == null && !m.skeleton().isEmpty()) {
        Mention cand = bySkeleton.get(m.skeleton());
        if (cand != null && Scripts.scriptOf(cand.key()) != Scripts.scriptOf(m.key())) {
          other = cand;
        }
      }
      if (other != null) {
        keysA.add(m.key());
        keysB.add(other.key());
      }
    }
    return new Shared(keysA, keysB);
  }
}
