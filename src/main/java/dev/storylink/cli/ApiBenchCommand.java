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

  @Option(
      names = "--data",
      description =
          "Measure on this existing store instead of a generated one (list, story and search requests).")
  java.nio.file.Path data;

  @Option(
      names = "--replay",
      paramLabel = "FILE.jsonl",
      description =
          "With --data: ingest these articles (replayed as in bench ingest) while the requests run.")
  java.util.List<java.nio.file.Path> replay = new java.util.ArrayList<>();

  @Option(
      names = "--replay-from",
      description =
          "Number of the first replayed article (ids replay-N; use the store's article count so the ids are new).")
  long replayFrom;

  @Option(
      names = "--replay-rate",
      description =
          "With --replay: articles per second to ingest (default 0: as fast as the machine allows).")
  double replayRate;

  @Option(
      names = "--commit-every",
      description =
          "With --replay-rate: seconds between the paced ingest's commits (default ${DEFAULT-VALUE}).")
  int commitSeconds = 1;

  @Option(
      names = "--no-page-cache",
      description =
          "With --data: the server computes every answer (no pages kept for the current view of the store).")
  boolean noPageCache;

  @Option(
      names = "--rate",
      description =
          "With --data: requests per second offered by all client threads together, each timed from"
              + " when it was due (default 0: back to back, the server saturated).")
  double rate;

  @Option(
      names = "--searches",
      description =
          "With --data: the search queries, broad (42 in nine languages, most computed afresh after"
              + " each commit) or narrow (the 6 of the first measurements; default ${DEFAULT-VALUE}).")
  String searches = "broad";

  @Option(
      names = "--warmup",
      description =
          "With --data: requests sent back to back before the timed ones, untimed, once the"
              + " replayed ingest has committed (default ${DEFAULT-VALUE}).")
  int warmup = 3_000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (articles < 1
        || articles > 1_000_000
        || requests < 1
        || requests > 1_000_000
        || threads < 1
        || threads > 64
        || !(replayRate >= 0 && replayRate <= 100_000)
        || commitSeconds < 1
        || commitSeconds > 3600
        || !(rate >= 0 && rate <= 100_000)
        || warmup < 0
        || warmup > 1_000_000
        || !(searches.equals("broad") || searches.equals("narrow"))) {
      throw new dev.storylink.core.InputException(
          "--articles 1..1000000, --requests 1..1000000, --threads 1..64, --replay-rate 0..100000,"
              + " --commit-every 1..3600, --rate 0..100000, --warmup 0..1000000, --searches"
              + " broad|narrow");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (data != null) {
      java.util.Optional<dev.storylink.bench.ReplayArticles> r =
          replay.isEmpty()
              ? java.util.Optional.empty()
              : java.util.Optional.of(
                  new dev.storylink.bench.ReplayArticles(
                      dev.storylink.bench.ReplayArticles.read(replay), 300));
      dev.storylink.bench.StoreApiLoad.run(
          data,
          r,
          replayFrom,
          replayRate,
          commitSeconds,
          new dev.storylink.bench.StoreApiLoad.ClientLoad(
              requests,
              threads,
              rate,
              dev.storylink.bench.StoreApiLoad.ClientLoad.searchSet(searches.equals("broad")),
              warmup),
          !noPageCache,
          out);
      return 0;
    }
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
