package dev.storylink.cli;

import dev.storylink.cluster.Assignment;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.ingest.IngestOptions;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.Sources;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storylink ingest SOURCE...}: reads articles, clusters them into events and stories, and
 * commits them to the store in batches (an article is acknowledged once its batch is committed).
 * Not thread-safe.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds articles to the store and clusters them into events and stories.",
      "SOURCE: a JSONL file, a folder of .txt/.html/.json articles, an RSS/Atom file or URL,",
      "an HTML page or URL, a JSON article or array, or - for JSONL on stdin.",
      "Bad records are reported one per line and skipped; the rest is ingested."
    })
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SOURCE", arity = "1..*") List<String> sources;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(names = "--batch", description = "Articles per commit (default ${DEFAULT-VALUE}).")
  int batch = 1000;

  @Option(names = "--progress", description = "Show a progress line even when stderr is not a terminal.")
  boolean progress;

  @Option(names = "--fetch-linked-pages", description = "For feeds, fetch each entry's web page for its full text.")
  boolean fetchLinkedPages;

  @Option(names = "--quiet", description = "Do not list bad records (the summary still counts them).")
  boolean quiet;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IngestProblem> problems = new ArrayList<>();
    boolean showProgress = progress || System.console() != null;
    Counts counts = new Counts();
    long start = System.nanoTime();
    try (ArticleStore st = ArticleStore.open(store.data())) {
      StoryClusterer clusterer =
          StoryClusterer.open(st, FeaturePairScorer.forClustering(), new LinguaLanguageIdentifier(), ClusterConfig.defaults());
      IngestOptions options = IngestOptions.defaults().withFetchLinkedPages(fetchLinkedPages);
      try (Stream<Article> articles = new Sources(options).open(sources, p -> report(p, problems, err))) {
        Iterator<Article> it = articles.iterator();
        // ids of the chunks read but not yet clustered (the clusterer knows the rest): a repeat
        // among them is skipped like a repeat of an article clustered before
        java.util.ArrayDeque<java.util.Set<String>> unplaced = new java.util.ArrayDeque<>();
        Iterator<List<Article>> chunks = new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public List<Article> next() {
            List<Article> chunk = new ArrayList<>(StoryClusterer.CHUNK);
            java.util.Set<String> ids = new java.util.HashSet<>();
            unplaced.add(ids);
            while (chunk.size() < StoryClusterer.CHUNK && it.hasNext()) {
              Article a = it.next();
              if (clusterer.isStored(a.id()) || unplaced.stream().anyMatch(u -> u.contains(a.id()))) {
                counts.known++; // re-reading a feed or folder: nothing new
              } else {
                chunk.add(a);
                ids.add(a.id());
              }
            }
            return chunk;
          }
        };
        clusterer.addChunks(chunks, outcomes -> {
          unplaced.poll();
          for (StoryClusterer.Outcome o : outcomes) {
            if (o.assignment().isPresent()) {
              Assignment as = o.assignment().get();
              counts.added++;
              counts.sinceCommit++;
              counts.duplicates += as.duplicateOf().isPresent() ? 1 : 0;
              counts.newEvents += as.newEvent() ? 1 : 0;
            } else {
              report(IngestProblem.of(o.articleId(), o.problem().get()), problems, err);
            }
          }
          if (counts.sinceCommit >= batch) {
            clusterer.commit();
            counts.sinceCommit = 0;
          }
          long now = System.nanoTime();
          if (showProgress && now - counts.lastShown > 500_000_000L) {
            counts.lastShown = now;
            double secs = (now - start) / 1e9;
            err.printf(Locale.ROOT, "\r  %,d articles  %,d events  %.0f articles/s   ", counts.added,
                counts.newEvents, counts.added / Math.max(secs, 1e-9));
            err.flush();
          }
        });
      }
      clusterer.commit();
      if (showProgress) {
        err.print("\r" + " ".repeat(60) + "\r");
        err.flush();
      }
      out.printf(
          Locale.ROOT,
          "ingested %d articles (%d near-duplicates, %d new events, %d already stored) into %s; store now"
              + " has %d articles, %d events, %d stories; %d problems%n",
          counts.added, counts.duplicates, counts.newEvents, counts.known, store.data(), st.articleCount(), st.eventCount(),
          st.storyCount(), problems.size());
      out.flush();
    }
    return problems.isEmpty() ? 0 : (counts.added > 0 ? 0 : 2);
  }

  /** What the ingest did so far. */
  private static final class Counts {
    long added;
    long duplicates;
    long newEvents;
    long known;
    long sinceCommit;
    long lastShown;
  }

  private void report(IngestProblem p, List<IngestProblem> problems, PrintWriter err) {
    problems.add(p);
    if (!quiet) {
      err.println("storylink: skipped " + p.message());
      err.flush();
    }
  }
}
