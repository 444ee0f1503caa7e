package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * One calibrated model over a subset of {@link PairFeatures}: a linear regression from the expanded
 * features to the SemEval 1–4 similarity, plus optionally gradient-boosted trees fitted to its
 * residuals ({@link PairTrees}, empty for a purely linear model), and a logistic calibration of
 * that similarity into the probability of the same event, {@code p = 1 / (1 + exp(slope *
 * (similarity - midpoint)))}. A model with trees also maps its clamped output through a monotone
 * {@link SimilarityMap} fitted on out-of-fold predictions (identity for the others). Expansion:
 * each used feature {@code x} contributes {@code x}; those in {@code sqrtFeatures} also {@code
 * sqrt(x)}; a constant 1 comes last. Fitted by {@link LinkTrainer}. Immutable and thread-safe.
 *
 * @param features names of the features used (a subset of {@link PairFeatures#NAMES})
 * @param sqrtFeatures the used features that also get a square-root companion
 * @param weights one weight per expanded feature
 * @param slope calibration slope
 * @param midpoint similarity at which the probability is 0.5 (the decision threshold)
 * @param trees trees added to the linear part ({@link PairTrees#NONE} for none)
 * @param map the map from the clamped output to the similarity ({@link SimilarityMap#IDENTITY} for
 *     none)
 */
public record Regression(
    List<String> features,
    List<String> sqrtFeatures,
    double[] weights,
    double slope,
    double midpoint,
    PairTrees trees,
    SimilarityMap map) {

  public Regression {
    features = List.copyOf(features);
    sqrtFeatures = List.copyOf(sqrtFeatures);
    for (String f : features) {
      if (!PairFeatures.NAMES.contains(f)) {
        throw new IllegalArgumentException(
            "model uses feature '"
                + f
                + "' this build does not compute; retrain with `storylink train link`");
      }
    }
    if (!features.containsAll(sqrtFeatures)) {
      throw new IllegalArgumentException("sqrt features must be used features");
    }
    features = new Positioned(features);
    sqrtFeatures = new Positioned(sqrtFeatures);
    int size = features.size() + sqrtFeatures.size() + 1;
    if (weights.length != size) {
      throw new IllegalArgumentException("expected " + size + " weights, got " + weights.length);
    }
    weights = weights.clone();
    java.util.Objects.requireNonNull(trees, "trees");
    java.util.Objects.requireNonNull(map, "map");
  }

  /** A model without a similarity map. */
  public Regression(
      List<String> features,
      List<String> sqrtFeatures,
      double[] weights,
      double slope,
      double midpoint,
      PairTrees trees) {
    this(features, sqrtFeatures, weights, slope, midpoint, trees, SimilarityMap.IDENTITY);
  }

  /** A linear model (no trees). */
  public Regression(
      List<String> features,
      List<String> sqrtFeatures,
      double[] weights,
      double slope,
      double midpoint) {
    this(features, sqrtFeatures, weights, slope, midpoint, PairTrees.NONE);
  }

  /** An untrained model of the given shape (all weights 0). */
  public static Regression shape(List<String> features, List<String> sqrtFeatures) {
    return new Regression(
        features, sqrtFeatures, new double[features.size() + sqrtFeatures.size() + 1], 1, 2.5);
  }

  /** Length of the expanded vector. */
  public int expandedSize() {
    return weights.length;
  }

  /** Names of the expanded inputs but the constant: the features, then {@code sqrt_} companions. */
  public List<String> expandedNames() {
    List<String> n = new ArrayList<>(features);
    sqrtFeatures.forEach(f -> n.add("sqrt_" + f));
    return n;
  }

  /** Expands a full {@link PairFeatures} vector into this model's inputs. */
  public double[] expand(double[] x) {
    double[] e = new double[weights.length];
    int k = 0;
    for (int p : ((Positioned) features).positions) {
      e[k++] = x[p];
    }
    for (int p : ((Positioned) sqrtFeatures).positions) {
      e[k++] = Math.sqrt(Math.max(0, x[p]));
    }
    e[k] = 1;
    return e;
  }

  /**
   * An immutable list of feature names with their {@link PairFeatures#index} positions, looked up
   * once: {@link #expand} runs for every pair the clusterer scores. Equal to any list of the same
   * names.
   */
  private static final class Positioned extends AbstractList<String> implements RandomAccess {
    private final List<String> names;
    private final int[] positions;

    Positioned(List<String> names) {
      this.names = names;
      this.positions = new int[names.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = PairFeatures.index(names.get(i));
      }
    }

    @Override
    public String get(int i) {
      return names.get(i);
    }

    @Override
    public int size() {
      return names.size();
    }
  }

  /** Predicted similarity on the 1–4 scale (1 = same story): the {@link #map} of the output. */
  public double similarity(double[] x) {
    return map.apply(raw(x));
  }

  /** The output clamped to the 1–4 scale, before the {@link #map}. */
  public double unmapped(double[] x) {
    return Math.max(1.0, Math.min(4.0, raw(x)));
  }

  /** The linear part plus the trees, not clamped to the 1–4 scale. */
  public double raw(double[] x) {
    return linear(x) + trees.predict(x);
  }

  /** The linear part alone, not clamped. */
  public double linear(double[] x) {
    double[] e = expand(x);
    double s = 0;
    for (int i = 0; i < e.length; i++) {
      s += weights[i] * e[i];
    }
    return s;
  }

  /** Probability of the same event at a predicted similarity. */
  public double probability(double similarity) {
    return 1.0 / (1.0 + Math.exp(slope * (similarity - midpoint)));
  }

  /** A copy with other weights. */
  public Regression withWeights(double[] newWeights) {
    return new Regression(features, sqrtFeatures, newWeights, slope, midpoint, trees, map);
  }

  /** A copy with other trees. */
  public Regression withTrees(PairTrees newTrees) {
    return new Regression(features, sqrtFeatures, weights, slope, midpoint, newTrees, map);
  }

  /** A copy with another calibration. */
  public Regression withCalibration(double newSlope, double newMidpoint) {
    return new Regression(features, sqrtFeatures, weights, newSlope, newMidpoint, trees, map);
  }

  /** A copy with another similarity map. */
  public Regression withMap(SimilarityMap newMap) {
    return new Regression(features, sqrtFeatures, weights, slope, midpoint, trees, newMap);
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode f = n.putArray("features");
    features.forEach(f::add);
    ArrayNode s = n.putArray("sqrtFeatures");
    sqrtFeatures.forEach(s::add);
    ArrayNode w = n.putArray("weights");
    for (double v : weights) {
      w.add(v);
    }
    n.put("slope", slope);
    n.put("midpoint", midpoint);
    if (trees.size() > 0) {
      n.set("trees", trees.toJson(mapper));
    }
    if (!map.isIdentity()) {
      ArrayNode m = n.putArray("map");
      for (double v : map.coefficients()) {
        m.add(v);
      }
    }
    return n;
  }

  static Regression fromJson(JsonNode n) {
    List<String> f = new ArrayList<>();
    n.path("features").forEach(x -> f.add(x.asText()));
    List<String> s = new ArrayList<>();
    n.path("sqrtFeatures").forEach(x -> s.add(x.asText()));
    JsonNode w = n.path("weights");
    double[] weights = new double[w.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = w.get(i).asDouble();
    }
    JsonNode m = n.path("map");
    double[] map = new double[m.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = m.get(i).asDouble();
    }
    return new Regression(
        f,
        s,
        weights,
        n.path("slope").asDouble(),
        n.path("midpoint").asDouble(),
        PairTrees.fromJson(n.path("trees")),
        new SimilarityMap(map));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Regression r
        && features.equals(r.features)
        && sqrtFeatures.equals(r.sqrtFeatures)
        && java.util.Arrays.equals(weights, r.weights)
        && slope == r.slope
        && midpoint == r.midpoint
        && trees.equals(r.trees)
        && map.equals(r.map);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        features, sqrtFeatures, java.util.Arrays.hashCode(weights), slope, midpoint, trees, map);
  }

  @Override
  public String toString() {
    return "Regression" + features + " midpoint=" + midpoint + " " + trees + " " + map;
  }
}
