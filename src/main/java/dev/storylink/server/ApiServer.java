package dev.storylink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.Reason;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *   <li>{@code POST /api/compare} — {@code {"ids":[a,b]}} or {@code {"articles":[x,y]}}: sentence
 *       alignment and only-in-one facts
 *   <li>{@code POST /api/link} — {@code {"a":x,"b":y}}: probability, 1–4 similarity, reasons
 *   <li>{@code GET /api/openapi.json} — the OpenAPI 3 description
 *   <li>{@code GET /} — the web page (index.html, app.js, style.css)
 * </ul>
 *
 * <p>Every client error is a 4xx with {@code {"error": "..."}}: malformed JSON, missing or
 * mistyped fields, bodies over {@link #MAX_BODY_BYTES}, a content type other than JSON, unknown ids
 * (404), unknown routes (404) and methods (405). Thread-safe: requests run concurrently; the
 * repository must be thread-safe.
 */
public final class ApiServer implements AutoCloseable {
  /** Largest accepted request body. */
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

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
  private final Map<String, byte[]> resources;
  private Javalin app;

  /**
   * A server over {@code repo}; {@code extractor} identifies languages and computes link
   * features, {@code comparer} compares articles.
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
    this.json = mapper();
    this.resources =
        Map.of(
            "index.html", resource(WEB + "index.html"),
            "app.js", resource(WEB + "app.js"),
            "style.css", resource(WEB + "style.css"),
            "openapi.json", resource("/dev/storylink/server/openapi.json"));
  }

  /** The JSON mapper the API writes with (dates as yyyy-MM-dd, absent optionals as null). */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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

  /** Starts listening on {@code host}:{@code port} (0 picks a free port); returns this. */
  public synchronized ApiServer start(String host, int port) {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    Javalin a =
        Javalin.create(
            cfg -> {
              cfg.http.maxRequestSize = MAX_BODY_BYTES;
              cfg.http.prefer405over404 = true;
              cfg.jsonMapper(new JavalinJackson(json, false));
            });
    routes(a);
    a.start(host, port);
    app = a;
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
    a.get("/", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
    a.get("/index.html", ctx -> page(ctx, "index.html", "text/html; charset=utf-8"));
    a.get("/app.js", ctx -> page(ctx, "app.js", "text/javascript; charset=utf-8"));
    a.get("/style.css", ctx -> page(ctx, "style.css", "text/css; charset=utf-8"));
    a.get("/api/openapi.json", ctx -> page(ctx, "openapi.json", "application/json"));
    a.get("/api/stories", this::listStories);
    a.get("/api/stories/{id}", this::getStory);
    a.get("/api/articles/{id}", this::getArticle);
    a.post("/api/articles", this::postArticles);
    a.post("/api/compare", this::postCompare);
    a.post("/api/link", this::postLink);

    a.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    a.exception(InputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    a.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    a.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), e.getMessage() == null ? "request refused" : e.getMessage()));
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
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(resources.get(name));
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    ctx.status(status);
    ctx.json(Map.of("error", message == null || message.isBlank() ? "error" : oneLine(message)));
  }

  private void fallback(Context ctx, String message) {
    if (ctx.attribute(HANDLED) == null) {
      ctx.json(Map.of("error", message));
    }
  }

  private static String oneLine(String s) {
    String t = s.replace('\n', ' ').replace('\r', ' ');
    return t.length() > 500 ? t.substring(0, 497) + "..." : t;
  }

  // ---------------------------------------------------------------- GET

  private void listStories(Context ctx) {
    Optional<String> lang = param(ctx, "lang");
    if (lang.isPresent() && !lang.get().matches("[a-z]{2,3}")) {
      throw ApiException.badRequest("lang must be an ISO-639-1 code such as \"ar\"");
    }
    Optional<String> q = param(ctx, "q");
    if (q.isPresent() && q.get().length() > 500) {
      throw ApiException.badRequest("q must be at most 500 characters");
    }
    StoryRepository.StoryQuery query =
        new StoryRepository.StoryQuery(
            lang,
            param(ctx, "from").map(d -> date(d, "from")),
            param(ctx, "to").map(d -> date(d, "to")),
            q,
            integer(ctx, "offset", 0),
            integer(ctx, "limit", 20));
    ctx.json(repo.stories(query));
  }

  private static Optional<String> param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  private static LocalDate date(String s, String name) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date yyyy-MM-dd, not '" + s + "'");
    }
  }

  private static int integer(Context ctx, String name, int dflt) {
    Optional<String> v = param(ctx, name);
    if (v.isEmpty()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer, not '" + v.get() + "'");
    }
  }

  private void getStory(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(repo.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'")));
  }

  private void getArticle(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(repo.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
  }

  // ---------------------------------------------------------------- POST

  private JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "Content-Type must be application/json");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      throw new ApiException(413, "request body over " + MAX_BODY_BYTES + " bytes");
    }
    byte[] bytes;
    try {
      bytes = ctx.req().getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the request body: " + e.getMessage());
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ApiException(413, "request body over " + MAX_BODY_BYTES + " bytes");
    }
    if (bytes.length == 0) {
      throw ApiException.badRequest("empty request body; expected JSON");
    }
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw ApiException.badRequest("empty request body; expected JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("could not read the request body: " + e.getMessage());
    }
  }

  private void postArticles(Context ctx) {
    JsonNode node = body(ctx);
    List<Article> articles = new ArrayList<>();
    if (node.isArray()) {
      if (node.isEmpty()) {
        throw ApiException.badRequest("empty array: post at least one article");
      }
      if (node.size() > MAX_ARTICLES_PER_POST) {
        throw new ApiException(
            413, node.size() + " articles in one request; at most " + MAX_ARTICLES_PER_POST);
      }
      for (int i = 0; i < node.size(); i++) {
        articles.add(ArticleInput.read(node.get(i), "article [" + i + "]"));
      }
    } else if (node.isObject()) {
      articles.add(ArticleInput.read(node, "article"));
    } else {
      throw ApiException.badRequest("expected an article object or an array of them");
    }
    StoryRepository.IngestResult r = repo.ingest(articles);
    ctx.status(r.added().isEmpty() ? 422 : 201);
    if (r.added().isEmpty()) {
      ctx.attribute(HANDLED, Boolean.TRUE);
      ctx.json(
          Map.of(
              "error", "no article was added: " + oneLine(r.rejected().get(0).error()),
              "rejected", r.rejected()));
      return;
    }
    ctx.json(r);
  }

  private void postCompare(Context ctx) {
    JsonNode node = body(ctx);
    if (!node.isObject()) {
      throw ApiException.badRequest("expected {\"ids\": [a, b]} or {\"articles\": [x, y]}");
    }
    JsonNode ids = node.get("ids");
    JsonNode posted = node.get("articles");
    if ((ids == null) == (posted == null)) {
      throw ApiException.badRequest("give exactly one of \"ids\" (two stored article ids) or \"articles\" (two texts)");
    }
    List<Article> pair = new ArrayList<>();
    if (ids != null) {
      if (!ids.isArray() || ids.size() != 2) {
        throw ApiException.badRequest("\"ids\" must be an array of two article ids");
      }
      for (JsonNode id : ids) {
        if (!id.isTextual()) {
          throw ApiException.badRequest("\"ids\" must hold strings");
        }
        pair.add(
            repo.article(id.asText())
                .orElseThrow(() -> ApiException.notFound("no article with id '" + id.asText() + "'"))
                .article());
      }
    } else {
      if (!posted.isArray() || posted.size() != 2) {
        throw ApiException.badRequest("\"articles\" must be an array of two articles (objects or strings)");
      }
      for (int i = 0; i < 2; i++) {
        pair.add(extractor.withSupportedLanguage(ArticleInput.read(posted.get(i), "articles[" + i + "]")));
      }
    }
    Comparison c = comparer.compare(pair.get(0), pair.get(1));
    ctx.json(c);
  }

  /** Response of POST /api/link. Immutable and thread-safe. */
  public record LinkResponse(
      String langA, String langB, double probability, double similarity, boolean sameStory,
      List<Reason> reasons) {
    public LinkResponse {
      Objects.requireNonNull(langA, "langA");
      Objects.requireNonNull(langB, "langB");
      reasons = List.copyOf(reasons);
    }
  }

  private void postLink(Context ctx) {
    JsonNode node = body(ctx);
    if (!node.isObject()) {
      throw ApiException.badRequest("expected {\"a\": article, \"b\": article}");
    }
    Article a = extractor.withSupportedLanguage(ArticleInput.read(node.get("a"), "\"a\""));
    Article b = extractor.withSupportedLanguage(ArticleInput.read(node.get("b"), "\"b\""));
    if (a.id().equals(b.id())) {
      b = new Article(b.id() + "#2", b.lang(), b.title(), b.text(), b.date(), b.source(), b.url());
    }
    ArticleFeatures fa = extractor.extract(a);
    ArticleFeatures fb = extractor.extract(b);
    LinkResult r = scorer.link(fa, fb);
    ctx.json(
        new LinkResponse(fa.lang(), fb.lang(), r.probability(), r.similarity(), r.sameStory(), r.reasons()));
  }
}
