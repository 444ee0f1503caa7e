package dev.storylink.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient-boosted regression trees over the raw {@link PairFeatures}, in flat arrays: the sum of
 * one leaf per tree. Fitted by XGBoost through Tribuo ({@link LinkTrainer}) and exported to this
 * form, so scoring needs neither library: a few hundred array reads and float comparisons per pair.
 * A node {@code i} is a leaf when {@code feature[i] < 0} (its value is {@code value[i]}); otherwise
 * the walk goes to {@code yes[i]} when {@code (float) x[feature] < threshold[i]} (as XGBoost
 * compares, in single precision) and to {@code no[i]} otherwise. Arrays per node: {@code feature}
 * (index into {@code features}, -1 for a leaf), {@code threshold}, {@code yes}, {@code no}, {@code
 * value} (the leaf value); {@code roots}: each tree's root node. Immutable and thread-safe.
 */
public final class TreeEnsemble {
  /** No trees: predicts 0. */
  public static final TreeEnsemble NONE =
      new TreeEnsemble(
          List.of(), new int[0], new int[0], new float[0], new int[0], new int[0], new double[0]);

  private final List<String> features;
  private final int[] roots;
  private final int[] feature;
  private final float[] threshold;
  private final int[] yes;
  private final int[] no;
  private final double[] value;

  /** Per node: index into the full {@link PairFeatures} vector, or -1 for a leaf. */
  private final int[] column;

  public TreeEnsemble(
      List<String> features,
      int[] roots,
      int[] feature,
      float[] threshold,
      int[] yes,
      int[] no,
      double[] value) {
    this.features = List.copyOf(features);
    for (String f : this.features) {
      if (!PairFeatures.NAMES.contains(f)) {
        throw new IllegalArgumentException(
            "trees use feature '" + f + "' this build does not compute; retrain (train link)");
      }
    }
    int n = feature.length;
    if (threshold.length != n || yes.length != n || no.length != n || value.length != n) {
      throw new IllegalArgumentException("tree arrays differ in length");
    }
    for (int i = 0; i < n; i++) {
      if (feature[i] >= this.features.size()
          || feature[i] >= 0 && (yes[i] <= i || no[i] <= i || yes[i] >= n || no[i] >= n)) {
        throw new IllegalArgumentException("malformed tree node " + i);
      }
      if (!Double.isFinite(value[i]) || !Float.isFinite(threshold[i])) {
        throw new IllegalArgumentException("tree node " + i + " is not finite");
      }
    }
    for (int r : roots) {
      if (r < 0 || r >= n) {
        throw new IllegalArgumentException("tree root out of range");
      }
    }
    this.roots = roots.clone();
    this.feature = feature.clone();
    this.threshold = threshold.clone();
    this.yes = yes.clone();
    this.no = no.clone();
    this.value = value.clone();
    this.column = new int[n];
    for (int i = 0; i < n; i++) {
      column[i] = feature[i] < 0 ? -1 : PairFeatures.index(this.features.get(feature[i]));
    }
  }

  /** Number of trees. */
  public int size() {
    return roots.length;
  }

  /** The sum of the trees' leaves for the full {@link PairFeatures} vector {@code x}. */
  public double predict(double[] x) {
    double s = 0;
    for (int root : roots) {
      int i = root;
      int f;
      while ((f = column[i]) >= 0) {
        i = (float) x[f] < threshold[i] ? yes[i] : no[i];
      }
      s += value[i];
    }
    return s;
  }

  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ArrayNode f = n.putArray("features");
    features.forEach(f::add);
    ArrayNode r = n.putArray("roots");
    Arrays.stream(roots).forEach(r::add);
    ArrayNode fe = n.putArray("feature");
    ArrayNode th = n.putArray("threshold");
    ArrayNode y = n.putArray("yes");
    ArrayNode no2 = n.putArray("no");
    ArrayNode v = n.putArray("value");
    for (int i = 0; i < feature.length; i++) {
      fe.add(feature[i]);
      th.add(threshold[i]);
      y.add(yes[i]);
      no2.add(no[i]);
      v.add(value[i]);
    }
    return n;
  }

  static TreeEnsemble fromJson(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return NONE;
    }
    List<String> f = new ArrayList<>();
    n.path("features").forEach(x -> f.add(x.asText()));
    JsonNode fe = n.path("feature");
    int size = fe.size();
    int[] feature = new int[size];
    float[] threshold = new float[size];
    int[] yes = new int[size];
    int[] no = new int[size];
    double[] value = new double[size];
    for (int i = 0; i < size; i++) {
      feature[i] = fe.get(i).asInt();
      threshold[i] = (float) n.path("threshold").get(i).asDouble();
      yes[i] = n.path("yes").get(i).asInt();
      no[i] = n.path("no").get(i).asInt();
      value[i] = n.path("value").get(i).asDouble();
    }
    int[] roots = new int[n.path("roots").size()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = n.path("roots").get(i).asInt();
    }
    return new TreeEnsemble(f, roots, feature, threshold, yes, no, value);
  }

  /** Names of the features the trees split on. */
  public List<String> features() {
    return features;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreeEnsemble t
        && features.equals(t.features)
        && Arrays.equals(roots, t.roots)
        && Arrays.equals(feature, t.feature)
        && Arrays.equals(threshold, t.threshold)
        && Arrays.equals(yes, t.yes)
        && Arrays.equals(no, t.no)
        && Arrays.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value) * 31 + features.hashCode();
  }

  @Override
  public String toString() {
    return "TreeEnsemble[" + roots.length + " trees, " + feature.length + " nodes]";
  }
}
