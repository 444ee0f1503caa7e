package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storylink.learn.TreeEnsemble;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradient-boosted regression trees over named {@link PairFeatures} ({@link TreeEnsemble}s whose
 * feature indices are positions in {@code features}), scored on the full pair feature vector. The
 * names make a model refuse to load when this build no longer computes a feature it splits on, and
 * let the model's features differ from the vector's layout. JSON: {@code features} plus the fields
 * of {@link TreeEnsemble#toJson}. Immutable and thread-safe.
 */
public final class PairTrees {
  /** No trees: predicts 0. */
  public static final PairTrees NONE = new PairTrees(List.of(), TreeEnsemble.NONE);

  private final List<String> features;
  private final TreeEnsemble trees;

  /** The same trees reading the full {@link PairFeatures} vector. */
  private final TreeEnsemble onPairFeatures;

  /**
   * Trees over {@code features}.
   *
   * @throws IllegalArgumentException if a feature is not in {@link PairFeatures#NAMES} or a split
   *     has no feature
   */
  public PairTrees(List<String> features, TreeEnsemble trees) {
    this.features = List.copyOf(features);
    for (String f : this.features) {
      if (!PairFeatures.NAMES.contains(f)) {
        throw new IllegalArgumentException(
            "trees use feature '" + f + "' this build does not compute; retrain (train link)");
      }
    }
    if (trees.maxFeature() >= this.features.size()) {
      throw new IllegalArgumentException("a split uses no named feature");
    }
    this.trees = trees;
    this.onPairFeatures =
        trees.withColumns(this.features.stream().mapToInt(PairFeatures::index).toArray());
  }

  /** The values of {@code features} in each full {@link PairFeatures} vector of {@code xs}. */
  static List<double[]> columns(List<double[]> xs, List<String> features) {
    int[] cols = features.stream().mapToInt(PairFeatures::index).toArray();
    List<double[]> rows = new ArrayList<>(xs.size());
    for (double[] x : xs) {
      double[] r = new double[cols.length];
      for (int k = 0; k < cols.length; k++) {
        r[k] = x[cols[k]];
      }
      rows.add(r);
    }
    return rows;
  }

  /** Number of trees. */
  public int size() {
    return trees.size();
  }

  /** The trees' value for the full {@link PairFeatures} vector {@code x}. */
  public double predict(double[] x) {
    return onPairFeatures.value(x);
  }

  /** Names of the features the trees split on. */
  public List<String> features() {
    return features;
  }

  /** The trees, their feature indices positions in {@link #features()}. */
  public TreeEnsemble trees() {
    return trees;
  }

  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode f = n.putArray("features");
    features.forEach(f::add);
    n.setAll(trees.toJson(mapper));
    return n;
  }

  /** Reads trees written by {@link #toJson}; a missing or null node reads as {@link #NONE}. */
  static PairTrees fromJson(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return NONE;
    }
    List<String> f = new ArrayList<>();
    n.path("features").forEach(x -> f.add(x.asText()));
    return new PairTrees(f, TreeEnsemble.fromJson(n));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairTrees t && features.equals(t.features) && trees.equals(t.trees);
  }

  @Override
  public int hashCode() {
    return trees.hashCode() * 31 + features.hashCode();
  }

  @Override
  public String toString() {
    return trees.toString();
  }
}
