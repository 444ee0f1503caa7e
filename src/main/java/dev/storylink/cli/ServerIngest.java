package dev.storylink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestSummary;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Json;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.server.ApiServer;
import dev.storylink.server.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code storylink ingest --server URL}: sends the articles to a running {@code storylink serve}
 * through {@code POST /api/articles} (batches of at most {@value ApiServer#MAX_ARTICLES_PER_POST}
 * articles and about 1.5 MB), so the server stays the one writer of its store. The bearer token,
 * needed by a server bound beyond loopback, comes from {@code --token-file} or {@value
 * ServerConfig#TOKEN_ENV}. Rejections come back per article and are reported like local ones, at
 * the article's own position (file, JSONL line); an article that is stored already counts as known.
 * Not thread-safe (one per command).
 */
final class ServerIngest {
  private static final long MAX_BATCH_BYTES = 3L * ApiServer.MAX_BODY_BYTES / 4;

  private final URI base;
  private final Optional<String> token;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  ServerIngest(String url, Optional<String> token) {
    String u = url.strip().replaceAll("/+$", "");
    if (!u.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
      throw new InputException("--server must be an http(s) URL such as http://127.0.0.1:8080");
    }
    this.base = URI.create(u + "/");
    this.token = Objects.requireNonNull(token, "token");
  }

  /**
   * The URL of the server named in the data folder ({@link LiveOptions#SERVER_FILE}) when the store
   * there is held by a writer and that URL answers, else empty (no server, or a stale file). A file
   * left by a server that was killed is stale once its lock is free, even when another server (of
   * another store) now answers at its address: the articles go into this store, not that one.
   */
  static Optional<String> detect(Path dataDir) {
    Path f = dataDir.resolve(LiveOptions.SERVER_FILE);
    if (!Files.isRegularFile(f) || !dev.storylink.store.ArticleStore.locked(dataDir)) {
      return Optional.empty();
    }
    String url;
    try {
      url = Files.readString(f, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return Optional.empty();
    }
    try {
      HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpResponse<Void> r =
          c.send(
              HttpRequest.newBuilder(URI.create(url + "/api/feeds"))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200 ? Optional.of(url) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The token of {@code tokenFile}, else of the environment. */
  static Optional<String> token(Path tokenFile, Map<String, String> env) {
    if (tokenFile != null) {
      return Optional.of(ServerConfig.readToken(tokenFile));
    }
    return Optional.ofNullable(env.get(ServerConfig.TOKEN_ENV))
        .map(String::strip)
        .filter(t -> !t.isEmpty());
  }

  /**
   * Sends every item; problems (per article) go to {@code problems}, and the server's line for each
   * article it took for a repeat of another id ({@code duplicate of stored article 'ID' (same
   * URL)}) to {@code repeats}.
   */
  IngestSummary send(
      Iterator<IngestItem> items, Consumer<IngestProblem> problems, Consumer<String> repeats) {
    long[] counts = new long[4]; // stored, duplicates, known, failed
    List<IngestItem> batch = new ArrayList<>();
    long bytes = 0;
    while (items.hasNext()) {
      IngestItem item = items.next();
      byte[] one = json(item.article());
      if (one.length > MAX_BATCH_BYTES) {
        counts[3]++;
        problems.accept(
            IngestProblem.of(
                item.position(),
                "article of "
                    + one.length
                    + " bytes; the server takes at most "
                    + MAX_BATCH_BYTES));
        continue;
      }
      if (!batch.isEmpty()
          && (batch.size() == ApiServer.MAX_ARTICLES_PER_POST
              || bytes + one.length > MAX_BATCH_BYTES)) {
        post(batch, counts, problems, repeats);
        batch.clear();
        bytes = 0;
      }
      batch.add(item);
      bytes += one.length + 1;
    }
    if (!batch.isEmpty()) {
      post(batch, counts, problems, repeats);
    }
    return new IngestSummary(counts[0], counts[1], 0, counts[2], counts[3]);
  }

  private static Map<String, Object> fields(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    if (!a.lang().equals(Article.UNKNOWN_LANG)) {
      m.put("lang", a.lang());
    }
    m.put("title", a.title());
    m.put("text", a.text());
    a.date().ifPresent(d -> m.put("date", d.toString()));
    m.put("source", a.source());
    if (!a.url().isBlank()) {
      m.put("url", a.url());
    }
    return m;
  }

  private static byte[] json(Article a) {
    try {
      return Json.MAPPER.writeValueAsBytes(fields(a));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void post(
      List<IngestItem> batch,
      long[] counts,
      Consumer<IngestProblem> problems,
      Consumer<String> repeats) {
    byte[] body;
    try {
      body = Json.MAPPER.writeValueAsBytes(batch.stream().map(i -> fields(i.article())).toList());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve("api/articles"))
            .timeout(Duration.ofMinutes(5))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    HttpResponse<String> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException("cannot reach the server at " + base + ": " + Main.oneLine(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted", e);
    }
    JsonNode answer;
    try {
      answer = Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      answer = Json.MAPPER.createObjectNode();
    }
    int status = r.statusCode();
    if (status != 201 && status != 422 && !(status == 400 && answer.has("rejected"))) {
      String why = answer.path("error").asText("HTTP status " + status);
      throw new InputException("the server at " + base + " refused the articles: " + why);
    }
    for (JsonNode added : answer.path("added")) {
      counts[0]++;
      counts[1] += added.path("duplicate").asBoolean() ? 1 : 0;
    }
    Map<String, IngestItem> byId = new LinkedHashMap<>();
    batch.forEach(i -> byId.putIfAbsent(i.article().id(), i));
    for (JsonNode dup : answer.path("duplicates")) {
      counts[2]++;
      IngestItem item = byId.get(dup.path("id").asText());
      if (item != null && !dup.path("duplicateOf").asText().equals(item.article().id())) {
        repeats.accept(
            item.position() + ": " + reason(dup.path("error").asText(), item.article().id()));
      }
    }
    for (JsonNode rej : answer.path("rejected")) {
      String error = rej.path("error").asText();
      counts[3]++;
      IngestItem item = byId.get(rej.path("id").asText());
      problems.accept(
          item == null
              ? IngestProblem.of(base.getAuthority(), error)
              : IngestProblem.of(item.position(), reason(error, item.article().id())));
    }
  }

  /**
   * The server's error for one article without what the local position says already: a leading
   * {@code article [i]: } (its index in the request) and then {@code id: }.
   */
  static String reason(String error, String id) {
    String r = error.replaceFirst("^article( \\[[0-9]+\\])?: ", "");
    return r.startsWith(id + ": ") ? r.substring(id.length() + 2) : r;
  }
}
