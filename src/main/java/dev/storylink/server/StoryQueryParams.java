package dev.storylink.server;

import dev.storylink.core.InputException;
import dev.storylink.store.StoryFilter;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the query parameters of {@code GET /api/stories} ({@code lang, from, to, q, multilingual,
 * offset, limit}). An unknown parameter value is a 400, never silently ignored: a language code
 * that is no ISO 639-1 code (naming the supported languages), a date that is not yyyy-MM-dd, a
 * {@code multilingual} that is not true/false. A query string that is not valid percent-encoded
 * UTF-8 is a 400 on every route ({@link #checkEncoding}). Stateless and thread-safe.
 */
final class StoryQueryParams {
  private StoryQueryParams() {}

  /** The query of GET /api/stories; bad values are 400s. */
  static StoryRepository.StoryQuery parse(Context ctx) {
    Optional<String> lang = param(ctx, "lang");
    if (lang.isPresent()) {
      try {
        lang = Optional.of(StoryFilter.languageCode(lang.get()));
      } catch (InputException e) {
        throw ApiException.badRequest("lang: " + e.getMessage());
      }
    }
    Optional<String> q = param(ctx, "q");
    String rawQ = ctx.queryParam("q");
    if (rawQ != null) { // empty, blank or no word to search for: 400
      try {
        StoryFilter.query(rawQ, "q");
      } catch (InputException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    }
    if (q.isPresent() && q.get().length() > 500) {
      throw ApiException.badRequest("q must be at most 500 characters");
    }
    StoryRepository.StoryQuery query =
        new StoryRepository.StoryQuery(
            lang,
            param(ctx, "from").map(d -> date(d, "from")),
            param(ctx, "to").map(d -> date(d, "to")),
            q,
            bool(ctx, "multilingual"),
            integer(ctx, "offset", 0),
            integer(ctx, "limit", 20));
    return query;
  }

  /**
   * Refuses (400) a raw query string that does not decode: a {@code %} not followed by two hex
   * digits ({@code q=%ZZ}, {@code q=50%}), or escapes whose bytes are no UTF-8 ({@code q=%FF}). The
   * server's parameter parser would otherwise drop such a value silently, and a search would list
   * every story. {@code +} is a space and needs no check.
   */
  static void checkEncoding(String rawQuery) {
    if (rawQuery == null || rawQuery.indexOf('%') < 0) {
      return;
    }
    ByteBuffer bytes = ByteBuffer.allocate(rawQuery.length() * 4);
    for (int i = 0; i < rawQuery.length(); i++) {
      char c = rawQuery.charAt(i);
      if (c == '&') {
        utf8(bytes.flip(), rawQuery);
        bytes.clear();
      } else if (c != '%') {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        int hi = i + 2 < rawQuery.length() ? Character.digit(rawQuery.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(rawQuery.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          String bad = rawQuery.substring(i, Math.min(rawQuery.length(), i + 3));
          throw ApiException.badRequest(
              "bad percent-encoding in the query string: '"
                  + bad
                  + "' (a % must be followed by two hex digits; write % itself as %25)");
        }
        bytes.put((byte) (hi * 16 + lo));
        i += 2;
      }
    }
    utf8(bytes.flip(), rawQuery);
  }

  private static void utf8(ByteBuffer b, String rawQuery) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(b);
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest(
          "bad percent-encoding in the query string: the escapes are not UTF-8");
    }
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

  private static boolean bool(Context ctx, String name) {
    Optional<String> v = param(ctx, name);
    if (v.isEmpty()) {
      return false;
    }
    return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default ->
          throw ApiException.badRequest(name + " must be true or false, not '" + v.get() + "'");
    };
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
}
