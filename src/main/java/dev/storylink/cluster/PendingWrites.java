package dev.storylink.cluster;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoryRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed since the last commit and is written to the store at the next one: event records (of
 * closed events and of events moved to another story), active events whose record is built once at
 * the commit however often they changed, stories changed and stories merged away. Articles are not
 * here: they are written as they are placed. Not thread-safe: confined to the clusterer's thread.
 */
final class PendingWrites {
  private final Map<String, EventRecord> events = new LinkedHashMap<>();
  private final List<ActiveEvent> changedActive = new ArrayList<>(); // ActiveEvent.changed
  private final Map<String, StoryRecord> stories = new LinkedHashMap<>();
  private final Set<String> deletedStories = new LinkedHashSet<>();
  private final Map<String, String> mergedEvents = new LinkedHashMap<>(); // from -> into

  /** The active event changed: its record is built and written at the next commit. */
  void markChanged(ActiveEvent ev) {
    if (!ev.changed) {
      ev.changed = true;
      changedActive.add(ev);
    }
  }

  /** The event closed: its final record is taken now (a later change of it is not expected). */
  void closed(ActiveEvent ev) {
    ev.changed = false;
    putEvent(ev.record(false));
  }

  /**
   * {@code from} was merged into {@code into} ({@link EventMerges}): its record is deleted at the
   * next commit and its articles are written again under {@code into}'s id.
   */
  void merged(ActiveEvent from, ActiveEvent into) {
    from.changed = false; // no record of it is written
    events.remove(from.id);
    mergedEvents.put(from.id, into.id);
    markChanged(into);
  }

  /** The events merged away since the last commit, each with the event it now belongs to. */
  Map<String, String> mergedEvents() {
    return EventMerges.resolve(mergedEvents);
  }

  /** An event record to write (replaces one pending for the same id). */
  void putEvent(EventRecord e) {
    events.put(e.id(), e);
  }

  /** The pending record of an event that is not active, if any. */
  Optional<EventRecord> event(String id) {
    return Optional.ofNullable(events.get(id));
  }

  /** A story record to write (replaces one pending for the same id). */
  void putStory(StoryRecord s) {
    stories.put(s.id(), s);
  }

  /** The pending record of a story, or null. */
  StoryRecord story(String id) {
    return stories.get(id);
  }

  /** The story was merged away: it is deleted at the commit, and its pending record dropped. */
  void deleteStory(String id) {
    stories.remove(id);
    deletedStories.add(id);
  }

  /** The stories to be written (a view, until {@link #clear}). */
  Collection<StoryRecord> stories() {
    return stories.values();
  }

  /** True if nothing is pending. */
  boolean isEmpty() {
    return events.isEmpty()
        && changedActive.isEmpty()
        && stories.isEmpty()
        && deletedStories.isEmpty()
        && mergedEvents.isEmpty();
  }

  /**
   * Writes everything pending to the store (not yet committed): the records of changed active
   * events, then the pending events, stories and story deletions. Keeps it pending until {@link
   * #clear}, so a failed store write loses nothing.
   */
  void writeTo(ArticleStore store) {
    for (ActiveEvent ev : changedActive) {
      if (ev.changed) { // not closed since (a closed event's record is pending already)
        events.put(ev.id, ev.record(true));
        ev.changed = false;
      }
    }
    changedActive.clear();
    events.values().forEach(store::putEvent);
    stories.values().forEach(store::putStory);
    deletedStories.forEach(store::deleteStory);
    mergedEvents.keySet().forEach(store::deleteEvent);
  }

  /** Forgets what was written: call once the store committed it. */
  void clear() {
    events.clear();
    stories.clear();
    deletedStories.clear();
    mergedEvents.clear();
  }
}
