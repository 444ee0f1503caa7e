package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The stories: looks them up (pending changes first, then a cache of recently read or committed
 * ones, then the store), counts an article into its event's story and merges two stories into the
 * older one. Changes go to {@link PendingWrites}. Not thread-safe: confined to the clusterer's
 * thread.
 */
final class StoryBook {
  /** Moves an event to another story (when the story it was in is merged away). */
  interface EventMover {
    void moveToStory(String eventId, String storyId);
  }

  private static final int CACHE_SIZE = 50_000;

  private final ArticleStore store;
  private final PendingWrites pending;
  private final Map<String, StoryRecord> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryRecord> e) {
          return size() > CACHE_SIZE; // as stored: read back or committed (least recently used go)
        }
      };

  /** A story id just opened and not written yet: certainly not in the store (or ""). */
  private String opened = "";

  StoryBook(ArticleStore store, PendingWrites pending) {
    this.store = Objects.requireNonNull(store, "store");
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  /** The story as of now (with changes not yet committed), if it exists. */
  Optional<StoryRecord> story(String id) {
    return Optional.ofNullable(record(id));
  }

  /**
   * Notes that {@code storyId} was just minted for a new event: until it is written, looking it up
   * needs no search of the store (most articles open an event, so most look-ups would miss).
   */
  void opened(String storyId) {
    opened = storyId;
  }

  private StoryRecord record(String id) {
    StoryRecord s = pending.story(id);
    if (s == null) {
      s = cache.get(id);
    }
    if (s == null && !id.equals(opened)) {
      s = store.story(id).orElse(null);
      if (s != null) {
        cache.put(id, s);
      }
    }
    return s;
  }

  /**
   * Counts the article, just added to {@code ev} with sequence number {@code seq}, into the event's
   * story (created with the event's headline if it does not exist yet).
   */
  void add(ActiveEvent ev, Article article, long seq) {
    StoryRecord old = record(ev.storyId);
    List<String> events = new ArrayList<>(old == null ? List.of() : old.eventIds());
    if (!events.contains(ev.id)) {
      events.add(ev.id);
    }
    TreeSet<String> langs = new TreeSet<>(old == null ? List.of() : old.langs());
    langs.add(ev.lang);
    pending.putStory(
        new StoryRecord(
            ev.storyId,
            events,
            List.copyOf(langs),
            (old == null ? 0 : old.articleCount()) + 1,
            old == null ? ev.headline : old.headline(),
            Dates.min(old == null ? Optional.empty() : old.firstDate(), article.date()),
            Dates.max(old == null ? Optional.empty() : old.lastDate(), article.date()),
            seq,
            old == null
                ? StoryRecord.addSources(List.of(), List.of(article.source()))
                : moreSources(old, List.of(article.source()))));
    opened = "";
  }

  /**
   * Merges two stories into the older one (lower number) and returns its id. The events of the
   * younger story that are already recorded in it are moved over by {@code mover}; the caller moves
   * an event whose story is not recorded yet.
   */
  String merge(String x, String y, EventMover mover) {
    if (x.equals(y)) {
      return x;
    }
    // keep the older story id (lower number) so ids are stable
    String into = ActiveEvent.number(x) <= ActiveEvent.number(y) ? x : y;
    String from = into.equals(x) ? y : x;
    StoryRecord a = record(into);
    StoryRecord b = record(from);
    if (b != null) {
      for (String evId : b.eventIds()) {
        mover.moveToStory(evId, into);
      }
    }
    if (a != null && b != null) {
      List<String> events = new ArrayList<>(a.eventIds());
      b.eventIds().stream().filter(e -> !events.contains(e)).forEach(events::add);
      TreeSet<String> langs = new TreeSet<>(a.langs());
      langs.addAll(b.langs());
      pending.putStory(
          new StoryRecord(
              into,
              events,
              List.copyOf(langs),
              a.articleCount() + b.articleCount(),
              a.headline(),
              Dates.min(a.firstDate(), b.firstDate()),
              Dates.max(a.lastDate(), b.lastDate()),
              Math.max(a.lastSeq(), b.lastSeq()),
              b.sources().isEmpty() ? List.of() : moreSources(a, b.sources())));
    }
    pending.deleteStory(from);
    cache.remove(from);
    return into;
  }

  /**
   * The sources of {@code s} and then {@code more}; none when {@code s} has articles but no sources
   * (a record of an older store, or articles without sources: a reader looks them up).
   */
  private static List<String> moreSources(StoryRecord s, List<String> more) {
    return s.sources().isEmpty() ? List.of() : StoryRecord.addSources(s.sources(), more);
  }

  /** The stories were committed: they are kept in the cache as stored. */
  void committed(Collection<StoryRecord> stories) {
    for (StoryRecord s : stories) {
      cache.put(s.id(), s);
    }
  }
}
