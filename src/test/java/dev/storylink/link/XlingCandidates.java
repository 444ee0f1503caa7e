package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Collectors;

/**
 * Candidate features of {@link XlingExperiment} (seventh round, issue 11), registered by name as
 * extra columns; the experiments that try them are {@link XlingRound7}'s. A development helper run
 * by hand; stateless, thread-safe.
 */
final class XlingCandidates {
  private XlingCandidates() {}

  static void register(Map<String, ToDoubleBiFunction<ArticleFeatures, ArticleFeatures>> m) {
    m.put("crossind", (a, b) -> a.lang().equals(b.lang()) ? 0 : 1);
    for (String f : CrossLanguageFeatures.NAMES) {
      int i = CrossLanguageFeatures.index(f);
      m.put(
          "xd:" + f,
          (a, b) -> a.lang().equals(b.lang()) ? 0 : CrossLanguageFeatures.compute(a, b)[i]);
    }
    m.put("qcover", (a, b) -> CrossLanguageFeatures.keyCover(a.quantities(), b.quantities())[0]);
    m.put("datecover", XlingCandidates::dateCover);
    m.put("evcover", XlingCandidates::evidenceCover);
    m.put("evcover0", (a, b) -> evidenceCoverPrior(a, b, 0.0));
    m.put("shortcover", XlingCandidates::shortCover);
    m.put(
        "qhits",
        (a, b) ->
            Math.min(3, CrossLanguageFeatures.keyCover(a.quantities(), b.quantities())[1]) / 3.0);
    m.put("datehits", (a, b) -> Math.min(2, dateMatches(a.dates(), b.dates())) / 2.0);
  }

  /** Month-day of a date key (the last five characters, MM-DD), as a day of a leap year. */
  static int monthDay(String k) {
    if (k.length() < 5 || k.charAt(k.length() - 3) != '-') {
      return -1;
    }
    try {
      int mo = Integer.parseInt(k, k.length() - 5, k.length() - 3, 10);
      int d = Integer.parseInt(k, k.length() - 2, k.length(), 10);
      return mo * 31 + d;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Dates of {@code as} with a date of {@code bs} within a day (by month and day). */
  static int dateMatches(List<Mention> as, List<Mention> bs) {
    int n = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (Mention m : as) {
      int x = monthDay(m.key());
      if (x < 0 || !seen.add(x)) {
        continue;
      }
      for (Mention o : bs) {
        int y = monthDay(o.key());
        if (y >= 0 && Math.abs(x - y) <= 1) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  static int distinctDays(List<Mention> ds) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (Mention m : ds) {
      int x = monthDay(m.key());
      if (x >= 0) {
        seen.add(x);
      }
    }
    return seen.size();
  }

  /** Dates of the side with fewer dates that the other has, over their count + 1. */
  static double dateCover(ArticleFeatures a, ArticleFeatures b) {
    int na = distinctDays(a.dates());
    int nb = distinctDays(b.dates());
    if (na == 0 || nb == 0) {
      return 0;
    }
    ArticleFeatures s = na <= nb ? a : b;
    ArticleFeatures l = s == a ? b : a;
    return dateMatches(s.dates(), l.dates()) / (Math.min(na, nb) + 1.0);
  }

  static int distinct(List<Mention> ms) {
    return (int) ms.stream().map(Mention::key).distinct().count();
  }

  static double evidenceCover(ArticleFeatures a, ArticleFeatures b) {
    return evidenceCoverPrior(a, b, 1.0);
  }

  /**
   * Of the side with less evidence (names, places, role quantities, dates, concepts), the share the
   * other side has: matched items over its items + prior.
   */
  static double evidenceCoverPrior(ArticleFeatures a, ArticleFeatures b, double prior) {
    int na = items(a);
    int nb = items(b);
    if (na == 0 || nb == 0) {
      return 0;
    }
    ArticleFeatures s = na <= nb ? a : b;
    ArticleFeatures l = s == a ? b : a;
    return matched(s, l) / (Math.min(na, nb) + prior);
  }

  static int items(ArticleFeatures f) {
    return f.names().size()
        + distinct(f.places())
        + distinct(f.quantities())
        + distinctDays(f.dates())
        + distinct(f.concepts());
  }

  /**
   * {@link CrossLanguageFeatures#nameCover} of two name lists, compared across scripts (and as Han)
   * as the scripts of {@code a} and {@code b} call for.
   */
  static double[] nameCover(
      List<Mention> as, List<Mention> bs, ArticleFeatures a, ArticleFeatures b) {
    boolean cross = !a.script().equals(b.script());
    boolean han =
        CrossLanguageFeatures.isHan(a.script()) || CrossLanguageFeatures.isHan(b.script());
    return CrossLanguageFeatures.nameCover(as, bs, cross, han);
  }

  static double matched(ArticleFeatures s, ArticleFeatures l) {
    double names = nameCover(s.names(), l.names(), s, l)[1];
    return names
        + CrossLanguageFeatures.keyCover(s.places(), l.places())[1]
        + CrossLanguageFeatures.keyCover(s.quantities(), l.quantities())[1]
        + dateMatches(s.dates(), l.dates())
        + CrossLanguageFeatures.keyCover(s.concepts(), l.concepts())[1];
  }

  /** As {@link #evidenceCover}, the shorter side by tokens. */
  static double shortCover(ArticleFeatures a, ArticleFeatures b) {
    ArticleFeatures s = a.tokenCount() <= b.tokenCount() ? a : b;
    ArticleFeatures l = s == a ? b : a;
    int n = items(s);
    return n == 0 ? 0 : Math.min(1, matched(s, l) / (n + 1.0));
  }

  static String keys(List<Mention> ms) {
    return ms.stream().map(Mention::key).collect(Collectors.joining(","));
  }
}
