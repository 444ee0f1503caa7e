package dev.storylink.eval;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.learn.Boosting;
import dev.storylink.learn.TreeEnsemble;
import dev.storylink.learn.XgboostTrees;
import java.util.Optional;

/**
 * Fits the {@link AssignmentModel}'s probability with gradient-boosted regression trees (Tribuo's
 * XGBoost trainer, squared error on the 0/1 join labels, {@link XgboostTrees}) exported to a {@link
 * TreeEnsemble}, checked against XGBoost's own predictions on every training row: ingest evaluates
 * the flat arrays, no XGBoost at run time. Stateless and thread-safe.
 */
public final class AssignmentBoosting {
  /**
   * Trees, learning rate and depth of the fit: chosen by the topic-fold cross-validation on ECB+
   * dev (docs/clustering-quality.md; 15-50 trees of depth 2 give F1 0.863-0.898, deeper or more
   * trees 0.840-0.864).
   */
  static final int TREES = 30;

  static final double ETA = 0.1;
  static final int DEPTH = 2;

  private AssignmentBoosting() {}

  /** The model of {@code rows}: trees, threshold 0.5 (to be tuned), year penalty as given. */
  public static AssignmentModel fit(AssignmentTraining.Rows rows, double yearPenalty, long seed) {
    double[] ys = new double[rows.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = rows.labels().get(i) ? 1 : 0;
    }
    TreeEnsemble trees =
        XgboostTrees.fit(
            rows.xs(), EventFeatures.NAMES, ys, new Boosting(TREES, DEPTH, ETA, 1, 1), seed);
    double[] w = new double[EventFeatures.NAMES.size() + 1];
    return new AssignmentModel(EventFeatures.NAMES, w, 0.5, yearPenalty, Optional.of(trees));
  }
}
