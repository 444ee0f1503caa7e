package dev.storylink.app;

/**
 * What an ingest did. Immutable and thread-safe.
 *
 * @param stored articles stored and committed
 * @param duplicates of those, near-duplicates of an earlier article
 * @param newEvents of those, the first article of a new event
 * @param known articles skipped because their id was stored already (or earlier in the input)
 * @param failed articles not stored: refused by the clusterer or failing in it
 */
public record IngestSummary(long stored, long duplicates, long newEvents, long known, long failed) {
  public IngestSummary {
    if (stored < 0 || duplicates < 0 || newEvents < 0 || known < 0 || failed < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (duplicates > stored || newEvents > stored) {
      throw new IllegalArgumentException("duplicates and new events are among the stored articles");
    }
  }

  /** Nothing done. */
  public static final IngestSummary EMPTY = new IngestSummary(0, 0, 0, 0, 0);
}
