package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.learn.Boosting;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;
import java.util.stream.Collectors;

/**
 * Candidate features and the experiment list of {@link XlingExperiment} (seventh round, issue 11).
 * A development helper run by hand; not thread-safe.
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

  static double matched(ArticleFeatures s, ArticleFeatures l) {
    boolean cross = !s.script().equals(l.script());
    boolean han =
        CrossLanguageFeatures.isHan(s.script()) || CrossLanguageFeatures.isHan(l.script());
    double names = CrossLanguageFeatures.nameCover(s.names(), l.names(), cross, han)[1];
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

  static void experiments(
      String which,
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingExperiment.Config base) {
    switch (which) {
      case "dump" -> {
        for (XlingExperiment.XRow r : xling) {
          out.printf(
              Locale.ROOT,
              "%s %s gold %.2f tokens %d/%d%n  dates %s | %s%n  quant %s | %s%n  places %s | %s%n",
              r.id1(),
              r.id2(),
              r.gold(),
              r.a().tokenCount(),
              r.b().tokenCount(),
              keys(r.a().dates()),
              keys(r.b().dates()),
              keys(r.a().quantities()),
              keys(r.b().quantities()),
              keys(r.a().places()),
              keys(r.b().places()));
        }
      }
      case "base" -> {
        XlingExperiment.run(out, xling, semeval, base);
      }
      case "decision" -> {
        for (double lambda : new double[] {3, 10, 20}) {
          for (XlingExperiment.Decision d : XlingExperiment.Decision.values()) {
            XlingExperiment.Config c =
                new XlingExperiment.Config(
                    "lambda " + lambda + " " + d, lambda, List.of(), d, 0.3, Optional.empty(), 1);
            XlingExperiment.run(out, xling, semeval, c);
          }
        }
      }
      case "clsdebug" -> {
        XlingExperiment.Config c =
            new XlingExperiment.Config(
                "cls", 3, List.of(), XlingExperiment.Decision.CLASSIFIER, 0.3, Optional.empty(), 1);
        java.util.List<XlingExperiment.XRow> all = new java.util.ArrayList<>(xling);
        all.addAll(semeval);
        double[] w = XlingExperiment.logistic(all, c);
        out.println(java.util.Arrays.toString(w));
        int ok = 0;
        int n = 0;
        for (XlingExperiment.XRow r : xling) {
          if (r.gold() > 2 && r.gold() < 3) {
            continue;
          }
          double[] e = XlingExperiment.expanded(r, c);
          double s = 0;
          for (int i = 0; i < e.length; i++) {
            s += w[i] * e[i];
          }
          n++;
          ok += (s >= 0) == (r.gold() <= 2) ? 1 : 0;
          out.printf(Locale.ROOT, "%.2f %.2f%n", r.gold(), s);
        }
        out.println(ok + "/" + n);
      }
      case "extras" -> {
        for (double lambda : new double[] {3, 10}) {
          for (XlingExperiment.Decision d :
              List.of(XlingExperiment.Decision.MID23, XlingExperiment.Decision.MID_WIDE)) {
            for (List<String> ex :
                List.of(
                    List.<String>of(),
                    List.of("qcover"),
                    List.of("datecover"),
                    List.of("evcover"),
                    List.of("evcover0"),
                    List.of("shortcover"),
                    List.of("qhits"),
                    List.of("datehits"),
                    List.of("qcover", "datecover"),
                    List.of("qcover", "datecover", "evcover"))) {
              XlingExperiment.Config c =
                  new XlingExperiment.Config(
                      "l" + lambda + " " + d + " " + ex, lambda, ex, d, 0.3, Optional.empty(), 1);
              XlingExperiment.run(out, xling, semeval, c);
            }
          }
        }
      }
      case "stretch" -> {
        for (double lambda : new double[] {1, 3, 10, 20}) {
          for (int st : new int[] {0, 1, 2}) {
            XlingExperiment.Config c =
                new XlingExperiment.Config(
                    "l" + lambda,
                    lambda,
                    List.of(),
                    XlingExperiment.Decision.MID23,
                    0.3,
                    Optional.empty(),
                    1);
            XlingExperiment.run(out, xling, semeval, st == 0 ? c : c.withStretch(st));
          }
        }
      }
      case "trees" -> {
        for (double lambda : new double[] {3, 10}) {
          for (Boosting b :
              List.of(
                  new Boosting(100, 2, 0.05, 5, 0.8),
                  new Boosting(300, 2, 0.03, 5, 0.8),
                  new Boosting(100, 3, 0.05, 10, 0.8),
                  new Boosting(200, 1, 0.05, 5, 0.8))) {
            XlingExperiment.Config c =
                new XlingExperiment.Config(
                    "l" + lambda + " " + b,
                    lambda,
                    List.of(),
                    XlingExperiment.Decision.MID23,
                    0.3,
                    Optional.of(b),
                    1);
            XlingExperiment.run(out, xling, semeval, c);
          }
        }
      }
      case "domain" -> {
        List<String> all = new java.util.ArrayList<>(List.of("crossind"));
        for (String f : CrossLanguageFeatures.NAMES) {
          if (!List.of("terms", "chars", "lead", "samescript").contains(f)) {
            all.add("xd:" + f);
          }
        }
        List<String> some =
            List.of(
                "crossind",
                "xd:namecover",
                "xd:conceptcover",
                "xd:names",
                "xd:concepts",
                "xd:shared",
                "xd:places",
                "xd:namepairs");
        for (double lambda : new double[] {3, 10}) {
          for (double sw : new double[] {0.1, 0.3, 0.6, 1.0}) {
            for (List<String> ex : List.of(List.<String>of(), List.of("crossind"), some, all)) {
              XlingExperiment.Config c =
                  new XlingExperiment.Config(
                      "l"
                          + lambda
                          + " sw"
                          + sw
                          + " "
                          + (ex.size() > 2 ? ex.size() + " domain" : ex),
                      lambda,
                      ex,
                      XlingExperiment.Decision.MID23,
                      sw,
                      Optional.empty(),
                      1);
              XlingExperiment.run(out, xling, semeval, c);
            }
          }
        }
      }
      case "focus" -> {
        for (double lambda : new double[] {3, 5, 7, 10, 15}) {
          for (List<String> ex :
              List.of(
                  List.<String>of(),
                  List.of("evcover"),
                  List.of("evcover0"),
                  List.of("shortcover"))) {
            XlingExperiment.Config c =
                new XlingExperiment.Config(
                    "l" + lambda + " wide " + ex,
                    lambda,
                    ex,
                    XlingExperiment.Decision.MID_WIDE,
                    0.3,
                    Optional.empty(),
                    1);
            XlingExperiment.run(out, xling, semeval, c);
          }
        }
      }
      case "ablation" -> {
        XlingExperiment.Config c =
            new XlingExperiment.Config(
                "l10 wide",
                10,
                List.of(),
                XlingExperiment.Decision.MID_WIDE,
                0.3,
                Optional.empty(),
                1);
        XlingExperiment.run(out, xling, semeval, c);
        XlingExperiment.noSqrt = true;
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt"));
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt l3").withLambda(3));
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt l5").withLambda(5));
        XlingExperiment.noSqrt = false;
        for (int i = 0; i < CrossLanguageFeatures.NAMES.size(); i++) {
          XlingExperiment.DROP.clear();
          XlingExperiment.DROP.add(i);
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("- " + CrossLanguageFeatures.NAMES.get(i)));
        }
        XlingExperiment.DROP.clear();
      }
      case "shared" -> {
        int sh = CrossLanguageFeatures.index("shared");
        for (double lambda : new double[] {3, 5, 10, 15, 20}) {
          XlingExperiment.Config c =
              new XlingExperiment.Config(
                  "l" + lambda,
                  lambda,
                  List.of(),
                  XlingExperiment.Decision.MID_WIDE,
                  0.3,
                  Optional.empty(),
                  1);
          XlingExperiment.run(out, xling, semeval, c);
          XlingExperiment.DROP.add(sh);
          XlingExperiment.run(out, xling, semeval, c.withLabel("l" + lambda + " - shared"));
          XlingExperiment.run(
              out,
              xling,
              semeval,
              c.withLabel("l" + lambda + " - shared MID23")
                  .withDecision(XlingExperiment.Decision.MID23));
          XlingExperiment.DROP.add(CrossLanguageFeatures.index("length"));
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " - shared - length"));
          XlingExperiment.DROP.clear();
          XlingExperiment.SAME_LANGUAGE_ZERO.add(sh);
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " shared 0 in same-lang"));
          XlingExperiment.SAME_LANGUAGE_ZERO.add(CrossLanguageFeatures.index("namehits"));
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " shared,namehits 0 in same-lang"));
          XlingExperiment.SAME_LANGUAGE_ZERO.clear();
        }
      }
      case "final" -> {
        XlingExperiment.Config c =
            new XlingExperiment.Config(
                "l10 wide - shared - length",
                10,
                List.of(),
                XlingExperiment.Decision.MID_WIDE,
                0.3,
                Optional.empty(),
                1);
        XlingExperiment.DROP.add(CrossLanguageFeatures.index("shared"));
        XlingExperiment.DROP.add(CrossLanguageFeatures.index("length"));
        XlingExperiment.run(out, xling, semeval, c);
        XlingExperiment.run(
            out,
            xling,
            semeval,
            c.withLabel("same, MID23").withDecision(XlingExperiment.Decision.MID23));
        XlingExperiment.DROP.add(CrossLanguageFeatures.index("evcover"));
        XlingExperiment.run(out, xling, semeval, c.withLabel("same - evcover"));
        XlingExperiment.run(
            out,
            xling,
            semeval,
            c.withLabel("same - evcover MID23").withDecision(XlingExperiment.Decision.MID23));
        XlingExperiment.DROP.clear();
      }
      case "errors" -> errors(out, xling, semeval, base);
      default -> throw new IllegalArgumentException(which);
    }
  }

  /** Per target language: n, mean abs error, accuracy over seeds; then the worst 10 of seed 42. */
  static void errors(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingExperiment.Config cfg) {
    int n = xling.size();
    double[][] sims = new double[XlingExperiment.SEEDS.length][n];
    for (int s = 0; s < sims.length; s++) {
      XlingExperiment.cv(xling, semeval, cfg, XlingExperiment.SEEDS[s], sims[s]);
    }
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      for (double[] sv : sims) {
        mean[i] += sv[i] / sims.length;
      }
    }
    java.util.Map<String, java.util.List<Integer>> byLang = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      XlingExperiment.XRow r = xling.get(i);
      String lang = r.a().lang().equals("en") ? r.b().lang() : r.a().lang();
      byLang.computeIfAbsent(lang, k -> new java.util.ArrayList<>()).add(i);
    }
    out.println(
        "| language | pairs | same (gold <= 2) / different (>= 3) | mean |error| | squared-error share | mean predicted, same / different |");
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += (mean[i] - xling.get(i).gold()) * (mean[i] - xling.get(i).gold());
    }
    for (var e : byLang.entrySet()) {
      double abs = 0;
      double sq = 0;
      int same = 0;
      int diff = 0;
      double ps = 0;
      double pd = 0;
      for (int i : e.getValue()) {
        double g = xling.get(i).gold();
        abs += Math.abs(mean[i] - g);
        sq += (mean[i] - g) * (mean[i] - g);
        if (g <= 2) {
          same++;
          ps += mean[i];
        } else if (g >= 3) {
          diff++;
          pd += mean[i];
        }
      }
      out.printf(
          Locale.ROOT,
          "| %s | %d | %d / %d | %.2f | %.2f | %.2f / %.2f |%n",
          e.getKey(),
          e.getValue().size(),
          same,
          diff,
          abs / e.getValue().size(),
          sq / total,
          same == 0 ? Double.NaN : ps / same,
          diff == 0 ? Double.NaN : pd / diff);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (x, y) ->
            Double.compare(
                Math.abs(mean[y] - xling.get(y).gold()), Math.abs(mean[x] - xling.get(x).gold())));
    for (int k = 0; k < 10; k++) {
      XlingExperiment.XRow r = xling.get(order[k]);
      StringBuilder f = new StringBuilder();
      double[] z = r.z();
      for (int j = 0; j < z.length; j++) {
        if (z[j] > 0) {
          f.append(
              String.format(Locale.ROOT, " %s=%.2f", CrossLanguageFeatures.NAMES.get(j), z[j]));
        }
      }
      out.printf(
          Locale.ROOT,
          "%s %s gold %.2f predicted %.2f tokens %d/%d |%s%n   names %s | %s%n   concepts %s | %s%n",
          r.id1(),
          r.id2(),
          r.gold(),
          mean[order[k]],
          r.a().tokenCount(),
          r.b().tokenCount(),
          f,
          r.a().names().stream().limit(12).map(Mention::label).collect(Collectors.joining(",")),
          r.b().names().stream().limit(12).map(Mention::label).collect(Collectors.joining(",")),
          keys(r.a().concepts()),
          keys(r.b().concepts()));
    }
  }

  static final Optional<Boosting> TREES = Optional.of(new Boosting(100, 2, 0.05, 5, 0.8));
}
