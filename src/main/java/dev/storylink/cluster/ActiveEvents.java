package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The life-cycle of events in memory: the active events in order of last update, which event recent
 * articles went to, and closing events that went idle (by article dates) or beyond the cap on
 * active events. An event is indexed in the {@link CandidateIndex} while active; closing it
 * unindexes it, forgets its articles' near-duplicate signatures and queues its final record. Not
 * thread-safe: confined to the clusterer's thread.
 */
final class ActiveEvents implements StoryBook.EventMover {
  /** Articles whose event is remembered in memory (beyond that, the store is asked). */
  static final int RECENT_ARTICLES = 200_000;

  /** Idle events are looked for every this many articles. */
  static final int IDLE_CHECK_EVERY = 500;

  private final ArticleStore store;
  private final ClusterConfig config;
  private final CandidateIndex index;
  private final NearDuplicateDetector duplicates;
  private final PendingWrites pending;
  private final LinkedHashMap<String, ActiveEvent> active = new LinkedHashMap<>();
  private final Map<String, String> eventOfRecent =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> e) {
          return size() > RECENT_ARTICLES;
        }
      };
  private Optional<LocalDate> newest = Optional.empty();

  ActiveEvents(
      ArticleStore store,
      ClusterConfig config,
      CandidateIndex index,
      NearDuplicateDetector duplicates,
      PendingWrites pending) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.index = Objects.requireNonNull(index, "index");
    this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    this.pending = Objects.requireNonNull(pending, "pending");
  }

  /**
   * Loads the store's open events: their representatives (the first and last articles, features
   * recomputed with {@code extractor}), indexed, the years all their articles mention ({@link
   * Years}), and their original articles' near-duplicate signatures.
   */
  void reload(FeatureExtractor extractor) {
    for (EventRecord e : store.openEvents()) {
      ActiveEvent ev = new ActiveEvent(e);
      List<String> ids = e.articleIds();
      Set<String> repIds = new LinkedHashSet<>();
      int half = Math.max(1, config.representatives() / 2);
      repIds.addAll(ids.subList(0, Math.min(half, ids.size())));
      repIds.addAll(
          ids.subList(Math.max(0, ids.size() - (config.representatives() - half)), ids.size()));
      // a kept mask counts as one article for the latest-year counts (YearCounts)
      e.years().ifPresent(ev.years::add);
      // and its other articles as articles without years: the share of the event's articles that
      // name years (years_one_sided) is then exact for events of one or two articles
      for (int i = 1; e.years().isPresent() && i < ids.size(); i++) {
        ev.years.add(0);
      }
      // the representatives' articles; all of them when the record predates kept years
      for (String id : e.years().isPresent() ? repIds : ids) {
        Optional<StoredArticle> stored = store.article(id);
        if (stored.isEmpty()) {
          continue;
        }
        Article a = stored.get().article();
        if (e.years().isEmpty()) {
          ev.years.add(Years.of(a)); // the years of all its articles, as when they were added
        }
        if (repIds.contains(id)) {
          ev.reps.add(extractor.extract(a));
          if (stored.get().duplicateOf().isEmpty()) {
            duplicates.findDuplicateOf(id, PreparedChunk.body(a));
          }
        }
      }
      for (String id : ids) {
        eventOfRecent.put(id, e.id());
      }
      e.lastDate().ifPresent(this::seeDate);
      active.put(e.id(), ev);
      index.index(ev);
    }
  }

  /** Number of active events. */
  int size() {
    return active.size();
  }

  /** The active event with this id, or null. */
  ActiveEvent get(String id) {
    return active.get(id);
  }

  /** True if the article was added recently (its event is remembered in memory). */
  boolean isRecent(String articleId) {
    return eventOfRecent.containsKey(articleId);
  }

  /** The event of an article: remembered if recent, else as stored; null if unknown. */
  String eventOf(String articleId) {
    String ev = eventOfRecent.get(articleId);
    return ev != null ? ev : store.article(articleId).map(a -> a.eventId()).orElse(null);
  }

  /** Opens a new active event (not indexed until an article is added). */
  ActiveEvent open(String id, String storyId, String lang, String headline) {
    ActiveEvent ev = new ActiveEvent(id, storyId, lang, headline);
    active.put(id, ev);
    return ev;
  }

  /** The article was added to the event: it becomes the most recently updated one. */
  void added(ActiveEvent ev, String articleId) {
    active.remove(ev.id); // keep `active` in order of last update, oldest first
    active.put(ev.id, ev);
    eventOfRecent.put(articleId, ev.id);
  }

  /**
   * {@code from} was merged into {@code into} ({@link EventMerges}): it leaves memory, and its
   * recent articles are remembered as {@code into}'s.
   */
  void merged(ActiveEvent from, ActiveEvent into) {
    active.remove(from.id);
    for (String a : from.articleIds) {
      eventOfRecent.replace(a, into.id);
    }
    from.reps.clear();
  }

  /** An article of this date was seen (idle events are measured from the newest). */
  void seeDate(LocalDate d) {
    if (newest.isEmpty() || d.isAfter(newest.get())) {
      newest = Optional.of(d);
    }
  }

  /**
   * Closes the least recently updated events beyond {@link ClusterConfig#maxActiveEvents} and, when
   * {@code seq} is a multiple of {@link #IDLE_CHECK_EVERY}, those idle for {@link
   * ClusterConfig#inactiveDays} before the newest date seen.
   */
  void closeInactive(long seq) {
    List<String> close = new ArrayList<>();
    var it = active.values().iterator();
    for (int over = active.size() - config.maxActiveEvents(); over > 0 && it.hasNext(); over--) {
      close.add(it.next().id); // least recently updated first
    }
    if (newest.isPresent() && seq % IDLE_CHECK_EVERY == 0) {
      LocalDate cutoff = newest.get().minusDays(config.inactiveDays());
      for (ActiveEvent e : active.values()) {
        if (e.lastDate.isPresent() && e.lastDate.get().isBefore(cutoff) && !close.contains(e.id)) {
          close.add(e.id);
        }
      }
    }
    for (String id : close) {
      ActiveEvent e = active.remove(id);
      index.unindex(e);
      e.reps.clear(); // a closed event is only written out
      e.articleIds.forEach(duplicates::forget); // a copy of a closed event's article starts anew
      pending.closed(e); // its final record is written now
    }
  }

  /** The event's record as of now: active, pending or stored. */
  Optional<EventRecord> record(String id) {
    ActiveEvent a = active.get(id);
    if (a != null) {
      return Optional.of(a.record(true));
    }
    Optional<EventRecord> p = pending.event(id);
    return p.isPresent() ? p : store.event(id);
  }

  @Override
  public void moveToStory(String eventId, String storyId) {
    ActiveEvent ev = active.get(eventId);
    if (ev != null) {
      ev.storyId = storyId;
      pending.markChanged(ev);
    } else {
      record(eventId).ifPresent(e -> pending.putEvent(e.withStory(storyId)));
    }
  }
}
