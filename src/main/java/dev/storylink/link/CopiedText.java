package dev.storylink.link;

/**
 * The same text in one language: a copy (a republished wire story, the same page fetched twice, an
 * article compared with itself) is the same story by definition, but no SemEval pair is one (the
 * closest have a term cosine of 0.95 and no more than 83 % of their sentences copied), so the
 * lexical model, which never saw one, scores a copy as far from its training pairs: an article
 * against itself came out at similarity 1.8 and probability 0.82. Linking reports such a pair at
 * similarity 1 with the probability the model's calibration gives that similarity.
 *
 * <p>The rule, on the pair features of a pair scored by the lexical model (one language, one
 * script): term cosine ≥ {@value #MIN_COSINE}, character 4-gram cosine ≥ {@value #MIN_COSINE} and a
 * share of copied sentences ({@code sentcopy}, cosine ≥ 0.9 with its best partner) ≥ {@value
 * #MIN_COPIED}. A page that repeats an outlet's template around another title (two paywall pages:
 * cosine 0.95, 83 % copied) is not a copy. The clusterer does not read this rule (it scores with
 * the neutral regression, and near-duplicates are grouped at ingest).
 *
 * <p>Stateless and thread-safe.
 */
final class CopiedText {
  /** Least term and character cosine of a copy. */
  static final double MIN_COSINE = 0.97;

  /** Least share of copied sentences of a copy. */
  static final double MIN_COPIED = 0.9;

  private static final int TERMS = PairFeatures.index("terms");
  private static final int CHARS = PairFeatures.index("chars");
  private static final int COPIED = PairFeatures.index("sentcopy");

  private CopiedText() {}

  /** Whether the pair features {@code x} (with the passage features) describe a copy. */
  static boolean copy(double[] x) {
    return x[TERMS] >= MIN_COSINE && x[CHARS] >= MIN_COSINE && x[COPIED] >= MIN_COPIED;
  }

  /** The similarity the lexical {@code model} reports: 1 for a copy, its own otherwise. */
  static double similarity(Regression model, double[] x) {
    return copy(x) ? 1.0 : model.similarity(x);
  }
}
