package dev.storylink.eval;

import dev.storylink.link.ExtraRows;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code eval pairs}: the shipped link model (and its language-independent evidence model) on a
 * {@link PairsDataset}, optionally k-fold cross-validated with fixed folds (a seeded shuffle, so
 * the cross-validated figures are the same on every run). Figures, per-language-pair tables and a
 * one-line summary. Stateless and thread-safe.
 */
public final class PairsEvaluation {
  /** The default number of folds and the default seed of the fold shuffle. */
  public static final int FOLDS = 10;

  /** Seed of the fold shuffle (the one {@link PairEvaluator#train} uses too). */
  public static final long SEED = 42;

  /** The four reports of one run; the cross-validated ones are absent without CV. */
  public record Reports(
      PairEvaluator.Report shipped,
      PairEvaluator.Report evidence,
      Optional<PairEvaluator.Report> cv,
      Optional<PairEvaluator.Report> cvEvidence) {}

  private PairsEvaluation() {}

  /**
   * Evaluates featurised pairs with the shipped model; with {@code folds > 1} also by k-fold
   * cross-validation with the fold shuffle seeded by {@code seed}.
   */
  public static Reports reports(PairEvaluator.PairData data, int folds, long seed) {
    return reports(data, folds, seed, ExtraRows.NONE);
  }

  /**
   * As {@link #reports(PairEvaluator.PairData, int, long)}, the cross-validation's lexical models
   * also fitted on {@code lexicalRows} ({@link RenderedEcbRows}, as {@code train link} fits the
   * shipped one).
   */
  public static Reports reports(
      PairEvaluator.PairData data, int folds, long seed, ExtraRows lexicalRows) {
    LinkModel shipped = LinkModel.shipped();
    PairEvaluator.Report s =
        PairEvaluator.evaluate(data, shipped, PairEvaluator.Routing.BY_SCRIPT, "shipped model");
    PairEvaluator.Report e =
        PairEvaluator.evaluate(
            data,
            shipped,
            PairEvaluator.Routing.EVIDENCE_ONLY,
            "shipped evidence model on every pair");
    if (folds < 2) {
      return new Reports(s, e, Optional.empty(), Optional.empty());
    }
    return new Reports(
        s,
        e,
        Optional.of(
            PairEvaluator.crossValidate(
                data, folds, seed, PairEvaluator.Routing.BY_SCRIPT, lexicalRows)),
        Optional.of(
            PairEvaluator.crossValidate(
                data, folds, seed, PairEvaluator.Routing.EVIDENCE_ONLY, lexicalRows)));
  }

  /** Loads, featurises and evaluates {@code dir}; {@code folds < 2} means no cross-validation. */
  public static EvalResult run(Path dir, int folds, long seed, LanguageIdentifier langId)
      throws IOException {
    PairEvaluator.PairData data = PairEvaluator.featurize(PairsDataset.load(dir), langId);
    if (folds >= 2 && data.crossLanguage().contains(true)) {
      data = data.withCompanion(CrossLanguageCv.companion(dir, langId));
    }
    ExtraRows lexicalRows =
        folds >= 2 && data.crossLanguage().contains(false)
            ? RenderedEcbRows.rowsIfPresent(langId)
            : ExtraRows.NONE;
    return result(dir, reports(data, folds, seed, lexicalRows));
  }

