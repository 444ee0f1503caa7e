package dev.storylink.cluster;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one ingested article went. Immutable and thread-safe.
 *
 * @param articleId the article
 * @param lang its language
 * @param eventId the event it joined or opened
 * @param storyId the story of that event right after the article was added (stories may merge
 *     later; the store resolves the current one)
 * @param newEvent true when the article opened a new event (first story detection)
 * @param score the score of the joined event (0 for a new event, 1 for a near-duplicate)
 * @param duplicateOf the earlier article it is a near-duplicate of, if any
 */
public record Assignment(
    String articleId, String lang, String eventId, String storyId, boolean newEvent, double score,
    Optional<String> duplicateOf) {
  /** Validates the components. */
  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }
}
