package dev.storylink.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Merges two events of one language that turn out to report one event. An online clusterer places
 * each article once: when two reports of one event arrive before either event has the articles that
 * tie them (ECB+'s Lohan check-in had three events after its first eight reports), each opens its
 * own event, and every later report joins one of them. A later article that the join decision would
 * put in <em>both</em> (at or above the decision's threshold for each) is the evidence that they
 * are one; they are merged when, besides that bridge:
 *
 * <ul>
 *   <li>both events have the same own year ({@link YearCounts#dominantLatest}: the latest year most
 *       of their articles that mention years name), or neither has one: look-alike events of one
 *       topic (two pirate attacks in the Gulf of Aden, 2008 and 2011; a coach hired in 2005 and
 *       fired in 2008) are years apart, and an event without years against one with a year gives no
 *       assurance (a rendering whose years were not read, of the 2008 pirates, against the 2011
 *       event); two events without years are the short reports of one event that name none (the
 *       nomination of a surgeon general; docs/clustering-quality.md, tenth round);
 *   <li>they are no look-alikes by their leads ({@link FocusFeatures#lookAlike}: opposed acts, a
 *       main person one never names);
 *   <li>they are no other instances of one template ({@link TemplateConflict#between}: the budget
 *       items of two cities' councils in the same sentences);
 *   <li>their representatives link to each other at {@link ClusterConfig#mergeLink} (0.30 shipped)
 *       on average (the clusterer's pair probability over all pairs of their representatives).
 * </ul>
 *
 * <p>The older event (lower number) takes over the younger one's articles, representatives (the
 * first half of each one's), years and dates; their stories are merged; the younger one is closed
 * away: its record is deleted and its articles are written again under the older one's id at the
 * next commit ({@link PendingWrites#merged}), in the same commit as everything else, so a crash
 * leaves either both events or the merged one. Measured on ECB+ dev (docs/clustering-quality.md,
 * ninth round): event B-cubed 0.880 → 0.916 (precision unchanged); with the merges of two events
 * without years (tenth round) topic 34's split report merges, with no other change on the dev sets.
 * Not thread-safe: confined to the clusterer's thread.
 */
final class EventMerges {
  private final EventScorer scorer;
  private final ActiveEvents events;
  private final CandidateIndex index;
  private final StoryBook stories;
  private final PendingWrites pending;
  private final int maxReps;
  private final double minMeanLink;

  EventMerges(
      EventScorer scorer,
      ActiveEvents events,
      CandidateIndex index,
      StoryBook stories,
      PendingWrites pending,
      int maxReps,
      double minMeanLink) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.events = Objects.requireNonNull(events, "events");
    this.index = Objects.requireNonNull(index, "index");
    this.stories = Objects.requireNonNull(stories, "stories");
    this.pending = Objects.requireNonNull(pending, "pending");
    this.maxReps = maxReps;
    this.minMeanLink = minMeanLink;
  }

  /** True if {@code a} and {@code b}, two active events, report one event (see the class). */
  boolean oneEvent(ActiveEvent a, ActiveEvent b) {
    if (a == b || !a.lang.equals(b.lang) || a.reps.isEmpty() || b.reps.isEmpty()) {
      return false;
    }
    if (a.years.dominantLatest() != b.years.dominantLatest()) {
      return false; // two own years, or an own year against none
    }
    return !FocusFeatures.lookAlike(a.reps, b.reps, true)
        && !TemplateConflict.between(a.reps, b.reps)
        && scorer.meanProbability(a.reps, b.reps) >= minMeanLink;
  }

  /**
   * Merges {@code other} and {@code joined} (the event the article just joined) when they report
   * one event; returns the event the article is now in.
   */
  ActiveEvent mergeIfOne(ActiveEvent joined, ActiveEvent other) {
    if (events.get(other.id) != other || events.get(joined.id) != joined) {
      return joined; // closed or merged away since the article was scored
    }
    if (!oneEvent(joined, other)) {
      return joined;
    }
    ActiveEvent into = joined.number <= other.number ? joined : other;
    ActiveEvent from = into == joined ? other : joined;
    if (!from.storyId.equals(into.storyId)) {
      into.storyId = stories.merge(from.storyId, into.storyId, events); // while both are active
    }
    stories.dropEvent(into.storyId, from.id);
    into.absorb(from, maxReps);
    index.unindex(from);
    index.index(into);
    events.merged(from, into);
    pending.merged(from, into);
    return into;
  }

  /** Follows merges: the event each merged-away event's articles now belong to. */
  static Map<String, String> resolve(Map<String, String> mergedInto) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String from : mergedInto.keySet()) {
      String to = mergedInto.get(from);
      for (String next = mergedInto.get(to); next != null; next = mergedInto.get(to)) {
        to = next;
      }
      out.put(from, to);
    }
    return out;
  }
}
