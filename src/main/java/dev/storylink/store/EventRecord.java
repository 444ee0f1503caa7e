package dev.storylink.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored event: articles in one language about one happening. Immutable and thread-safe.
 *
 * @param id event id ({@code e1}, {@code e2}, ...)
 * @param storyId the story the event belongs to
 * @param lang language of its articles
 * @param articleIds member articles in arrival order (near-duplicates included)
 * @param originals number of members that are not near-duplicates
 * @param firstDate earliest known publication date
 * @param lastDate latest known publication date
 * @param lastSeq arrival number of the latest member
 * @param headline title (or first line) of the first member
 * @param open whether the clusterer still keeps it active
 */
public record EventRecord(
    String id,
    String storyId,
    String lang,
    List<String> articleIds,
    int originals,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    long lastSeq,
    String headline,
    boolean open) {
  public EventRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(headline, "headline");
    articleIds = List.copyOf(articleIds);
    if (id.isBlank() || articleIds.isEmpty()) {
      throw new IllegalArgumentException("event needs an id and at least one article");
    }
  }
}
