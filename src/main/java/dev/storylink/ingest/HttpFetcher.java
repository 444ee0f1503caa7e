package dev.storylink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
 * <p>Two kinds of address: those the user gave ({@link #fetch}: a feed or page URL on the command
 * line, fetched wherever it points) and those found in fetched content ({@link #fetchLinked}: a
 * feed entry's link). The latter are untrusted: unless the fetcher was made with {@code
 * allowPrivateAddresses}, a link whose host resolves to a loopback, link-local, private (RFC 1918,
 * unique-local, carrier-grade NAT), multicast or unspecified address is refused, before the request
 * and again at every redirect (redirects are followed one by one, at most {@value #MAX_REDIRECTS}).
 * A host that resolves differently between the check and the connection (DNS rebinding within the
 * resolver's cache time) is not covered.
 *
 * <p>Thread-safe: the underlying {@link HttpClient} is shared and immutable.
 */
public final class HttpFetcher {

  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default timeout for a whole request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final String USER_AGENT = "StoryLink/0.1 (+news story linking)";

  /** Most redirects followed for an untrusted link. */
  public static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final HttpClient noRedirects;
  private final Duration requestTimeout;
  private final InputGuard guard;
  private final boolean allowPrivateAddresses;

  /**
   * A downloaded resource.
   *
   * @param uri the final address (after redirects)
   * @param contentType the Content-Type header, or {@code ""}
   * @param body the response body, never empty (except for a redirect)
   * @param redirect the Location of a redirect not followed, else empty
   */
  public record Response(URI uri, String contentType, byte[] body, Optional<String> redirect) {
    /** Validates the components. */
    public Response {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(redirect, "redirect");
    }

    /** A response that is not a redirect. */
    public Response(URI uri, String contentType, byte[] body) {
      this(uri, contentType, body, Optional.empty());
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

  /** A fetcher with explicit timeouts that refuses private addresses in untrusted links. */
  public HttpFetcher(InputGuard guard, Duration connectTimeout, Duration requestTimeout) {
    this(guard, connectTimeout, requestTimeout, false);
  }

  /**
   * A fetcher with explicit timeouts; {@code allowPrivateAddresses} lets {@link #fetchLinked} reach
   * loopback and private addresses too.
   */
  public HttpFetcher(
      InputGuard guard,
      Duration connectTimeout,
      Duration requestTimeout,
      boolean allowPrivateAddresses) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.allowPrivateAddresses = allowPrivateAddresses;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.noRedirects =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * What went wrong on the network, in words: the JDK's client gives a refused connection as a
   * {@code ConnectException} without a message, which is told as {@code connection refused by
   * HOST:PORT}; an exception with a message is told by it; any other by its kind ({@code network
   * error (ClosedChannelException)}).
   */
  static String networkError(IOException e, URI uri) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t.getMessage() != null && !t.getMessage().isBlank()) {
      return t.getMessage();
    }
    if (e instanceof java.net.ConnectException || t instanceof java.net.ConnectException) {
      int port =
          uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return "connection refused by " + uri.getHost() + ":" + port + " (nothing answers there)";
    }
    return "network error (" + e.getClass().getSimpleName() + ")";
  }

  /** True for strings that start with {@code http://} or {@code https://}. */
  public static boolean isHttpUrl(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /**
   * Fetches a URL.
   *
   * @throws IngestInputException for malformed URLs, network errors, timeouts, non-2xx status, an
   *     empty body ({@code URL: empty response}) and bodies over the size limit
   */
  public Response fetch(String url) {
    String name = url.strip();
    return send(client, httpUri(name), name);
  }

  /**
   * Fetches a link found in fetched content (a feed entry's page): as {@link #fetch}, but unless
   * private addresses are allowed, refuses a host that resolves to a loopback, link-local, private,
   * multicast or unspecified address, at the first request and at every redirect.
   *
   * @throws IngestInputException as {@link #fetch}, and for a refused address
   */
  public Response fetchLinked(String url) {
    if (allowPrivateAddresses) {
      return fetch(url);
    }
    String name = url.strip();
    URI uri = httpUri(name);
    for (int hop = 0; ; hop++) {
      checkPublic(uri, name);
      Response r = send(noRedirects, uri, name);
      if (r.redirect().isEmpty()) {
        return r;
      }
      if (hop == MAX_REDIRECTS) {
        throw new IngestInputException(name, "more than " + MAX_REDIRECTS + " redirects");
      }
      URI next;
      try {
        next = uri.resolve(r.redirect().get().strip());
      } catch (IllegalArgumentException e) {
        throw new IngestInputException(name, "redirect to an invalid URL");
      }
      if (!isHttpUrl(next.toString()) || next.getHost() == null) {
        throw new IngestInputException(name, "redirect to a URL that is not http(s)");
      }
      uri = next;
    }
  }

  private static URI httpUri(String name) {
    URI uri;
    try {
      uri = URI.create(name);
    } catch (IllegalArgumentException e) {
      throw new IngestInputException(name, "not a valid URL");
    }
    if (!isHttpUrl(name) || uri.getHost() == null) {
      throw new IngestInputException(name, "only http and https URLs can be fetched");
    }
    return uri;
  }

  /**
   * Refuses {@code uri} when its host resolves to a non-public address.
   *
   * @throws IngestInputException naming the address and how to allow it
   */
  static void checkPublic(URI uri, String name) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new IngestInputException(name, "unknown host " + host);
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        throw new IngestInputException(
            name,
            "refused: "
                + host
                + " is a loopback, private or local address ("
                + a.getHostAddress()
                + "); links found in feeds may only reach public addresses unless private"
                + " addresses are allowed");
      }
    }
  }

  /**
   * False for loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), unique-local
   * (fc00::/7), carrier-grade NAT (100.64/10), multicast, broadcast and unspecified addresses.
   */
  public static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()
        || a.isAnyLocalAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xFF;
      int b1 = b[1] & 0xFF;
      return b0 != 0 && !(b0 == 100 && b1 >= 64 && b1 < 128) && b0 != 255;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) {
        return false;
      }
      boolean mappedOrCompatible = true;
      for (int i = 0; i < 10; i++) {
        mappedOrCompatible &= b[i] == 0;
      }
      if (mappedOrCompatible && (b[10] == b[11]) && (b[10] == 0 || b[10] == (byte) 0xFF)) {
        try {
          return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }

  private Response send(HttpClient http, URI uri, String name) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "text/html, application/xhtml+xml, application/rss+xml, "
                    + "application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
            .GET()
            .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IngestInputException(name, "timed out", e);
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot fetch: " + networkError(e, uri), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestInputException(name, "interrupted", e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("Location");
      if (http == noRedirects && status >= 300 && status < 400 && location.isPresent()) {
        return new Response(response.uri(), "", new byte[0], location);
      }
      if (status < 200 || status >= 300) {
        throw new IngestInputException(name, "HTTP status " + status);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > guard.maxBytes()) {
        throw new IngestInputException(name, guard.tooBig(declared));
      }
      byte[] bytes = guard.readAll(body, name);
      if (bytes.length == 0) {
        throw new IngestInputException(name, "empty response");
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Response(response.uri(), type, bytes, Optional.empty());
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read response: " + e.getMessage(), e);
    }
  }
}
