package dev.storylink.link;

import java.util.List;

/**
 * Training rows from another data set that a model with trees is fitted on (the ridge regression
 * and the boosted trees, each row of weight {@code weight}) but never calibrated on: its logistic
 * calibration, decision threshold and {@link SimilarityMap} are fitted on the out-of-fold
 * predictions of the main pairs only, and under cross-validation the rows join every training fold
 * ({@link LinkTrainer#train(Regression, List, double[], double[], java.util.Optional, ExtraRows)}).
 * Immutable and thread-safe.
 *
 * @param xs the rows' raw pair features ({@link PairFeatures} order)
 * @param ys their gold 1–4 similarities
 * @param weight each row's weight in the ridge regression and the trees, in (0, 1]
 */
public record ExtraRows(List<double[]> xs, List<Double> ys, double weight) {
  /** No extra rows. */
  public static final ExtraRows NONE = new ExtraRows(List.of(), List.of(), 1);

  public ExtraRows {
    xs = List.copyOf(xs);
    ys = List.copyOf(ys);
    if (xs.size() != ys.size()) {
      throw new IllegalArgumentException("one gold per row");
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
    }
    for (double y : ys) {
      if (!(y >= 1 && y <= 4)) {
        throw new IllegalArgumentException("gold outside 1–4: " + y);
      }
    }
  }

  /** The number of rows. */
  public int size() {
    return ys.size();
  }
}
