package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import dev.storylink.text.Scripts;
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

  /** Events per story (the most recently added active ones) that {@link #agree} scores. */
  static final int AGREEMENT_EVENTS = 8;

  /** No candidate lookup: {@link EventScorer#score} reuses no shortlist score. */
  private static final int NO_LOOKUP = -1;

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

  /** Takes {@code eventId} (merged into another event of the story) out of the story's events. */
  void dropEvent(String storyId, String eventId) {
    StoryRecord s = record(storyId);
    if (s == null || !s.eventIds().contains(eventId)) {
      return;
    }
    List<String> events = new ArrayList<>(s.eventIds());
    events.remove(eventId);
    pending.putStory(
        new StoryRecord(
            s.id(),
            events,
            s.langs(),
            s.articleCount(),
            s.headline(),
            s.firstDate(),
            s.lastDate(),
            s.lastSeq(),
            s.sources()));
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
   * Whether the join of {@code target}'s story with {@code other}'s story, which the link between
   * these two events asks for, agrees with the stories' own events. A join that attaches an event
   * to a story is a link like any other; but when both stories hold more than the two linked
   * events, the join says that all their events report one story, on the evidence of one link: two
   * look-alike events (two climbers killed in one country, a year apart) each have their reports in
   * other languages, and one rendered report scoring high against both bridges them. The join is
   * then kept only when some pair of events of the two stories other than the linked one also links
   * at {@code minLink} or more (the clusterer passes its story threshold: a merge of two stories
   * needs two links, not one), scored as the clusterer scores an article against an event (a
   * representative of one against the other's, time-decayed). Only active events are scored, at
   * most {@link #AGREEMENT_EVENTS} per story; a join with nothing to score is kept.
   */
  boolean agree(
      ActiveEvent target,
      ActiveEvent other,
      ActiveEvents events,
      EventScorer scorer,
      double minLink) {
    List<ActiveEvent> mine = activeEvents(target, events);
    List<ActiveEvent> theirs = activeEvents(other, events);
    if (lookAlikes(mine, theirs)) {
      return false; // events the event join keeps apart would share a story
    }
    if (mine.size() < 2 || theirs.size() < 2) {
      return true; // one side is the linked event alone: an attach, not a merge of stories
    }
    boolean scored = false;
    for (ActiveEvent e : mine) {
      for (ActiveEvent g : theirs) {
        if ((e == target && g == other) || e.reps.isEmpty() || g.reps.isEmpty()) {
          continue;
        }
        scored = true;
        for (ArticleFeatures rep : e.reps) {
          if (scorer.score(rep, g, NO_LOOKUP) >= minLink) {
            return true;
          }
        }
      }
    }
    return !scored;
  }

  /**
   * Whether an event of {@code mine} and one of {@code theirs} are look-alike events ({@link
   * FocusFeatures#lookAlike}: opposed acts, a main person the other does not name): pairs in one
   * language, and the linked pair itself (the first of each list) when both headlines are in one
   * script, so that names compare (a Turkish report of a lineman's arrest against an English one of
   * the receiver's, when the receiver's is the only event of the topic yet). A story join must not
   * put together what the event join keeps apart (a hiring and a firing of one coach, two arrests
   * of two players of one team) through a report in another language that reads like both.
   */
  private static boolean lookAlikes(List<ActiveEvent> mine, List<ActiveEvent> theirs) {
    for (int i = 0; i < mine.size(); i++) {
      ActiveEvent e = mine.get(i);
      for (int j = 0; j < theirs.size(); j++) {
        ActiveEvent g = theirs.get(j);
        boolean linked = i == 0 && j == 0 && sameScript(e, g);
        if ((!linked && !e.lang.equals(g.lang)) || e == g || e.reps.isEmpty() || g.reps.isEmpty()) {
          continue;
        }
        if (FocusFeatures.lookAlike(e.reps, g.reps, true)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameScript(ActiveEvent e, ActiveEvent g) {
    return Scripts.scriptOf(e.headline) == Scripts.scriptOf(g.headline);
  }

  /**
   * The event and the other active events of its story, the most recently added first, at most
   * {@link #AGREEMENT_EVENTS}.
   */
  private List<ActiveEvent> activeEvents(ActiveEvent ev, ActiveEvents events) {
    List<ActiveEvent> out = new ArrayList<>();
    out.add(ev);
    StoryRecord s = record(ev.storyId);
    if (s == null) {
      return out;
    }
    List<String> ids = s.eventIds();
    for (int i = ids.size() - 1; i >= 0 && out.size() < AGREEMENT_EVENTS; i--) {
      ActiveEvent e = events.get(ids.get(i));
      if (e != null && e != ev) {
        out.add(e);
      }
    }
    return out;
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
