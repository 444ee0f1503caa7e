package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Json;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.monitor.FeedHealth;
import dev.storylink.monitor.FeedPoller;
import dev.storylink.monitor.FeedSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Live-mode routes of {@code storylink serve}: the feeds the server watches and their health, and
 * the page code of the feeds view.
 *
 * <ul>
 *   <li>{@code GET /api/feeds} — {@code {"feeds": [FeedHealth...], "store": {"articles", "events",
 *       "stories"}}}; the page polls it to show new stories within a second of their commit
 *   <li>{@code POST /api/feeds} — {@code {"url": "https://..."}}: watch one more feed (http(s)
 *       only; a file path can be listed only in the feeds file); 201 with its health, 409 when it
 *       is watched already or the server is read-only
 *   <li>{@code GET /monitor.js}, {@code GET /monitor.css} — the feeds view and the add forms
 * </ul>
 *
 * <p>Writes pass {@link SecurityFilter} like every other route (Origin check, token beyond
 * loopback). Thread-safe.
 */
public final class FeedRoutes {
  private static final String WEB = "/dev/storylink/server/web/";

  private final StoryLink storyLink;
  private final Optional<FeedPoller> poller;
  private final JsonBody body = new JsonBody(Json.MAPPER);
  private final byte[] js = resource("monitor.js");
  private final byte[] css = resource("monitor.css");

  /** Routes over {@code storyLink}'s store; {@code poller} is empty on a read-only server. */
  public FeedRoutes(StoryLink storyLink, Optional<FeedPoller> poller) {
    this.storyLink = Objects.requireNonNull(storyLink, "storyLink");
    this.poller = Objects.requireNonNull(poller, "poller");
  }

  /** Registers the routes. */
  public void register(Javalin app) {
    app.get("/monitor.js", ctx -> page(ctx, js, "text/javascript; charset=utf-8"));
    app.get("/monitor.css", ctx -> page(ctx, css, "text/css; charset=utf-8"));
    app.get("/api/feeds", this::list);
    app.post("/api/feeds", this::add);
  }

  private static byte[] resource(String name) {
    try (InputStream in = FeedRoutes.class.getResourceAsStream(WEB + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(Context ctx, byte[] bytes, String type) {
    ctx.contentType(type);
    ctx.header("Cache-Control", "no-cache");
    ctx.result(bytes);
  }

  private void list(Context ctx) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("live", poller.isPresent());
    out.put("feeds", poller.map(FeedPoller::health).orElse(List.of()));
    out.put(
        "store",
        storyLink.read(
            s ->
                Map.of(
                    "articles", s.articleCount(),
                    "events", s.eventCount(),
                    "stories", s.storyCount())));
    ctx.header("Cache-Control", "no-store");
    ctx.json(out);
  }

  private void add(Context ctx) {
    FeedPoller p =
        poller.orElseThrow(
            () -> new ApiException(409, "the server is read-only; it watches no feeds"));
    JsonNode node = body.read(ctx);
    JsonNode url = node.isObject() ? node.get("url") : null;
    if (url == null || !url.isTextual() || url.asText().isBlank()) {
      throw ApiException.badRequest("expected {\"url\": \"https://...\"} (an RSS or Atom feed)");
    }
    String u = url.asText().strip();
    if (!HttpFetcher.isHttpUrl(u) || u.length() > FeedSource.MAX_LOCATION_CHARS) {
      throw ApiException.badRequest("a feed added here must be an http(s) URL: " + u);
    }
    FeedSource source;
    try {
      source = FeedSource.of(u);
      java.net.URI.create(u);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("not a valid feed URL: " + e.getMessage());
    }
    FeedHealth h;
    try {
      h = p.add(source);
    } catch (IllegalArgumentException e) {
      throw new ApiException(409, e.getMessage());
    }
    ctx.status(201);
    ctx.json(h);
  }
}
