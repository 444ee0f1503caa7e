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
 * @param secondLook which pairs in one language get the link model's lexical probability instead of
 *     its language-neutral one ({@link SecondLook})
 * @param mergeLink the mean link probability between two events' representatives at which {@link
 *     EventMerges} merges two events that one article's decision accepts both of (in (0, 1])
 * @param boilerplate which text an outlet repeats is cut before an article's evidence is computed
 *     ({@link Boilerplate}; shipped: {@link Boilerplate#SHIPPED})
 */
public record ClusterConfig(
    double eventThreshold,
    double storyThreshold,
    double decayDays,
    int representatives,
    int candidates,
    int maxActiveEvents,
    int inactiveDays,
    AssignmentModel assignment,
    SecondLook secondLook,
    double mergeLink,
    Boilerplate boilerplate) {
  public ClusterConfig {
    java.util.Objects.requireNonNull(assignment, "assignment");
    java.util.Objects.requireNonNull(secondLook, "secondLook");
    java.util.Objects.requireNonNull(boilerplate, "boilerplate");
    if (!(eventThreshold > 0 && eventThreshold < 1)
        || !(storyThreshold > 0 && storyThreshold < 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1)");
    }
    if (!(mergeLink > 0 && mergeLink <= 1)) {
      throw new IllegalArgumentException("mergeLink must be in (0, 1]: " + mergeLink);
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

  /**
   * The shipped mean link at which two events merge (0.35 until session 15; two events without
   * years merge from here on: docs/clustering-quality.md, tenth round).
   */
  static final double MERGE_LINK = 0.30;

  /** The shipped tuning (see docs/quality.md for how it was chosen). */
  public static ClusterConfig defaults() {
    return new ClusterConfig(
        RULE_THRESHOLD,
        0.97,
        3.0,
        6,
        20,
        20_000,
        14,
        AssignmentModel.shipped(),
        SecondLook.SHIPPED,
        MERGE_LINK,
        Boilerplate.SHIPPED);
  }

  /**
   * A copy with another event threshold: the assignment decision's threshold moves with it, by the
   * shipped decision's scale (logit = 10 × (time-decayed probability − 0.43) + year evidence), so
   * that an article without year evidence joins at time-decayed probability {@code t}.
   */
  public ClusterConfig withEventThreshold(double t) {
    double joinAt = 1 / (1 + Math.exp(-10 * (t - RULE_THRESHOLD)));
    return copy(t, storyThreshold, maxActiveEvents, assignment.withThreshold(joinAt), secondLook);
  }

  /** A copy with another story threshold. */
  public ClusterConfig withStoryThreshold(double t) {
    return copy(eventThreshold, t, maxActiveEvents, assignment, secondLook);
  }

  /** A copy with another cap on active events. */
  public ClusterConfig withMaxActiveEvents(int n) {
    return copy(eventThreshold, storyThreshold, n, assignment, secondLook);
  }

  /** A copy with another assignment decision. */
  public ClusterConfig withAssignment(AssignmentModel a) {
    return copy(eventThreshold, storyThreshold, maxActiveEvents, a, secondLook);
  }

  /** A copy with another second look. */
  public ClusterConfig withSecondLook(SecondLook look) {
    return copy(eventThreshold, storyThreshold, maxActiveEvents, assignment, look);
  }

  /** A copy with another mean link at which two events merge ({@link EventMerges}). */
  public ClusterConfig withMergeLink(double m) {
    return copy(
        eventThreshold, storyThreshold, maxActiveEvents, assignment, secondLook, m, boilerplate);
  }

  /** A copy that cuts an outlet's repeated text as {@code b} says ({@link BoilerplateFilter}). */
  public ClusterConfig withBoilerplate(Boilerplate b) {
    return copy(
        eventThreshold, storyThreshold, maxActiveEvents, assignment, secondLook, mergeLink, b);
  }

  private ClusterConfig copy(
      double event, double story, int maxActive, AssignmentModel a, SecondLook look) {
    return copy(event, story, maxActive, a, look, mergeLink, boilerplate);
  }

  private ClusterConfig copy(
      double event,
      double story,
      int maxActive,
      AssignmentModel a,
      SecondLook look,
      double merge,
      Boilerplate b) {
    return new ClusterConfig(
        event,
        story,
        decayDays,
        representatives,
        candidates,
        maxActive,
        inactiveDays,
        a,
        look,
        merge,
        b);
  }

  /**
   * The clusterer's second look at a pair in one language: when the link model's language-neutral
   * probability {@code p} of the pair has {@code from <= p < to}, the pair gets {@code (1 - weight)
   * × p + weight × q}, {@code q} the lexical model's probability (with titles, sentences, bigrams
   * and the date clash; {@code link.FeaturePairScorer#probability(a, b, from, to, weight)}): with
   * {@code weight} 1 (the two-argument form) the lexical probability instead, with 0.5 the mean of
   * the two. With {@code topK} 0 every such pair is looked at; with {@code topK} k &gt; 0 only the
   * pairs of the article with the representatives of its k same-language candidate events whose
   * newest representative has the highest neutral probability (the shortlist's ranking, computed
   * for every lookup then), and the event merges read the neutral probability. {@link #NONE}:
   * never; {@link #EVERYWHERE}: every pair in one language gets the lexical probability. Immutable.
   *
   * @param from least neutral probability that gets the second look (≥ 0)
   * @param to neutral probabilities from here on keep theirs (≥ {@code from}; over 1: none keeps
   *     it)
   * @param weight the lexical probability's weight in [0, 1] (seventeenth round of
   *     docs/clustering-quality.md)
   * @param topK 0, or the number of best same-language candidate events whose pairs get the look
   */
  public record SecondLook(double from, double to, double weight, int topK) {
    /** No second look: the neutral probability for every pair in one language. */
    public static final SecondLook NONE = new SecondLook(0, 0);

    /** The lexical probability for every pair in one language. */
    public static final SecondLook EVERYWHERE = new SecondLook(0, 2);

    /** The shipped setting (docs/clustering-quality.md, seventh and seventeenth rounds). */
    public static final SecondLook SHIPPED = NONE;

    public SecondLook {
      if (!(from >= 0 && to >= from && to <= 2)) {
        throw new IllegalArgumentException(
            "second look needs 0 <= from <= to <= 2: " + from + ", " + to);
      }
      if (!(weight >= 0 && weight <= 1) || topK < 0) {
        throw new IllegalArgumentException(
            "second look needs 0 <= weight <= 1 and topK >= 0: " + weight + ", " + topK);
      }
    }

    /** The lexical probability instead of the neutral one in {@code [from, to)}, every pair. */
    public SecondLook(double from, double to) {
      this(from, to, 1, 0);
    }

    /** True when no pair gets the second look. */
    public boolean none() {
      return !(from < to);
    }
  }

  /**
   * Which words of an article's body are an outlet's boilerplate ({@link BoilerplateFilter}): those
   * in a run of {@code words} consecutive words that at least {@code seen} earlier articles of the
   * same outlet hold. They are cut before the article's evidence is computed unless they are more
   * than {@code maxShare} of its words. {@link #NONE}: nothing is cut. Immutable.
   *
   * @param words shingle length in words (at least 2)
   * @param seen earlier articles of the outlet that must hold a shingle; 0: off
   * @param maxShare the largest share of an article's words that is cut, in (0, 1]
   * @param capacity shingles counted at most (the table's memory bound)
   */
  public record Boilerplate(int words, int seen, double maxShare, int capacity) {
    /** Nothing is cut. */
    public static final Boilerplate NONE = new Boilerplate(8, 0, 0.5, 1);

    /**
     * The shipped setting: runs of 12 words one earlier article of the outlet holds
     * (docs/clustering-quality.md, twentieth round).
     */
    public static final Boilerplate SHIPPED = of(12, 1);

    public Boilerplate {
      if (words < 2 || seen < 0 || capacity < 1 || !(maxShare > 0 && maxShare <= 1)) {
        throw new IllegalArgumentException(
            "boilerplate needs words >= 2, seen >= 0, capacity >= 1, 0 < maxShare <= 1: "
                + words
                + ", "
                + seen
                + ", "
                + maxShare
                + ", "
                + capacity);
      }
    }

    /** {@code words}-word shingles seen in {@code seen} earlier articles, at most half cut. */
    public static Boilerplate of(int words, int seen) {
      return new Boilerplate(words, seen, 0.5, 1 << 20);
    }

    /**
     * The setting {@code "W,K"} or {@code "W,K,S"} names: {@link #of}{@code (W, K)}, with the share
     * {@code S} instead of 0.5 when given ({@code "12,1"} is {@link #SHIPPED}, {@code "12,0"} cuts
     * nothing).
     *
     * @throws IllegalArgumentException naming the setting when it is not of that form or out of
     *     range
     */
    public static Boilerplate parse(String spec) {
      String[] f = spec.split(",", -1);
      try {
        if (f.length < 2 || f.length > 3) {
          throw new IllegalArgumentException("expected W,K or W,K,S");
        }
        Boilerplate b = of(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()));
        return f.length == 2
            ? b
            : new Boilerplate(b.words, b.seen, Double.parseDouble(f[2].strip()), b.capacity);
      } catch (IllegalArgumentException e) { // NumberFormatException included
        throw new IllegalArgumentException(
            "boilerplate setting '" + spec + "': " + e.getMessage(), e);
      }
    }

    /** True when nothing is cut. */
    public boolean none() {
      return seen == 0;
    }
  }
}
