package dev.storylink.server;

import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Json;
import dev.storylink.facts.FactColumns;
import dev.storylink.facts.FactMatrix;
import dev.storylink.facts.StoryFacts;
import dev.storylink.features.TermStats;
import dev.storylink.store.StoredArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The story-facts routes: {@code GET /api/stories/{id}/facts} (the story's {@link FactMatrix} as
 * JSON) and the page code that shows it ({@code /facts.js}, {@code /facts.css}).
 *
 * <p>A story's articles are read through the {@link StoryRepository} (its timeline, then each
 * article's text); the matrix is computed by {@link StoryFacts}, which caches each article's facts
 * and each story's matrix by its articles, and the JSON answer is cached by the story's {@link
 * StoryRepository#storyVersion} (a story changes only when an article joins it). Thread-safe: the
 * caches are concurrent maps.
 */
public final class FactRoutes {
  private static final String WEB = "/dev/storylink/server/web/";
  private static final int ANSWER_CACHE = 256;

  private final StoryRepository repo;
  private final StoryFacts facts;
  private final Map<String, byte[]> answers = new ConcurrentHashMap<>();
  private final byte[] script = resource(WEB + "facts.js");
  private final byte[] style = resource(WEB + "facts.css");

  FactRoutes(StoryRepository repo, TermStats stats, CoverageComparer comparer) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.facts = new StoryFacts(stats, comparer);
  }

  /** Adds the routes to {@code app}. */
  static void register(
      Javalin app, StoryRepository repo, TermStats stats, CoverageComparer comparer) {
    FactRoutes r = new FactRoutes(repo, stats, comparer);
    app.get("/api/stories/{id}/facts", r::facts);
    app.get("/facts.js", ctx -> r.page(ctx, r.script, "text/javascript; charset=utf-8"));
    app.get("/facts.css", ctx -> r.page(ctx, r.style, "text/css; charset=utf-8"));
  }

  private void page(Context ctx, byte[] body, String type) {
    ctx.contentType(type);
    ctx.header("Cache-Control", "no-cache");
    ctx.result(body);
  }

  private void facts(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String version =
        repo.storyVersion(id)
            .orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
    String k = id + '\u0000' + version;
    byte[] answer = answers.get(k);
    if (answer == null) {
      StoryRepository.StoryDetail story =
          repo.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
      List<StoryRepository.ArticleSummary> shown =
          FactColumns.pick(
              story.articles(),
              StoryRepository.ArticleSummary::lang,
              StoryRepository.ArticleSummary::source);
      int all = story.articles().size() + story.notShown();
      answer = Json.MAPPER.writeValueAsBytes(facts.matrix(articles(shown)).ofStoryArticles(all));
      if (answers.size() >= ANSWER_CACHE) {
        answers.clear();
      }
      answers.put(k, answer);
    }
    ctx.contentType("application/json");
    ctx.result(answer);
  }

  /**
   * The shown articles with their text (read for these only); the timeline is in publication date
   * and then ingest order, so a position in it orders articles of one day as their ingest numbers
   * do.
   */
  private List<StoredArticle> articles(List<StoryRepository.ArticleSummary> shown) {
    List<StoredArticle> out = new ArrayList<>(shown.size());
    for (StoryRepository.ArticleSummary a : shown) {
      StoryRepository.StoredView v =
          repo.article(a.id())
              .orElseThrow(() -> ApiException.notFound("no article with id '" + a.id() + "'"));
      out.add(new StoredArticle(v.article(), out.size() + 1L, v.eventId(), v.duplicateOf()));
    }
    return out;
  }

  private static byte[] resource(String path) {
    try (InputStream in = FactRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
