package dev.storylink.store;

import java.util.List;

/**
 * Stories found by a filter ({@link ArticleStore#find}). Immutable and thread-safe.
 *
 * @param stories the page asked for
 * @param undatedLeftOut stories that match every other condition but have no date, left out by the
 *     date filter (0 without one)
 */
public record StoryResults(List<FoundStory> stories, long undatedLeftOut) {
  public StoryResults {
    stories = List.copyOf(stories);
    if (undatedLeftOut < 0) {
      throw new IllegalArgumentException("undatedLeftOut must not be negative");
    }
  }

  /** The story records. */
  public List<StoryRecord> records() {
    return stories.stream().map(FoundStory::story).toList();
  }
}
