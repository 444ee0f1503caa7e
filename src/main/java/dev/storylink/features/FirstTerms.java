package dev.storylink.features;

import java.util.Map;

/**
 * {@link TermLexicon}'s entries by their first term, in an open-addressing table: the keys' hash
 * codes in one array, probed linearly, so a look-up reads the slot's hash code and compares a key
 * only where it matches (a {@link java.util.HashMap} reads a node per probe first), and a key can
 * be looked up as a part of a longer string (the word after an Arabic clitic) without a substring.
 *
 * <p>Immutable after construction and thread-safe.
 *
 * @param <V> the value type
 */
final class FirstTerms<V> {
  private final int[] hashes;
  private final String[] keys; // null: an empty slot
  private final Object[] values;
  private final int mask;

  /** A table of {@code map}'s entries (no null keys or values). */
  FirstTerms(Map<String, V> map) {
    int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1; // load at most 1/3
    hashes = new int[size];
    keys = new String[size];
    values = new Object[size];
    mask = size - 1;
    for (Map.Entry<String, V> e : map.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      keys[slot] = e.getKey();
      values[slot] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * The value of the key {@code term.substring(from)}, whose {@link String#hashCode} is {@code
   * hash}; null when there is none.
   */
  @SuppressWarnings("unchecked")
  V get(String term, int from, int hash) {
    int length = term.length() - from;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return null;
      }
      if (hashes[slot] == hash
          && k.length() == length
          && (from == 0 ? k.equals(term) : term.regionMatches(from, k, 0, length))) {
        return (V) values[slot];
      }
    }
  }
}
