package dev.storylink.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which articles conflict on a fact that has a value (a figure of a one-figure role, the event
 * date): an article conflicts when none of its values is among the values of some other article
 * that reports the fact (43 killed against 34 killed; 4 March against 5 March). An article that
 * reports both 34 and 43 (a toll that rose) conflicts with neither. Dates meet as days; a date
 * without its year meets any date of the same month and day ({@link #same}), and is shown as that
 * date ({@link #distinct}): an undated article's New Year's Eve ({@code 12-31}) is one side with
 * {@code 2019-12-31}, not a value against it; in a story's matrix it is that date's row when the
 * story gives the day in one year only ({@link #yearlessDays}). Stateless and thread-safe.
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

  /**
   * The distinct values of all articles, in order of first appearance; a date without its year is
   * left out when a date with a year of the same month and day is among them ({@code 12-31} beside
   * {@code 2019-12-31}), as it meets that date ({@link #same}).
   */
  static List<String> distinct(List<Set<String>> values) {
    List<String> all = new ArrayList<>();
    for (Set<String> v : values) {
      if (v != null) {
        for (String x : v) {
          if (!all.contains(x)) {
            all.add(x);
          }
        }
      }
    }
    List<String> out = new ArrayList<>(all.size());
    for (String x : all) {
      if (!yearless(x) || all.stream().noneMatch(y -> !yearless(y) && same(x, y))) {
        out.add(x);
      }
    }
    return out;
  }

  /** True for a date value without its year ({@code MM-DD}). */
  private static boolean yearless(String x) {
    return x.matches("\\d{2}-\\d{2}");
  }

  /**
   * The date keys without a year ({@code date:12-31}) of {@code factsOf} that have one date key of
   * the same month and day with a year ({@code date:2019-12-31}), mapped to it; a day the story
   * gives in two years stays its own row.
   */
  static Map<String, String> yearlessDays(List<List<Fact>> factsOf) {
    Map<String, Set<String>> dated = new HashMap<>();
    for (List<Fact> facts : factsOf) {
      for (Fact f : facts) {
        if (f.kind() == Fact.Kind.DATE && f.key().matches("date:\\d{4}-\\d{2}-\\d{2}")) {
          dated.computeIfAbsent("date:" + f.key().substring(10), k -> new HashSet<>()).add(f.key());
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    dated.forEach(
        (yearless, keys) -> {
          if (keys.size() == 1) {
            out.put(yearless, keys.iterator().next());
          }
        });
    return out;
  }
}
