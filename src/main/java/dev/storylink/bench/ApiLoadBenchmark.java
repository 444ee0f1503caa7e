package dev.storylink.bench;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.IngestSummary;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.core.TempDirs;
import dev.storylink.server.ApiServer;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * API latency benchmark: fills a temporary store with generated articles (clustered like an
 * ingest), starts the server on loopback, fires a bounded number of GET /api/stories requests
 * (plain pages, deeper pages, language filters, date ranges and text queries in turn) from a few
 * client threads, and reports p50/p95/p99 latency and requests per second. Not thread-safe (run one
 * at a time); deletes its temporary store when done.
 */
public final class ApiLoadBenchmark {
  /**
   * The figures of one run. Immutable and thread-safe.
   *
   * @param articles articles in the store
   * @param stories stories in the store
   * @param requests requests sent
   * @param errors responses that were not 200
   * @param threads client threads
   * @param p50Ms median latency in ms
   * @param p95Ms 95th percentile latency in ms
   * @param p99Ms 99th percentile latency in ms
   * @param requestsPerSecond throughput over the whole run
   * @param fillSeconds time to ingest the articles
   */
  public record Result(
      long articles,
      long stories,
      int requests,
      int errors,
      int threads,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      double requestsPerSecond,
      double fillSeconds) {
    public Result {
      if (requests < 1 || threads < 1 || errors < 0) {
        throw new IllegalArgumentException("bad benchmark result");
      }
    }
  }

  private static final String[] QUERIES = {
    "",
    "?limit=50",
    "?offset=40&limit=20",
    "?lang=ar",
    "?lang=fa&limit=10",
    "?from=2020-02-10&to=2020-02-20",
    "?q=Putin",
    "?q=Tehran%20Astana",
    "?lang=de&q=Merkel"
  };

  private ApiLoadBenchmark() {}

  /** Runs the benchmark, printing progress to {@code log}. */
  public static Result run(int articles, int requests, int threads, PrintWriter log)
      throws Exception {
    if (articles < 1 || requests < 1 || threads < 1 || threads > 64) {
      throw new IllegalArgumentException("articles, requests >= 1 and threads in 1..64");
    }
    Path dir = Files.createTempDirectory("storylink-bench-api");
    try {
      return run(dir, articles, requests, threads, log);
    } finally {
      TempDirs.deleteQuietly(dir);
    }
  }

  private static Result run(Path dir, int articles, int requests, int threads, PrintWriter log)
      throws Exception {
    long t0 = System.nanoTime();
    try (StoryLink sl = StoryLink.builder().dataDir(dir).build()) {
      Random rnd = new Random(42);
      LocalDate base = LocalDate.of(2020, 2, 1);
      List<IngestItem> items = new ArrayList<>(articles);
      for (int i = 0; i < articles; i++) {
        // as `bench ingest`: a topic lives for ~5 articles; dates advance one day per 300
        int topic = i / 5 + rnd.nextInt(3);
        Article g = SyntheticArticles.article(rnd, "gen-" + i, topic);
        String text = g.text();
        int cut = text.indexOf(' ', Math.min(text.length() - 1, 60));
        String title = cut > 0 ? text.substring(0, cut) : "";
        items.add(
            IngestItem.at(
                new Article(
                    g.id(),
                    g.lang(),
                    title,
                    text,
                    Optional.of(base.plusDays(i / 300)),
                    "outlet" + (i % 17) + ".example",
                    ""),
                "generated article " + (i + 1)));
      }
      sl.ingest(
          items,
          new IngestListener() {
            @Override
            public void progress(IngestSummary soFar) {
              log.printf(Locale.ROOT, "  filled %,d articles%n", soFar.stored());
              log.flush();
            }
          });
      double fill = (System.nanoTime() - t0) / 1e9;
      try (ApiServer server = HttpProbe.serve(sl)) {
        String base0 = "http://127.0.0.1:" + server.port() + "/api/stories";
        HttpClient http = HttpProbe.client();
        // warm-up
        for (int i = 0; i < Math.min(50, requests); i++) {
          get(http, base0 + QUERIES[i % QUERIES.length]);
        }
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          fs.add(
              pool.submit(
                  () -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                      long s = System.nanoTime();
                      int status = get(http, base0 + QUERIES[i % QUERIES.length]);
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
        pool.shutdown();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        for (int q = 0; q < QUERIES.length; q++) {
          List<Long> mine = new ArrayList<>();
          for (int i = q; i < requests; i += QUERIES.length) {
            mine.add(nanos[i]);
          }
          long[] qs = mine.stream().mapToLong(Long::longValue).sorted().toArray();
          if (qs.length > 0) {
            log.printf(
                Locale.ROOT,
                "  %-36s p50 %7.2f ms  p95 %7.2f ms  (%d requests)%n",
                "/api/stories" + QUERIES[q],
                pct(qs, 50),
                pct(qs, 95),
                qs.length);
          }
        }
        log.flush();
        return new Result(
            sl.read(s -> s.articleCount()),
            sl.read(s -> s.storyCount()),
            requests,
            errors.get(),
            threads,
            pct(sorted, 50),
            pct(sorted, 95),
            pct(sorted, 99),
            requests / secs,
            fill);
      }
    }
  }

  private static int get(HttpClient http, String url) {
    return HttpProbe.get(http, url, Duration.ofSeconds(30));
  }

  private static double pct(long[] sorted, int p) {
    return HttpProbe.pct(sorted, p);
  }
}
