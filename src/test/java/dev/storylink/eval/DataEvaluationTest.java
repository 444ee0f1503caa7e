package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Regression checks on the shared evaluation data (skipped with a message when ../shared is
 * absent). Expected figures are those in docs/quality.md, with a small margin.
 */
class DataEvaluationTest {
  private static final Path SEMEVAL = Path.of("../shared/data/semeval2022-task8");
  private static final Path ECBPLUS = Path.of("../shared/data/ecbplus");

  @Test
  void linkModelOnSemEvalDev() throws Exception {
    assumeTrue(Files.isDirectory(SEMEVAL), SEMEVAL + " is absent: SemEval regression check skipped");
    PairEvaluator.PairData data = PairEvaluator.featurize(PairsDataset.load(SEMEVAL), new LinguaLanguageIdentifier());
    PairEvaluator.Report r = PairEvaluator.evaluate(data, LinkModel.shipped(), PairEvaluator.Routing.BY_SCRIPT, "shipped");
    assertThat(r.overall().pearson()).isGreaterThan(0.75);
    assertThat(r.overall().accuracy()).isGreaterThan(0.85);
  }

  @Test
  void eventClustersOnEcbPlus() throws Exception {
    assumeTrue(Files.isDirectory(ECBPLUS), ECBPLUS + " is absent: ECB+ regression check skipped");
    ClusterEvaluator.Clustering c =
        ClusterEvaluator.cluster(
            PairsDataset.readArticles(ECBPLUS.resolve("articles.jsonl")).values(),
            ClusterConfig.defaults(),
            new LinguaLanguageIdentifier());
    ClusterEvaluator.PRF b3 = ClusterEvaluator.bcubed(c.eventOf(), ClusterEvaluator.readGold(ECBPLUS.resolve("clusters.tsv")));
    // reached 0.856 (P 0.888, R 0.827) with background-blended term statistics
    assertThat(b3.f1()).isGreaterThan(0.845);
    assertThat(b3.precision()).isGreaterThan(0.87);
  }

  @Test
  void semEvalPairsInTheClustering() throws Exception {
    assumeTrue(Files.isDirectory(SEMEVAL), SEMEVAL + " is absent: SemEval clustering check skipped");
    PairsDataset ds = PairsDataset.load(SEMEVAL);
    ClusterEvaluator.PairAgreement a =
        ClusterEvaluator.pairAgreement(
            ClusterEvaluator.cluster(ds.articles().values(), ClusterConfig.defaults(), new LinguaLanguageIdentifier()),
            ds.pairs());
    // reached: linked same event 0.850 (same story 0.867), unrelated in different events 0.957
    assertThat(a.linkedSameStory()).isGreaterThan(0.83);
    assertThat(a.unrelatedDifferentEvents()).isGreaterThan(0.945);
  }

  @Test
  void bcubedAndPairwiseOnAToyExample() {
    var gold = java.util.Map.of("a", "x", "b", "x", "c", "y");
    var perfect = java.util.Map.of("a", "1", "b", "1", "c", "2");
    assertThat(ClusterEvaluator.bcubed(perfect, gold).f1()).isEqualTo(1.0);
    var lumped = java.util.Map.of("a", "1", "b", "1", "c", "1");
    ClusterEvaluator.PRF b3 = ClusterEvaluator.bcubed(lumped, gold);
    assertThat(b3.recall()).isEqualTo(1.0);
    assertThat(b3.precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ClusterEvaluator.pairwise(lumped, gold).precision()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }
}
