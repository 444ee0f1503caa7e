package dev.storylink.cluster;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the clusterer put one article. Immutable and thread-safe.
 *
 * @param articleId the article
 * @param eventId its event
 * @param storyId its story (after any cross-lingual linking this article caused)
 * @param newEvent the article opened a new event (first story)
 * @param duplicateOf the earlier article it is a near-duplicate of, if any
 * @param probability link probability to the event it joined (1 for a duplicate, 0 for a new event)
 */
public record Assignment(
    String articleId,
    String eventId,
    String storyId,
    boolean newEvent,
    Optional<String> duplicateOf,
    double probability) {
  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }
}
