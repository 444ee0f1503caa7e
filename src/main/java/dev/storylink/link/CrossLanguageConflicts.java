package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of {@link CrossLanguageFeatures} that tell look-alike events apart (two shootings,
 * two arrests of one team's players, two Oscar ceremonies): whether the two give other figures for
 * one role ({@code qconflict}), other dates ({@code dateconflict}) or other years ({@code
 * yearconflict}). Each is 0 or 1, and 0 when either side says nothing about it. Stateless and
 * thread-safe.
 */
final class CrossLanguageConflicts {
  /** Roles whose figures differ between reports of one event as a rule (market moves). */
  private static final Set<String> LOOSE_ROLES = Set.of("percent", "money");

  private CrossLanguageConflicts() {}

  /**
   * 1 when both give figures for one role (killed, injured, magnitude; not percentages or money)
   * and none of that role's figures is in both, else 0.
   */
  static double quantities(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Set<String>> a = byRole(as);
    Map<String, Set<String>> b = byRole(bs);
    for (Map.Entry<String, Set<String>> e : a.entrySet()) {
      Set<String> other = b.get(e.getKey());
      if (other != null && java.util.Collections.disjoint(e.getValue(), other)) {
        return 1;
      }
    }
    return 0;
  }

  private static Map<String, Set<String>> byRole(List<Mention> qs) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Mention m : qs) {
      int colon = m.key().indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String role = m.key().substring(0, colon);
      if (!LOOSE_ROLES.contains(role)) {
        out.computeIfAbsent(role, r -> new HashSet<>()).add(m.key());
      }
    }
    return out;
  }

  /**
   * 1 when both mention full dates (with the year) and no date of one is within a day of a date of
   * the other, else 0.
   */
  static double dates(List<Mention> as, List<Mention> bs) {
    List<LocalDate> a = fullDates(as);
    List<LocalDate> b = fullDates(bs);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    for (LocalDate x : a) {
      for (LocalDate y : b) {
        if (Math.abs(ChronoUnit.DAYS.between(x, y)) <= 1) {
          return 0;
        }
      }
    }
    return 1;
  }

  private static List<LocalDate> fullDates(List<Mention> ds) {
    List<LocalDate> out = new ArrayList<>();
    for (Mention m : ds) {
      if (m.key().length() == 10) {
        try {
          out.add(LocalDate.parse(m.key()));
        } catch (java.time.format.DateTimeParseException e) {
          // not an ISO date: no evidence
        }
      }
    }
    return out;
  }

  /**
   * 1 when both name years (from 1900 to 2099, as numbers or in full dates) and no year is in both,
   * else 0.
   */
  static double years(ArticleFeatures a, ArticleFeatures b) {
    Set<Integer> ya = years(a);
    Set<Integer> yb = years(b);
    return ya.isEmpty() || yb.isEmpty() || !java.util.Collections.disjoint(ya, yb) ? 0 : 1;
  }

  private static Set<Integer> years(ArticleFeatures f) {
    Set<Integer> out = new HashSet<>();
    for (Mention m : f.numbers()) {
      String k = m.key();
      if (k.length() == 4
          && (k.startsWith("19") || k.startsWith("20"))
          && k.chars().allMatch(Character::isDigit)) {
        out.add(Integer.parseInt(k));
      }
    }
    for (LocalDate d : fullDates(f.dates())) {
      out.add(d.getYear());
    }
    return out;
  }
}
