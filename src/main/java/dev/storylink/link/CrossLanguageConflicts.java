package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.ConceptLexicon;
import dev.storylink.features.Mention;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The features of {@link CrossLanguageFeatures} that tell look-alike events apart (two shootings,
 * two arrests of one team's players, two Oscar ceremonies): whether the two give other figures for
 * one role ({@code qconflict}), other dates ({@code dateconflict}), other years ({@code
 * yearconflict}), only other countries ({@code placeconflict}) or only other disasters and
 * incidents ({@code typeconflict}: a flood against an earthquake). Each is 0 or 1, and 0 when
 * either side says nothing about it. Stateless and thread-safe.
 */
final class CrossLanguageConflicts {
  /** Roles whose figures differ between reports of one event as a rule (market moves). */
  private static final Set<String> LOOSE_ROLES = Set.of("percent", "money");

  private CrossLanguageConflicts() {}

  /**
   * 1 when both give figures for one role (killed, injured, magnitude; not percentages or money)
   * and none of that role's figures is in both, nor, for counts of people, within {@link
   * #TOLL_RATIO} of one of the other's (a rising toll: 20 killed, then 26), else 0.
   */
  static double quantities(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    Map<String, Set<String>> a = byRole(as);
    Map<String, Set<String>> b = byRole(bs);
    for (Map.Entry<String, Set<String>> e : a.entrySet()) {
      Set<String> other = b.get(e.getKey());
      if (other != null && !close(e.getValue(), other, COUNTS.contains(e.getKey()))) {
        return 1;
      }
    }
    return 0;
  }

  /** Roles that count people, whose toll rises while an event is reported (not magnitudes). */
  private static final Set<String> COUNTS =
      Set.of("killed", "injured", "missing", "displaced", "arrested", "people");

  /** Highest ratio of two counts of one role that a developing toll may give (20 and 26 killed). */
  static final double TOLL_RATIO = 1.5;

  /**
   * True when a figure of {@code a} equals one of {@code b}, or, both being counts, is within
   * {@link #TOLL_RATIO} of it: reports of one event written hours apart give a rising toll (20
   * killed, then 26), a look-alike event another figure altogether.
   */
  private static boolean close(Set<String> a, Set<String> b, boolean counts) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
      if (!counts) {
        continue;
      }
      double vx = value(x);
      for (String y : b) {
        double vy = value(y);
        if (vx > 0 && vy > 0 && Math.max(vx, vy) <= TOLL_RATIO * Math.min(vx, vy)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of a role key (killed:26 → 26; magnitude:5.4 → 5.4), or -1. */
  private static double value(String key) {
    int colon = key.indexOf(':');
    int end = key.indexOf(':', colon + 1);
    String v = end < 0 ? key.substring(colon + 1) : key.substring(colon + 1, end);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return -1;
    }
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
    long[] a = epochDays(as);
    if (a.length == 0) {
      return 0;
    }
    long[] b = epochDays(bs);
    if (b.length == 0) {
      return 0;
    }
    for (long x : a) {
      for (long y : b) {
        if (Math.abs(x - y) <= 1) {
          return 0;
        }
      }
    }
    return 1;
  }

  /**
   * {days of the year of {@code as} with one of {@code bs} within a day, distinct days of {@code
   * as}, distinct days of {@code bs}}: dates compared by month and day (whatever calendar the text
   * used, and whether or not it gave the year), as {@code dates} in {@link PairFeatures} does.
   */
  static int[] dayMatches(List<Mention> as, List<Mention> bs) {
    int[] a = daysOfYear(as);
    int[] b = daysOfYear(bs);
    int n = 0;
    for (int x : a) {
      for (int y : b) {
        if (Math.abs(x - y) <= 1) {
          n++;
          break;
        }
      }
    }
    return new int[] {n, a.length, b.length};
  }

  private static final int[] NO_DAYS_OF_YEAR = new int[0];

  /** Distinct month-days ({@code month * 31 + day}) of keys ending in {@code MM-DD}. */
  private static int[] daysOfYear(List<Mention> ds) {
    if (ds.isEmpty()) {
      return NO_DAYS_OF_YEAR;
    }
    int[] out = new int[ds.size()];
    int n = 0;
    for (Mention m : ds) {
      String k = m.key();
      int len = k.length();
      if (len < 5
          || k.charAt(len - 3) != '-'
          || !digits(k, len - 5, len - 3)
          || !digits(k, len - 2, len)) {
        continue;
      }
      int day =
          Integer.parseInt(k, len - 5, len - 3, 10) * 31 + Integer.parseInt(k, len - 2, len, 10);
      boolean seen = false;
      for (int i = 0; i < n && !seen; i++) {
        seen = out[i] == day;
      }
      if (!seen) {
        out[n++] = day;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static final long[] NO_DAYS = new long[0];

  /**
   * The full dates among {@code ds} (ISO {@code YYYY-MM-DD} keys that are calendar dates, as {@link
   * LocalDate#parse} reads them), as epoch days; read by position, without a formatter (the pair
   * scorers ask for them on every pair).
   */
  private static long[] epochDays(List<Mention> ds) {
    long[] out = NO_DAYS;
    int n = 0;
    for (Mention m : ds) {
      String k = m.key();
      if (!isoShaped(k)) {
        continue;
      }
      try {
        long day =
            LocalDate.of(
                    Integer.parseInt(k, 0, 4, 10),
                    Integer.parseInt(k, 5, 7, 10),
                    Integer.parseInt(k, 8, 10, 10))
                .toEpochDay();
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, Math.max(4, 2 * n));
        }
        out[n++] = day;
      } catch (java.time.DateTimeException e) {
        // not a calendar date (2021-02-29): no evidence
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Four digits, a dash, two digits, a dash, two digits. */
  private static boolean isoShaped(String k) {
    if (k.length() != 10 || k.charAt(4) != '-' || k.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (k.charAt(i) < '0' || k.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
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
    for (long day : epochDays(f.dates())) {
      out.add(LocalDate.ofEpochDay(day).getYear());
    }
    return out;
  }

  /**
   * 1 when both name at least one country (a place keyed by its ISO region code, as {@link
   * dev.storylink.features.Places} keys countries; not its cities, which name no country here:
   * Malatya against Turkey is no conflict) and no country is named by both, else 0. "None in
   * common", not "one not shared": a report that names the countries whose rescue teams came (Iran,
   * Azerbaijan) still shares Turkey with a report that names Turkey alone.
   */
  static double countries(List<Mention> as, List<Mention> bs) {
    return noneInCommon(as, bs, CrossLanguageConflicts::isCountry);
  }

  /** True for a country key: two capital ASCII letters (an ISO 3166 region code). */
  static boolean isCountry(String key) {
    return key.length() == 2
        && key.charAt(0) >= 'A'
        && key.charAt(0) <= 'Z'
        && key.charAt(1) >= 'A'
        && key.charAt(1) <= 'Z';
  }

  /**
   * 1 when both name at least one incident ({@link #INCIDENTS}: an event-type concept of a
   * disaster, weather, transport, conflict, crime or health domain) and none is named by both (a
   * flood against an earthquake), else 0. Every incident named counts, not only the main event
   * type: a report of a shooting that also calls it an attack still meets one that calls it an
   * attack.
   */
  static double incidents(List<Mention> as, List<Mention> bs) {
    return noneInCommon(as, bs, INCIDENTS::contains);
  }

  /**
   * 1 when both {@code as} and {@code bs} have a mention whose key is of the {@code kind} and no
   * such key is in both, else 0 (the rule of {@link #countries} and {@link #incidents}).
   */
  private static double noneInCommon(List<Mention> as, List<Mention> bs, Predicate<String> kind) {
    boolean anyA = false;
    for (Mention m : as) {
      anyA |= kind.test(m.key());
    }
    if (!anyA) {
      return 0;
    }
    boolean anyB = false;
    for (Mention m : bs) {
      if (!kind.test(m.key())) {
        continue;
      }
      anyB = true;
      for (Mention a : as) {
        if (a.key().equals(m.key())) {
          return 0;
        }
      }
    }
    return anyB ? 1 : 0;
  }

  /** The domains of the event-type concepts that {@link #incidents} compares. */
  static final Set<String> INCIDENT_DOMAINS =
      Set.of("disaster", "weather", "transport", "conflict", "crime", "health");

  /** Ids of the event-type concepts of {@link #INCIDENT_DOMAINS}. */
  static final Set<String> INCIDENTS = incidentIds();

  private static Set<String> incidentIds() {
    Set<String> out = new HashSet<>();
    for (ConceptLexicon.Concept c : ConceptLexicon.shipped().concepts().values()) {
      if (c.eventType() && INCIDENT_DOMAINS.contains(c.domain())) {
        out.add(c.id());
      }
    }
    return Set.copyOf(out);
  }
}
