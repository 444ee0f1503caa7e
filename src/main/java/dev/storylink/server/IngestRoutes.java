package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import dev.storylink.core.Json;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.ingest.HtmlArticleExtractor;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.ingest.IngestInputException;
import dev.storylink.ingest.InputGuard;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code POST /api/ingest/url} — {@code {"url": "https://..."}}: the server fetches the page,
 * extracts the article (jsoup: the main-text block, the date from meta tags and JSON-LD, the
 * language) and ingests it like {@code POST /api/articles} (201 {@code {"added", "rejected"}}, 422
 * when nothing was added, e.g. it is stored already; 409 on a read-only store, before any fetch).
 * The page is fetched by the server, so the URL is treated as untrusted: loopback, private and
 * link-local addresses are refused unless the server was started with {@code
 * --allow-private-addresses}. Texts are posted to {@code POST /api/articles} (a bare string is an
 * article). Thread-safe.
 */
public final class IngestRoutes {
  private final StoryRepository repo;
  private final HttpFetcher fetcher;
  private final InputGuard guard = new InputGuard(ApiServer.MAX_BODY_BYTES * 5L);
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final JsonBody body = new JsonBody(Json.MAPPER);

  /** Routes ingesting into {@code repo}; pages are fetched by {@code fetcher}. */
  public IngestRoutes(StoryRepository repo, HttpFetcher fetcher) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Registers the route. */
  public void register(Javalin app) {
    app.post("/api/ingest/url", this::postUrl);
  }

  private void postUrl(Context ctx) {
    JsonNode node = body.read(ctx);
    JsonNode url = node.isObject() ? node.get("url") : null;
    if (url == null || !url.isTextual() || !HttpFetcher.isHttpUrl(url.asText())) {
      throw ApiException.badRequest("expected {\"url\": \"https://...\"} (a news page)");
    }
    String u = url.asText().strip();
    repo.checkWritable(); // a read-only server fetches nothing
    Article a;
    try {
      HttpFetcher.Response r = fetcher.fetchLinked(u);
      a = ArticleReader.extractPage(r, guard, html, u, r.uri().toString());
    } catch (IngestInputException e) {
      throw new ApiException(422, "cannot add " + u + ": " + e.reason());
    }
    StoryRepository.IngestResult res = repo.ingest(List.of(a));
    Map<String, Object> out = new LinkedHashMap<>();
    if (res.added().isEmpty()) {
      ctx.status(422);
      out.put("error", "not added: " + res.firstError());
    } else {
      ctx.status(201);
    }
    out.put("added", res.added());
    out.put("rejected", res.rejected());
    out.put("duplicates", res.duplicates());
    ctx.json(out);
  }
}
