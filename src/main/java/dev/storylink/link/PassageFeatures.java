package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.features.PassageVectors;
import dev.storylink.features.SparseVector;
import java.util.List;

/**
 * Pair features of the same-language link model beyond {@link PairFeatures}' core: the titles, the
 * best-aligned sentences and conflicting dates, each in [0, 1] (docs/link-model.md: what each adds
 * in 10-fold cross-validation). Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@code title}: cosine of the head (title, or first sentence) stem vectors.
 *   <li>{@code titlelead}: each side's head against the other's best of its first three sentences,
 *       averaged over the two sides.
 *   <li>{@code sentmax}: the best cosine between a sentence of one and a sentence of the other
 *       (first {@link PassageVectors#SENTENCES} sentences each).
 *   <li>{@code senttop3}: mean of the three best sentence-pair cosines.
 *   <li>{@code sentshare}: share of the sentences of both whose best partner has cosine ≥ {@link
 *       #ALIGNED}.
 *   <li>{@code bigrams}: stem bigrams (two adjacent content words) both texts have, capped at
 *       {@link #BIGRAM_CAP}, over {@link #BIGRAM_CAP}: shared phrases, not only shared words.
 *   <li>{@code dateclash}: 1 when both texts give full dates (with the year) and no date of one is
 *       within a day of a date of the other, else 0 (the cross-language model's {@code
 *       dateconflict}: {@link CrossLanguageConflicts#dates}): one kind of report of two events.
 *   <li>{@code sentcopy}: share of the sentences of both whose best partner has cosine ≥ {@link
 *       #COPIED}: the same sentence in both, a copy or a template's fixed line; with {@code
 *       sentshare} it tells a retelling (aligned, not copied) from a copy and from one outlet's
 *       template filled with another event (a few lines copied, the rest unaligned).
 *   <li>{@code stemjaccard}: weighted Jaccard of the two stem vectors ({@link
 *       SparseVector#weightedJaccard}), the companion of the {@code stems} cosine that counts every
 *       stem one side weighs and the other lacks.
 *   <li>{@code sentnear}: as {@code sentcopy} at cosine ≥ {@link #NEAR}: sentences copied and
 *       edited. With {@code sentshare} (≥ {@link #ALIGNED}) and {@code sentcopy} a coarse histogram
 *       of how closely the sentences align.
 *   <li>{@code dedims}: for two articles in German ({@code de}) the Dice of their stem sets ({@link
 *       SparseVector#dimensionDice}: twice the number of stems both use over the number each uses,
 *       added), 0 for every other pair: a German-only overlap, so that the model fits German pairs,
 *       whose overlaps say less (police-report templates, compounds), apart from the rest.
 * </ul>
 */
final class PassageFeatures {
  /** Feature names, in the order {@link #compute} writes them. */
  static final List<String> NAMES =
      List.of(
          "title",
          "titlelead",
          "sentmax",
          "senttop3",
          "sentshare",
          "bigrams",
          "dateclash",
          "sentcopy",
          "stemjaccard",
          "sentnear",
          "dedims");

  /** Shared bigrams at which {@code bigrams} is 1. */
  static final int BIGRAM_CAP = 20;

  /** Cosine at which two sentences count as aligned. */
  static final double ALIGNED = 0.3;

  /** Cosine at which two sentences count as one sentence (copied, or a template's line). */
  static final double COPIED = 0.9;

  /** Cosine at which two sentences count as nearly one (copied and edited). */
  static final double NEAR = 0.7;

  private PassageFeatures() {}

  /** Writes the features of the pair into {@code x} from position {@code at}. */
  static void compute(ArticleFeatures a, ArticleFeatures b, double[] x, int at) {
    PassageVectors pa = a.passages();
    PassageVectors pb = b.passages();
    x[at] = pa.headCosine(pb);
    x[at + 1] = (pa.headVersusFirst(pb, 3) + pb.headVersusFirst(pa, 3)) / 2;
    int na = pa.sentenceCount();
    int nb = pb.sentenceCount();
    double[] cos = new double[PassageVectors.SENTENCES * PassageVectors.SENTENCES];
    pa.sentenceCosines(pb, cos);
    double top1 = 0;
    double top2 = 0;
    double top3 = 0;
    int aligned = 0;
    int copied = 0;
    int near = 0;
    double[] bestB = new double[nb];
    for (int s = 0; s < na; s++) {
      double bestA = 0;
      for (int t = 0; t < nb; t++) {
        double c = cos[s * PassageVectors.SENTENCES + t];
        bestA = Math.max(bestA, c);
        bestB[t] = Math.max(bestB[t], c);
        if (c > top3) {
          if (c > top1) {
            top3 = top2;
            top2 = top1;
            top1 = c;
          } else if (c > top2) {
            top3 = top2;
            top2 = c;
          } else {
            top3 = c;
          }
        }
      }
      aligned += bestA >= ALIGNED ? 1 : 0;
      copied += bestA >= COPIED ? 1 : 0;
      near += bestA >= NEAR ? 1 : 0;
    }
    for (double c : bestB) {
      aligned += c >= ALIGNED ? 1 : 0;
      copied += c >= COPIED ? 1 : 0;
      near += c >= NEAR ? 1 : 0;
    }
    x[at + 2] = top1;
    x[at + 3] = (top1 + top2 + top3) / 3;
    int total = na + nb;
    x[at + 4] = total == 0 ? 0 : (double) aligned / total;
    x[at + 5] = Math.min(BIGRAM_CAP, pa.sharedBigrams(pb)) / (double) BIGRAM_CAP;
    x[at + 6] = dateClash(a.dates(), b.dates());
    x[at + 7] = total == 0 ? 0 : (double) copied / total;
    x[at + 8] = a.stems().weightedJaccard(b.stems());
    x[at + 9] = total == 0 ? 0 : (double) near / total;
    x[at + 10] = germanDims(a, b);
  }

  /** The language whose pairs get {@code dedims}. */
  static final String GERMAN = "de";

  /**
   * {@code dedims}: the Dice of the two stem sets when both articles are in {@link #GERMAN}, else
   * 0.
   */
  static double germanDims(ArticleFeatures a, ArticleFeatures b) {
    return a.lang().equals(GERMAN) && b.lang().equals(GERMAN)
        ? a.stems().dimensionDice(b.stems())
        : 0;
  }

  /**
   * 1 when both name full dates ({@code YYYY-MM-DD} keys) and none of one is within a day of one of
   * the other, else 0; a key that is no calendar date is no evidence.
   */
  static double dateClash(List<Mention> as, List<Mention> bs) {
    return CrossLanguageConflicts.dates(as, bs);
  }
}
