package dev.storylink.app;

import dev.storylink.cluster.StoryClusterer;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.Repeat;

/**
 * Hears what becomes of each article of an {@link StoryLink#ingest}. All calls come on the
 * ingesting thread. {@link #stored} and the clusterer's refusals among {@link #failed} come once
 * the batch holding the article is committed (an article is acknowledged only then), in input
 * order; the other calls come as they happen. Implementations need not be thread-safe.
 */
public interface IngestListener {
  /** The article is stored and durable; {@code outcome} holds its assignment. */
  default void stored(IngestItem item, StoryClusterer.Outcome outcome) {}

  /**
   * The article is not stored: the clusterer refused it or failed on it. {@code problem} names its
   * position ({@link IngestItem#position}) and why.
   */
  default void failed(IngestItem item, IngestProblem problem) {}

  /**
   * The article was skipped as a repeat ({@link RepeatRule}) of {@code repeat}: a stored article,
   * or one that came earlier in this ingest.
   */
  default void known(IngestItem item, Repeat repeat) {}

  /**
   * After each chunk is clustered (before it is durable): the counts so far, with the articles
   * clustered but not yet committed counted as stored. For progress lines.
   */
  default void progress(IngestSummary soFar) {}

  /** A listener that hears only the stored articles' outcomes. */
  static IngestListener onStored(java.util.function.Consumer<StoryClusterer.Outcome> stored) {
    java.util.Objects.requireNonNull(stored, "stored");
    return new IngestListener() {
      @Override
      public void stored(IngestItem item, StoryClusterer.Outcome outcome) {
        stored.accept(outcome);
      }
    };
  }
}
