package dev.storylink.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.ArticleFields;
import dev.storylink.ingest.ArticleLimits;
import dev.storylink.ingest.IngestInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads an {@link Article} from a posted JSON value: an object with the fields {@code id, lang,
 * title, text, date, source, url} (all strings, all optional except that title or text must be
 * non-blank), or a bare string taken as the text. Any other field is refused, with the field it was
 * likely meant to be ({@link ArticleFields#hint}: {@code titel} → {@code title}). A missing id is
 * derived from the text (sha-256 prefix), so posting the same text twice names it the same.
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

  private ArticleInput() {}

  /** The article in {@code node}; {@code where} names it in error messages. */
  public static Article read(JsonNode node, String where) {
    return read(node, where, w -> {});
  }

  /**
   * The article in {@code node}; {@code where} names it in messages, {@code warnings} receives what
   * was dropped ({@code "article [2]: url dropped: ..."}).
   *
   * @throws ApiException (400) naming every bad field of the object in one message ({@code "article
   *     [2]: unknown field 'titel' (did you mean 'title'?); unknown language 'xx' ...; date must be
   *     yyyy-MM-dd ...; an article has the fields id, lang, ..."}; a single problem is raised as it
   *     was), or {@link dev.storylink.core.InputException} for a good object that breaks a limit
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
    // every problem of the object is told in one message, not only the first
    Problems p = new Problems();
    List<String> reasons = p.reasons;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!ArticleFields.isKnown(f)) {
        reasons.add("unknown field '" + f + "'" + ArticleFields.didYouMean(f));
      }
    }
    boolean unknownFields = !reasons.isEmpty();
    int before = reasons.size();
    String title = p.collect(where, () -> string(node, "title", where), "");
    String text = p.collect(where, () -> string(node, "text", where), "");
    if (title.isBlank() && text.isBlank() && reasons.size() == before) {
      reasons.add("needs a non-empty \"title\" or \"text\"");
    }
    String given = p.collect(where, () -> string(node, "id", where), "").strip();
    String id = given.isEmpty() ? derivedId(title + "\n" + text) : given;
    boolean idOk =
        p.collect(
            where,
            () -> {
              ArticleLimits.checkId(id, where);
              return true;
            },
            false);
    String lang =
        p.collect(
            where,
            () -> ArticleLimits.lang(string(node, "lang", where), where),
            Article.UNKNOWN_LANG);
    Optional<LocalDate> date =
        p.collect(where, () -> date(string(node, "date", where), where), Optional.empty());
    String source = p.collect(where, () -> string(node, "source", where), "").strip();
    String url = p.collect(where, () -> string(node, "url", where), "").strip();
    Optional<Article> a = Optional.empty();
    if (idOk && !(title.isBlank() && text.isBlank())) {
      Article read = new Article(id, lang, title, text, date, source, url);
      a = Optional.of(read);
      if (!reasons.isEmpty()) {
        // the limits' problems too (a title or text past its limit), after the fields'
        p.collect(where, () -> ArticleLimits.check(read, where, w -> {}), read);
      }
    }
    if (unknownFields) {
      reasons.add("an article has the fields " + String.join(", ", ArticleFields.NAMES));
    }
    if (p.first.isPresent() && reasons.size() == 1) {
      throw p.first.get(); // one problem: as it was raised (a limit's InputException stays one)
    }
    if (a.isEmpty() || !reasons.isEmpty()) {
      throw ApiException.badRequest(where + ": " + String.join("; ", reasons));
    }
    return ArticleLimits.check(a.get(), where, w -> warnings.accept(where + ": " + w));
  }

  /** The problems of one posted object, in the order found. Not thread-safe. */
  private static final class Problems {
    final List<String> reasons = new ArrayList<>();
    Optional<RuntimeException> first = Optional.empty();

    /**
     * The value {@code read} gives, or {@code fallback} with its reason ({@code "date must be
     * ..."}, without {@code where}) added.
     */
    <T> T collect(String where, Supplier<T> read, T fallback) {
      try {
        return read.get();
      } catch (IngestInputException e) {
        reasons.add(e.reason());
        first = first.or(() -> Optional.of(e));
      } catch (ApiException e) {
        String m = String.valueOf(e.getMessage());
        reasons.add(m.startsWith(where + ": ") ? m.substring(where.length() + 2) : m);
        first = first.or(() -> Optional.of(e));
      }
      return fallback;
    }
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
