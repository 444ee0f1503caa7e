package dev.storylink.learn;

/**
 * Settings of gradient-boosted regression trees ({@link XgboostTrees}). Immutable and thread-safe.
 *
 * @param trees number of trees
 * @param depth maximum depth of a tree
 * @param eta learning rate (shrinkage of each tree)
 * @param minChildWeight minimum number of rows in a leaf (squared loss: the hessian is 1)
 * @param subsample share of the rows each tree is fitted on
 */
public record Boosting(int trees, int depth, double eta, double minChildWeight, double subsample) {
  public Boosting {
    if (trees < 1 || depth < 1 || !(eta > 0) || !(subsample > 0 && subsample <= 1)) {
      throw new IllegalArgumentException("bad tree settings");
    }
  }
}
