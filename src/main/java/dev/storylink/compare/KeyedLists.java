package dev.storylink.compare;

import dev.storylink.core.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the package's composed two-column lists ({@code aliases.tsv}, {@code bridge.tsv}): one line
 * per key, a tab, then the key's items separated by {@code separator}; lines starting with {@code
 * #} and lines without a tab are skipped, items are stripped and blank ones dropped. Stateless and
 * thread-safe.
 */
final class KeyedLists {
  private KeyedLists() {}

  /** The (key, item) pairs of resource {@code name} of this package, in file order. */
  static List<Map.Entry<String, String>> read(String name, String separator) {
    String text = Resources.text(KeyedLists.class, name);
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      int tab = line.indexOf('\t');
      if (line.startsWith("#") || tab < 0) {
        continue;
      }
      String key = line.substring(0, tab).strip();
      for (String item : line.substring(tab + 1).split(separator)) {
        if (!item.isBlank()) {
          out.add(Map.entry(key, item.strip()));
        }
      }
    }
    return List.copyOf(out);
  }
}
