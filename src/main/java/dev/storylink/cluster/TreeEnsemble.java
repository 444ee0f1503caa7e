package dev.storylink.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * Regression trees in flat arrays, the form gradient-boosted trees are evaluated in at ingest time
 * (exported from XGBoost by {@code storylink train assign --learner xgboost}): the value is {@code
 * base} plus one leaf of each tree. Node {@code i} is a leaf when {@code feature[i] < 0}; else the
 * walk goes to {@code yes[i]} when the feature's value (as a float, as XGBoost compares) is below
 * {@code threshold[i]}, to {@code no[i]} otherwise; when {@code zeroMissing}, a value of 0 counts
 * as missing (a feature left out of a sparse row) and goes to {@code missing[i]}. Immutable and
 * thread-safe.
 *
 * @param base the base score
 * @param zeroMissing whether a 0 is a missing value
 * @param roots the root node of each tree
 * @param feature per node: the feature index, or -1 for a leaf
 * @param threshold per node: the split value
 * @param yes per node: the child when below
 * @param no per node: the child otherwise
 * @param missing per node: the child when the value is missing
 * @param leaf per node: the leaf value
 */
public record TreeEnsemble(
    double base,
    boolean zeroMissing,
    int[] roots,
    int[] feature,
    float[] threshold,
    int[] yes,
    int[] no,
    int[] missing,
    double[] leaf) {
  public TreeEnsemble {
    int n = feature.length;
    if (threshold.length != n
        || yes.length != n
        || no.length != n
        || missing.length != n
        || leaf.length != n) {
      throw new IllegalArgumentException("one entry per node in every array");
    }
    roots = roots.clone();
    feature = feature.clone();
    threshold = threshold.clone();
    yes = yes.clone();
    no = no.clone();
    missing = missing.clone();
    leaf = leaf.clone();
    for (int r : roots) {
      check(r, n);
    }
    for (int i = 0; i < n; i++) {
      if (feature[i] >= 0) {
        check(yes[i], n);
        check(no[i], n);
        check(missing[i], n);
        if (yes[i] <= i || no[i] <= i || missing[i] <= i) {
          throw new IllegalArgumentException("children come after their node: " + i);
        }
      }
    }
  }

  private static void check(int node, int n) {
    if (node < 0 || node >= n) {
      throw new IllegalArgumentException("node out of range: " + node);
    }
  }

  /** The ensemble's value for features {@code x}. */
  public double value(double[] x) {
    double s = base;
    for (int r : roots) {
      int i = r;
      while (feature[i] >= 0) {
        double v = x[feature[i]];
        if (v == 0 && zeroMissing) {
          i = missing[i];
        } else {
          i = (float) v < threshold[i] ? yes[i] : no[i];
        }
      }
      s += leaf[i];
    }
    return s;
  }

  /** The largest feature index any split uses, -1 when none. */
  public int maxFeature() {
    return Arrays.stream(feature).max().orElse(-1);
  }

  /** Serialises the trees. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    n.put("base", base);
    n.put("zeroMissing", zeroMissing);
    ArrayNode r = n.putArray("roots");
    Arrays.stream(roots).forEach(r::add);
    ArrayNode nodes = n.putArray("nodes"); // [feature, threshold, yes, no, missing, leaf]
    for (int i = 0; i < feature.length; i++) {
      ArrayNode a = nodes.addArray();
      a.add(feature[i]).add(threshold[i]).add(yes[i]).add(no[i]).add(missing[i]).add(leaf[i]);
    }
    return n;
  }

  /** Reads trees written by {@link #toJson}. */
  public static TreeEnsemble fromJson(JsonNode n) {
    JsonNode nodes = n.path("nodes");
    int m = nodes.size();
    int[] f = new int[m];
    float[] t = new float[m];
    int[] y = new int[m];
    int[] no = new int[m];
    int[] mi = new int[m];
    double[] l = new double[m];
    for (int i = 0; i < m; i++) {
      JsonNode a = nodes.get(i);
      f[i] = a.get(0).asInt();
      t[i] = (float) a.get(1).asDouble();
      y[i] = a.get(2).asInt();
      no[i] = a.get(3).asInt();
      mi[i] = a.get(4).asInt();
      l[i] = a.get(5).asDouble();
    }
    JsonNode r = n.path("roots");
    int[] roots = new int[r.size()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = r.get(i).asInt();
    }
    return new TreeEnsemble(
        n.path("base").asDouble(), n.path("zeroMissing").asBoolean(), roots, f, t, y, no, mi, l);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreeEnsemble e
        && base == e.base
        && zeroMissing == e.zeroMissing
        && Arrays.equals(roots, e.roots)
        && Arrays.equals(feature, e.feature)
        && Arrays.equals(threshold, e.threshold)
        && Arrays.equals(yes, e.yes)
        && Arrays.equals(no, e.no)
        && Arrays.equals(missing, e.missing)
        && Arrays.equals(leaf, e.leaf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        base,
        Arrays.hashCode(roots),
        Arrays.hashCode(feature),
        Arrays.hashCode(threshold),
        Arrays.hashCode(leaf));
  }

  @Override
  public String toString() {
    return "TreeEnsemble[" + roots.length + " trees, " + feature.length + " nodes]";
  }
}
