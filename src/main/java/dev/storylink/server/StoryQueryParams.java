package dev.storylink.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the query parameters of {@code GET /api/stories} ({@code lang, from, to, q, offset,
 * limit}). Stateless and thread-safe.
 */
final class StoryQueryParams {
  private StoryQueryParams() {}

  /** The query of GET /api/stories; bad values are 400s. */
  static StoryRepository.StoryQuery parse(Context ctx) {
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
