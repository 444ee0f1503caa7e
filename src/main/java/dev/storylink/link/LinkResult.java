package dev.storylink.link;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on a pair of articles. Immutable and thread-safe.
 *
 * @param idA id of article A
 * @param idB id of article B
 * @param probability calibrated probability that both report the same event (0..1)
 * @param similarity SemEval-2022-Task-8-style overall similarity, 1.0 (same story) .. 4.0
 *     (unrelated)
 * @param sameStory the decision: {@code probability >= 0.5}
 * @param reasons shared names, places, numbers and dates, strongest first
 * @param features the pair features the model saw, by name (for inspection)
 */
public record LinkResult(
    String idA,
    String idB,
    double probability,
    double similarity,
    boolean sameStory,
    List<Reason> reasons,
    java.util.Map<String, Double> features) {
  public LinkResult {
    Objects.requireNonNull(idA, "idA");
    Objects.requireNonNull(idB, "idB");
    reasons = List.copyOf(reasons);
    features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability out of range: " + probability);
    }
    if (!(similarity >= 1 && similarity <= 4)) {
      throw new IllegalArgumentException("similarity out of range: " + similarity);
    }
  }
}
