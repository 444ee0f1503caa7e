package dev.storylink.cluster;

/**
 * Tuning of the online clusterer. Immutable and thread-safe.
 *
 * @param eventThreshold an article joins the best same-language event when the time-decayed link
 *     probability reaches this; otherwise it opens a new event (first-story detection)
 * @param storyThreshold an event is linked into another language's event's story when the link
 *     probability between them reaches this
 * @param decayDays e-folding time of the time decay beyond one day of date gap
 * @param representatives articles kept per active event for scoring (the first ones and the most
 *     recent ones)
 * @param candidates candidate events scored per article (found through shared names, keywords,
 *     places and numbers)
 * @param maxActiveEvents active events kept in memory; the least recently updated beyond this are
 *     closed (kept on disk only)
 * @param inactiveDays events whose newest article is this many days older than the newest article
 *     seen are closed
 */
public record ClusterConfig(
    double eventThreshold,
    double storyThreshold,
    double decayDays,
    int representatives,
    int candidates,
    int maxActiveEvents,
    int inactiveDays) {
  public ClusterConfig {
    if (!(eventThreshold > 0 && eventThreshold < 1)
        || !(storyThreshold > 0 && storyThreshold < 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1)");
    }
    if (decayDays <= 0
        || representatives < 1
        || candidates < 1
        || maxActiveEvents < 1
        || inactiveDays < 1) {
      throw new IllegalArgumentException("sizes and durations must be positive");
    }
  }

  /** The shipped tuning (see docs/quality.md for how it was chosen). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.45, 0.875, 3.0, 6, 20, 20_000, 14);
  }

  /** A copy with another event threshold. */
  public ClusterConfig withEventThreshold(double t) {
    return new ClusterConfig(
        t, storyThreshold, decayDays, representatives, candidates, maxActiveEvents, inactiveDays);
  }

  /** A copy with another story threshold. */
  public ClusterConfig withStoryThreshold(double t) {
    return new ClusterConfig(
        eventThreshold, t, decayDays, representatives, candidates, maxActiveEvents, inactiveDays);
  }

  /** A copy with another cap on active events. */
  public ClusterConfig withMaxActiveEvents(int n) {
    return new ClusterConfig(
        eventThreshold, storyThreshold, decayDays, representatives, candidates, n, inactiveDays);
  }
}
