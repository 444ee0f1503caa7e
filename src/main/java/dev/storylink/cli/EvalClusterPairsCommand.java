package dev.storylink.cli;

import dev.storylink.cluster.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storylink eval cluster-pairs DIR}: SemEval pairs against the event clustering. Not thread-safe. */
@Command(
    name = "cluster-pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters every article of DIR/articles.jsonl (SemEval-2022 Task 8 layout) in file order, then",
      "reports: of gold pairs with Overall <= 1.5, the fraction in the same event; of pairs with",
      "Overall >= 3.5, the fraction in different events (story-level figures too)."
    })
public final class EvalClusterPairsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR") Path dir;

  @Option(names = "--join", hidden = true) double join = Double.NaN;

  @Option(names = "--story", hidden = true) double story = Double.NaN;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Evaluation.PairFigures f = Evaluation.clusterPairs(dir, EvalClustersCommand.config(join, story));
    out.println("cluster-pairs: " + f.summary());
    out.flush();
    return 0;
  }
}
