package dev.storylink.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.app.LinkCorpus;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The routes on a pair of articles: {@code POST /api/compare} and {@code POST /api/link}. Each
 * takes the two articles as stored ids ({@code {"idA": x, "idB": y}}; compare also {@code {"ids":
 * [x, y]}}) or as posted articles ({@code {"a": x, "b": y}}; compare also {@code {"articles": [x,
 * y]}}), exactly one of the two forms. A posted text that looks like a bare id (one word of
 * letters, digits and {@code _-.:#}, with a digit, no space) is refused with a hint, not scored as
 * a text. Thread-safe if its parts are (all shipped ones are).
 */
final class PairRoutes {
  private static final Pattern BARE_ID = Pattern.compile("[\\p{L}\\p{N}_.:#-]{6,512}");

  private final StoryRepository repo;
  private final FeatureExtractor extractor;
  private final CoverageComparer comparer;
  private final FeaturePairScorer scorer;
  private final ObjectMapper json;
  private final JsonBody body;

  PairRoutes(
      StoryRepository repo,
      FeatureExtractor extractor,
      CoverageComparer comparer,
      FeaturePairScorer scorer,
      ObjectMapper json,
      JsonBody body) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.json = Objects.requireNonNull(json, "json");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** Adds the routes to {@code app}. */
  void register(Javalin app) {
    app.post("/api/compare", this::postCompare);
    app.post("/api/link", this::postLink);
  }

  /** Response of POST /api/link. Immutable and thread-safe. */
  public record LinkResponse(
      String langA,
      String langB,
      double probability,
      double similarity,
      boolean sameStory,
      List<Reason> reasons) {
    public LinkResponse {
      Objects.requireNonNull(langA, "langA");
      Objects.requireNonNull(langB, "langB");
      reasons = List.copyOf(reasons);
    }
  }

  private void postCompare(Context ctx) throws JsonProcessingException {
    JsonNode node = body.read(ctx);
    if (!node.isObject()) {
      throw ApiException.badRequest(
          "expected {\"idA\": id, \"idB\": id}, {\"ids\": [a, b]} or {\"articles\": [x, y]}");
    }
    List<Article> pair = new ArrayList<>();
    JsonNode ids = node.get("ids");
    JsonNode posted = node.get("articles");
    boolean byIds = node.has("idA") || node.has("idB");
    int forms = (ids == null ? 0 : 1) + (posted == null ? 0 : 1) + (byIds ? 1 : 0);
    if (forms != 1) {
      throw ApiException.badRequest(
          "give exactly one of \"idA\"/\"idB\" (stored article ids), \"ids\" (two stored article"
              + " ids) or \"articles\" (two texts)");
    }
    if (byIds) {
      pair.add(stored(node.get("idA"), "\"idA\""));
      pair.add(stored(node.get("idB"), "\"idB\""));
    } else if (ids != null) {
      if (!ids.isArray() || ids.size() != 2) {
        throw ApiException.badRequest("\"ids\" must be an array of two article ids");
      }
      pair.add(stored(ids.get(0), "\"ids\"[0]"));
      pair.add(stored(ids.get(1), "\"ids\"[1]"));
    } else {
      if (!posted.isArray() || posted.size() != 2) {
        throw ApiException.badRequest(
            "\"articles\" must be an array of two articles (objects or strings)");
      }
      for (int i = 0; i < 2; i++) {
        pair.add(posted(posted.get(i), "articles[" + i + "]"));
      }
    }
    Comparison c;
    try {
      c = comparer.compare(pair.get(0), pair.get(1));
    } catch (InputException e) {
      throw new ApiException(422, e.getMessage());
    }
    // the record's components, and the figures that differ (34 killed against 43), derived
    com.fasterxml.jackson.databind.node.ObjectNode out = json.valueToTree(c);
    out.set("differingFigures", json.valueToTree(c.differingFigures()));
    bounded(ctx, out);
  }

  private void postLink(Context ctx) {
    JsonNode node = body.read(ctx);
    if (!node.isObject()) {
      throw ApiException.badRequest(
          "expected {\"a\": article, \"b\": article} or {\"idA\": id, \"idB\": id}");
    }
    boolean byIds = node.has("idA") || node.has("idB");
    if (byIds == (node.has("a") || node.has("b"))) {
      throw ApiException.badRequest(
          "give exactly one of \"a\"/\"b\" (two articles) or \"idA\"/\"idB\" (stored article ids)");
    }
    Article a = byIds ? stored(node.get("idA"), "\"idA\"") : posted(node.get("a"), "\"a\"");
    Article b = byIds ? stored(node.get("idB"), "\"idB\"") : posted(node.get("b"), "\"b\"");
    if (a.id().equals(b.id())) {
      b = new Article(b.id() + "#2", b.lang(), b.title(), b.text(), b.date(), b.source(), b.url());
    }
    LinkCorpus.Side sa = LinkCorpus.Side.of(extractor, a);
    LinkCorpus.Side sb = LinkCorpus.Side.of(extractor, b);
    ArticleFeatures fa = sa.features();
    ArticleFeatures fb = sb.features();
    LinkResult r = scorer.link(fa, fb, repo.linkCorpus(sa, sb));
    ctx.json(
        new LinkResponse(
            fa.lang(), fb.lang(), r.probability(), r.similarity(), r.sameStory(), r.reasons()));
  }

  /** The stored article whose id is {@code id} (a JSON string), or a 404. */
  private Article stored(JsonNode id, String where) {
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw ApiException.badRequest(where + " must be a stored article id (a string)");
    }
    String s = id.asText();
    return repo.article(s)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + s + "'"))
        .article();
  }

  /**
   * A posted article, its language filled in; a bare id posted as a text is refused, and so is a
   * text in no identifiable language, named by {@code where} ({@code "b": could not identify ...}).
   */
  private Article posted(JsonNode node, String where) {
    JsonNode text = node != null && node.isObject() ? node.get("text") : node;
    boolean noTitle = node == null || !node.isObject() || !node.hasNonNull("title");
    if (noTitle && text != null && text.isTextual() && looksLikeId(text.asText())) {
      throw ApiException.badRequest(
          where
              + " is a single word that looks like an article id, not a text: to use stored"
              + " articles post {\"idA\": \""
              + abbreviate(text.asText().strip())
              + "\", \"idB\": ...}");
    }
    Article in = ArticleInput.read(node, where);
    try {
      return extractor.withSupportedLanguage(in);
    } catch (InputException e) {
      // named by its place in the request ("b": ...), not by the id made from its text (t-3f2a...)
      String m = String.valueOf(e.getMessage());
      throw ApiException.badRequest(
          where + ": " + (m.startsWith(in.id() + ": ") ? m.substring(in.id().length() + 2) : m));
    }
  }

  /** One word of letters, digits and {@code _-.:#} with at least one digit (no text has that). */
  static boolean looksLikeId(String s) {
    String t = s.strip();
    return BARE_ID.matcher(t).matches() && t.chars().anyMatch(Character::isDigit);
  }

  private static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }

  /** Writes {@code value} as JSON unless it is over the response limit (then a 422). */
  private void bounded(Context ctx, Object value) throws JsonProcessingException {
    byte[] bytes = json.writeValueAsBytes(value);
    if (bytes.length > ApiServer.MAX_RESPONSE_BYTES) {
      throw new ApiException(
          422,
          "the answer would be "
              + bytes.length
              + " bytes, over the "
              + ApiServer.MAX_RESPONSE_BYTES
              + " limit; compare shorter articles");
    }
    ctx.contentType("application/json");
    ctx.result(bytes);
  }
}
