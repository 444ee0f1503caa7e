package dev.storylink.cli;

import dev.storylink.bench.IngestBenchmark;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink bench ...}: throughput benchmarks. Not thread-safe. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Runs benchmarks.",
    subcommands = {BenchCommand.Ingest.class})
public final class BenchCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code storylink bench ingest}. */
  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Ingests synthetic articles into a temporary store; prints articles/s overall and per 10k block, and the heap after ingest.")
  public static final class Ingest implements Callable<Integer> {
    @Option(names = "--articles", description = "Number of articles (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.println("bench ingest: " + articles + " synthetic articles (seed " + seed + ")");
      out.flush();
      IngestBenchmark.Result r = IngestBenchmark.run(articles, seed, line -> {
        out.println(line);
        out.flush();
      });
      out.println(String.format(java.util.Locale.ROOT,
          "bench ingest: %,d articles in %.1f s = %,.0f articles/s; %,d events, %,d stories; heap after ingest %,d MB",
          r.articles(), r.seconds(), r.rate(), r.events(), r.stories(), r.heapAfterBytes() >> 20));
      out.flush();
      return 0;
    }
  }
}
