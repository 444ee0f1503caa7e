package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An ApiServer over a real store in a directory, with HTTP helpers (raw socket for forged headers).
 */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static LinguaLanguageIdentifier langId;

  final ArticleStore store;
  final ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();
  final String base;

  TestServer(Path data, ServerConfig config) {
    store = ArticleStore.open(data);
    server =
        new ApiServer(
                new StoreStoryRepository(store, langId()),
                new FeatureExtractor(CorpusStats.background(), langId()),
                new CoverageComparer(CorpusStats.background()),
                FeaturePairScorer.shipped())
            .start(config, 0);
    base = "http://127.0.0.1:" + server.port();
  }

  /** A test resource as text (UTF-8), such as a composed fixture to post. */
  static String resource(String path) throws IOException {
    try (InputStream in = TestServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static synchronized LinguaLanguageIdentifier langId() {
    if (langId == null) {
      langId = new LinguaLanguageIdentifier();
    }
    return langId;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }

  record Reply(int status, String body, Map<String, String> headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  Reply send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r =
        http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Map<String, String> h = new LinkedHashMap<>();
    r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    return new Reply(r.statusCode(), r.body(), h);
  }

  Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String path, String body) throws Exception {
    return post(path, body, "application/json");
  }

  Reply post(String path, String body, String type) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** Sends {@code request} as written (any Host, any request line) and parses the answer. */
  Reply raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> h = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int c = lines[i].indexOf(':');
        if (c > 0) {
          h.put(
              lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT),
              lines[i].substring(c + 1).strip());
        }
      }
      if ("chunked".equalsIgnoreCase(h.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Reply(status, body, h);
    }
  }

  private static String dechunk(String body) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      int nl = body.indexOf("\r\n", i);
      if (nl < 0) {
        break;
      }
      int size = Integer.parseInt(body.substring(i, nl).strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(body, nl + 2, nl + 2 + size);
      i = nl + 2 + size + 2;
    }
    return out.toString();
  }

  /** A raw HTTP/1.1 request that closes the connection after the answer. */
  String request(
      String method, String path, String host, Map<String, String> headers, String body) {
    StringBuilder b = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    b.append("Host: ").append(host).append("\r\n");
    b.append("Connection: close\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (!body.isEmpty() || method.equals("POST")) {
      b.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    b.append("\r\n").append(body);
    return b.toString();
  }

  String hostHeader() {
    return "127.0.0.1:" + server.port();
  }
}
