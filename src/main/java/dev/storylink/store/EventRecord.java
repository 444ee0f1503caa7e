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
 * @param years the years its articles mention, as the clusterer's bit mask (bit {@code y - 1970});
 *     empty in a record written before events kept it (the clusterer then reads its articles)
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
    boolean open,
    Optional<Long> years) {
  public EventRecord {
    years = years == null ? Optional.empty() : years; // a record of an older store: no field
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

  /** This record in another story. */
  public EventRecord withStory(String story) {
    return new EventRecord(
        id,
        story,
        lang,
        articleIds,
        originals,
        firstDate,
        lastDate,
        lastSeq,
        headline,
        open,
        years);
  }

  /** This record with these years (empty: as an older store wrote it). */
  public EventRecord withYears(Optional<Long> mask) {
    return new EventRecord(
        id,
        storyId,
        lang,
        articleIds,
        originals,
        firstDate,
        lastDate,
        lastSeq,
        headline,
        open,
        mask);
  }

  /** An event record without its years (tests, and records of events whose years are unknown). */
  public EventRecord(
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
    this(
        id,
        storyId,
        lang,
        articleIds,
        originals,
        firstDate,
        lastDate,
        lastSeq,
        headline,
        open,
        Optional.empty());
  }
}
