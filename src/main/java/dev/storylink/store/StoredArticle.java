package dev.storylink.store;

import dev.storylink.core.Article;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as kept in the store, with the event it was clustered into. Immutable and thread-safe.
 *
 * @param article the article (language filled in)
 * @param eventId the event it belongs to; never blank
 * @param storyId the story of that event when the article was read (stories merge over time, so a
 *     stored article's story is resolved through its event when read back)
 * @param duplicateOf the id of the article this one is a near-duplicate of, if any
 */
public record StoredArticle(Article article, String eventId, String storyId, Optional<String> duplicateOf) {
  /** Validates the components. */
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    if (eventId.isBlank()) {
      throw new IllegalArgumentException("article " + article.id() + " has no event");
    }
  }

  /** The article id. */
  public String id() {
    return article.id();
  }

  /** True when this article is a near-duplicate of an earlier one. */
  public boolean isDuplicate() {
    return duplicateOf.isPresent();
  }
}
