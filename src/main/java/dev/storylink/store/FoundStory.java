package dev.storylink.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A story found by a filter ({@link ArticleStore#find}), with why it matched a text query.
 * Immutable and thread-safe.
 *
 * @param story the story
 * @param hit its best-matching article for a text filter, empty without one
 */
public record FoundStory(StoryRecord story, Optional<ArticleStore.SearchHit> hit) {
  public FoundStory {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(hit, "hit");
  }
}
