package dev.storylink.cli;

import dev.storylink.bench.ApiLoadBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink bench api}: API latency under load. Not thread-safe. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the story list's latency under concurrent readers.",
      "Fills a temporary store with generated articles, starts the server on 127.0.0.1 and",
      "measures GET /api/stories latency (p50/p95/p99) and requests/s from a few threads."
    })
public final class ApiBenchCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "Articles to generate (default ${DEFAULT-VALUE}).")
  int articles = 10_000;

  @Option(names = "--requests", description = "Requests to send (default ${DEFAULT-VALUE}).")
  int requests = 2_000;

  @Option(names = "--threads", description = "Client threads (default ${DEFAULT-VALUE}).")
  int threads = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (articles < 1
        || articles > 1_000_000
        || requests < 1
        || requests > 1_000_000
        || threads < 1
        || threads > 64) {
      throw new dev.storylink.core.InputException(
          "--articles 1..1000000, --requests 1..1000000, --threads 1..64");
    }
    PrintWriter out = spec.commandLine().getOut();
    ApiLoadBenchmark.Result r =
        ApiLoadBenchmark.run(articles, requests, threads, spec.commandLine().getErr());
    out.printf(
        Locale.ROOT,
        "GET /api/stories: %d articles, %d stories (filled in %.1f s); %d requests from %d threads,"
            + " %d errors%n  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  %.0f requests/s%n",
        r.articles(),
        r.stories(),
        r.fillSeconds(),
        r.requests(),
        r.threads(),
        r.errors(),
        r.p50Ms(),
        r.p95Ms(),
        r.p99Ms(),
        r.requestsPerSecond());
    out.flush();
    return r.errors() == 0 ? 0 : 1;
  }
}
