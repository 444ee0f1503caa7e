package dev.storylink.learn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Fits gradient-boosted regression trees (XGBoost through Tribuo, squared error) and exports them
 * from the booster's JSON dump to a {@link TreeEnsemble}, checked against XGBoost's own prediction
 * on every training row: scoring then needs neither library. Only training uses Tribuo and XGBoost.
 * Deterministic (the seed given, one XGBoost thread). Stateless and thread-safe (XGBoost training
 * is serialised by Tribuo).
 */
public final class XgboostTrees {
  /** XGBoost's base score (its default, which Tribuo keeps): the value before any tree. */
  static final double BASE_SCORE = 0.5;

  /** How far the exported trees may stray from XGBoost's (single-precision) predictions. */
  static final double TOLERANCE = 1e-4;

  private static final RegressionFactory FACTORY = new RegressionFactory();

  private XgboostTrees() {}

  /**
   * Trees regressing {@code ys} on {@code rows}, whose values are the features {@code names} in
   * that order; the trees' feature indices are positions in {@code names}, their base is XGBoost's
   * base score. Zeros count as missing values only if XGBoost's predictions need it.
   *
   * @throws IllegalStateException if the exported trees disagree with XGBoost on a row
   */
  public static TreeEnsemble fit(
      List<double[]> rows, List<String> names, double[] ys, Boosting b, long seed) {
    return fit(rows, names, ys, null, b, seed);
  }

  /**
   * As {@link #fit(List, List, double[], Boosting, long)}, each row weighted by {@code weights}
   * (XGBoost's instance weights, which also count towards the minimum child weight); {@code
   * weights} null weighs every row 1.
   *
   * @throws IllegalStateException if the exported trees disagree with XGBoost on a row
   */
  public static TreeEnsemble fit(
      List<double[]> rows,
      List<String> names,
      double[] ys,
      double[] weights,
      Boosting b,
      long seed) {
    if (weights != null && weights.length != rows.size()) {
      throw new IllegalArgumentException("one weight per row");
    }
    String[] n = names.toArray(String[]::new);
    List<Example<Regressor>> examples = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).length != n.length) {
        throw new IllegalArgumentException("row " + i + " has not one value per feature");
      }
      Example<Regressor> e =
          new ArrayExample<>(new Regressor("target", ys[i]), n, rows.get(i).clone());
      if (weights != null) {
        e.setWeight((float) weights[i]);
      }
      examples.add(e);
    }
    MutableDataset<Regressor> dataset =
        new MutableDataset<>(
            new ListDataSource<>(
                examples, FACTORY, new SimpleDataSourceProvenance("training rows", FACTORY)));
    XGBoostRegressionTrainer trainer =
        new XGBoostRegressionTrainer(
            XGBoostRegressionTrainer.RegressionType.LINEAR,
            b.trees(),
            b.eta(),
            0, // gamma
            b.depth(),
            b.minChildWeight(),
            b.subsample(),
            1, // feature subsample
            1, // lambda
            0, // alpha
            1, // one thread: deterministic
            true,
            seed);
    XGBoostModel<Regressor> model = trainer.train(dataset, Map.of());
    Map<String, Integer> byId = new HashMap<>();
    for (VariableInfo v : model.getFeatureIDMap()) {
      byId.put("f" + ((VariableIDInfo) v).getID(), names.indexOf(v.getName()));
    }
    Nodes nodes = export(model.getInnerModels().get(0), byId);
    double[] predicted = new double[examples.size()];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = model.predict(examples.get(i)).getOutput().getValues()[0];
    }
    return verified(nodes, rows, predicted);
  }

  /**
   * The exported trees that agree with XGBoost's {@code predicted} values on every row: zeros as
   * plain values, else zeros as missing values.
   */
  static TreeEnsemble verified(Nodes nodes, List<double[]> rows, double[] predicted) {
    double closest = Double.MAX_VALUE;
    int row = -1;
    for (boolean zeroMissing : new boolean[] {false, true}) {
      TreeEnsemble t = nodes.build(BASE_SCORE, zeroMissing);
      double worst = 0;
      int at = -1;
      for (int i = 0; i < predicted.length; i++) {
        double d = Math.abs(t.value(rows.get(i)) - predicted[i]);
        if (d > worst) {
          worst = d;
          at = i;
        }
      }
      if (worst < TOLERANCE) {
        return t;
      }
      if (worst < closest) {
        closest = worst;
        row = at;
      }
    }
    throw new IllegalStateException(
        "exported trees differ from XGBoost's predictions by " + closest + " on row " + row);
  }

  /** The booster's trees, from XGBoost's JSON dump ({@code byId}: split name to feature index). */
  static Nodes export(Booster booster, Map<String, Integer> byId) {
    String[] dump;
    try {
      dump = booster.getModelDump((String) null, false, "json");
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot read the trees: " + e.getMessage(), e);
    }
    Nodes nodes = new Nodes();
    for (String tree : dump) {
      try {
        nodes.roots.add(nodes.add(Json.MAPPER.readTree(tree), byId));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return nodes;
  }

  /** Growing flat node arrays, each node before its children (pre-order). */
  static final class Nodes {
    final List<Integer> roots = new ArrayList<>();
    final List<Integer> feature = new ArrayList<>();
    final List<Float> threshold = new ArrayList<>();
    final List<Integer> yes = new ArrayList<>();
    final List<Integer> no = new ArrayList<>();
    final List<Integer> missing = new ArrayList<>();
    final List<Double> leaf = new ArrayList<>();

    /** Adds the subtree {@code n} of a dump; returns its root's index. */
    int add(JsonNode n, Map<String, Integer> byId) {
      int i = feature.size();
      feature.add(-1);
      threshold.add(0f);
      yes.add(0);
      no.add(0);
      missing.add(0);
      leaf.add(0.0);
      if (n.has("leaf")) {
        leaf.set(i, n.get("leaf").asDouble());
        return i;
      }
      Integer f = byId.get(n.path("split").asText());
      if (f == null || f < 0) {
        throw new IllegalStateException("split on unknown feature " + n.path("split"));
      }
      Map<Integer, JsonNode> children = new HashMap<>();
      n.path("children").forEach(c -> children.put(c.path("nodeid").asInt(), c));
      int y = add(children.get(n.path("yes").asInt()), byId);
      int o = add(children.get(n.path("no").asInt()), byId);
      feature.set(i, f);
      threshold.set(i, (float) n.path("split_condition").asDouble());
      yes.set(i, y);
      no.set(i, o);
      missing.set(i, n.path("missing").asInt() == n.path("yes").asInt() ? y : o);
      return i;
    }

    TreeEnsemble build(double base, boolean zeroMissing) {
      int n = feature.size();
      float[] t = new float[n];
      double[] l = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = threshold.get(i);
        l[i] = leaf.get(i);
      }
      return new TreeEnsemble(
          base, zeroMissing, ints(roots), ints(feature), t, ints(yes), ints(no), ints(missing), l);
    }

    private static int[] ints(List<Integer> l) {
      return l.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
