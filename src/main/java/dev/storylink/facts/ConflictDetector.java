package dev.storylink.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which articles conflict on a fact that has a value (a figure of a one-figure role, the event
 * date): an article conflicts when none of its values is among the values of some other article
 * that reports the fact (43 killed against 34 killed; 4 March against 5 March). An article that
 * reports both 34 and 43 (a toll that rose) conflicts with neither. Dates meet as days; a date
 * without its year meets any date of the same month and day. Stateless and thread-safe.
 */
public final class ConflictDetector {
  private ConflictDetector() {}

  /**
   * For each article's set of values ({@code null} or empty when it does not report the fact),
   * whether it conflicts with another article's.
   */
  public static boolean[] conflicts(List<Set<String>> values) {
    boolean[] out = new boolean[values.size()];
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (reports(values.get(i))
            && reports(values.get(j))
            && disjoint(values.get(i), values.get(j))) {
          out[i] = true;
          out[j] = true;
        }
      }
    }
    return out;
  }

  private static boolean reports(Set<String> v) {
    return v != null && !v.isEmpty();
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (same(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Equal values; dates without a year equal any date with the same month and day. */
  static boolean same(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    boolean dx = x.matches("(\\d{4}-)?\\d{2}-\\d{2}");
    boolean dy = y.matches("(\\d{4}-)?\\d{2}-\\d{2}");
    if (dx && dy && (x.length() == 5 || y.length() == 5)) {
      return x.substring(x.length() - 5).equals(y.substring(y.length() - 5));
    }
    return false;
  }

  /** The distinct values of all articles, in order of first appearance. */
  static List<String> distinct(List<Set<String>> values) {
    List<String> out = new ArrayList<>();
    for (Set<String> v : values) {
      if (v != null) {
        for (String x : v) {
          if (!out.contains(x)) {
            out.add(x);
          }
        }
      }
    }
    return out;
  }
}
