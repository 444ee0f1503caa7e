package dev.storylink.cli;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.eval.ClusterEvaluator;
import dev.storylink.eval.EvalResult;
import dev.storylink.eval.RegressionConfig;
import dev.storylink.eval.RegressionRunner;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * Options shared by the cluster evaluations ({@code eval clusters}, {@code eval cluster-pairs}):
 * threshold overrides and the progress bar. Not thread-safe.
 */
final class ClusterTuning {
  @Option(
      names = "--event-threshold",
      description = "Override the event threshold (default: shipped).")
  double eventThreshold = Double.NaN;

  @Option(
      names = "--story-threshold",
      description = "Override the story threshold (default: shipped).")
  double storyThreshold = Double.NaN;

  @Option(
      names = "--progress",
      description =
          "Show the progress bar (articles, total, rate, ETA) even when stderr is not a terminal.")
  boolean progress;

  /** An evaluation that clusters with a configuration and reports its progress. */
  @FunctionalInterface
  interface Evaluation {
    EvalResult run(ClusterConfig config, ClusterEvaluator.Progress progress) throws IOException;
  }

  ClusterConfig config() {
    return RegressionRunner.clusterConfig(
        new RegressionConfig.Options(null, null, eventThreshold, storyThreshold, null));
  }

  /** Runs {@code e} with this configuration and a progress bar on {@code err} (see --progress). */
  EvalResult run(PrintWriter err, Evaluation e) throws IOException {
    try (ProgressDisplay bar = ProgressDisplay.start("cluster", "articles", -1, progress, err)) {
      return e.run(config(), bar::stepTo);
    }
  }
}
