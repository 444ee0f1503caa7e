package dev.storylink.cli;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.Ingestor;
import dev.storylink.cluster.StreamClusterer;
import dev.storylink.core.Article;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.Sources;
import dev.storylink.store.ArticleStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink ingest SOURCE...}: reads articles (files, folders, JSONL, RSS/Atom, HTML, URLs,
 * {@code -}), clusters them into events and stories and stores them. Per-record problems are
 * reported on stderr and the rest is ingested. Not thread-safe.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, clusters them into events and stories, and stores them in the data directory.",
      "Prints one summary line: articles added, near-duplicates, events, stories, problems."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders, JSONL, feeds, URLs or - for stdin.")
  List<String> sources;

  @Mixin StoreOptions store;

  @Option(names = "--progress", description = "Show a progress line on stderr (default: when stderr is a terminal).")
  boolean progress;

  @Option(names = "--batch", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
  int batch = 500;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IngestProblem> problems = new ArrayList<>();
    boolean showProgress = progress || System.console() != null;
    long start = System.nanoTime();
    Ingestor.Summary summary;
    try (ArticleStore st = ArticleStore.openForWriting(store.data);
        Stream<Article> articles = new Sources().open(sources, p -> report(err, problems, p))) {
      StreamClusterer clusterer = StreamClusterer.open(st, ClusterConfig.defaults());
      Ingestor ingestor = new Ingestor(clusterer, batch);
      summary =
          ingestor.run(
              articles,
              p -> report(err, problems, p),
              ids -> {},
              n -> {
                if (showProgress) {
                  double secs = (System.nanoTime() - start) / 1e9;
                  err.print(String.format(java.util.Locale.ROOT, "\ringest: %,d articles, %.0f/s", n, n / Math.max(secs, 1e-3)));
                  err.flush();
                }
              });
      if (showProgress) {
        err.println();
      }
    }
    Ingestor.Summary s = new Ingestor.Summary(summary.added(), summary.duplicates(), summary.events(),
        summary.stories(), problems.size());
    if (store.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("added", s.added());
      m.put("duplicates", s.duplicates());
      m.put("events", s.events());
      m.put("stories", s.stories());
      m.put("problems", problems.stream().map(IngestProblem::message).toList());
      out.println(StoreOptions.json(m));
    } else {
      out.println(s.line());
    }
    out.flush();
    return 0;
  }

  private static void report(PrintWriter err, List<IngestProblem> problems, IngestProblem p) {
    problems.add(p);
    err.println("storylink: skipped " + p.message());
    err.flush();
  }
}
