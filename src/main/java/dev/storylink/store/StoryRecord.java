package dev.storylink.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story: events in different languages about the same happening. Immutable and thread-safe.
 *
 * @param id story id ({@code s1}, {@code s2}, ...)
 * @param eventIds its events in order of creation
 * @param langs languages of its events, sorted, distinct
 * @param articleCount number of articles over all its events (near-duplicates included)
 * @param firstDate earliest article date, if known
 * @param lastDate latest article date, if known
 * @param headline a headline (the first article's title, or the start of its text)
 */
public record StoryRecord(
    String id,
    List<String> eventIds,
    List<String> langs,
    int articleCount,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    String headline) {
  /** Validates the components. */
  public StoryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(headline, "headline");
    eventIds = List.copyOf(eventIds);
    langs = List.copyOf(langs);
    if (id.isBlank() || eventIds.isEmpty() || articleCount < 1) {
      throw new IllegalArgumentException("story " + id + " must have an id, events and articles");
    }
  }
}
