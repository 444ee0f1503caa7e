package dev.storylink.monitor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The health of one watched feed, as shown on the feeds page and by {@code GET /api/feeds}.
 * Immutable and thread-safe.
 *
 * @param location the feed's URL or path
 * @param title the list's title for it, else the feed's own title once read, else empty
 * @param state {@code pending} (not fetched yet), {@code ok} (last fetch read the feed), {@code
 *     not-modified} (last fetch was a 304 or an unchanged file) or {@code error} (last fetch
 *     failed; see {@code lastError})
 * @param lastFetch when it was last fetched
 * @param lastSuccess when a fetch last succeeded (200 or 304)
 * @param lastError the last fetch's error when it failed (one line), else empty
 * @param consecutiveFailures failed fetches in a row (the backoff grows with them)
 * @param fetches fetches so far
 * @param notModified of those, answered 304 (or an unchanged file)
 * @param errors of those, failed
 * @param itemsInFeed entries in the last document read
 * @param newItems entries seen for the first time (not seen by URL or content before)
 * @param ingested of those, stored and committed
 * @param duplicates entries skipped as already seen (same URL or id, or same content)
 * @param rejected entries not stored (bad entry, clusterer refusal)
 * @param nextPoll when it is polled next
 */
public record FeedHealth(
    String location,
    String title,
    String state,
    Optional<Instant> lastFetch,
    Optional<Instant> lastSuccess,
    Optional<String> lastError,
    int consecutiveFailures,
    long fetches,
    long notModified,
    long errors,
    int itemsInFeed,
    long newItems,
    long ingested,
    long duplicates,
    long rejected,
    Optional<Instant> nextPoll) {
  public FeedHealth {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastFetch, "lastFetch");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(nextPoll, "nextPoll");
    if (consecutiveFailures < 0
        || fetches < 0
        || notModified < 0
        || errors < 0
        || itemsInFeed < 0
        || newItems < 0
        || ingested < 0
        || duplicates < 0
        || rejected < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
