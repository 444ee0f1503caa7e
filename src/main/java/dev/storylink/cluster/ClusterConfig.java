package dev.storylink.cluster;

/**
 * Settings of the {@link StreamClusterer}. Immutable and thread-safe.
 *
 * @param joinThreshold an article joins the best same-language event scoring at least this (0–1)
 * @param storyThreshold an event is linked into the story of an other-language event when an
 *     article of it scores at least this against that event (0–1)
 * @param candidates how many candidate events (by shared terms, names, places, numbers) are scored
 * @param representatives articles per event new arrivals are compared with (the first and the
 *     latest ones)
 * @param maxActiveEvents events kept in memory; the least recently joined beyond this are closed
 * @param inactiveDays events whose latest article is this many days older than the newest date seen
 *     are closed
 * @param decayDays scale of the time decay: a score is multiplied by {@code exp(-gap/decayDays)},
 *     gap being the days between the article's date and the event's date span
 * @param postingCap a term/name shared by more active events than this is too common to select
 *     candidates by
 */
public record ClusterConfig(
    double joinThreshold,
    double storyThreshold,
    int candidates,
    int representatives,
    int maxActiveEvents,
    int inactiveDays,
    double decayDays,
    int postingCap) {
  /** Validates the settings. */
  public ClusterConfig {
    if (!(joinThreshold > 0 && joinThreshold < 1) || !(storyThreshold > 0 && storyThreshold < 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1)");
    }
    if (candidates < 1 || representatives < 1 || maxActiveEvents < 1 || inactiveDays < 1 || postingCap < 1) {
      throw new IllegalArgumentException("counts must be positive");
    }
    if (!(decayDays > 0)) {
      throw new IllegalArgumentException("decayDays must be positive");
    }
  }

  /** The tuned defaults. */
  public static ClusterConfig defaults() {
    return new ClusterConfig(0.45, 0.32, 8, 5, 2000, 7, 4.0, 400);
  }

  /** A copy with another join threshold. */
  public ClusterConfig withJoinThreshold(double t) {
    return new ClusterConfig(t, storyThreshold, candidates, representatives, maxActiveEvents, inactiveDays, decayDays, postingCap);
  }

  /** A copy with another story threshold. */
  public ClusterConfig withStoryThreshold(double t) {
    return new ClusterConfig(joinThreshold, t, candidates, representatives, maxActiveEvents, inactiveDays, decayDays, postingCap);
  }

  /** A copy with another active-event cap. */
  public ClusterConfig withMaxActiveEvents(int n) {
    return new ClusterConfig(joinThreshold, storyThreshold, candidates, representatives, n, inactiveDays, decayDays, postingCap);
  }
}
