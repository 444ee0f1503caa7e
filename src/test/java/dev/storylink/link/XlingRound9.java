package dev.storylink.link;

import dev.storylink.eval.EcbCrossRows;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ninth-round experiments (issue 11), run by hand: rendered ECB+ documents against the English
 * documents of their topic as training rows of the cross-language model ({@link EcbCrossRows}).
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.XlingRound9 pairs EXPERIMENT...
 * java -cp ... dev.storylink.link.XlingRound9 stories TWIN OTHERS WEIGHT [FEATURE...]
 * java -cp ... dev.storylink.link.XlingRound9 check
 * </pre>
 *
 * {@code pairs}: the pairs CV of {@link XlingExperiment} (seeds 42, 1–5) with the ecb rows ({@link
 * XlingEcb}) in every fold's training rows, for row labels, weights, λ and name features (this
 * class). {@code stories}: xling ecb stories, in-sample and by 11 topic folds ({@link
 * XlingRound9Stories}). {@code check}: that no ECB+ text is an article of the pair sets ({@link
 * XlingEcb#check}). Not thread-safe.
 */
final class XlingRound9 {
  private XlingRound9() {}

  static XlingExperiment.Config config(String label, double lambda, List<String> extras) {
    return XlingExperiment.Config.of(
        label,
        lambda,
        extras,
        XlingExperiment.Decision.MID_WIDE,
        CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT);
  }

  static void registerExtras() {
    XlingColumns.EXTRA.put("rh3", (a, b) -> XlingRound8.hitsCap(a, b, 3, 2, false));
    XlingColumns.EXTRA.put("rh2", (a, b) -> XlingRound8.hitsCap(a, b, 2, 2, false));
    for (int cap = 1; cap <= 3; cap++) {
      final int c = cap;
      XlingColumns.EXTRA.put("re" + cap, (a, b) -> Math.min(c, recurring(a, b)) / (double) c);
    }
  }

  static void pairs(PrintStream out, LanguageIdentifier langId, List<String> only)
      throws IOException {
    List<XlingExperiment.XRow> xling = XlingExperiment.rows(XlingExperiment.XLING, langId);
    List<XlingExperiment.XRow> semeval = XlingExperiment.rows(XlingExperiment.SEMEVAL, langId);
    XlingEcb ecb = XlingEcb.load(langId);
    registerExtras();
    XlingColumns.EXTRA.put("rh1", (a, b) -> XlingRound8.hitsCap(a, b, 1, 2, false));
    XlingColumns.EXTRA.put("rh5", (a, b) -> XlingRound8.hitsCap(a, b, 5, 2, false));
    XlingColumns.EXTRA.put("rh3both", (a, b) -> XlingRound8.hitsCap(a, b, 3, 2, true));
    XlingExperiment.run(out, xling, semeval, config("main (no ecb rows)", 10, List.of()));
    if (only.contains("recur")) {
      // tenth round: namerecur is a model feature; the ecb-row variants
      for (double[] g : new double[][] {{3.5, 0.1}, {3.5, 0.3}, {4, 0.1}, {4, 0.3}}) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, g[0], 4, 3, g[1]);
        List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
        XlingExperiment.run(
            out, xling, comp, config("namerecur " + XlingEcb.label(s), 10, List.of()));
      }
    }
    if (only.contains("combo")) {
      int nr = CrossLanguageFeatures.index("namerecur");
      double[][] grid = {
        // twin label, others, same weight, twin weight, lambda
        {4, 3, 0.1, 0.3, 10},
        {4, 3, 0.1, 0.6, 10},
        {4, 3, 0.1, 1.0, 10},
        {4, 3, 0.05, 1.0, 10},
        {4, 3, 0.3, 1.0, 10},
        {4, 3, 0.3, 0.3, 3},
        {4, 3, 0.1, 1.0, 3},
        {4, 3, 0.6, 0.6, 3},
        {3.5, 3, 0.1, 1.0, 10},
        {4, 10, 0.1, 1.0, 10}
      };
      for (double[] g : grid) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, g[0], 4, (int) g[1], g[2]);
        List<XlingExperiment.XRow> rows = ecb.xrows(s);
        for (XlingExperiment.XRow r : rows) {
          if (r.gold() > 2) {
            XlingColumns.WEIGHT.put(r, g[3]);
          }
        }
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(rows);
        String l =
            String.format(Locale.ROOT, "%s twinw %.2f lambda %.0f", XlingEcb.label(s), g[3], g[4]);
        XlingExperiment.Config cfg = config(l + " +re2", g[4], List.of("re2"));
        XlingExperiment.run(out, xling, comp, cfg);
        proxyRows(out, xling, semeval, ecb, rows, cfg);
      }
    }
    if (only.contains("gated")) {
      XlingColumns.EXTRA.put("rs", (a, b) -> recurringSpecific(a, b, false));
      XlingColumns.EXTRA.put("rs01", (a, b) -> recurringSpecific(a, b, true));
      List<EcbCrossRows.Settings> settings = new ArrayList<>();
      settings.add(null);
      settings.add(new EcbCrossRows.Settings(1, 3.5, 4, 3, 0.1));
      settings.add(new EcbCrossRows.Settings(1, 4, 4, 3, 0.3));
      for (EcbCrossRows.Settings s : settings) {
        List<XlingExperiment.XRow> rows = s == null ? List.of() : ecb.xrows(s);
        List<XlingExperiment.XRow> comp = new ArrayList<>(semeval);
        comp.addAll(rows);
        for (List<String> ex : List.of(List.of("rs"), List.of("rs01"))) {
          XlingExperiment.Config cfg =
              config((s == null ? "no ecb rows" : XlingEcb.label(s)) + " + " + ex, 10, ex);
          XlingExperiment.run(out, xling, comp, cfg);
          proxyRows(out, xling, semeval, ecb, rows, cfg);
        }
      }
    }
    if (only.contains("exact")) {
      for (double[] g : new double[][] {{3.5, 3, 0.3}, {4, 3, 0.3}, {4, 3, 0.6}, {3.5, 3, 0.6}}) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, g[0], 4, (int) g[1], g[2]);
        List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
        XlingExperiment.run(
            out, xling, comp, config(XlingEcb.label(s) + " + re2", 10, List.of("re2")));
      }
    }
    if (only.contains("stats")) {
      List<XlingExperiment.XRow> probe = ecb.xrows(new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1));
      for (int i = 0; i < CrossLanguageFeatures.NAMES.size(); i++) {
        double[] sum = new double[2];
        int[] nz = new int[2];
        int[] n = new int[2];
        for (XlingExperiment.XRow r : probe) {
          int k = r.gold() <= 2 ? 0 : 1;
          sum[k] += r.z()[i];
          nz[k] += r.z()[i] != 0 ? 1 : 0;
          n[k]++;
        }
        out.printf(
            Locale.ROOT,
            "%-14s same %.3f (%.2f nonzero)  twin %.3f (%.2f nonzero)%n",
            CrossLanguageFeatures.NAMES.get(i),
            sum[0] / n[0],
            (double) nz[0] / n[0],
            sum[1] / n[1],
            (double) nz[1] / n[1]);
      }
    }
    if (only.contains("proxy")) {
      XlingExperiment.Config without = config("", 10, List.of());
      XlingExperiment.Config with = config("+re2 (namerecur)", 10, List.of("re2"));
      List<EcbCrossRows.Settings> settings = new ArrayList<>();
      settings.add(null);
      for (double twin : new double[] {3.5, 4}) {
        for (double w : new double[] {0.1, 0.3, 0.6, 1.0}) {
          settings.add(new EcbCrossRows.Settings(1, twin, 4, 3, w));
        }
      }
      for (EcbCrossRows.Settings s : settings) {
        proxy(out, xling, semeval, ecb, s, without);
        proxy(out, xling, semeval, ecb, s, with);
      }
    }
    if (only.contains("re")) {
      re(out, xling, semeval, ecb);
    }
    if (only.contains("names2")) {
      names2(out, xling, semeval, ecb);
    }
    if (only.isEmpty() || only.contains("grid")) {
      for (double twin : new double[] {3, 3.5, 4}) {
        for (int others : new int[] {0, 3}) {
          for (double w : new double[] {0.05, 0.1, 0.3}) {
            EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, others, w);
            List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
            XlingExperiment.run(
                out,
                xling,
                comp,
                config(String.format(Locale.ROOT, "ecb %s", XlingEcb.label(s)), 10, List.of()));
          }
        }
      }
    }
    if (only.isEmpty() || only.contains("names")) {
      for (EcbCrossRows.Settings s :
          List.of(
              new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1),
              new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.3),
              new EcbCrossRows.Settings(1, 4, 4, 0, 0.3))) {
        List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
        for (List<String> ex :
            List.of(List.of("rh2"), List.of("rh3"), List.of("rh5"), List.of("rh3both"))) {
          XlingExperiment.run(
              out, xling, comp, config("ecb " + XlingEcb.label(s) + " + " + ex, 10, ex));
        }
        for (double lambda : new double[] {3, 20}) {
          XlingExperiment.run(
              out,
              xling,
              comp,
              config("ecb " + XlingEcb.label(s) + " lambda " + lambda, lambda, List.of()));
        }
      }
    }
  }

  static void names2(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingEcb ecb)
      throws IOException {
    for (double twin : new double[] {3, 3.5, 4}) {
      for (int others : new int[] {0, 3}) {
        for (double w : new double[] {0.05, 0.1, 0.15, 0.2}) {
          EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, others, w);
          List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
          for (List<String> ex : List.of(List.of("rh1"), List.of("rh2"))) {
            XlingExperiment.run(
                out, xling, comp, config("ecb " + XlingEcb.label(s) + " + " + ex, 10, ex));
          }
        }
      }
    }
    EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1);
    List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
    for (double lambda : new double[] {3, 5, 15, 20}) {
      XlingExperiment.run(
          out,
          xling,
          comp,
          config("ecb " + XlingEcb.label(s) + " + rh2 lambda " + lambda, lambda, List.of("rh2")));
    }
    XlingExperiment.run(out, xling, semeval, config("no ecb rows + rh2", 10, List.of("rh2")));
  }

  /** Matched names either side mentions at least twice (one pass of the name cover). */
  static double recurring(ArticleFeatures a, ArticleFeatures b) {
    return XlingCandidates.nameCover(a.names(), b.names(), a, b)[3];
  }

  /**
   * {@code namerecur} (capped at 2, over 2) only as far as the pair also shares a specific: the
   * share of the shorter side's numbers, any day, or a name of more than one token ({@code binary}:
   * whether any of them is shared).
   */
  static double recurringSpecific(ArticleFeatures a, ArticleFeatures b, boolean binary) {
    double[] z = CrossLanguageFeatures.compute(a, b);
    double specific =
        Math.max(
            z[CrossLanguageFeatures.index("numbercover")],
            Math.max(
                z[CrossLanguageFeatures.index("dates")],
                z[CrossLanguageFeatures.index("namepairs")]));
    double re = Math.min(2, recurring(a, b)) / 2.0;
    return re * (binary ? (specific > 0 ? 1 : 0) : Math.min(1, 2 * specific));
  }

  static void re(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingEcb ecb)
      throws IOException {
    for (List<String> ex : List.of(List.of("re1"), List.of("re2"), List.of("re3"))) {
      XlingExperiment.run(out, xling, semeval, config("no ecb rows + " + ex, 10, ex));
    }
    for (double twin : new double[] {3, 3.5, 4}) {
      for (double w : new double[] {0.05, 0.1, 0.15, 0.2, 0.3}) {
        EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, twin, 4, 0, w);
        List<XlingExperiment.XRow> comp = ecb.with(semeval, s);
        for (List<String> ex : List.of(List.of("re1"), List.of("re2"), List.of("re3"))) {
          XlingExperiment.run(
              out, xling, comp, config("ecb " + XlingEcb.label(s) + " + " + ex, 10, ex));
        }
      }
    }
  }

  /**
   * A pair-level proxy of the story figures, by topic folds: for each rendered document, the best
   * probability against an English document of its event and of the twin event, from a model
   * trained without the rows of its topic; prints how many reach the story threshold (0.97).
   */
  static void proxy(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingEcb ecb,
      EcbCrossRows.Settings s,
      XlingExperiment.Config cfg)
      throws IOException {
    proxyRows(out, xling, semeval, ecb, s == null ? List.of() : ecb.xrows(s), cfg);
  }

  static void proxyRows(
      PrintStream out,
      List<XlingExperiment.XRow> xling,
      List<XlingExperiment.XRow> semeval,
      XlingEcb ecb,
      List<XlingExperiment.XRow> train,
      XlingExperiment.Config cfg)
      throws IOException {
    List<XlingExperiment.XRow> probe = ecb.xrows(new EcbCrossRows.Settings(1, 3.5, 4, 0, 0.1));
    Map<String, double[]> best = new TreeMap<>();
    List<XlingExperiment.XRow> pairs = new ArrayList<>(xling);
    pairs.addAll(semeval);
    for (String topic : ecb.topicSet()) {
      XlingFit.Fitted m =
          XlingFit.train(
              ecb.outsideTopic(
                  pairs, train, topic, XlingExperiment.XRow::id1, XlingExperiment.XRow::id2),
              cfg);
      for (XlingExperiment.XRow r : probe) {
        if (!topic.equals(ecb.topics().get(r.id1()))) {
          continue;
        }
        double p = m.probability(r);
        double[] b = best.computeIfAbsent(r.id1(), k -> new double[2]);
        int k = r.gold() <= 2 ? 0 : 1;
        b[k] = Math.max(b[k], p);
      }
    }
    int attach = 0;
    int twin = 0;
    int twinOver = 0;
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, double[]> e : best.entrySet()) {
      double[] b = e.getValue();
      attach += b[0] >= 0.97 ? 1 : 0;
      twin += b[1] >= 0.97 ? 1 : 0;
      twinOver += b[1] > b[0] ? 1 : 0;
      if (b[1] >= 0.97) {
        sb.append(String.format(Locale.ROOT, " %s %.2f/%.2f", e.getKey(), b[0], b[1]));
      }
    }
    out.printf(
        Locale.ROOT,
        "%-50s same>=0.97 %d, twin>=0.97 %d, twin>same %d of %d |%s%n",
        "  proxy " + cfg.label(),
        attach,
        twin,
        twinOver,
        best.size(),
        sb);
  }

  static double linkRecur(ArticleFeatures a, ArticleFeatures b) {
    return Math.min(2, recurring(a, b)) / 2.0;
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    switch (args[0]) {
      case "pairs" -> pairs(out, langId, List.of(args).subList(1, args.length));
      case "stories" -> XlingRound9Stories.stories(out, langId, args);
      case "check" -> XlingEcb.check(out);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
