package dev.storylink.cli;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.bench.SyntheticArticles;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.TempDirs;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storylink bench ...}: throughput figures (printed, never asserted). Not thread-safe. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures throughput and prints figures.",
    subcommands = {BenchCommand.Ingest.class, ApiBenchCommand.class, FactsBenchCommand.class})
public final class BenchCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code storylink bench ingest}: sustained ingest + clustering of generated articles. Not
   * thread-safe.
   */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "Measures sustained ingest and clustering throughput on generated articles.",
        "Generates articles (5 languages, shared names/places/numbers per topic, 250-600 words,",
        "one new topic per ~5 articles, dates advancing) and ingests them into a temporary store",
        "with clustering, committing every --batch. Prints articles/s per block and heap after ingest.",
        "With --replay, real articles of JSONL files instead, replayed with new ids and advancing",
        "dates (later passes splice each article with another of its language, see ReplayArticles)."
      })
  @dev.storylink.core.SuppressForbidden(
      reason =
          "process CPU time: com.sun.management is the only API for it (the progress listener reads it too)")
  public static final class Ingest implements Callable<Integer> {
    @Option(names = "--articles", description = "How many (default ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--block", description = "Report every N articles (default ${DEFAULT-VALUE}).")
    int block = 10_000;

    @Option(names = "--batch", description = "Articles per commit (default ${DEFAULT-VALUE}).")
    int batch = 1000;

    @Option(
        names = "--data",
        description = "Store directory (default: a temporary one, deleted after).")
    Path data;

    @Option(
        names = "--assignments",
        description =
            "Also write each article's assignment (id, event, story at the time, generated topic, language) to this TSV file, to compare runs.")
    Path assignments;

    @Option(
        names = "--replay",
        paramLabel = "FILE.jsonl",
        description =
            "Replay the real articles of these JSONL files (repeatable) instead of generated ones.")
    java.util.List<Path> replay = new java.util.ArrayList<>();

    @Option(
        names = "--per-day",
        description = "Replayed articles per day of publication date (default ${DEFAULT-VALUE}).")
    int perDay = 300;

    @Option(
        names = "--restart",
        description =
            "After the ingest, close the store and time its reopening: read-only + first story list, then for ingest (term statistics and open events reloaded).")
    boolean restart;

    @Option(
        names = "--boilerplate",
        paramLabel = "WORDS,SEEN",
        description =
            "Cut an outlet's boilerplate before each article's evidence: WORDS-word shingles seen in SEEN earlier articles of its outlet (default: the shipped 12,1; SEEN 0, such as 12,0, cuts nothing).")
    String boilerplate;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    /**
     * B-cubed of the events against the generated groups (an article's topic in its language; the
     * generator gives each topic its own names, rare words and figure): a sanity check of the
     * clustering on a long stream, where the speed work must not change it.
     */
    static dev.storylink.eval.ClusterEvaluator.PRF eventQuality(Path assignments)
        throws java.io.IOException {
      java.util.Map<String, String> events = new java.util.HashMap<>();
      java.util.Map<String, String> groups = new java.util.HashMap<>();
      for (String line : Files.readAllLines(assignments, java.nio.charset.StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        events.put(f[0], f[1]);
        groups.put(f[0], f[3] + "/" + f[4]);
      }
      return dev.storylink.eval.ClusterEvaluator.bcubed(events, groups);
    }

    /** B-cubed of the stories of the assigned events against the generated topics. */
    static dev.storylink.eval.ClusterEvaluator.PRF storyQuality(
        Path assignments, dev.storylink.store.ArticleStore store) {
      java.util.Map<String, String> stories = new java.util.HashMap<>();
      java.util.Map<String, String> storyOfEvent = new java.util.HashMap<>();
      java.util.Map<String, String> topics = new java.util.HashMap<>();
      try {
        for (String line :
            Files.readAllLines(assignments, java.nio.charset.StandardCharsets.UTF_8)) {
          String[] f = line.split("\t");
          stories.put(
              f[0],
              storyOfEvent.computeIfAbsent(
                  f[1],
                  ev -> store.event(ev).map(dev.storylink.store.EventRecord::storyId).orElse(ev)));
          topics.put(f[0], f[3]);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return dev.storylink.eval.ClusterEvaluator.bcubed(stories, topics);
    }

    /**
     * Where the run is: articles placed, the digest so far, and the clocks of the current block.
     */
    private static final class Progress {
      long placed;
      long digest = 17;
      long blockStart; // wall clock (ns) and process CPU (ns) when the current block began
      long blockCpu;
      long warmStart; // the same when the after-warm-up stretch began (0: not yet)
      long warmCpu;
      long warmJitMs = -1; // JIT compiling time (all compiler threads) when it began

      Progress(long blockStart, long blockCpu) {
        this.blockStart = blockStart;
        this.blockCpu = blockCpu;
      }
    }

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = data != null ? data : Files.createTempDirectory("storylink-bench");
      Random rnd = new Random(11);
      long start = System.nanoTime();
      long blockStart = start;
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long mainCpuStart = threads.getCurrentThreadCpuTime();
      long cpuStart = processCpuNanos();
      // assignments go to a file (not the heap, which is measured): for the quality figure below
      Path assigned =
          assignments != null ? assignments : Files.createTempFile("storylink-assignments", ".tsv");
      dev.storylink.bench.ReplayArticles replayed =
          replay.isEmpty()
              ? null
              : new dev.storylink.bench.ReplayArticles(
                  dev.storylink.bench.ReplayArticles.read(replay), perDay);
      if (replayed != null) {
        out.printf(
            Locale.ROOT,
            "replaying %d articles of %s, %d a day%n",
            replayed.size(),
            replay,
            perDay);
      }
      dev.storylink.cluster.ClusterConfig config = dev.storylink.cluster.ClusterConfig.defaults();
      if (boilerplate != null) {
        try {
          config =
              config.withBoilerplate(
                  dev.storylink.cluster.ClusterConfig.Boilerplate.parse(boilerplate));
        } catch (IllegalArgumentException e) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      try (StoryLink sl =
              StoryLink.builder().dataDir(dir).batch(batch).clusterConfig(config).build();
          java.io.Writer assignmentsOut =
              Files.newBufferedWriter(assigned, java.nio.charset.StandardCharsets.UTF_8)) {
        out.printf(
            Locale.ROOT,
            "%10s %12s %14s %16s %14s %16s %8s %6s%n",
            "articles",
            "block art/s",
            "µs/article",
            "CPU ms/article",
            "active events",
            "heap after GC MB",
            "RSS MB",
            "load");
        // generated as the ingest loop fills each chunk, on this thread, while the chunk before is
        // prepared on the other core
        java.util.ArrayDeque<String> groups =
            new java.util.ArrayDeque<>(); // topic and language, in order
        java.util.Iterator<IngestItem> generated =
            new java.util.Iterator<>() {
              int i;

              @Override
              public boolean hasNext() {
                return i < articles;
              }

              @Override
              public IngestItem next() {
                // a topic stays alive for ~5 articles on average; dates advance one day per 300
                // articles
                if (replayed != null) {
                  Article a = replayed.article(i);
                  groups.add("replay\t" + a.lang());
                  return IngestItem.at(a, "replayed article " + i++);
                }
                int topic = i / 5 + rnd.nextInt(3);
                Article a = SyntheticArticles.article(rnd, "gen-" + i, topic);
                groups.add(topic + "\t" + a.lang());
                return IngestItem.at(a, "generated article " + i++);
              }
            };
        // the JIT compiler takes a core for the first tens of thousands of articles: the sustained
        // rate is also reported from the end of the block at 40 % of the run on
        long warm = Math.max(block, (long) Math.ceil(articles * 0.4 / block) * block);
        Progress progress = new Progress(blockStart, cpuStart);
        // outcomes arrive in input order once their batch is committed (every --batch articles)
        sl.ingest(
            generated,
            new IngestListener() {
              @Override
              public void stored(IngestItem item, StoryClusterer.Outcome o) {
                placed(o);
              }

              @Override
              public void failed(IngestItem item, IngestProblem problem) {
                throw new IllegalStateException("generated article refused: " + problem.message());
              }

              private void placed(StoryClusterer.Outcome o) {
                long k = progress.placed++;
                progress.digest =
                    progress.digest * 31 + o.toString().hashCode(); // same input, same assignments
                var a = o.assignment().get();
                try {
                  assignmentsOut.write(
                      a.articleId()
                          + "\t"
                          + a.eventId()
                          + "\t"
                          + a.storyId()
                          + "\t"
                          + groups.peekFirst()
                          + "\n");
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
                groups.removeFirst();
                if (k + 1 == warm) {
                  progress.warmStart = System.nanoTime();
                  progress.warmCpu = processCpuNanos();
                  progress.warmJitMs = jitMillis();
                }
                if ((k + 1) % block == 0) {
                  long now = System.nanoTime();
                  double secs = (now - progress.blockStart) / 1e9;
                  long cpuNow = processCpuNanos();
                  out.printf(
                      Locale.ROOT,
                      "%10d %12.0f %14.1f %16.2f %14d %16.0f %8.0f %6.2f%n",
                      k + 1,
                      block / secs,
                      secs * 1e6 / block,
                      (cpuNow - progress.blockCpu) / 1e6 / block,
                      sl.activeEvents(),
                      dev.storylink.bench.IngestFigures.heapAfterLastGc() / 1e6,
                      dev.storylink.bench.IngestFigures.residentBytes() / 1e6,
                      os.getSystemLoadAverage());
                  out.flush();
                  progress.blockStart = now;
                  progress.blockCpu = cpuNow;
                }
              }
            });
        long digest = progress.digest;
        long end = System.nanoTime();
        long cpuEnd = processCpuNanos();
        double total = (end - start) / 1e9;
        double mainCpu = (threads.getCurrentThreadCpuTime() - mainCpuStart) / 1e6 / articles;
        double cpu = (cpuEnd - cpuStart) / 1e6 / articles;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        out.printf(
            Locale.ROOT,
            "total: %d articles in %.1f s = %.0f articles/s; events %d, stories %d; heap after ingest and GC %.0f MB; assignments digest %016x%n",
            articles,
            total,
            articles / total,
            sl.read(ArticleStore::eventCount),
            sl.read(ArticleStore::storyCount),
            heap / 1e6,
            digest);
        if (progress.warmStart > 0 && articles > warm) {
          double secs = (end - progress.warmStart) / 1e9;
          out.printf(
              Locale.ROOT,
              "after warm-up: articles %d-%d at %.0f articles/s, %.2f ms CPU/article%n",
              warm + 1,
              articles,
              (articles - warm) / secs,
              (cpuEnd - progress.warmCpu) / 1e6 / (articles - warm));
        }
        // CPU per article is less disturbed than wall time when other jobs share the cores
        out.printf(
            Locale.ROOT,
            "cpu: %.2f ms/article in all threads, %.2f ms/article in the ingesting thread; load average %.2f%n",
            cpu,
            mainCpu,
            os.getSystemLoadAverage());
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long gcMs = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
          gcMs += Math.max(0, gc.getCollectionTime());
        }
        out.printf(
            Locale.ROOT,
            "jvm: JIT compiling %.1f s (all compiler threads; %.1f s of it after warm-up), GC %.1f s"
                + " (collection time)%n",
            jit == null || !jit.isCompilationTimeMonitoringSupported()
                ? Double.NaN
                : jit.getTotalCompilationTime() / 1e3,
            progress.warmJitMs < 0 ? Double.NaN : (jitMillis() - progress.warmJitMs) / 1e3,
            gcMs / 1e3);
        assignmentsOut.flush();
        ReplayFigures.store(out, sl, dir);
        if (replayed == null) {
          out.printf(
              Locale.ROOT,
              "quality: events against the generated (topic, language) groups: B-cubed %s%n",
              eventQuality(assigned));
          Path assignedFile = assigned;
          java.util.function.Function<ArticleStore, dev.storylink.eval.ClusterEvaluator.PRF>
              stories = store -> storyQuality(assignedFile, store);
          out.printf(
              Locale.ROOT,
              "quality: stories against the generated topics (all languages): B-cubed %s%n",
              sl.read(stories));
        }
        if (restart) {
          sl.close();
          ReplayFigures.restart(out, dir);
        }
      } finally {
        if (data == null) {
          TempDirs.deleteQuietly(dir);
        }
        if (assignments == null) {
          Files.deleteIfExists(assigned);
        }
      }
      out.flush();
      return 0;
    }
  }

  /** Total JIT compiling time of all compiler threads in ms, or -1 when not monitored. */
  private static long jitMillis() {
    var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit == null || !jit.isCompilationTimeMonitoringSupported()
        ? -1
        : jit.getTotalCompilationTime();
  }

  /** CPU time of this process in nanoseconds (all threads). */
  @dev.storylink.core.SuppressForbidden(
      reason = "process CPU time: com.sun.management is the only API for it")
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
