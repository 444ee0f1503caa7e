package dev.storylink.facts;

import dev.storylink.compare.Nisba;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an article mentions a fact it does not report as such ({@link FactMatrixBuilder}): a word
 * of a name or place, a demonym, a figure without its role, an event-type concept. Stateless and
 * thread-safe.
 */
final class Mentions {
  private Mentions() {}

  /**
   * Whether an article that does not report a fact as such still writes it: a word of a name or
   * place ({@link ArticleFacts#wordKeys}); a demonym of a place (Iranian, إيرانيين) or a country of
   * a demonym; a German adjective of the place's country, in lower case (iranische, türkischen:
   * {@link Nisba}); a figure it writes without the role; an event-type concept it names.
   */
  static boolean mentions(
      ArticleFacts a, String key, Fact.Kind kind, Set<String> presence, List<List<Fact>> cols) {
    Set<String> words = a.wordKeys();
    switch (kind) {
      case NAME, PLACE -> {
        if (presence.stream().anyMatch(words::contains)) {
          return true;
        }
        Set<String> stems = new HashSet<>();
        for (List<Fact> facts : cols) {
          for (Fact f : facts) {
            if (f.kind() == Fact.Kind.PLACE) {
              stems.add(f.label().toLowerCase(java.util.Locale.ROOT));
              if (f.aliases().size() > 0) {
                stems.add(f.aliases().get(0).substring(2)); // t:<folded word>
              }
            } else {
              String name = f.label().toLowerCase(java.util.Locale.ROOT);
              for (Fact p : a.of(Fact.Kind.PLACE)) {
                String place = p.label().toLowerCase(java.util.Locale.ROOT);
                if (place.length() >= 4 && name.startsWith(place)) {
                  return true; // Iranian: the article reports Iran
                }
              }
            }
          }
        }
        for (String w : words) {
          if (w.startsWith("t:")) {
            for (String stem : stems) {
              if (stem.length() >= 4 && w.startsWith(stem, 2)) {
                return true; // إيرانيين, Iranian: the demonym of a place another article names
              }
              int len = w.length() - 2;
              if (len >= 4 && stem.length() - len == 1 && stem.startsWith(w.substring(2))) {
                return true; // الروسي (روسي) against روسیه: a demonym one letter short
              }
            }
          }
        }
        return kind == Fact.Kind.PLACE && germanAdjective(a, key);
      }
      case NUMBER -> {
        return words.contains("n:" + key.substring("number:".length()));
      }
      case QUANTITY -> {
        String[] parts = key.split(":");
        return parts.length == 3 && words.contains("n:" + parts[2]);
      }
      case EVENT_TYPE -> {
        return words.contains("c:" + key.substring("event_type:".length()));
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether the German article {@code a} writes an adjective of the country {@code key} names. */
  private static boolean germanAdjective(ArticleFacts a, String key) {
    if (!"de".equals(a.lang()) || !key.startsWith("place:")) {
      return false;
    }
    String cc = key.substring("place:".length());
    for (String w : a.wordKeys()) {
      if (w.startsWith("t:")
          && w.contains("isch")
          && Nisba.countryOfWord(w.substring(2), "de").filter(cc::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
