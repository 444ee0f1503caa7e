package dev.storylink.link;

import dev.storylink.features.Mention;
import dev.storylink.learn.Boosting;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The seventh-round experiment list of {@link XlingExperiment} (issue 11): {@code base}, {@code
 * decision}, {@code extras}, {@code stretch}, {@code trees}, {@code domain}, {@code focus}, {@code
 * ablation}, {@code shared}, {@code final}, {@code errors} (per target language), {@code dump} and
 * {@code clsdebug}. A development helper run by hand; not thread-safe.
 */
final class XlingRound7 {
  private XlingRound7() {}

  /** Runs the experiment {@code which} (see the class comment). */
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
              XlingCandidates.keys(r.a().dates()),
              XlingCandidates.keys(r.b().dates()),
              XlingCandidates.keys(r.a().quantities()),
              XlingCandidates.keys(r.b().quantities()),
              XlingCandidates.keys(r.a().places()),
              XlingCandidates.keys(r.b().places()));
        }
      }
      case "base" -> {
        XlingExperiment.run(out, xling, semeval, base);
      }
      case "decision" -> {
        for (double lambda : new double[] {3, 10, 20}) {
          for (XlingExperiment.Decision d : XlingExperiment.Decision.values()) {
            XlingExperiment.Config c =
                XlingExperiment.Config.of("lambda " + lambda + " " + d, lambda, List.of(), d, 0.3);
            XlingExperiment.run(out, xling, semeval, c);
          }
        }
      }
      case "clsdebug" -> {
        XlingExperiment.Config c =
            XlingExperiment.Config.of(
                "cls", 3, List.of(), XlingExperiment.Decision.CLASSIFIER, 0.3);
        java.util.List<XlingExperiment.XRow> all = new java.util.ArrayList<>(xling);
        all.addAll(semeval);
        double[] w = XlingFit.logistic(all, c);
        out.println(java.util.Arrays.toString(w));
        int ok = 0;
        int n = 0;
        for (XlingExperiment.XRow r : xling) {
          if (r.gold() > 2 && r.gold() < 3) {
            continue;
          }
          double s = XlingColumns.dot(w, r, c);
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
                  XlingExperiment.Config.of("l" + lambda + " " + d + " " + ex, lambda, ex, d, 0.3);
              XlingExperiment.run(out, xling, semeval, c);
            }
          }
        }
      }
      case "stretch" -> {
        for (double lambda : new double[] {1, 3, 10, 20}) {
          for (int st : new int[] {0, 1, 2}) {
            XlingExperiment.Config c =
                XlingExperiment.Config.of(
                    "l" + lambda, lambda, List.of(), XlingExperiment.Decision.MID23, 0.3);
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
                XlingExperiment.Config.of(
                        "l" + lambda + " " + b,
                        lambda,
                        List.of(),
                        XlingExperiment.Decision.MID23,
                        0.3)
                    .withTrees(b);
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
                  XlingExperiment.Config.of(
                      "l"
                          + lambda
                          + " sw"
                          + sw
                          + " "
                          + (ex.size() > 2 ? ex.size() + " domain" : ex),
                      lambda,
                      ex,
                      XlingExperiment.Decision.MID23,
                      sw);
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
                XlingExperiment.Config.of(
                    "l" + lambda + " wide " + ex,
                    lambda,
                    ex,
                    XlingExperiment.Decision.MID_WIDE,
                    0.3);
            XlingExperiment.run(out, xling, semeval, c);
          }
        }
      }
      case "ablation" -> {
        XlingExperiment.Config c =
            XlingExperiment.Config.of(
                "l10 wide", 10, List.of(), XlingExperiment.Decision.MID_WIDE, 0.3);
        XlingExperiment.run(out, xling, semeval, c);
        XlingColumns.noSqrt = true;
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt"));
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt l3").withLambda(3));
        XlingExperiment.run(out, xling, semeval, c.withLabel("no sqrt l5").withLambda(5));
        XlingColumns.noSqrt = false;
        dropEach(out, xling, semeval, c);
      }
      case "shared" -> {
        int sh = CrossLanguageFeatures.index("shared");
        for (double lambda : new double[] {3, 5, 10, 15, 20}) {
          XlingExperiment.Config c =
              XlingExperiment.Config.of(
                  "l" + lambda, lambda, List.of(), XlingExperiment.Decision.MID_WIDE, 0.3);
          XlingExperiment.run(out, xling, semeval, c);
          XlingColumns.DROP.add(sh);
          XlingExperiment.run(out, xling, semeval, c.withLabel("l" + lambda + " - shared"));
          XlingExperiment.run(
              out,
              xling,
              semeval,
              c.withLabel("l" + lambda + " - shared MID23")
                  .withDecision(XlingExperiment.Decision.MID23));
          XlingColumns.DROP.add(CrossLanguageFeatures.index("length"));
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " - shared - length"));
          XlingColumns.DROP.clear();
          XlingColumns.SAME_LANGUAGE_ZERO.add(sh);
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " shared 0 in same-lang"));
          XlingColumns.SAME_LANGUAGE_ZERO.add(CrossLanguageFeatures.index("namehits"));
          XlingExperiment.run(
              out, xling, semeval, c.withLabel("l" + lambda + " shared,namehits 0 in same-lang"));
          XlingColumns.SAME_LANGUAGE_ZERO.clear();
        }
      }
      case "final" -> {
        XlingExperiment.Config c =
            XlingExperiment.Config.of(
                "l10 wide - shared - length",
                10,
                List.of(),
                XlingExperiment.Decision.MID_WIDE,
                0.3);
        XlingColumns.DROP.add(CrossLanguageFeatures.index("shared"));
        XlingColumns.DROP.add(CrossLanguageFeatures.index("length"));
        XlingExperiment.run(out, xling, semeval, c);
        XlingExperiment.run(
            out,
            xling,
            semeval,
            c.withLabel("same, MID23").withDecision(XlingExperiment.Decision.MID23));
        XlingColumns.DROP.add(CrossLanguageFeatures.index("evcover"));
        XlingExperiment.run(out, xling, semeval, c.withLabel("same - evcover"));
        XlingExperiment.run(
            out,
            xling,
            semeval,
            c.withLabel("same - evcover MID23").withDecision(XlingExperiment.Decision.MID23));
        XlingColumns.DROP.clear();
      }
      case "errors" -> errors(out, xling, semeval, base);
      default -> throw new IllegalArgumentException(which);
    }
  }

  /** Runs {@code c} once without each feature in turn (zeroed in every row), labelled "- NAME". */
  static void dropEach(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingExperiment.Config c) {
    for (int i = 0; i < CrossLanguageFeatures.NAMES.size(); i++) {
      XlingColumns.DROP.clear();
      XlingColumns.DROP.add(i);
      XlingExperiment.run(
          out, xling, semeval, c.withLabel("- " + CrossLanguageFeatures.NAMES.get(i)));
    }
    XlingColumns.DROP.clear();
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
      languageRow(out, e.getKey(), e.getValue(), xling, mean, total);
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
      String f = nonzero(r.z());
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
          XlingCandidates.keys(r.a().concepts()),
          XlingCandidates.keys(r.b().concepts()));
    }
  }

  /**
   * One row of the per-language table: pairs, same / different, mean absolute error, share of the
   * squared error, mean predicted similarity of the same and the different pairs.
   */
  static void languageRow(
      PrintStream out,
      String lang,
      List<Integer> rows,
      List<XlingExperiment.XRow> xling,
      double[] mean,
      double totalSquared) {
    double[] error = new double[2]; // absolute, squared
    int[] count = new int[2]; // same (gold <= 2), different (gold >= 3)
    double[] predicted = new double[2];
    for (int i : rows) {
      double g = xling.get(i).gold();
      error[0] += Math.abs(mean[i] - g);
      error[1] += (mean[i] - g) * (mean[i] - g);
      int k = g <= 2 ? 0 : g >= 3 ? 1 : -1;
      if (k >= 0) {
        count[k]++;
        predicted[k] += mean[i];
      }
    }
    out.printf(
        Locale.ROOT,
        "| %s | %d | %d / %d | %.2f | %.2f | %.2f / %.2f |%n",
        lang,
        rows.size(),
        count[0],
        count[1],
        error[0] / rows.size(),
        error[1] / totalSquared,
        count[0] == 0 ? Double.NaN : predicted[0] / count[0],
        count[1] == 0 ? Double.NaN : predicted[1] / count[1]);
  }

  /** The features of {@code z} above 0, as " name=value". */
  static String nonzero(double[] z) {
    return IntStream.range(0, z.length)
        .filter(j -> z[j] > 0)
        .mapToObj(
            j -> String.format(Locale.ROOT, " %s=%.2f", CrossLanguageFeatures.NAMES.get(j), z[j]))
        .collect(Collectors.joining());
  }
}
