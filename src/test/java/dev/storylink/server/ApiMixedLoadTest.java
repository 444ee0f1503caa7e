package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.store.ArticleStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded loopback load test: a server in a child JVM over a real store takes {@link #REQUESTS}
 * (300; {@code -Dstorylink.loadtest.requests=N} for more) mixed requests from {@value #THREADS}
 * client threads (reads of the story list, searches, stored articles; writes of one to three
 * articles; comparisons), with one oversized article every 100 requests (a body over 2 MB, a 40 KB
 * word, a 40 KB id in turn). No 5xx; then the child is killed with SIGKILL and every acknowledged
 * (201) article is in the reopened store. Prints its figures (requests per second, latency
 * percentiles); they are a record of one run, not an assertion.
 */
class ApiMixedLoadTest {
  static final int REQUESTS = Integer.getInteger("storylink.loadtest.requests", 300);
  static final int THREADS = 4;
  private static final ObjectMapper M = new ObjectMapper();
  private static final String[] PLACES = {
    "Harbour", "Bridge", "Airport", "Library", "Stadium", "Museum"
  };

  @TempDir Path tmp;

  @Test
  void mixedReadsAndWritesWithOversizedArticlesGiveNo5xxAndLoseNothingOnKill() throws Exception {
    Path data = tmp.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                ApiServerChild.class.getName(),
                data.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Set<String> acked = ConcurrentHashMap.newKeySet();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    double seconds;
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as("child output").startsWith("PORT ");
      String base = "http://127.0.0.1:" + first.substring(5).strip();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < THREADS; w++) {
        int worker = w;
        done.add(
            pool.submit(
                () -> {
                  Random random = new Random(1000 + worker);
                  for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    HttpRequest req = request(base, i, random, acked);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r =
                        http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    latencies.add(System.nanoTime() - t0);
                    statuses
                        .computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                        .incrementAndGet();
                    assertThat(r.statusCode()).as(req.uri() + " " + r.body()).isLessThan(500);
                    if (r.statusCode() == 201) {
                      for (JsonNode a : M.readTree(r.body()).get("added")) {
                        acked.add(a.get("id").asText());
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(10, TimeUnit.MINUTES);
      }
      seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(statuses.keySet()).allMatch(s -> s < 500);
    assertThat(acked).hasSizeGreaterThan(100);
    try (ArticleStore store = ArticleStore.open(data)) {
      for (String id : acked) {
        assertThat(store.containsArticle(id)).as("acknowledged %s", id).isTrue();
      }
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "mixed load: %d requests, %d threads, %.1f s, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
            + " statuses %s, %d articles acknowledged and present after SIGKILL%n",
        REQUESTS,
        THREADS,
        seconds,
        REQUESTS / seconds,
        pct(sorted, 0.50),
        pct(sorted, 0.95),
        pct(sorted, 0.99),
        new java.util.TreeMap<>(statuses),
        acked.size());
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
  }

  private static HttpRequest request(String base, int i, Random random, Set<String> acked)
      throws Exception {
    if (i % 100 == 99) {
      String body =
          switch ((i / 100) % 3) {
            case 0 -> "{\"id\":\"big-" + i + "\",\"text\":\"" + "word ".repeat(450_000) + "\"}";
            case 1 ->
                M.writeValueAsString(
                    Map.of("id", "word-" + i, "lang", "en", "text", "A " + "w".repeat(40_000)));
            default ->
                M.writeValueAsString(
                    Map.of("id", "i".repeat(40_000), "lang", "en", "text", "Long id."));
          };
      return post(base + "/api/articles", body);
    }
    int kind = random.nextInt(10);
    if (kind < 3) {
      return HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=20")).GET().build();
    }
    if (kind == 3) {
      return HttpRequest.newBuilder(
              URI.create(base + "/api/stories?q=" + PLACES[random.nextInt(PLACES.length)]))
          .GET()
          .build();
    }
    if (kind == 4 && !acked.isEmpty()) {
      String id = acked.iterator().next();
      return HttpRequest.newBuilder(URI.create(base + "/api/articles/" + id)).GET().build();
    }
    if (kind == 5) {
      return post(
          base + "/api/compare",
          M.writeValueAsString(
              Map.of(
                  "articles",
                  List.of(
                      Map.of("lang", "en", "text", text(random)),
                      Map.of("lang", "en", "text", text(random))))));
    }
    int n = 1 + random.nextInt(3);
    List<Map<String, String>> items = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      items.add(
          Map.of(
              "id",
              "load-" + i + "-" + k,
              "lang",
              "en",
              "date",
              "2026-11-" + (10 + random.nextInt(18)),
              "title",
              "The " + PLACES[random.nextInt(PLACES.length)] + " story " + random.nextInt(50),
              "text",
              text(random)));
    }
    return post(base + "/api/articles", M.writeValueAsString(items));
  }

  private static String text(Random random) {
    String place = PLACES[random.nextInt(PLACES.length)];
    int n = random.nextInt(40);
    return "The city opened the new "
        + place.toLowerCase(Locale.ROOT)
        + " number "
        + n
        + " on Monday."
        + " Officials said "
        + (100 + random.nextInt(900))
        + " workers had built it over "
        + (2 + n % 5)
        + " years, and the mayor thanked residents for their patience during the works.";
  }

  private static HttpRequest post(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
