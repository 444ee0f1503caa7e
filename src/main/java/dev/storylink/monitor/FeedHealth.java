package dev.storylink.monitor;

import dev.storylink.core.Texts;
import java.time.Instant;
import java.util.List;
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
 * @param lastFetchError the most recent failed fetch, kept after the feed recovers, else empty
 * @param consecutiveFailures failed fetches in a row (the backoff grows with them)
 * @param fetches fetches so far
 * @param notModified of those, answered 304 (or an unchanged file)
 * @param errors of those, failed
 * @param itemsInFeed entries in the last document read
 * @param newItems entries seen for the first time (not seen by id, URL or content before) and
 *     handed to the writer; a copy of an item still being written is counted when that item is
 *     decided: here if it was refused (the copy is then tried), else under {@code duplicates}
 * @param ingested of those, stored and committed
 * @param duplicates entries skipped as already seen (same URL or id, or same content), or as stored
 *     already; an entry the feed lists again on its next polls is counted once (the entries of the
 *     previous document read are not looked at again)
 * @param rejected entries not stored: malformed entries (one listed again on later polls is counted
 *     again only once it has left {@code recentRejections}) and the writer's refusals
 * @param nextPoll when it is polled next
 * @param recentRejections the most recent items refused or cut short, newest first, at most {@link
 *     #MAX_REJECTIONS}
 */
public record FeedHealth(
    String location,
    String title,
    String state,
    Optional<Instant> lastFetch,
    Optional<Instant> lastSuccess,
    Optional<String> lastError,
    Optional<FetchError> lastFetchError,
    int consecutiveFailures,
    long fetches,
    long notModified,
    long errors,
    int itemsInFeed,
    long newItems,
    long ingested,
    long duplicates,
    long rejected,
    Optional<Instant> nextPoll,
    List<Rejection> recentRejections) {
  /** How many rejections a feed keeps (the oldest are dropped). */
  public static final int MAX_REJECTIONS = 20;

  /** The longest item label or reason kept, in characters (then cut with "…"). */
  public static final int MAX_TEXT = Texts.ONE_LINE_MAX;

  /**
   * A fetch of the feed that failed.
   *
   * @param at when
   * @param reason why, one line ({@link Texts#oneLine}: control and bidi characters become spaces),
   *     at most {@link #MAX_TEXT} characters: the HTTP status, timeout, size, encoding or XML
   *     problem; an error that is not about the input says only its kind ({@code unexpected error
   *     (IllegalStateException)}), never a stack trace
   */
  public record FetchError(Instant at, String reason) {
    public FetchError {
      Objects.requireNonNull(at, "at");
      reason = Texts.oneLine(reason);
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("reason must not be blank");
      }
    }
  }

  /**
   * One feed item that was refused, or kept without something that was refused.
   *
   * @param at when
   * @param item the item's URL, else its title, else its place in the feed ({@code entry 3}), as
   *     the feed gave it, cleaned like {@code reason}
   * @param reason why, one line ({@link Texts#oneLine}: control and bidi characters become spaces),
   *     at most {@link #MAX_TEXT} characters, without the feed's location
   * @param kept false when the item was not stored (a malformed entry, a refusal by the writer);
   *     true when it was stored without the refused part (its linked page: binary, wrongly encoded,
   *     too large, unreachable; or its link)
   */
  public record Rejection(Instant at, String item, String reason, boolean kept) {
    public Rejection {
      Objects.requireNonNull(at, "at");
      item = Texts.oneLine(item);
      reason = Texts.oneLine(reason);
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("reason must not be blank");
      }
    }
  }

  public FeedHealth {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastFetch, "lastFetch");
    Objects.requireNonNull(lastSuccess, "lastSuccess");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(lastFetchError, "lastFetchError");
    Objects.requireNonNull(nextPoll, "nextPoll");
    recentRejections = List.copyOf(recentRejections);
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
