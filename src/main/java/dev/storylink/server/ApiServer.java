package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Json;
import dev.storylink.core.Texts;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The StoryLink web API and page (Javalin). Endpoints:
 *
 * <ul>
 *   <li>{@code GET /api/stories?lang=&from=&to=&q=&offset=&limit=} — stories, newest first
 *   <li>{@code GET /api/stories/{id}} — a story with its events and article timeline
 *   <li>{@code GET /api/articles/{id}} — one article with its text
 *   <li>{@code POST /api/articles} — ingest one article object or an array of up to {@link
 *       #MAX_ARTICLES_PER_POST}
 *   <li>{@code POST /api/compare} — {@code {"idA":a,"idB":b}}, {@code {"ids":[a,b]}} or {@code
 *       {"articles":[x,y]}}: sentence alignment side by side, statements and facts only one reports
 *       ({@link PairRoutes})
 *   <li>{@code POST /api/link} — {@code {"a":x,"b":y}} or {@code {"idA":a,"idB":b}}: probability,
 *       1–4 similarity, reasons; a pair in one language scored within the store's articles of its
 *       language ({@link StoryRepository#linkCorpus})
 *   <li>{@code GET /api/openapi.json} — the OpenAPI 3 description
 *   <li>{@code GET /} — the web page (index.html, app.js, style.css)
 * </ul>
 *
 * <p>Every client error is a 4xx with {@code {"error": "..."}}: malformed JSON, missing or mistyped
 * fields, bodies over {@link #MAX_BODY_BYTES}, a content type other than JSON, unknown ids (404),
 * unknown routes (404) and methods (405), and Jetty's own 400/414/431 ({@link JsonErrorHandler}).
 * Every request first passes {@link SecurityFilter} (security headers, Host and Origin checks, the
 * bearer token of a server bound beyond loopback, no method override; see {@link ServerConfig}).
 * Articles meet {@link dev.storylink.ingest.ArticleLimits}; in an array each one that does not is
 * rejected with its position and the others are stored. Thread-safe: requests run concurrently; the
 * repository must be thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  /** Largest accepted request body. */
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

  /** Largest answer of POST /api/compare. */
  public static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

  /** Most articles accepted in one POST /api/articles. */
  public static final int MAX_ARTICLES_PER_POST = 100;

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String WEB = "/dev/storylink/server/web/";
  private static final String HANDLED = "storylink.errorWritten";

  private final StoryRepository repo;
  private final FeatureExtractor extractor;
  private final CoverageComparer comparer;
  private final FeaturePairScorer scorer;
  private final ObjectMapper json;
  private final JsonBody body;
  private final Map<String, byte[]> resources;
  private Javalin app;
  private final List<java.util.function.Consumer<Javalin>> more = new java.util.ArrayList<>();

  /**
   * A server over {@code repo}; {@code extractor} identifies languages and computes link features,
   * {@code comparer} compares articles.
   */
  public ApiServer(
      StoryRepository repo,
      FeatureExtractor extractor,
      CoverageComparer comparer,
      FeaturePairScorer scorer) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.json = Json.MAPPER;
    this.body = new JsonBody(json);
    this.resources =
        Map.of(
            "index.html", resource(WEB + "index.html"),
            "app.js", resource(WEB + "app.js"),
            "style.css", resource(WEB + "style.css"),
            "openapi.json", resource("/dev/storylink/server/openapi.json"));
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts listening on {@code host}:{@code port} (0 picks a free port) with {@link
   * ServerConfig#forServe}: beyond loopback, writes need the token of {@value
   * ServerConfig#TOKEN_ENV}, and without one the server does not start.
   *
   * @throws InputException when {@code host} is not loopback and no token is set
   */
  public ApiServer start(String host, int port) {
    return start(ServerConfig.forServe(host, Optional.empty(), System.getenv()), port);
  }

  /** Starts listening on {@code config.host()}:{@code port} (0 picks a free port); returns this. */
  public synchronized ApiServer start(ServerConfig config, int port) {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    SecurityFilter filter = new SecurityFilter(config);
    Javalin a =
        Javalin.create(
            cfg -> {
              cfg.http.maxRequestSize = MAX_BODY_BYTES;
              cfg.http.prefer405over404 = true;
              cfg.jsonMapper(new JavalinJackson(json, false));
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              cfg.jetty.modifyServletContextHandler(
                  h -> {
                    h.setErrorHandler(new JsonErrorHandler());
                    h.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
                  });
            });
    routes(a);
    config.warning().ifPresent(LOG::warn);
    a.start(config.host(), port);
    app = a;
    return this;
  }

  /** Adds routes (live mode: {@link FeedRoutes}, {@link IngestRoutes}), registered at start. */
  public synchronized ApiServer routes(java.util.function.Consumer<Javalin> r) {
    more.add(r);
    return this;
  }

  /** The port listened on. */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("not started");
    }
    return app.port();
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  private void routes(Javalin a) {
    a.before(ctx -> StoryQueryParams.checkEncoding(ctx.queryString()));
    a.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
    a.get("/index.html", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
    a.get("/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
    a.get("/style.css", ctx -> page(ctx, "style.css", "text/css; charset=utf-8"));
    a.get("/api/openapi.json", ctx -> page(ctx, "openapi.json", "application/json"));
    a.get("/api/stories", this::listStories);
    a.get("/api/stories/{id}", this::getStory);
    a.get("/api/articles/{id}", this::getArticle);
    a.post("/api/articles", this::postArticles);
    new PairRoutes(repo, extractor, comparer, scorer, json, body).register(a);
    FactRoutes.register(a, repo, extractor.stats(), comparer); // GET /api/stories/{id}/facts
    more.forEach(r -> r.accept(a));

    a.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    a.exception(InputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    a.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    a.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(
                ctx,
                e.getStatus(),
                e.getStatus() == 404 && ctx.path().startsWith("/api/")
                    ? unknownRoute(ctx)
                    : e.getMessage() == null ? "request refused" : e.getMessage()));
    a.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error");
        });
    a.error(404, ctx -> fallback(ctx, "not found: " + ctx.method() + " " + ctx.path()));
    a.error(405, ctx -> fallback(ctx, "method " + ctx.method() + " not allowed on " + ctx.path()));
    a.error(413, ctx -> fallback(ctx, "request body over " + MAX_BODY_BYTES + " bytes"));
  }

  private void page(Context ctx, String name, String type) {
    ctx.contentType(type);
    ctx.header("Cache-Control", "no-cache");
    ctx.result(resources.get(name));
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    String shown = message == null ? "" : Texts.oneLine(message);
    ctx.json(Map.of("error", shown.isEmpty() ? "error" : shown));
  }

  /**
   * An unknown API route names the list of routes; search is a story list's {@code q=}: {@code no
   * route GET /api/search: the API's routes are in /api/openapi.json (search: GET
   * /api/stories?q=WORDS)}.
   */
  private static String unknownRoute(Context ctx) {
    return "no route "
        + ctx.method()
        + " "
        + Texts.abbreviate(ctx.path(), 200)
        + ": the API's routes are in /api/openapi.json (search: GET /api/stories?q=WORDS)";
  }

  private void fallback(Context ctx, String message) {
    if (ctx.attribute(HANDLED) == null) {
      ctx.json(Map.of("error", message));
    }
  }

  // ---------------------------------------------------------------- GET

  private void listStories(Context ctx) {
    ctx.json(repo.stories(StoryQueryParams.parse(ctx)));
  }

  private void getStory(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        repo.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'")));
  }

  private void getArticle(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        repo.article(id)
            .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
  }

  // ---------------------------------------------------------------- POST

  /**
   * POST /api/articles: each article of an array is checked on its own; one that breaks a limit is
   * rejected with its position ({@code "article [3]: ..."}) and the others are ingested. A single
   * article (or an array whose every element is malformed) that breaks a limit is a 400.
   */
  private void postArticles(Context ctx) {
    JsonNode node = body.read(ctx);
    List<Article> articles = new ArrayList<>();
    List<StoryRepository.Rejected> invalid = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw ApiException.badRequest("empty array: post at least one article");
      }
      if (node.size() > MAX_ARTICLES_PER_POST) {
        throw new ApiException(
            413, node.size() + " articles in one request; at most " + MAX_ARTICLES_PER_POST);
      }
      for (int i = 0; i < node.size(); i++) {
        try {
          articles.add(ArticleInput.read(node.get(i), "article [" + i + "]", warnings::add));
        } catch (ApiException | InputException e) {
          JsonNode id = node.get(i).get("id");
          String shown =
              id != null && id.isTextual() && id.asText().length() <= 512 ? id.asText() : "";
          invalid.add(new StoryRepository.Rejected(shown, Texts.oneLine(e.getMessage())));
        }
      }
      if (articles.isEmpty()) {
        ctx.status(400);
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.json(
            Map.of(
                "error", "no article was added: " + invalid.get(0).error(), "rejected", invalid));
        return;
      }
    } else if (node.isObject()) {
      articles.add(ArticleInput.read(node, "article", warnings::add));
    } else {
      throw ApiException.badRequest("expected an article object or an array of them");
    }
    LanguageCheck.warnContradictions(extractor, articles, warnings::add);
    StoryRepository.IngestResult r = repo.ingest(articles);
    List<StoryRepository.Rejected> rejected = new ArrayList<>(invalid);
    rejected.addAll(r.rejected());
    Map<String, Object> out = new LinkedHashMap<>();
    if (r.added().isEmpty()) {
      ctx.status(422);
      ctx.attribute(HANDLED, Boolean.TRUE);
      String first = rejected.isEmpty() ? r.firstError() : rejected.get(0).error();
      out.put("error", "no article was added: " + Texts.oneLine(first));
    } else {
      ctx.status(201);
    }
    out.put("added", r.added());
    out.put("rejected", rejected);
    out.put("duplicates", r.duplicates());
    out.put("warnings", warnings);
    ctx.json(out);
  }
}
