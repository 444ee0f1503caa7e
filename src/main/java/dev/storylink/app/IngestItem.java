package dev.storylink.app;

import dev.storylink.core.Article;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One article to ingest and where it came from, so a problem with it can name its position
 * ({@code feed.jsonl:17}, {@code article [3]}, a feed item). The position is computed only when a
 * problem is reported. Immutable and thread-safe if the position supplier is.
 *
 * @param article the article
 * @param where its position in the input, computed on demand
 */
public record IngestItem(Article article, Supplier<String> where) {
  public IngestItem {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(where, "where");
  }

  /** An item at a position known up front. */
  public static IngestItem at(Article article, String where) {
    Objects.requireNonNull(where, "where");
    return new IngestItem(article, () -> where);
  }

  /** The position, as shown to the user. */
  public String position() {
    return where.get();
  }
}
