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
 * @param sources the first {@value #MAX_SOURCES} distinct sources of its articles, in arrival order
 *     (empty in a record written before stories kept them: a reader then looks them up in the
 *     articles)
 */
public record StoryRecord(
    String id,
    List<String> eventIds,
    List<String> langs,
    int articleCount,
    String headline,
    Optional<LocalDate> firstDate,
    Optional<LocalDate> lastDate,
    long lastSeq,
    List<String> sources) {
  /** Sources a story record keeps at most. */
  public static final int MAX_SOURCES = 10;

  public StoryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    eventIds = List.copyOf(eventIds);
    langs = List.copyOf(langs);
    // a record stored before sources were kept has none (JSON without the field)
    sources = sources == null ? List.of() : List.copyOf(sources);
    if (sources.size() > MAX_SOURCES) {
      throw new IllegalArgumentException("a story keeps at most " + MAX_SOURCES + " sources");
    }
    if (id.isBlank() || eventIds.isEmpty()) {
      throw new IllegalArgumentException("story needs an id and at least one event");
    }
  }

  /** A story record without sources (tests, and records built before sources are known). */
  public StoryRecord(
      String id,
      List<String> eventIds,
      List<String> langs,
      int articleCount,
      String headline,
      Optional<LocalDate> firstDate,
      Optional<LocalDate> lastDate,
      long lastSeq) {
    this(id, eventIds, langs, articleCount, headline, firstDate, lastDate, lastSeq, List.of());
  }

  /**
   * {@code sources} followed by those of {@code more} not in it, blank ones left out, at most
   * {@value #MAX_SOURCES}.
   */
  public static List<String> addSources(List<String> sources, List<String> more) {
    if (sources.size() >= MAX_SOURCES || more.isEmpty()) {
      return sources;
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(sources);
    for (String s : more) {
      if (!s.isBlank() && out.size() < MAX_SOURCES) {
        out.add(s);
      }
    }
    return out.size() == sources.size() ? sources : List.copyOf(out);
  }
}
