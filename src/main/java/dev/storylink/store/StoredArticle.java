package dev.storylink.store;

import dev.storylink.core.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as kept in the store, with its place in the clustering. Immutable and thread-safe.
 *
 * @param article the article (language filled in)
 * @param seq arrival number (1, 2, ...), the order ingest saw it in
 * @param eventId the event it belongs to
 * @param duplicateOf the earlier article it republishes, when it is a near-duplicate
 */
public record StoredArticle(
    Article article, long seq, String eventId, Optional<String> duplicateOf) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be positive");
    }
  }
}
