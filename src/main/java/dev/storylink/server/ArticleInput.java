package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@link Article} from a posted JSON value: an object with the fields {@code id, lang,
 * title, text, date, source, url} (all strings, all optional except that title or text must be
 * non-blank), or a bare string taken as the text. A missing id is derived from the text (sha-256
 * prefix), so posting the same text twice names it the same. Stateless and thread-safe.
 */
public final class ArticleInput {
  /** Longest accepted id. */
  public static final int MAX_ID_CHARS = 200;

  private static final Set<String> FIELDS =
      Set.of("id", "lang", "title", "text", "date", "source", "url");

  private ArticleInput() {}

  /** The article in {@code node}; {@code where} names it in error messages. */
  public static Article read(JsonNode node, String where) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      throw ApiException.badRequest(where + " is missing");
    }
    if (node.isTextual()) {
      String text = node.asText();
      if (text.isBlank()) {
        throw ApiException.badRequest(where + " is an empty text");
      }
      return new Article(derivedId(text), Article.UNKNOWN_LANG, "", text, Optional.empty(), "", "");
    }
    if (!node.isObject()) {
      throw ApiException.badRequest(where + " must be a JSON object or a string");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw ApiException.badRequest(where + ": unknown field '" + f + "' (expected " + FIELDS + ")");
      }
    }
    String title = string(node, "title", where);
    String text = string(node, "text", where);
    if (title.isBlank() && text.isBlank()) {
      throw ApiException.badRequest(where + " needs a non-empty \"title\" or \"text\"");
    }
    String id = string(node, "id", where).strip();
    if (id.isEmpty()) {
      id = derivedId(title + "\n" + text);
    }
    if (id.length() > MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest(where + ": id must be at most " + MAX_ID_CHARS + " printable characters");
    }
    String lang = string(node, "lang", where).strip().toLowerCase(java.util.Locale.ROOT);
    if (!lang.isEmpty() && !lang.matches("[a-z]{2,3}")) {
      throw ApiException.badRequest(where + ": lang must be an ISO-639-1 code such as \"ar\"");
    }
    return new Article(
        id,
        lang,
        title,
        text,
        date(string(node, "date", where), where),
        string(node, "source", where),
        string(node, "url", where));
  }

  private static String string(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest(where + ": \"" + field + "\" must be a string");
    }
    return v.asText();
  }

  static Optional<LocalDate> date(String s, String where) {
    String d = s.strip();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (d.length() == 10) {
        return Optional.of(LocalDate.parse(d));
      }
      return Optional.of(OffsetDateTime.parse(d).toLocalDate());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(where + ": date must be yyyy-MM-dd or an ISO date-time, not '" + d + "'");
    }
  }

  /** An id derived from the text: {@code "t-"} and 16 hex digits of its sha-256. */
  public static String derivedId(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "t-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
