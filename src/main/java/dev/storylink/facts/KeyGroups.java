package dev.storylink.facts;

import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Groups of fact keys joined two at a time (union-find over a parent map: a key maps to its parent,
 * a key absent from the map is its own root). The caller decides which root heads a joined group.
 * Stateless; the map is the caller's and not thread-safe.
 */
final class KeyGroups {
  private KeyGroups() {}

  /** The root of {@code k}'s group in {@code parent}. */
  static String root(Map<String, String> parent, String k) {
    String p = parent.getOrDefault(k, k);
    while (!p.equals(k)) {
      k = p;
      p = parent.getOrDefault(k, k);
    }
    return k;
  }

  /**
   * Joins the groups of {@code a} and {@code b}: the root of {@code a}'s group heads the joined one
   * when {@code firstHeads} holds for the two roots ({@code a}'s, {@code b}'s), else {@code b}'s.
   */
  static void union(
      Map<String, String> parent, String a, String b, BiPredicate<String, String> firstHeads) {
    String ra = root(parent, a);
    String rb = root(parent, b);
    if (ra.equals(rb)) {
      return;
    }
    if (firstHeads.test(ra, rb)) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }
}
