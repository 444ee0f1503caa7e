package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.link.LinkModel;
import dev.storylink.link.PairFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cross-validated cluster-pairs refit what the clusterer scores with, as {@code train link
 * --refit-clustering} fits it (no data needed: synthetic pair features).
 */
class ClusterPairsCvTest {
  /** 80 pairs whose gold similarity follows their term overlap. */
  private static PairEvaluator.PairData synthetic() {
    Random r = new Random(7);
    int terms = PairFeatures.NAMES.indexOf("terms");
    List<PairsDataset.GoldPair> pairs = new ArrayList<>();
    List<double[]> xs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Boolean> flags = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      double[] x = new double[PairFeatures.NAMES.size()];
      for (int j = 0; j < x.length; j++) {
        x[j] = r.nextDouble();
      }
      double gold = Math.max(1, Math.min(4, 4 - 3 * x[terms] + 0.3 * r.nextGaussian()));
      pairs.add(new PairsDataset.GoldPair("a" + i, "b" + i, gold));
      xs.add(x);
      groups.add("en-en");
      flags.add(false);
    }
    return new PairEvaluator.PairData(pairs, xs, groups, flags, xs, flags, List.of());
  }

  @Test
  void theClusterersRegressionsAreFittedAsTrainLinkRefitsThem() {
    PairEvaluator.PairData data = synthetic();
    LinkModel all = PairEvaluator.train(data);
    LinkModel clustering = PairEvaluator.trainClustering(data, LinkModel.shipped().lexical());
    assertThat(clustering.neutral()).isEqualTo(all.neutral());
    assertThat(clustering.evidence()).isEqualTo(all.evidence());
    assertThat(clustering.lexical()).isEqualTo(LinkModel.shipped().lexical());
    assertThat(clustering.neutral()).isNotEqualTo(LinkModel.shipped().neutral());
  }

  @Test
  void withoutASecondLookTheLexicalModelIsNotRefitted() {
    PairEvaluator.PairData data = synthetic();
    LinkModel m = ClusterPairsCv.shippedFitter(ClusterConfig.defaults()).fit(data);
    assertThat(m.lexical()).isEqualTo(LinkModel.shipped().lexical());
    assertThat(m.neutral()).isEqualTo(PairEvaluator.trainClustering(data, m.lexical()).neutral());
    LinkModel looked =
        ClusterPairsCv.shippedFitter(
                ClusterConfig.defaults().withSecondLook(ClusterConfig.SecondLook.EVERYWHERE))
            .fit(data);
    assertThat(looked.lexical()).isNotEqualTo(LinkModel.shipped().lexical());
  }
}
