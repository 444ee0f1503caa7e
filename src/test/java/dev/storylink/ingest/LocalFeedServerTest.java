package dev.storylink.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed server on loopback for the feed tests ({@link FeedReaderTest}, {@link FeedSafetyTest}),
 * started before each test: {@code /rss} (the RSS fixture), {@code /linked} (a feed whose item
 * links to {@code /page}), {@code /page} (an Arabic page; {@link #pageHits} counts its requests),
 * {@code /redirect} (to {@code /page}), {@code /empty} (200 with no body) and {@code /missing}
 * (404). Not thread-safe (JUnit runs a class's tests one at a time).
 */
@dev.storylink.core.SuppressForbidden(
    reason = "a local feed server: jdk.httpserver is a supported JDK module")
abstract class LocalFeedServerTest {

  @TempDir Path tmp;

  private HttpServer server;
  String base;
  final java.util.concurrent.atomic.AtomicInteger pageHits =
      new java.util.concurrent.atomic.AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rss",
        ex ->
            respond(
                ex,
                200,
                "application/rss+xml; charset=utf-8",
                Files.readAllBytes(Fixtures.path("feed-rss.xml"))));
    server.createContext(
        "/linked",
        ex ->
            respond(
                ex,
                200,
                "application/rss+xml",
                ("<rss version=\"2.0\"><channel><title>Linked</title><language>ar</language><item>"
                        + "<title>عنوان قصير</title><link>"
                        + base
                        + "/page</link><description>ملخص.</description>"
                        + "</item></channel></rss>")
                    .getBytes(StandardCharsets.UTF_8)));
    server.createContext(
        "/page",
        ex -> {
          pageHits.incrementAndGet();
          respond(
              ex,
              200,
              "text/html; charset=utf-8",
              Files.readAllBytes(Fixtures.path("page-ar.html")));
        });
    server.createContext(
        "/redirect",
        ex -> {
          ex.getResponseHeaders().add("Location", "/page");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/empty",
        ex -> {
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    server.createContext(
        "/missing", ex -> respond(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + port();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** The server's port. */
  int port() {
    return server.getAddress().getPort();
  }

  /** A fetcher that may fetch from private and loopback addresses. */
  static HttpFetcher privateAllowed(InputGuard guard) {
    return new HttpFetcher(
        guard, HttpFetcher.DEFAULT_CONNECT_TIMEOUT, HttpFetcher.DEFAULT_REQUEST_TIMEOUT, true);
  }
}
