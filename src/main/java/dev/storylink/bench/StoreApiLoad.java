package dev.storylink.bench;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.server.ApiServer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoreTimings;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API latency on an existing store, optionally while an ingest runs: opens the store, starts the
 * server on loopback, and (with articles to replay) ingests them on a background thread for as long
 * as the requests last, the way a server in front of a live ingest sees it: a commit every {@value
 * #INGEST_BATCH} articles (each reopens the searcher), the requests timed from the first commit on.
 * The ingest runs as fast as it can, or paced at a given rate (a live monitor's feeds bring
 * articles at a few per second: paced, it commits once a second's articles are in). The CPU time of
 * the threads during the requests is printed, the ingest's apart (per request: a figure that the
 * machine's load does not change much, unlike the latencies). The requests cycle through story
 * lists (plain, deeper pages, language and date filters), single stories (ids picked from the list
 * across the store's dates), their facts and text searches ({@link ApiRequestMix}); p50/p95/p99 are
 * printed per kind and per query shape. Not thread-safe (run one at a time).
 */
public final class StoreApiLoad {
  /**
   * The readers' load: {@code requests} requests from {@code threads} client threads, back to back
   * ({@code rate} 0: the server is kept saturated) or offered at {@code rate} requests per second
   * in all (each request timed from the moment it was due, so a late start counts), searching
   * {@code searches}.
   */
  public record ClientLoad(
      int requests, int threads, double rate, List<String> searches, int warmup) {
    public ClientLoad {
      if (requests < 1 || threads < 1 || warmup < 0 || !(rate >= 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException(
            "requests and threads must be positive, rate and warm-up requests >= 0");
      }
      searches = List.copyOf(searches);
    }

    /** The narrow (6) or broad (42) search set of {@code bench api}. */
    public static List<String> searchSet(boolean broad) {
      return broad ? ApiRequestMix.BROAD : ApiRequestMix.NARROW;
    }
  }

  /** Articles per commit of the replayed ingest (a live server commits small batches often). */
  static final int INGEST_BATCH = 200;

  private StoreApiLoad() {}

  /**
   * CPU time so far of the live threads by id: the ingest's ({@code bench-ingest}, the clusterer's
   * helpers, Lucene's merges) under key -1, every other thread's (server, clients, JVM) under its
   * id.
   */
  private static java.util.Map<Long, Long> threadCpu() {
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.Map<Long, Long> out = new java.util.HashMap<>();
    for (java.lang.management.ThreadInfo t : bean.getThreadInfo(bean.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long cpu = Math.max(0, bean.getThreadCpuTime(t.getThreadId()));
      String name = t.getThreadName();
      boolean ingest =
          name.equals("bench-ingest")
              || name.startsWith("storylink-cluster")
              || name.startsWith("Lucene Merge Thread");
      out.merge(ingest ? -1L : t.getThreadId(), cpu, Long::sum);
    }
    return out;
  }

  /** CPU used between two {@link #threadCpu} readings: {ingest, everything else} in ns. */
  private static long[] cpuBetween(
      java.util.Map<Long, Long> before, java.util.Map<Long, Long> after) {
    long ingest = after.getOrDefault(-1L, 0L) - before.getOrDefault(-1L, 0L);
    long other = 0;
    for (var e : after.entrySet()) {
      if (e.getKey() != -1L) {
        other += e.getValue() - before.getOrDefault(e.getKey(), 0L);
      }
    }
    return new long[] {ingest, other};
  }

  /**
   * Runs the readers' {@code load} against the store in {@code dir}; with {@code replay} present,
   * ingests its articles from number {@code replayFrom} on meanwhile, as fast as it can when {@code
   * replayRate} is 0, else at that many articles per second with a commit every {@code
   * commitSeconds}; the server keeps pages for the current view of the store when {@code
   * cachePages}.
   */
  public static void run(
      Path dir,
      Optional<ReplayArticles> replay,
      long replayFrom,
      double replayRate,
      int commitSeconds,
      ClientLoad load,
      boolean cachePages,
      PrintWriter log)
      throws Exception {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long t0 = System.nanoTime();
    StoryLink.Builder builder = StoryLink.builder().dataDir(dir).readOnly(replay.isEmpty());
    if (replay.isPresent()) {
      builder.batch(INGEST_BATCH); // the readers see a commit and a reopened searcher every few s
    }
    try (StoryLink sl = builder.build()) {
      long articles = sl.read(s -> s.articleCount());
      List<String> storyIds = storyIds(sl);
      ApiRequestMix mix = new ApiRequestMix(load.searches(), storyIds);
      int requests = load.requests();
      int threads = load.threads();
      log.printf(
          Locale.ROOT,
          "store %s: %,d articles, %,d stories; opened in %.1f s; %d story ids to fetch%n",
          dir,
          articles,
          sl.read(s -> s.storyCount()),
          (System.nanoTime() - t0) / 1e9,
          storyIds.size());
      log.flush();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong ingested = new AtomicLong();
      Thread ingest = null;
      if (replay.isPresent()) {
        ReplayArticles r = replay.get();
        IngestListener counter =
            new IngestListener() {
              @Override
              public void stored(IngestItem item, dev.storylink.cluster.StoryClusterer.Outcome o) {
                ingested.incrementAndGet();
              }
            };
        Runnable feed =
            replayRate > 0
                ? () -> paced(sl, r, replayFrom, replayRate, commitSeconds, stop, counter)
                : () -> sl.ingest(unpaced(r, replayFrom, stop), counter);
        ingest = new Thread(feed, "bench-ingest");
        ingest.start();
      }
      try (ApiServer server = HttpProbe.serve(sl, cachePages)) {
        String base = "http://127.0.0.1:" + server.port() + "/api/stories";
        HttpClient http = HttpProbe.client();
        for (int i = 0; i < 60; i++) {
          get(http, base + mix.path(i)); // the first pages while the ingest starts
        }
        // time the requests under a running ingest: after its first commit (clusterer loaded)
        long waitUntil = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (replay.isPresent() && ingested.get() == 0 && System.nanoTime() < waitUntil) {
          Thread.sleep(100);
        }
        warm(http, base, mix, load);
        java.util.Map<Long, Long> cpu0 = threadCpu();
        StoreTimings merges0 = sl.read(ArticleStore::timings);
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long ingestedBefore = ingested.get();
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                      long s = System.nanoTime();
                      if (load.rate() > 0) { // due at its place in the offered rate
                        long due = start + (long) (i * 1e9 / load.rate());
                        for (long now = s; now < due; now = System.nanoTime()) {
                          java.util.concurrent.locks.LockSupport.parkNanos(due - now);
                        }
                        s = due;
                      }
                      int status = get(http, base + mix.path(i));
                      nanos[i] = System.nanoTime() - s;
                      if (status != 200) {
                        errors.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long ingestedDuring = ingested.get() - ingestedBefore;
        long[] cpu = cpuBetween(cpu0, threadCpu());
        StoreTimings merges1 = sl.read(ArticleStore::timings);
        pool.shutdown();
        mix.report(log, nanos, secs, errors.get(), threads);
        log.printf(
            Locale.ROOT,
            "CPU during the requests: ingest threads %.1f s; other threads (server, clients, JVM)"
                + " %.1f s, %.1f ms per request%n",
            cpu[0] / 1e9,
            cpu[1] / 1e9,
            cpu[1] / 1e6 / requests);
        log.printf(
            Locale.ROOT,
            "Lucene merges finished during the requests: %d (%,d documents), %.1f s of CPU%n",
            merges1.merges() - merges0.merges(),
            merges1.mergedDocs() - merges0.mergedDocs(),
            (merges1.mergeCpuNanos() - merges0.mergeCpuNanos()) / 1e9);
        log.printf(
            Locale.ROOT,
            "ingest meanwhile: %s; load average %.2f%n",
            replay.isEmpty()
                ? "none"
                : String.format(
                    Locale.ROOT,
                    "%,d articles committed during the requests (%.0f articles/s)",
                    ingestedDuring,
                    ingestedDuring / secs),
            os.getSystemLoadAverage());
        log.flush();
      } finally {
        stop.set(true);
        if (ingest != null) {
          ingest.join();
        }
      }
    }
  }

  /**
   * The replayed articles from number {@code from} on, as fast as they are taken, until stopped.
   */
  private static Iterator<IngestItem> unpaced(ReplayArticles r, long from, AtomicBoolean stop) {
    return new Iterator<>() {
      long n = from;

      @Override
      public boolean hasNext() {
        return !stop.get();
      }

      @Override
      public IngestItem next() {
        Article a = r.article(n++);
        return IngestItem.at(a, "replayed article " + n);
      }
    };
  }

  /**
   * Ingests the replayed articles from number {@code from} on at {@code rate} articles per second,
   * the way a live monitor does: the articles of each {@code every} seconds in one ingest call (one
   * commit, one reopened searcher), then a wait for the next tick, until stopped.
   */
  private static void paced(
      StoryLink sl,
      ReplayArticles r,
      long from,
      double rate,
      int every,
      AtomicBoolean stop,
      IngestListener listener) {
    long start = System.nanoTime();
    long n = from;
    for (long second = every; !stop.get(); second += every) {
      long due = from + (long) (second * rate); // articles due by the end of this tick
      List<IngestItem> batch = new ArrayList<>();
      for (; n < due; n++) {
        batch.add(IngestItem.at(r.article(n), "replayed article " + (n + 1)));
      }
      sl.ingest(batch, listener);
      long wait = start + second * 1_000_000_000L - System.nanoTime();
      if (wait > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
    }
  }

  /** Sends the load's warm-up requests from its threads, back to back, untimed. */
  private static void warm(HttpClient http, String base, ApiRequestMix mix, ClientLoad load)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(load.threads());
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < load.threads(); t++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < load.warmup();
                      i = next.getAndIncrement()) {
                    get(http, base + mix.path(i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Story ids spread over the store's dates: the newest, and a few per 3-day window back. */
  private static List<String> storyIds(StoryLink sl) {
    Set<String> ids = new LinkedHashSet<>();
    List<StoryRecord> newest = sl.read(s -> s.stories(StoryFilter.all(), 0, 20));
    newest.forEach(s -> ids.add(s.id()));
    Optional<LocalDate> last = newest.isEmpty() ? Optional.empty() : newest.get(0).lastDate();
    if (last.isPresent()) {
      for (int k = 1; k <= 30; k++) {
        LocalDate to = last.get().minusDays(k * 97L);
        StoryFilter f =
            new StoryFilter(
                Optional.empty(), Optional.of(to.minusDays(3)), Optional.of(to), Optional.empty());
        sl.read(s -> s.stories(f, 0, 3)).forEach(s -> ids.add(s.id()));
      }
    }
    return new ArrayList<>(ids);
  }

  private static int get(HttpClient http, String url) {
    return HttpProbe.get(http, url, Duration.ofSeconds(60));
  }
}
