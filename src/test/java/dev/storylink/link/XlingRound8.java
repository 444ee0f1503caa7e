package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Eighth-round experiments (issue 11), run by hand: the ablation of {@link XlingExperiment} on the
 * current features, and candidate features on the names that recur.
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.link.XlingRound8 [ablation|extras]
 * </pre>
 *
 * Not thread-safe.
 */
final class XlingRound8 {
  private XlingRound8() {}

  /** Matched names of which one side mentions its name at least twice, capped at 5, over 5. */
  static double recurringHits(ArticleFeatures a, ArticleFeatures b) {
    List<Mention> as = a.names().stream().filter(m -> m.count() >= 2).toList();
    List<Mention> bs = b.names().stream().filter(m -> m.count() >= 2).toList();
    double h1 = XlingCandidates.nameCover(as, b.names(), a, b)[1];
    double h2 = XlingCandidates.nameCover(a.names(), bs, a, b)[1];
    return Math.min(5, Math.max(h1, h2)) / 5.0;
  }

  static double hitsCap(ArticleFeatures a, ArticleFeatures b, int cap, int min, boolean both) {
    List<Mention> as = a.names().stream().filter(m -> m.count() >= min).toList();
    List<Mention> bs = b.names().stream().filter(m -> m.count() >= min).toList();
    if (both) {
      return Math.min(cap, XlingCandidates.nameCover(as, bs, a, b)[1]) / cap;
    }
    double h1 = XlingCandidates.nameCover(as, b.names(), a, b)[1];
    double h2 = XlingCandidates.nameCover(a.names(), bs, a, b)[1];
    return Math.min(cap, Math.max(h1, h2)) / (double) cap;
  }

  /** The name cover with both sides cut to their names mentioned at least twice. */
  static double recurringCover(ArticleFeatures a, ArticleFeatures b) {
    List<Mention> as = a.names().stream().filter(m -> m.count() >= 2).toList();
    List<Mention> bs = b.names().stream().filter(m -> m.count() >= 2).toList();
    return XlingCandidates.nameCover(as, bs, a, b)[0];
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    List<XlingExperiment.XRow> xling = XlingExperiment.rows(XlingExperiment.XLING, langId);
    List<XlingExperiment.XRow> semeval = XlingExperiment.rows(XlingExperiment.SEMEVAL, langId);
    XlingColumns.EXTRA.put("rechits", XlingRound8::recurringHits);
    XlingColumns.EXTRA.put("reccover", XlingRound8::recurringCover);
    XlingColumns.EXTRA.put("rh3", (a, b) -> hitsCap(a, b, 3, 2, false));
    XlingColumns.EXTRA.put("rh1", (a, b) -> hitsCap(a, b, 1, 2, false));
    XlingColumns.EXTRA.put("rh2", (a, b) -> hitsCap(a, b, 2, 2, false));
    XlingColumns.EXTRA.put("rh4", (a, b) -> hitsCap(a, b, 4, 2, false));
    XlingColumns.EXTRA.put("rh10", (a, b) -> hitsCap(a, b, 10, 2, false));
    XlingColumns.EXTRA.put("rh5both", (a, b) -> hitsCap(a, b, 5, 2, true));
    XlingColumns.EXTRA.put("rh3both", (a, b) -> hitsCap(a, b, 3, 2, true));
    XlingColumns.EXTRA.put("rh5m3", (a, b) -> hitsCap(a, b, 5, 3, false));
    XlingExperiment.Config c =
        XlingExperiment.Config.of(
            "shipped",
            CrossLanguageTrainer.LAMBDA,
            List.of(),
            XlingExperiment.Decision.MID_WIDE,
            CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT);
    String which = args.length > 0 ? args[0] : "extras";
    XlingExperiment.run(out, xling, semeval, c);
    if (which.equals("ablation")) {
      XlingRound7.dropEach(out, xling, semeval, c);
      return;
    }
    for (List<String> ex :
        List.of(List.of("rh1"), List.of("rh2"), List.of("rh3"), List.of("rh4"))) {
      XlingExperiment.run(
          out,
          xling,
          semeval,
          XlingExperiment.Config.of(
              "+ " + ex,
              CrossLanguageTrainer.LAMBDA,
              ex,
              XlingExperiment.Decision.MID_WIDE,
              CrossLanguageTrainer.SAME_LANGUAGE_WEIGHT));
    }
  }
}
