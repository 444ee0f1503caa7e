package dev.storylink.link;

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
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * The boosted trees of {@link LinkTrainer}: XGBoost regression trees fitted through Tribuo and
 * exported to a {@link TreeEnsemble}. Only training uses Tribuo and XGBoost; the exported trees
 * score without them. Deterministic (fixed seeds, one XGBoost thread). Stateless and thread-safe
 * (XGBoost training is serialised by Tribuo).
 */
final class TribuoRegressions {
  private static final long SEED = 42;
  private static final String TARGET = "similarity";
  private static final RegressionFactory FACTORY = new RegressionFactory();

  private TribuoRegressions() {}

  /** Boosted trees fitted to {@code ys} and their constant offset (XGBoost's base score). */
  record Trees(TreeEnsemble ensemble, double offset) {}

  /**
   * Regression trees of {@code ys} on the {@link PairFeatures} {@code features} of the full vectors
   * {@code xs}, exported to a {@link TreeEnsemble}; checked against XGBoost's own predictions on
   * every row.
   */
  static Trees trees(
      List<double[]> xs, List<String> features, double[] ys, LinkTrainer.Boosting p) {
    String[] n = features.toArray(String[]::new);
    int[] cols = features.stream().mapToInt(PairFeatures::index).toArray();
    List<double[]> rows = new ArrayList<>(xs.size());
    for (double[] x : xs) {
      double[] r = new double[cols.length];
      for (int k = 0; k < cols.length; k++) {
        r[k] = x[cols[k]];
      }
      rows.add(r);
    }
    XGBoostRegressionTrainer trainer =
        new XGBoostRegressionTrainer(
            XGBoostRegressionTrainer.RegressionType.LINEAR,
            p.trees(),
            p.eta(),
            0.0,
            p.depth(),
            p.minChildWeight(),
            p.subsample(),
            1.0,
            1.0,
            0.0,
            1,
            true,
            SEED);
    XGBoostModel<Regressor> model = trainer.train(dataset(rows, n, ys), Map.of());
    Map<String, Integer> byId = new HashMap<>();
    for (var info : model.getFeatureIDMap()) {
      byId.put(
          "f" + model.getFeatureIDMap().getID(info.getName()), features.indexOf(info.getName()));
    }
    TreeEnsemble ensemble = export(model.getInnerModels().get(0), byId, features);
    double[] predicted = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Example<Regressor> e = new ArrayExample<>(new Regressor(TARGET, 0), n, rows.get(i));
      predicted[i] = model.predict(e).getOutput().getValues()[0];
    }
    double offset = predicted[0] - ensemble.predict(xs.get(0));
    for (int i = 0; i < rows.size(); i++) {
      if (Math.abs(offset + ensemble.predict(xs.get(i)) - predicted[i]) > 1e-4) {
        throw new IllegalStateException(
            "exported trees disagree with XGBoost on row " + i + ": " + predicted[i]);
      }
    }
    return new Trees(ensemble, offset);
  }

  /** The booster's trees, from XGBoost's JSON dump, in flat arrays (nodes in pre-order). */
  private static TreeEnsemble export(Booster booster, Map<String, Integer> byId, List<String> f) {
    String[] dump;
    try {
      dump = booster.getModelDump((String) null, false, "json");
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot read the trees", e);
    }
    Nodes nodes = new Nodes();
    List<Integer> roots = new ArrayList<>();
    for (String tree : dump) {
      try {
        roots.add(nodes.add(Json.MAPPER.readTree(tree), byId));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new TreeEnsemble(
        f,
        roots.stream().mapToInt(Integer::intValue).toArray(),
        nodes.feature.stream().mapToInt(Integer::intValue).toArray(),
        toFloats(nodes.threshold),
        nodes.yes.stream().mapToInt(Integer::intValue).toArray(),
        nodes.no.stream().mapToInt(Integer::intValue).toArray(),
        nodes.value.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static float[] toFloats(List<Float> l) {
    float[] out = new float[l.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = l.get(i);
    }
    return out;
  }

  /** Growing flat node arrays. */
  private static final class Nodes {
    final List<Integer> feature = new ArrayList<>();
    final List<Float> threshold = new ArrayList<>();
    final List<Integer> yes = new ArrayList<>();
    final List<Integer> no = new ArrayList<>();
    final List<Double> value = new ArrayList<>();

    /** Adds the subtree {@code n} in pre-order; returns its root's index. */
    int add(JsonNode n, Map<String, Integer> byId) {
      int i = feature.size();
      feature.add(-1);
      threshold.add(0f);
      yes.add(0);
      no.add(0);
      value.add(0.0);
      if (n.has("leaf")) {
        value.set(i, n.get("leaf").asDouble());
        return i;
      }
      Integer f = byId.get(n.get("split").asText());
      if (f == null || f < 0) {
        throw new IllegalStateException("split on unknown feature " + n.get("split"));
      }
      Map<Integer, JsonNode> children = new HashMap<>();
      n.get("children").forEach(c -> children.put(c.get("nodeid").asInt(), c));
      feature.set(i, f);
      threshold.set(i, (float) n.get("split_condition").asDouble());
      yes.set(i, add(children.get(n.get("yes").asInt()), byId));
      no.set(i, add(children.get(n.get("no").asInt()), byId));
      return i;
    }
  }

  private static MutableDataset<Regressor> dataset(List<double[]> rows, String[] n, double[] ys) {
    List<Example<Regressor>> examples = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      examples.add(new ArrayExample<>(new Regressor(TARGET, ys[i]), n, rows.get(i).clone()));
    }
    return new MutableDataset<>(
        new ListDataSource<>(
            examples, FACTORY, new SimpleDataSourceProvenance("link model pairs", FACTORY)));
  }
}
