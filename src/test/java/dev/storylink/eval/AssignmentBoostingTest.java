package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cluster.AssignmentModel;
import dev.storylink.cluster.EventFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentBoostingTest {
  /**
   * Rows where an article belongs to the event when its best probability is high and no years
   * conflict.
   */
  private static AssignmentTraining.Rows rows() {
    Random rnd = new Random(7);
    List<double[]> xs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    List<Integer> groups = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double[] x = new double[EventFeatures.NAMES.size()];
      x[0] = rnd.nextDouble();
      x[10] = rnd.nextInt(4) == 0 ? 1 : 0;
      x[17] = rnd.nextInt(3) == 0 ? 1 : 0;
      xs.add(x);
      labels.add(x[0] > 0.6 && x[10] == 0);
      groups.add(i);
    }
    return new AssignmentTraining.Rows(xs, labels, groups);
  }

  @Test
  void treesExportedToArraysSeparateJoinsFromTheRest() {
    // the fit checks the exported arrays against XGBoost's own predictions on every row
    AssignmentModel m = AssignmentBoosting.fit(rows(), 0, 42);
    assertThat(m.trees()).isPresent();
    double[] join = new double[EventFeatures.NAMES.size()];
    join[0] = 0.9;
    double[] weak = join.clone();
    weak[0] = 0.2;
    double[] years = join.clone();
    years[10] = 1;
    assertThat(m.probability(join)).isGreaterThan(0.8);
    assertThat(m.probability(weak)).isLessThan(0.2);
    assertThat(m.probability(years)).isLessThan(0.2);
    // deterministic: the same rows and seed give the same trees
    assertThat(AssignmentBoosting.fit(rows(), 0, 42)).isEqualTo(m);
  }
}
