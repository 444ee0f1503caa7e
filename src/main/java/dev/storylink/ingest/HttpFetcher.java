package dev.storylink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Downloads http(s) resources with connect and request timeouts, following redirects, and with a
 * size limit (the body is read incrementally and abandoned once over the limit).
 *
 * <p>Thread-safe: the underlying {@link HttpClient} is shared and immutable.
 */
public final class HttpFetcher {

  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default timeout for a whole request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final String USER_AGENT = "StoryLink/0.1 (+news story linking)";

  private final HttpClient client;
  private final Duration requestTimeout;
  private final InputGuard guard;

  /**
   * A downloaded resource.
   *
   * @param uri the final address (after redirects)
   * @param contentType the Content-Type header, or {@code ""}
   * @param body the response body, never empty
   */
  public record Response(URI uri, String contentType, byte[] body) {
    /** Validates the components. */
    public Response {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
    }

    /** The charset named in the Content-Type header, if any. */
    public Optional<String> charset() {
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          String cs = p.substring(8).replace("\"", "").strip();
          return cs.isEmpty() ? Optional.empty() : Optional.of(cs);
        }
      }
      return Optional.empty();
    }
  }

  /** A fetcher with default timeouts and the given size limit. */
  public HttpFetcher(InputGuard guard) {
    this(guard, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  /** A fetcher with explicit timeouts. */
  public HttpFetcher(InputGuard guard, Duration connectTimeout, Duration requestTimeout) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** True for strings that start with {@code http://} or {@code https://}. */
  public static boolean isHttpUrl(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /**
   * Fetches a URL.
   *
   * @throws IngestInputException for malformed URLs, network errors, timeouts, non-2xx status,
   *     empty bodies and bodies over the size limit
   */
  public Response fetch(String url) {
    String name = url.strip();
    URI uri;
    try {
      uri = URI.create(name);
    } catch (IllegalArgumentException e) {
      throw new IngestInputException(name, "not a valid URL");
    }
    if (!isHttpUrl(name) || uri.getHost() == null) {
      throw new IngestInputException(name, "only http and https URLs can be fetched");
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, "
                + "application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IngestInputException(name, "timed out", e);
    } catch (IOException e) {
      throw new IngestInputException(
          name, "cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestInputException(name, "interrupted", e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status >= 300) {
        throw new IngestInputException(name, "HTTP status " + status);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > guard.maxBytes()) {
        throw new IngestInputException(name, guard.tooBig(declared));
      }
      byte[] bytes = guard.readBytes(body, name);
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Response(response.uri(), type, bytes);
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read response: " + e.getMessage(), e);
    }
  }
}
