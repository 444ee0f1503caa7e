package dev.storylink.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.EventFeatures;
import dev.storylink.cluster.TreeEnsemble;
import dev.storylink.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Fits the {@link AssignmentModel}'s probability with gradient-boosted regression trees (Tribuo's
 * XGBoost trainer, squared error on the 0/1 join labels) and exports the trees to a {@link
 * TreeEnsemble}, checked against XGBoost's own predictions on every training row: ingest evaluates
 * the flat arrays, no XGBoost at run time. Stateless and thread-safe.
 */
public final class AssignmentBoosting {
  /**
   * Trees, learning rate and depth of the fit: chosen by the topic-fold cross-validation on ECB+
   * dev (docs/clustering-quality.md; 15-50 trees of depth 2 give F1 0.863-0.898, deeper or more
   * trees 0.840-0.864).
   */
  static final int TREES = 30;

  static final double ETA = 0.1;
  static final int DEPTH = 2;

  private AssignmentBoosting() {}

  /** The model of {@code rows}: trees, threshold 0.5 (to be tuned), year penalty as given. */
  public static AssignmentModel fit(AssignmentTraining.Rows rows, double yearPenalty, long seed) {
    RegressionFactory rf = new RegressionFactory();
    String[] names = EventFeatures.NAMES.toArray(String[]::new);
    List<Example<Regressor>> examples = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      examples.add(
          new ArrayExample<>(
              new Regressor("join", rows.labels().get(i) ? 1 : 0),
              names,
              rows.xs().get(i).clone()));
    }
    MutableDataset<Regressor> ds =
        new MutableDataset<>(
            new ListDataSource<>(
                examples, rf, new SimpleDataSourceProvenance("assignment rows", rf)));
    XGBoostRegressionTrainer trainer =
        new XGBoostRegressionTrainer(
            XGBoostRegressionTrainer.RegressionType.LINEAR,
            TREES,
            ETA,
            0, // gamma
            DEPTH,
            1, // min child weight
            1, // subsample
            1, // feature subsample
            1, // lambda
            0, // alpha
            1, // one thread: deterministic
            true,
            seed);
    XGBoostModel<Regressor> model = trainer.train(ds, Map.of());
    TreeEnsemble trees = export(model, examples, rows);
    double[] w = new double[names.length + 1];
    return new AssignmentModel(EventFeatures.NAMES, w, 0.5, yearPenalty, Optional.of(trees));
  }

  /** The model's trees as flat arrays, checked against its predictions on the rows. */
  static TreeEnsemble export(
      XGBoostModel<Regressor> model,
      List<Example<Regressor>> examples,
      AssignmentTraining.Rows rows) {
    String[] byId = new String[model.getFeatureIDMap().size()];
    for (VariableInfo v : model.getFeatureIDMap()) {
      byId[((VariableIDInfo) v).getID()] = v.getName();
    }
    String[] dump;
    try {
      Booster b = model.getInnerModels().get(0);
      dump = b.getModelDump(byId, false, "json");
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot read the trees: " + e.getMessage(), e);
    }
    Flat flat = new Flat();
    List<Integer> roots = new ArrayList<>();
    for (String tree : dump) {
      try {
        JsonNode root = Json.MAPPER.readTree(tree);
        Map<Integer, JsonNode> byNode = new HashMap<>();
        index(root, byNode);
        roots.add(flat.add(root, byNode));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    double[] predicted = new double[examples.size()];
    for (int i = 0; i < predicted.length; i++) {
      predicted[i] = model.predict(examples.get(i)).getOutput().getValues()[0];
    }
    double worst = Double.MAX_VALUE;
    for (boolean zeroMissing : new boolean[] {false, true}) {
      TreeEnsemble t = flat.build(0.5, zeroMissing, roots);
      double diff = 0;
      for (int i = 0; i < predicted.length; i++) {
        diff = Math.max(diff, Math.abs(t.value(rows.xs().get(i)) - predicted[i]));
      }
      if (diff < 1e-4) {
        return t;
      }
      worst = Math.min(worst, diff);
    }
    throw new IllegalStateException("exported trees differ from XGBoost's predictions by " + worst);
  }

  private static void index(JsonNode n, Map<Integer, JsonNode> byNode) {
    byNode.put(n.path("nodeid").asInt(), n);
    for (JsonNode c : n.path("children")) {
      index(c, byNode);
    }
  }

  /** Nodes in flat arrays, each node before its children. */
  private static final class Flat {
    final List<Integer> feature = new ArrayList<>();
    final List<Float> threshold = new ArrayList<>();
    final List<Integer> yes = new ArrayList<>();
    final List<Integer> no = new ArrayList<>();
    final List<Integer> missing = new ArrayList<>();
    final List<Double> leaf = new ArrayList<>();

    int add(JsonNode n, Map<Integer, JsonNode> byNode) {
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
      int f = EventFeatures.NAMES.indexOf(n.path("split").asText());
      if (f < 0) {
        throw new IllegalStateException("unknown split feature " + n.path("split"));
      }
      feature.set(i, f);
      threshold.set(i, (float) n.path("split_condition").asDouble());
      int y = add(byNode.get(n.path("yes").asInt()), byNode);
      int o = add(byNode.get(n.path("no").asInt()), byNode);
      int m = n.path("missing").asInt();
      yes.set(i, y);
      no.set(i, o);
      missing.set(i, m == n.path("yes").asInt() ? y : o);
      return i;
    }

    TreeEnsemble build(double base, boolean zeroMissing, List<Integer> roots) {
      int n = feature.size();
      float[] t = new float[n];
      double[] l = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = threshold.get(i);
        l[i] = leaf.get(i);
      }
      return new TreeEnsemble(
          base,
          zeroMissing,
          roots.stream().mapToInt(Integer::intValue).toArray(),
          ints(feature),
          t,
          ints(yes),
          ints(no),
          ints(missing),
          l);
    }

    private static int[] ints(List<Integer> l) {
      return l.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
