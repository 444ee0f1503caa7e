package dev.storylink.server;

import dev.storylink.core.InputException;
import dev.storylink.store.StoryFilter;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the query parameters of {@code GET /api/stories} ({@code lang, from, to, q, multilingual,
 * offset, limit}). An unknown parameter value is a 400, never silently ignored: a language code
 * that is no ISO 639-1 code (naming the supported languages), a date that is not yyyy-MM-dd, a
 * {@code multilingual} that is not true/false. Stateless and thread-safe.
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
