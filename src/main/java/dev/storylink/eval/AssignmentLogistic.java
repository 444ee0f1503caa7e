package dev.storylink.eval;

import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.storylink.cluster.EventFeatures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** The logistic regression of the assignment decision (Tribuo). Stateless and thread-safe. */
final class AssignmentLogistic {
  private static final String JOIN = AssignmentTraining.JOIN;
  private static final String APART = AssignmentTraining.APART;

  private AssignmentLogistic() {}

  /**
   * Weights and bias (last) of a logistic regression fitted on {@code rows} with Tribuo ({@code
   * LinearSGDTrainer}, log loss, AdaGrad), each row weighted by {@code weights} (null: all 1).
   */
  static double[] fit(AssignmentTraining.Rows rows, double[] weights, long seed) {
    LabelFactory lf = new LabelFactory();
    List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.size());
    String[] names = EventFeatures.NAMES.toArray(String[]::new);
    for (int i = 0; i < rows.size(); i++) {
      ArrayExample<Label> e =
          new ArrayExample<>(
              new Label(rows.labels().get(i) ? JOIN : APART), names, rows.xs().get(i).clone());
      if (weights != null) {
        e.setWeight((float) weights[i]);
      }
      examples.add(e);
    }
    ListDataSource<Label> source =
        new ListDataSource<>(examples, lf, new SimpleDataSourceProvenance("assignment rows", lf));
    MutableDataset<Label> ds = new MutableDataset<>(source);
    LinearSGDTrainer trainer =
        new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), 60, -1, 1, seed);
    LinearSGDModel model = trainer.train(ds);
    Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
    Map<String, Double> join = weights(top.get(JOIN));
    Map<String, Double> apart = weights(top.get(APART));
    double[] w = new double[names.length + 1];
    for (int i = 0; i < names.length; i++) {
      w[i] = join.getOrDefault(names[i], 0.0) - apart.getOrDefault(names[i], 0.0);
    }
    String bias = org.tribuo.Model.BIAS_FEATURE;
    w[names.length] = join.getOrDefault(bias, 0.0) - apart.getOrDefault(bias, 0.0);
    return w;
  }

  private static Map<String, Double> weights(List<Pair<String, Double>> list) {
    Map<String, Double> m = new HashMap<>();
    if (list != null) {
      for (Pair<String, Double> p : list) {
        m.put(p.getA(), p.getB());
      }
    }
    return m;
  }
}
