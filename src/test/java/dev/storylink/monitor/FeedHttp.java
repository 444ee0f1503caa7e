package dev.storylink.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A local feed server for the monitor tests (never the internet). */
@dev.storylink.core.SuppressForbidden(
    reason = "a local feed server: jdk.httpserver is a supported JDK module")
final class FeedHttp implements AutoCloseable {
  /** One request as seen by the server. */
  record Hit(String path, long atMillis, Map<String, List<String>> headers) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return "";
    }
  }

  final HttpServer server;
  final List<Hit> hits = new CopyOnWriteArrayList<>();
  final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

  FeedHttp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          hits.add(new Hit(path, System.currentTimeMillis(), Map.copyOf(ex.getRequestHeaders())));
          HttpHandler h = handlers.get(path);
          if (h == null) {
            respond(ex, 404, "text/plain", "not found");
          } else {
            h.handle(ex);
          }
        });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void on(String path, HttpHandler h) {
    handlers.put(path, h);
  }

  List<Hit> hitsOf(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  static String rss(String title, String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
        + title
        + "</title><link>https://feed.example/</link><language>en</language>"
        + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String guid, String link, String title, String text) {
    return "<item><guid isPermaLink=\"false\">"
        + guid
        + "</guid>"
        + (link.isEmpty() ? "" : "<link>" + link + "</link>")
        + "<title>"
        + title
        + "</title><pubDate>Tue, 03 Jun 2025 09:00:00 GMT</pubDate><description>"
        + text
        + "</description></item>";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
