package dev.storylink.bench;

import dev.storylink.app.StoryLink;
import dev.storylink.server.ApiServer;
import dev.storylink.server.StoreStoryRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the API benchmarks share: the server over a store on loopback, the client, one timed GET and
 * a percentile of sorted latencies. Stateless and thread-safe.
 */
final class HttpProbe {
  private HttpProbe() {}

  /** The API server over {@code sl}'s store, started on 127.0.0.1 at a free port. */
  static ApiServer serve(StoryLink sl) {
    return serve(sl, true);
  }

  /**
   * The API server over {@code sl}'s store, with or without its page cache ({@link
   * StoreStoryRepository#StoreStoryRepository(StoryLink, boolean)}), started on 127.0.0.1 at a free
   * port.
   */
  static ApiServer serve(StoryLink sl, boolean cachePages) {
    return new ApiServer(
            new StoreStoryRepository(sl, cachePages),
            sl.featureExtractor(),
            sl.comparer(),
            sl.linkScorer())
        .start("127.0.0.1", 0);
  }

  /** An HTTP/1.1 client with a 5 s connect timeout. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** The status of a GET of {@code url}, or -1 when it failed or was interrupted. */
  static int get(HttpClient http, String url, Duration timeout) {
    try {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The {@code p}-th percentile (nearest rank) of {@code sorted} nanoseconds, in milliseconds. */
  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
