package dev.storylink.cli;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.ClusterMetrics;
import dev.storylink.cluster.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink eval clusters DIR}: B-cubed and pairwise scores of the event clustering. Not thread-safe. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters DIR/articles.jsonl in file order (temporary store) and scores the events against",
      "DIR/clusters.tsv: B-cubed and pairwise precision/recall/F1. The last line is a one-line summary."
    })
public final class EvalClustersCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR") Path dir;

  @Option(names = "--min-f1", description = "Exit 3 if B-cubed F1 is below this.")
  double minF1 = Double.NaN;

  @Option(names = "--join", hidden = true) double join = Double.NaN;

  @Option(names = "--story", hidden = true) double story = Double.NaN;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  static ClusterConfig config(double join, double story) {
    ClusterConfig c = ClusterConfig.defaults();
    if (!Double.isNaN(join)) {
      c = c.withJoinThreshold(join);
    }
    if (!Double.isNaN(story)) {
      c = c.withStoryThreshold(story);
    }
    return c;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ClusterMetrics m = Evaluation.clusters(dir, config(join, story));
    out.println(String.format(java.util.Locale.ROOT, "B-cubed   precision %.3f  recall %.3f  F1 %.3f",
        m.bcubedPrecision(), m.bcubedRecall(), m.bcubedF1()));
    out.println(String.format(java.util.Locale.ROOT, "pairwise  precision %.3f  recall %.3f  F1 %.3f",
        m.pairPrecision(), m.pairRecall(), m.pairF1()));
    out.println("clusters: " + m.summary());
    out.flush();
    if (!Double.isNaN(minF1) && !(m.bcubedF1() >= minF1)) {
      spec.commandLine().getErr().println("storylink: B-cubed F1 below the required " + minF1);
      return 3;
    }
    return 0;
  }
}
