package dev.storylink.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * Regression trees in flat arrays, the form gradient-boosted trees are evaluated in (exported from
 * XGBoost by {@link XgboostTrees}): the value is {@code base} plus one leaf of each tree, a few
 * hundred array reads and float comparisons, no library. Node {@code i} is a leaf when {@code
 * feature[i] < 0}; else the walk goes to {@code yes[i]} when the feature's value, as a float (as
 * XGBoost compares, in single precision), is below {@code threshold[i]}, to {@code no[i]}
 * otherwise; when {@code zeroMissing}, a value of 0 counts as missing (a feature left out of a
 * sparse row) and goes to {@code missing[i]}. Without {@code zeroMissing} the {@code missing}
 * children are never used and are set to {@code no}, so that equal walks compare equal. Children
 * come after their node. Immutable and thread-safe (the constructor copies the arrays; those the
 * accessors return are the ensemble's own, not to be written to).
 *
 * @param base the base score added to the leaves
 * @param zeroMissing whether a 0 is a missing value
 * @param roots the root node of each tree
 * @param feature per node: the index of its feature in the vector scored, or -1 for a leaf
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
  /** No trees: the value is 0. */
  public static final TreeEnsemble NONE =
      of(new int[0], new int[0], new float[0], new int[0], new int[0], new double[0]);

  public TreeEnsemble {
    int n = feature.length;
    if (threshold.length != n
        || yes.length != n
        || no.length != n
        || missing.length != n
        || leaf.length != n) {
      throw new IllegalArgumentException("tree arrays differ in length");
    }
    if (!Double.isFinite(base)) {
      throw new IllegalArgumentException("base is not finite");
    }
    roots = roots.clone();
    feature = feature.clone();
    threshold = threshold.clone();
    yes = yes.clone();
    no = no.clone();
    missing = zeroMissing ? missing.clone() : no.clone();
    leaf = leaf.clone();
    for (int r : roots) {
      check(r, n);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(leaf[i]) || !Float.isFinite(threshold[i])) {
        throw new IllegalArgumentException("tree node " + i + " is not finite");
      }
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

  /** Trees without base score nor missing values. */
  public static TreeEnsemble of(
      int[] roots, int[] feature, float[] threshold, int[] yes, int[] no, double[] leaf) {
    return new TreeEnsemble(0, false, roots, feature, threshold, yes, no, no, leaf);
  }

  private static void check(int node, int n) {
    if (node < 0 || node >= n) {
      throw new IllegalArgumentException("tree node out of range: " + node);
    }
  }

  /** The ensemble's value for the feature vector {@code x}. */
  public double value(double[] x) {
    double s = base;
    if (zeroMissing) {
      for (int r : roots) {
        int i = r;
        int f;
        while ((f = feature[i]) >= 0) {
          double v = x[f];
          i = v == 0 ? missing[i] : (float) v < threshold[i] ? yes[i] : no[i];
        }
        s += leaf[i];
      }
    } else {
      for (int r : roots) {
        int i = r;
        int f;
        while ((f = feature[i]) >= 0) {
          i = (float) x[f] < threshold[i] ? yes[i] : no[i];
        }
        s += leaf[i];
      }
    }
    return s;
  }

  /** Number of trees. */
  public int size() {
    return roots.length;
  }

  /** The largest feature index any split uses, -1 when none. */
  public int maxFeature() {
    return Arrays.stream(feature).max().orElse(-1);
  }

  /** A copy with another base score. */
  public TreeEnsemble withBase(double newBase) {
    return new TreeEnsemble(
        newBase, zeroMissing, roots, feature, threshold, yes, no, missing, leaf);
  }

  /**
   * A copy that reads feature {@code columns[f]} wherever this one reads feature {@code f}: the
   * same trees over a wider vector.
   */
  public TreeEnsemble withColumns(int[] columns) {
    int[] f = new int[feature.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = feature[i] < 0 ? -1 : columns[feature[i]];
    }
    return new TreeEnsemble(base, zeroMissing, roots, f, threshold, yes, no, missing, leaf);
  }

  /**
   * Serialises the trees: {@code roots} and one array per node field ({@code feature}, {@code
   * threshold}, {@code yes}, {@code no}, {@code value} for the leaf); {@code base} only when not 0,
   * {@code zeroMissing} and {@code missing} only when zeros are missing values.
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    if (base != 0) {
      n.put("base", base);
    }
    if (zeroMissing) {
      n.put("zeroMissing", true);
    }
    ArrayNode r = n.putArray("roots");
    Arrays.stream(roots).forEach(r::add);
    ArrayNode fe = n.putArray("feature");
    ArrayNode th = n.putArray("threshold");
    ArrayNode y = n.putArray("yes");
    ArrayNode no2 = n.putArray("no");
    ArrayNode mi = zeroMissing ? n.putArray("missing") : null;
    ArrayNode v = n.putArray("value");
    for (int i = 0; i < feature.length; i++) {
      fe.add(feature[i]);
      th.add(threshold[i]);
      y.add(yes[i]);
      no2.add(no[i]);
      if (mi != null) {
        mi.add(missing[i]);
      }
      v.add(leaf[i]);
    }
    return n;
  }

  /**
   * Reads trees written by {@link #toJson}, or in the earlier form of the assignment model's trees
   * ({@code base}, {@code zeroMissing}, {@code roots}, {@code nodes}: one {@code [feature,
   * threshold, yes, no, missing, leaf]} per node). A missing or null node reads as {@link #NONE}.
   */
  public static TreeEnsemble fromJson(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return NONE;
    }
    boolean nodes = n.has("nodes");
    int size = nodes ? n.get("nodes").size() : n.path("feature").size();
    int[] f = new int[size];
    float[] t = new float[size];
    int[] y = new int[size];
    int[] no = new int[size];
    int[] mi = new int[size];
    double[] l = new double[size];
    for (int i = 0; i < size; i++) {
      if (nodes) {
        JsonNode a = n.get("nodes").get(i);
        f[i] = a.get(0).asInt();
        t[i] = (float) a.get(1).asDouble();
        y[i] = a.get(2).asInt();
        no[i] = a.get(3).asInt();
        mi[i] = a.get(4).asInt();
        l[i] = a.get(5).asDouble();
      } else {
        f[i] = n.path("feature").get(i).asInt();
        t[i] = (float) n.path("threshold").get(i).asDouble();
        y[i] = n.path("yes").get(i).asInt();
        no[i] = n.path("no").get(i).asInt();
        mi[i] = n.has("missing") ? n.get("missing").get(i).asInt() : no[i];
        l[i] = n.path("value").get(i).asDouble();
      }
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
        && Double.compare(base, e.base) == 0
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
        zeroMissing,
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
