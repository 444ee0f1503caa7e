package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Regression checks on the shared evaluation data: one dynamic test per config in regressions/ (the
 * same configs and runner as {@code storylink eval regressions} in CI), each skipped with a message
 * when its data under ../shared is absent, failed when the data differs from the config's checksums
 * or a gate fails.
 */
class DataEvaluationTest {
  private static final LinguaLanguageIdentifier LANG_ID = new LinguaLanguageIdentifier();
  private static final Path SEMEVAL = Path.of("../shared/data/semeval2022-task8");

  @TestFactory
  Stream<DynamicTest> regressionConfigs() throws Exception {
    return RegressionConfig.loadAll(List.of()).stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      assumeTrue(
                          Files.isDirectory(c.dataDir()),
                          c.dataDir() + " is absent: regression " + c.name() + " skipped");
                      RegressionRunner.Outcome o = RegressionRunner.run(c, LANG_ID);
                      assertThat(o.state()).as(o.message()).isEqualTo(RegressionRunner.State.RAN);
                      assertThat(o.gateFailed())
                          .as("a gate failed:%n%s", RegressionRunner.table(o))
                          .isFalse();
                    }));
  }

  @Test
  void crossValidationIsTheSameOnEveryRun() throws Exception {
    assumeTrue(
        Files.isDirectory(SEMEVAL),
        SEMEVAL + " is absent: cross-validation determinism check skipped");
    PairsDataset ds = PairsDataset.load(SEMEVAL);
    PairEvaluator.PairData a = PairEvaluator.featurize(ds, LANG_ID);
    PairEvaluator.PairData b = PairEvaluator.featurize(ds, LANG_ID);
    for (int i = 0; i < a.xs().size(); i++) {
      assertThat(b.xs().get(i)).as("features of pair %d", i).containsExactly(a.xs().get(i));
    }
    PairEvaluator.Report first =
        PairEvaluator.crossValidate(a, 10, 42, PairEvaluator.Routing.BY_SCRIPT);
    PairEvaluator.Report second =
        PairEvaluator.crossValidate(b, 10, 42, PairEvaluator.Routing.BY_SCRIPT);
    assertThat(second.figures()).isEqualTo(first.figures());
  }

  @Test
  void bcubedAndPairwiseOnAToyExample() {
    var gold = java.util.Map.of("a", "x", "b", "x", "c", "y");
    var perfect = java.util.Map.of("a", "1", "b", "1", "c", "2");
    assertThat(ClusterEvaluator.bcubed(perfect, gold).f1()).isEqualTo(1.0);
    var lumped = java.util.Map.of("a", "1", "b", "1", "c", "1");
    ClusterEvaluator.PRF b3 = ClusterEvaluator.bcubed(lumped, gold);
    assertThat(b3.recall()).isEqualTo(1.0);
    assertThat(b3.precision())
        .isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ClusterEvaluator.pairwise(lumped, gold).precision())
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }
}
