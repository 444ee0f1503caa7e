package dev.storylink.cli;

import dev.storylink.bench.FactsBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink bench facts}: latency of a large story's fact matrix. Not thread-safe. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "Measures GET /api/stories/{id}/facts on one large story.",
      "Fills a temporary store with one story of --articles articles (English, Arabic, Persian),",
      "starts the server on 127.0.0.1 and times the first request, a matrix rebuild, and p50/p99",
      "of --requests more."
    })
public final class FactsBenchCommand implements Callable<Integer> {
  @Option(names = "--articles", description = "Articles in the story (default ${DEFAULT-VALUE}).")
  int articles = 50;

  @Option(names = "--requests", description = "Requests to send (default ${DEFAULT-VALUE}).")
  int requests = 1_000;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (articles < 2 || articles > 500 || requests < 1 || requests > 1_000_000) {
      throw new dev.storylink.core.InputException("--articles 2..500, --requests 1..1000000");
    }
    PrintWriter out = spec.commandLine().getOut();
    FactsBenchmark.Result r = FactsBenchmark.run(articles, requests);
    out.printf(
        Locale.ROOT,
        "GET /api/stories/{id}/facts: story of %d articles; first request %.0f ms; matrix rebuild"
            + " (article facts cached) %.0f ms; %d more requests, %d errors: p50 %.2f ms  p99 %.2f"
            + " ms%n",
        r.storyArticles(),
        r.coldMs(),
        r.rebuildMs(),
        r.requests(),
        r.errors(),
        r.p50Ms(),
        r.p99Ms());
    out.flush();
    return r.errors() == 0 ? 0 : 1;
  }
}
