package dev.storylink.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event: articles in one language about the same real-world happening. Immutable and
 * thread-safe.
 *
 * @param id event id ({@code e1}, {@code e2}, ... in order of creation)
 * @param storyId the story the event belongs to
 * @param lang the language of its articles
 * @param firstDate earliest article date, if any article has one
 * @param lastDate latest article date, if any article has one
 * @param articleIds its articles in order of arrival, near-duplicates included
 * @param duplicateCount how many of {@code articleIds} are near-duplicates
 * @param representativeIds the articles new arrivals are compared with
 * @param open true while the clusterer keeps it in memory (active)
 */
public record EventRecord(
    String id,
    String storyId,
    String lang,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    List<String> articleIds,
    int duplicateCount,
    List<String> representativeIds,
    boolean open) {
  /** Validates the components. */
  public EventRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    articleIds = List.copyOf(articleIds);
    representativeIds = List.copyOf(representativeIds);
    if (id.isBlank() || storyId.isBlank()) {
      throw new IllegalArgumentException("event and story ids must not be blank");
    }
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no article");
    }
    if (duplicateCount < 0 || duplicateCount >= articleIds.size()) {
      throw new IllegalArgumentException("event " + id + ": bad duplicate count " + duplicateCount);
    }
  }
}
