package dev.storylink.cluster;

/**
 * Tuning of the online clusterer. Immutable and thread-safe.
 *
 * @param eventThreshold the time-decayed link probability at which an article joins an event in the
 *     rule the shipped assignment decision encodes (0.43, with no year evidence against it); joins
 *     are decided by {@code assignment}: {@link #withEventThreshold} moves its threshold
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
 * @param assignment the learned decision whether an article joins its best same-language candidate
 *     event ({@link AssignmentModel}); {@code eventThreshold} is then not used for joins
 */
public record ClusterConfig(
    double eventThreshold,
    double storyThreshold,
    double decayDays,
    int representatives,
    int candidates,
    int maxActiveEvents,
    int inactiveDays,
    AssignmentModel assignment) {
  public ClusterConfig {
    java.util.Objects.requireNonNull(assignment, "assignment");
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

  /**
   * The time-decayed link probability at which the shipped decision joins without year evidence.
   */
  static final double RULE_THRESHOLD = 0.43;

  /** The shipped tuning (see docs/quality.md for how it was chosen). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(
        RULE_THRESHOLD, 0.97, 3.0, 6, 20, 20_000, 14, AssignmentModel.shipped());
  }

  /**
   * A copy with another event threshold: the assignment decision's threshold moves with it, by the
   * shipped decision's scale (logit = 10 × (time-decayed probability − 0.43) + year evidence), so
   * that an article without year evidence joins at time-decayed probability {@code t}.
   */
  public ClusterConfig withEventThreshold(double t) {
    double joinAt = 1 / (1 + Math.exp(-10 * (t - RULE_THRESHOLD)));
    return new ClusterConfig(
        t,
        storyThreshold,
        decayDays,
        representatives,
        candidates,
        maxActiveEvents,
        inactiveDays,
        assignment.withThreshold(joinAt));
  }

  /** A copy with another story threshold. */
  public ClusterConfig withStoryThreshold(double t) {
    return new ClusterConfig(
        eventThreshold,
        t,
        decayDays,
        representatives,
        candidates,
        maxActiveEvents,
        inactiveDays,
        assignment);
  }

  /** A copy with another cap on active events. */
  public ClusterConfig withMaxActiveEvents(int n) {
    return new ClusterConfig(
        eventThreshold,
        storyThreshold,
        decayDays,
        representatives,
        candidates,
        n,
        inactiveDays,
        assignment);
  }

  /** A copy with another assignment decision. */
  public ClusterConfig withAssignment(AssignmentModel a) {
    return new ClusterConfig(
        eventThreshold,
        storyThreshold,
        decayDays,
        representatives,
        candidates,
        maxActiveEvents,
        inactiveDays,
        a);
  }
}
