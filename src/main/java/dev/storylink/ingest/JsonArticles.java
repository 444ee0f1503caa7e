package dev.storylink.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.core.Article;
import dev.storylink.core.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps JSON article objects ({@code id, lang, title, text, date, source, url}) to {@link Article}.
 * Thread-safe (the shared {@link ObjectMapper} is only read).
 */
final class JsonArticles {

  static final ObjectMapper MAPPER = Json.INPUT;

  /** For element-by-element reading of arrays (no trailing-token check). */
  static final ObjectMapper STREAM_MAPPER = Json.MAPPER;

  private JsonArticles() {}

  /**
   * Parses one JSON object into an article.
   *
   * @param json the JSON text
   * @param name input name for messages
   * @param defaultId id used when the object has none
   * @throws IngestInputException for malformed JSON (with line and column) or invalid fields
   */
  static Article parse(String json, String name, String defaultId) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IngestInputException(name, jsonError(e), e);
    }
    return fromNode(node, name, defaultId);
  }

  /** "malformed JSON at line 3, column 7: Unexpected character ...". */
  static String jsonError(JsonProcessingException e) {
    String msg = Json.problem(e);
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      return "malformed JSON at line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr()
          + ": "
          + msg;
    }
    return "malformed JSON: " + msg;
  }

  static Article fromNode(JsonNode node, String name, String defaultId) {
    return fromNode(node, name, defaultId, w -> {}, new HashSet<>());
  }

  /**
   * As {@link #fromNode(JsonNode, String, String)}; the article is checked against {@link
   * ArticleLimits} and values it drops (a non-http(s) url) are reported to {@code warnings}. A
   * field that is not read ({@link ArticleFields#notRead}) is reported once per name: {@code told}
   * holds the names reported so far in this input and is added to.
   */
  static Article fromNode(
      JsonNode node,
      String name,
      String defaultId,
      java.util.function.Consumer<String> warnings,
      Set<String> told) {
    if (node == null || node.isMissingNode()) {
      throw new IngestInputException(name, "no JSON value");
    }
    if (!node.isObject()) {
      throw new IngestInputException(
          name, "expected a JSON object for one article, found " + kind(node));
    }
    // every problem of the object is told in one message, not only the first
    List<String> problems = new ArrayList<>();
    List<String> notRead = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!ArticleFields.isKnown(f)) {
        notRead.add(f);
      }
    }
    String given = ArticleProblems.collect(problems, () -> scalar(node, "id", name), "").strip();
    String id = given.isBlank() ? defaultId.strip() : given;
    String lang =
        ArticleProblems.collect(
            problems,
            () -> ArticleLimits.lang(text(node, "lang", name), name),
            Article.UNKNOWN_LANG);
    int before = problems.size();
    String title = ArticleProblems.collect(problems, () -> text(node, "title", name), "").strip();
    String body = ArticleProblems.collect(problems, () -> text(node, "text", name), "").strip();
    boolean textFieldsRead = problems.size() == before;
    String source = ArticleProblems.collect(problems, () -> text(node, "source", name), "").strip();
    String url = ArticleProblems.collect(problems, () -> text(node, "url", name), "").strip();
    Optional<LocalDate> date;
    try {
      date =
          Dates.parseIso(ArticleProblems.collect(problems, () -> scalar(node, "date", name), ""));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      date = Optional.empty();
    }
    if (title.isBlank() && body.isBlank() && textFieldsRead) {
      problems.add("article '" + id + "' has neither title nor text" + textHint(notRead));
    }
    if (problems.isEmpty()) {
      for (String f : notRead) {
        if (told.add(f)) {
          warnings.accept(ArticleFields.notRead(f) + " (told once per input)");
        }
      }
    }
    if (title.isBlank() && body.isBlank() || id.isBlank()) {
      // no article to check against the limits: the id's own problem, then all of them
      ArticleProblems.collect(problems, () -> ArticleLimits.checkId(id, name));
      ArticleProblems.throwIfAny(problems, name);
    }
    Article article = new Article(id, lang, title, body, date, source, url);
    if (problems.isEmpty()) {
      return ArticleLimits.check(article, name, warnings);
    }
    // the limits' problems too (an id, title or date past its limit), after the fields'
    ArticleProblems.collect(problems, () -> ArticleLimits.check(article, name, w -> {}), article);
    throw new IngestInputException(name, String.join("; ", problems));
  }

  /** " (field 'body' is not read: did you mean 'text'?)" when a field not read names the text. */
  private static String textHint(List<String> notRead) {
    for (String f : notRead) {
      Optional<String> h = ArticleFields.hint(f);
      if (h.isPresent() && (h.get().equals("title") || h.get().equals("text"))) {
        return " (field '" + f + "' is not read: did you mean '" + h.get() + "'?)";
      }
    }
    return "";
  }

  /**
   * The ISO-639-1 code of a language tag declared by a feed or a page ({@code en-US} → {@code en}),
   * or {@code "und"} (identify the text) when absent or not an ISO-639-1 code: such a declaration
   * is a hint, not the user's word.
   */
  static String normalizeLang(String lang) {
    String l = ArticleLimits.primarySubtag(lang);
    return dev.storylink.text.Languages.isKnown(l) ? l : Article.UNKNOWN_LANG;
  }

  private static String text(JsonNode node, String field, String name) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new IngestInputException(
          name, "field '" + field + "' must be a string, found " + kind(v));
    }
    return v.asText();
  }

  private static String scalar(JsonNode node, String field, String name) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new IngestInputException(
          name, "field '" + field + "' must be a string, found " + kind(v));
    }
    return v.asText();
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
