package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.ArticleLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an {@link Article} from a posted JSON value: an object with the fields {@code id, lang,
 * title, text, date, source, url} (all strings, all optional except that title or text must be
 * non-blank), or a bare string taken as the text. A missing id is derived from the text (sha-256
 * prefix), so posting the same text twice names it the same.
 *
 * <p>The fields meet the same {@link ArticleLimits} as in the CLI: {@code lang} is an ISO-639-1
 * code, a region may follow ({@code ar-EG}, {@code fa_IR}, {@code en-US}), anything else ({@code
 * klingon}, {@code xx}) is refused; {@code date} is {@code yyyy-MM-dd} or an ISO date-time with or
 * without offset ({@code 2020-02-29T10:00:00}, {@code ...Z}, {@code ...+03:30}) in the years 1900
 * to 2100; ids are at most 512 printable characters (no control or bidi characters); a url that is
 * not http(s) is dropped with a warning; control characters are removed from the text with a
 * warning (ArticleLimits). Stateless and thread-safe.
 */
public final class ArticleInput {
  /** Longest accepted id. */
  public static final int MAX_ID_CHARS = ArticleLimits.MAX_ID_CHARS;

  private static final Set<String> FIELDS =
      Set.of("id", "lang", "title", "text", "date", "source", "url");

  private ArticleInput() {}

  /** The article in {@code node}; {@code where} names it in error messages. */
  public static Article read(JsonNode node, String where) {
    return read(node, where, w -> {});
  }

  /**
   * The article in {@code node}; {@code where} names it in messages, {@code warnings} receives what
   * was dropped ({@code "article [2]: url dropped: ..."}).
   *
   * @throws ApiException (400) or {@link dev.storylink.core.InputException} for a field that breaks
   *     a limit
   */
  public static Article read(JsonNode node, String where, Consumer<String> warnings) {
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
        throw ApiException.badRequest(
            where + ": unknown field '" + f + "' (expected " + FIELDS + ")");
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
    ArticleLimits.checkId(id, where);
    String lang = ArticleLimits.lang(string(node, "lang", where), where);
    Article a =
        new Article(
            id,
            lang,
            title,
            text,
            date(string(node, "date", where), where),
            string(node, "source", where).strip(),
            string(node, "url", where).strip());
    return ArticleLimits.check(a, where, w -> warnings.accept(where + ": " + w));
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
    LocalDate date = null;
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        date = LocalDate.from(f.parse(d));
        break;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    if (date == null) {
      throw ApiException.badRequest(
          where
              + ": date must be yyyy-MM-dd or an ISO date-time (2020-02-29T10:00:00, with or"
              + " without Z or an offset), not '"
              + abbreviate(d)
              + "'");
    }
    ArticleLimits.checkDate(date, where);
    return Optional.of(date);
  }

  private static final java.util.List<DateTimeFormatter> DATE_FORMATS =
      java.util.List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME);

  private static String abbreviate(String s) {
    String t = Texts.abbreviate(s, 37);
    return t.replaceAll("\\p{Cntrl}", "?");
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
