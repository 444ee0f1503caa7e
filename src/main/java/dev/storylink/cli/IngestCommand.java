package dev.storylink.cli;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.IngestSummary;
import dev.storylink.app.RepeatRule;
import dev.storylink.app.SourceItems;
import dev.storylink.app.StoryLink;
import dev.storylink.ingest.IngestOptions;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.Sources;
import dev.storylink.store.Repeat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink ingest SOURCE...}: reads articles, clusters them into events and stories, and
 * commits them to the store in batches (an article is acknowledged once its batch is committed),
 * through {@link StoryLink#ingest}. A bad record, or an article the clusterer fails on, is reported
 * with its position and skipped; the rest is stored. Not thread-safe.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds articles to the store and clusters them into events and stories.",
      "SOURCE: a JSONL file, a folder of .txt/.html/.json articles, an RSS/Atom file or URL,",
      "an HTML page or URL, a JSON article or array, or - for JSONL on stdin.",
      "Bad records are reported one per line, with their position, and skipped; the rest is",
      "ingested and committed. A record stored with a part of it not used (a link dropped, a",
      "linked page not fetched, a declared language overruled) is listed as a warning.",
      "Exit code 0 when every record was stored (or was stored already), 2 when some were skipped."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "1..*")
  List<String> sources;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--batch", description = "Articles per commit (default ${DEFAULT-VALUE}).")
  int batch = 1000;

  @Option(
      names = "--progress",
      description =
          "Show the progress bar (articles, total, rate, ETA) even when stderr is not a terminal.")
  boolean progress;

  @Option(
      names = "--fetch-linked-pages",
      description = "For feeds, fetch each entry's web page for its full text.")
  boolean fetchLinkedPages;

  @Option(
      names = "--allow-private-addresses",
      description =
          "With --fetch-linked-pages: also fetch links to loopback, link-local and private"
              + " addresses (refused by default: a feed must not reach into your network).")
  boolean allowPrivateAddresses;

  @Option(
      names = "--quiet",
      description = "Do not list bad records and warnings (the summary still counts them).")
  boolean quiet;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "Send the articles to a running storylink serve (POST /api/articles) instead of opening"
              + " the store; without it, a server named in the data folder's server.url is used"
              + " when it answers.")
  String server;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "With a server beyond loopback: file holding its bearer token (default: STORYLINK_TOKEN).")
  java.nio.file.Path tokenFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Warnings told so far: records stored with a part of them not used (not problems). */
  private long warnings;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1) {
      throw new dev.storylink.core.InputException("--batch must be at least 1");
    }
    List<IngestProblem> problems = new ArrayList<>();
    IngestOptions options =
        IngestOptions.defaults()
            .withFetchLinkedPages(fetchLinkedPages)
            .withAllowPrivateAddresses(allowPrivateAddresses);
    java.util.Optional<String> via =
        server != null ? java.util.Optional.of(server) : ServerIngest.detect(store.data());
    if (via.isPresent()) {
      return viaServer(via.get(), options, problems, err, out);
    }
    try (StoryLink sl = StoryLink.builder().dataDir(store.data()).batch(batch).build();
        SourceItems items =
            new SourceItems(
                new Sources(options, sl.languageIdentifier()),
                sources,
                p -> report(p, problems, err));
        ProgressDisplay bar =
            ProgressDisplay.start("ingest", "articles", ItemCount.of(sources), progress, err)) {
      IngestSummary done =
          sl.ingest(
              items,
              new IngestListener() {
                @Override
                public void failed(IngestItem item, IngestProblem problem) {
                  report(problem, problems, err);
                }

                @Override
                public void known(IngestItem item, Repeat repeat) {
                  if (!repeat.storedId().equals(item.article().id())) {
                    repeated(item.position() + ": " + repeat.describe(), err);
                  }
                }

                @Override
                public void progress(IngestSummary soFar) {
                  bar.stepTo(soFar.stored() + soFar.known() + soFar.failed());
                }
              },
              RepeatRule.BY_KEYS);
      bar.close();
      long[] counts =
          sl.read(st -> new long[] {st.articleCount(), st.eventCount(), st.storyCount()});
      out.printf(
          Locale.ROOT,
          "ingested %s (%s, %s, %s) into %s; store now has %s, %s, %s; %s%n",
          Counted.of(done.stored(), "article", "articles"),
          Counted.of(done.duplicates(), "near-duplicate", "near-duplicates"),
          Counted.of(done.newEvents(), "new event", "new events"),
          repeats(done.known()),
          store.data(),
          Counted.of(counts[0], "article", "articles"),
          Counted.of(counts[1], "event", "events"),
          Counted.of(counts[2], "story", "stories"),
          problemsAndWarnings(problems));
      out.flush();
    }
    // bad input: what could be read and clustered is stored, the exit code says some was not
    return problems.isEmpty() ? 0 : 2;
  }

  private int viaServer(
      String url,
      IngestOptions options,
      List<IngestProblem> problems,
      PrintWriter err,
      PrintWriter out) {
    ServerIngest client = new ServerIngest(url, ServerIngest.token(tokenFile, System.getenv()));
    if (server == null) {
      err.println("storylink: a server holds " + store.data() + "; sending the articles to " + url);
      err.flush();
    }
    IngestSummary done;
    // the server stores what it is sent: a feed's declared language is checked here, as locally
    Sources read = new Sources(options, new dev.storylink.text.LinguaLanguageIdentifier());
    try (SourceItems items = new SourceItems(read, sources, p -> report(p, problems, err))) {
      done = client.send(items, p -> report(p, problems, err), line -> repeated(line, err));
    }
    out.printf(
        Locale.ROOT,
        "ingested %s (%s, %s) through %s; %s%n",
        Counted.of(done.stored(), "article", "articles"),
        Counted.of(done.duplicates(), "near-duplicate", "near-duplicates"),
        repeats(done.known()),
        url,
        problemsAndWarnings(problems));
    out.flush();
    return problems.isEmpty() ? 0 : 2;
  }

  /**
   * The summary's count of repeats skipped ({@link RepeatRule#BY_KEYS}): {@code 3 duplicates of
   * stored articles skipped}.
   */
  static String repeats(long n) {
    return Counted.of(n, "duplicate", "duplicates") + " of stored articles skipped";
  }

  /** A repeat under another id, listed unless {@code --quiet} (not a problem: exit code 0). */
  private void repeated(String line, PrintWriter err) {
    if (!quiet) {
      err.println("storylink: skipped " + line);
      err.flush();
    }
  }

  /**
   * A skipped record ({@code storylink: skipped feed.xml entry 2: entry has neither title nor
   * text}), counted in {@code problems}; or a warning about a stored one ({@code storylink:
   * feed.xml entry 4: warning: declared lang 'en' but ...}), counted apart: it does not make the
   * exit code 2.
   */
  private void report(IngestProblem p, List<IngestProblem> problems, PrintWriter err) {
    if (p.isWarning()) {
      warnings++;
    } else {
      problems.add(p);
    }
    if (!quiet) {
      err.println("storylink: " + (p.isWarning() ? "" : "skipped ") + p.message());
      err.flush();
    }
  }

  /** {@code 2 problems} and, when there were any, {@code , 3 warnings}. */
  private String problemsAndWarnings(List<IngestProblem> problems) {
    String s = Counted.of(problems.size(), "problem", "problems");
    return warnings == 0 ? s : s + ", " + Counted.of(warnings, "warning", "warnings");
  }
}
