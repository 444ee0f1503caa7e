package dev.storylink.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored story: events in several languages linked as the same happening. Immutable and
 * thread-safe.
 *
 * @param id story id ({@code s1}, {@code s2}, ...)
 * @param eventIds member events in creation order
 * @param langs languages of its events, sorted
 * @param articleCount number of articles (near-duplicates included)
 * @param headline headline of its first event
 * @param firstDate earliest known publication date
 * @param lastDate latest known publication date
 * @param lastSeq arrival number of its latest article
 */
public record StoryRecord(
    String id,
    List<String> eventIds,
    List<String> langs,
    int articleCount,
    String headline,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    long lastSeq) {
  public StoryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    eventIds = List.copyOf(eventIds);
    langs = List.copyOf(langs);
    if (id.isBlank() || eventIds.isEmpty()) {
      throw new IllegalArgumentException("story needs an id and at least one event");
    }
  }
}
