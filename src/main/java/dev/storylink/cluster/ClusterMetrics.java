package dev.storylink.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against gold clusters, over the
 * items present in both. Immutable and thread-safe.
 *
 * @param items items scored
 * @param bcubedPrecision B-cubed precision
 * @param bcubedRecall B-cubed recall
 * @param pairPrecision pairwise precision (1 when no pair is predicted)
 * @param pairRecall pairwise recall (1 when no gold pair exists)
 * @param predictedClusters clusters predicted
 * @param goldClusters gold clusters
 */
public record ClusterMetrics(
    int items,
    double bcubedPrecision,
    double bcubedRecall,
    double pairPrecision,
    double pairRecall,
    int predictedClusters,
    int goldClusters) {
  /** Validates. */
  public ClusterMetrics {
    if (items < 0) {
      throw new IllegalArgumentException("items must not be negative");
    }
  }

  /** B-cubed F1. */
  public double bcubedF1() {
    return f1(bcubedPrecision, bcubedRecall);
  }

  /** Pairwise F1. */
  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Scores {@code predicted} (item → cluster) against {@code gold} (item → cluster). */
  public static ClusterMetrics of(Map<String, String> predicted, Map<String, String> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> joint = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      if (g == null) {
        continue;
      }
      n++;
      predSize.merge(e.getValue(), 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
      joint.merge(e.getValue() + "\u0000" + g, 1, Integer::sum);
    }
    if (n == 0) {
      return new ClusterMetrics(0, 0, 0, 0, 0, 0, 0);
    }
    double p = 0;
    double r = 0;
    long tp = 0;
    for (Map.Entry<String, Integer> e : joint.entrySet()) {
      String[] pg = e.getKey().split("\u0000", 2);
      int c = e.getValue();
      p += (double) c * c / predSize.get(pg[0]);
      r += (double) c * c / goldSize.get(pg[1]);
      tp += (long) c * (c - 1) / 2;
    }
    long predPairs = predSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    long goldPairs = goldSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
    return new ClusterMetrics(
        n, p / n, r / n,
        predPairs == 0 ? 1 : (double) tp / predPairs,
        goldPairs == 0 ? 1 : (double) tp / goldPairs,
        predSize.size(), goldSize.size());
  }

  /** One-line summary. */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "B-cubed P=%.3f R=%.3f F1=%.3f; pairwise P=%.3f R=%.3f F1=%.3f; %d items, %d clusters (gold %d)",
        bcubedPrecision, bcubedRecall, bcubedF1(), pairPrecision, pairRecall, pairF1(), items,
        predictedClusters, goldClusters);
  }
}