  /** Figures, console text and Markdown of a run. */
  public static EvalResult result(Path dir, Reports r) {
    Map<String, Double> m = new LinkedHashMap<>();
    r.cv().ifPresent(cv -> put(m, "cv_", cv));
    r.cvEvidence().ifPresent(cv -> put(m, "cv_evidence_", cv));
    put(m, "", r.shipped());
    put(m, "evidence_", r.evidence());
    m.put("pairs", (double) r.shipped().overall().pairs());

    StringBuilder text = new StringBuilder();
    text.append("Shipped model on ")
        .append(dir)
        .append(":\n")
        .append(PairEvaluator.markdown(r.shipped()));
    text.append(
        "\nLanguage-independent evidence model (what pairs in different scripts get) on every pair:\n");
    text.append(PairEvaluator.markdown(r.evidence()));
    r.cv()
        .ifPresent(
            cv ->
                text.append("\n")
                    .append(cv.modelDescription())
                    .append(" (each fold scored by a model trained on the others):\n")
                    .append(PairEvaluator.markdown(cv)));
    r.cvEvidence()
        .ifPresent(
            cv ->
                text.append("\n")
                    .append(cv.modelDescription())
                    .append(":\n")
                    .append(PairEvaluator.markdown(cv)));
    text.append(PairEvaluator.summary(r.evidence())).append('\n');
    r.cvEvidence().ifPresent(cv -> text.append(PairEvaluator.summary(cv)).append('\n'));
    text.append(PairEvaluator.summary(r.shipped())).append('\n');
    r.cv().ifPresent(cv -> text.append(PairEvaluator.summary(cv)).append('\n'));
    text.append(summary(r)).append('\n');

    StringBuilder md = new StringBuilder();
    md.append(
        "Pearson is between the predicted 1-4 similarity and the gold Overall; accuracy is the\n");
    md.append(
        "same-story decision (probability >= 0.5) on pairs with gold <= 2 (same) or >= 3 (different).\n");
    md.append(
        "Pairs in one script are scored by the lexical model (all features), pairs in different\n");
    md.append(
        "scripts by the language-independent evidence model (names, places, numbers, dates), shown\n");
    md.append("on every pair as an estimate.\n");
    r.cv()
        .ifPresent(
            cv ->
                md.append("\n### ")
                    .append(cv.modelDescription())
                    .append(
                        "\n\nEach pair is scored by a model trained without it (fixed folds, seed ")
                    .append(SEED)
                    .append(" by default): the estimate for unseen data.\n\n")
                    .append(PairEvaluator.markdown(cv)));
    md.append(
            "\n### Shipped model\n\nThe shipped link model, trained on all SemEval-2022 Task 8 dev pairs (on those"
                + " its figures flatter).\n\n")
        .append(PairEvaluator.markdown(r.shipped()));
    r.cvEvidence()
        .ifPresent(
            cv ->
                md.append("\n### ")
                    .append(cv.modelDescription())
                    .append("\n\n")
                    .append(PairEvaluator.markdown(cv)));
    md.append("\n### Shipped evidence model on every pair\n\n")
        .append(PairEvaluator.markdown(r.evidence()));
    return new EvalResult(m, text.toString(), md.toString());
  }

  /** The one-line summary: the shipped figures and, with CV, the cross-validated ones. */
  static String summary(Reports r) {
    PairEvaluator.Figures s = r.shipped().overall();
    StringBuilder sb =
        new StringBuilder(
            String.format(
                java.util.Locale.ROOT,
                "pairs=%d pearson=%.3f accuracy=%.3f",
                s.pairs(),
                s.pearson(),
                s.accuracy()));
    r.cv()
        .ifPresent(
            cv ->
                sb.append(
                    String.format(
                        java.util.Locale.ROOT,
                        " cv_pearson=%.3f cv_accuracy=%.3f",
                        cv.overall().pearson(),
                        cv.overall().accuracy())));
    r.cvEvidence()
        .ifPresent(
            cv ->
                sb.append(
                    String.format(
                        java.util.Locale.ROOT,
                        " cv_evidence_pearson=%.3f",
                        cv.overall().pearson())));
    return sb.toString();
  }

  private static void put(Map<String, Double> m, String prefix, PairEvaluator.Report r) {
    for (PairEvaluator.Figures f : r.figures()) {
      String suffix = f.group().equals("all") ? "" : "[" + f.group() + "]";
      m.put(prefix + "pearson" + suffix, f.pearson());
      m.put(prefix + "accuracy" + suffix, f.accuracy());
    }
  }
}
