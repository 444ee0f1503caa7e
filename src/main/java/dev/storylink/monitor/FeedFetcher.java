package dev.storylink.monitor;

import dev.storylink.ingest.IngestInputException;
import dev.storylink.ingest.InputGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed document with a conditional GET ({@code If-None-Match} with the last {@code ETag},
 * {@code If-Modified-Since} with the last {@code Last-Modified}), a connect timeout, a deadline for
 * the whole exchange (headers and body: a server that trickles its body is cut off too) and a size
 * limit (a declared {@code Content-Length} over it is refused before the body is read; otherwise
 * the body is abandoned once over it). A local file is "not modified" while its size and
 * modification time stay the same.
 *
 * <p>The feed URLs given to it are the user's (listed in the feed file, or added on the page), so
 * they are fetched wherever they point, loopback included; links found inside feeds are not fetched
 * here (see {@link ArticlePages}, which refuses private addresses).
 *
 * <p>Thread-safe: the {@link HttpClient} is shared and immutable.
 */
public final class FeedFetcher {
  private static final String USER_AGENT = "StoryLink/0.1 (+news story linking; feed monitor)";

  private final HttpClient client;
  private final Duration deadline;
  private final InputGuard guard;

  /** What the validators of the last good fetch were (empty strings when none). */
  public record Validators(String etag, String lastModified) {
    public Validators {
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(lastModified, "lastModified");
    }

    /** No validators: an unconditional GET. */
    public static final Validators NONE = new Validators("", "");
  }

  /**
   * The outcome of a fetch.
   *
   * @param notModified true for a 304 (or an unchanged file): {@code body} is empty
   * @param body the document (empty when not modified)
   * @param validators the validators to send next time
   * @param status the HTTP status (200, 304; 0 for a file)
   */
  public record Fetched(boolean notModified, byte[] body, Validators validators, int status) {
    public Fetched {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(validators, "validators");
    }
  }

  /**
   * A failure that carries the server's {@code Retry-After}, when it gave one. Immutable,
   * thread-safe.
   */
  public static final class HttpStatusException extends dev.storylink.core.InputException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Optional<Duration> retryAfter;

    HttpStatusException(int status, Optional<Duration> retryAfter) {
      super(
          "HTTP status "
              + status
              + (retryAfter.isPresent()
                  ? " (retry after " + retryAfter.get().toSeconds() + " s)"
                  : status >= 300 && status < 400
                      ? " (a redirect not followed: more than 5 in a row, or from https to http)"
                      : ""));
      this.status = status;
      this.retryAfter = retryAfter;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** How long the server asked to wait, if it did (seconds form of {@code Retry-After}). */
    public Optional<Duration> retryAfter() {
      return retryAfter;
    }
  }

  /**
   * A fetcher.
   *
   * @param guard the size limit
   * @param connectTimeout to open the connection
   * @param deadline for the whole exchange, body included
   */
  public FeedFetcher(InputGuard guard, Duration connectTimeout, Duration deadline) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * Fetches {@code source}, conditionally on {@code last}.
   *
   * @throws IngestInputException for a timeout, a network error, a status other than 2xx/304, an
   *     empty body or one over the limit, a missing file
   */
  public Fetched fetch(FeedSource source, Validators last) {
    return source.isHttp() ? http(source.location(), last) : file(source.location(), last);
  }

  private Fetched file(String location, Validators last) {
    Path p = Path.of(location);
    try {
      if (!Files.isRegularFile(p)) {
        throw new IngestInputException(location, "no such file");
      }
      String stamp = Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
      if (stamp.equals(last.etag())) {
        return new Fetched(true, new byte[0], last, 0);
      }
      return new Fetched(false, guard.readBytes(p), new Validators(stamp, ""), 0);
    } catch (IOException e) {
      throw new IngestInputException(location, "cannot read: " + e.getMessage(), e);
    }
  }

  private Fetched http(String url, Validators last) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IngestInputException(url, "not a valid URL");
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(deadline)
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
                    + " */*;q=0.5")
            .GET();
    if (!last.etag().isEmpty()) {
      b.header("If-None-Match", last.etag());
    }
    if (!last.lastModified().isEmpty()) {
      b.header("If-Modified-Since", last.lastModified());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), info -> limited(info, url));
    HttpResponse<byte[]> r;
    try {
      r = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new IngestInputException(url, "timed out after " + seconds(deadline), e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IngestInputException(url, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof dev.storylink.core.InputException ie) {
        throw ie;
      }
      if (c instanceof HttpTimeoutException) {
        throw new IngestInputException(url, "timed out after " + seconds(deadline), c);
      }
      if (c != null && c.getCause() instanceof dev.storylink.core.InputException ie) {
        throw ie;
      }
      String why = c == null || c.getMessage() == null ? String.valueOf(c) : c.getMessage();
      throw new IngestInputException(url, "cannot fetch: " + why, e);
    }
    String etag = r.headers().firstValue("ETag").orElse(last.etag());
    String modified = r.headers().firstValue("Last-Modified").orElse(last.lastModified());
    Validators next = new Validators(etag, modified);
    if (r.statusCode() == 304) {
      return new Fetched(true, new byte[0], next, 304);
    }
    if (r.body().length == 0) {
      throw new IngestInputException(url, "empty response");
    }
    return new Fetched(false, r.body(), next, r.statusCode());
  }

  static String tooBig(long size, long max) {
    return "body of " + mb(size) + " exceeds the " + mb(max) + " limit";
  }

  static String mb(long bytes) {
    return bytes >= 1 << 20
        ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20))
        : bytes + " bytes";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /** The body subscriber: refuses a bad status or a declared length over the limit up front. */
  private HttpResponse.BodySubscriber<byte[]> limited(HttpResponse.ResponseInfo info, String url) {
    int status = info.statusCode();
    if (status == 304) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    if (status < 200 || status >= 300) {
      Optional<Duration> retry =
          info.headers()
              .firstValue("Retry-After")
              .filter(v -> v.strip().matches("[0-9]{1,7}"))
              .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())));
      return failing(new HttpStatusException(status, retry));
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > guard.maxBytes()) {
      return failing(new IngestInputException(url, tooBig(declared, guard.maxBytes())));
    }
    return new Limited(guard.maxBytes(), url);
  }

  private static HttpResponse.BodySubscriber<byte[]> failing(RuntimeException e) {
    return new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<byte[]> result = CompletableFuture.failedFuture(e);

      @Override
      public CompletionStage<byte[]> getBody() {
        return result;
      }

      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.cancel();
      }

      @Override
      public void onNext(List<ByteBuffer> item) {}

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onComplete() {}
    };
  }

  /** Collects the body up to a limit; cancels the download once over it. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Limited(long max, String url) {
      this.max = max;
      this.url = url;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : buffers) {
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      if (out.size() > max) {
        result.completeExceptionally(
            new IngestInputException(
                url,
                "body over the "
                    + mb(max)
                    + " limit (download stopped at "
                    + mb(out.size())
                    + ")"));
        subscription.cancel();
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
