/**
 * Learned models shared by the pipeline's stages: gradient-boosted regression trees, fitted by
 * XGBoost through Tribuo at training time only ({@link dev.storylink.learn.XgboostTrees}) and
 * exported to flat arrays ({@link dev.storylink.learn.TreeEnsemble}) that score without either
 * library. The link model ({@code link.PairTrees}) and the assignment decision ({@code
 * cluster.AssignmentModel}) both use them; this package knows no domain features, only column
 * indices into a feature vector.
 */
package dev.storylink.learn;
