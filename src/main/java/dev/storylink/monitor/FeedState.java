package dev.storylink.monitor;

import dev.storylink.core.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Optional;

/**
 * One watched feed's validators, schedule, counters, last fetch error and its most recent {@link
 * FeedHealth#MAX_REJECTIONS} rejections, from which its {@link FeedHealth} is made. Thread-safe:
 * every method is synchronized on the instance.
 */
final class FeedState {
  final FeedSource source;
  private FeedFetcher.Validators validators = FeedFetcher.Validators.NONE;
  private String title;
  private String state = "pending";
  private Instant lastFetch;
  private Instant lastSuccess;
  private String lastError;
  private FeedHealth.FetchError lastFetchError;
  private final ArrayDeque<FeedHealth.Rejection> rejections = new ArrayDeque<>();
  private int failures;
  private long fetches;
  private long notModified;
  private long errors;
  private int itemsInFeed;
  private long newItems;
  private long ingested;
  private long duplicates;
  private long rejected;
  private Instant nextPoll;
  private java.util.Map<String, String> listed = java.util.Map.of();

  FeedState(FeedSource source) {
    this.source = source;
    this.title = source.title();
  }

  synchronized FeedFetcher.Validators validators() {
    return validators;
  }

  synchronized void next(Instant at) {
    nextPoll = at;
  }

  private void fetched(boolean ok) {
    Instant now = Instant.now();
    fetches++;
    lastFetch = now;
    if (ok) {
      lastSuccess = now;
      lastError = null;
      failures = 0;
    }
  }

  synchronized long notModified(FeedFetcher.Validators v, Duration interval) {
    fetched(true);
    validators = v;
    notModified++;
    state = "not-modified";
    return due(interval.toMillis());
  }

  /** A document of {@code items} entries was read. */
  synchronized long read(FeedFetcher.Validators v, int items, String feedTitle, Duration interval) {
    fetched(true);
    validators = v;
    state = "ok";
    itemsInFeed = items;
    if (title.isBlank() && !feedTitle.isBlank()) {
      title = Texts.abbreviate(feedTitle, 200);
    }
    return due(interval.toMillis());
  }

  /**
   * The entries of the last document whose items were all sighted: each id with its content key
   * ({@link dev.storylink.store.ArticleKeys#content}).
   */
  synchronized java.util.Map<String, String> listed() {
    return listed;
  }

  /** Remembers the entries of the document just sighted (the next poll skips them). */
  synchronized void listed(java.util.Map<String, String> contentById) {
    listed = java.util.Map.copyOf(contentById);
  }

  /** Adds to the item counters. */
  synchronized void count(int fresh, int stored, int dup, int refused) {
    newItems += fresh;
    ingested += stored;
    duplicates += dup;
    rejected += refused;
  }

  /**
   * Remembers why an item was refused ({@code kept} false) or stored without its refused part,
   * unless the same item, reason and {@code kept} are among the recent rejections already (a feed
   * that lists a malformed entry on every poll shows it once, with the time it was first refused);
   * the oldest beyond {@link FeedHealth#MAX_REJECTIONS} is dropped. Counts nothing.
   *
   * @return true if it was not among the recent rejections
   */
  synchronized boolean reject(String item, String reason, boolean kept) {
    FeedHealth.Rejection r = new FeedHealth.Rejection(Instant.now(), item, reason, kept);
    for (FeedHealth.Rejection x : rejections) {
      if (x.item().equals(r.item()) && x.reason().equals(r.reason()) && x.kept() == kept) {
        return false;
      }
    }
    rejections.addFirst(r);
    while (rejections.size() > FeedHealth.MAX_REJECTIONS) {
      rejections.removeLast();
    }
    return true;
  }

  synchronized long failed(Throwable e, FeedPoller.Config config) {
    fetched(false);
    errors++;
    failures++;
    state = "error";
    lastError = FeedPoller.reason(e);
    lastFetchError = new FeedHealth.FetchError(lastFetch, lastError);
    Duration base = source.interval().orElse(config.interval());
    long backoff = base.toMillis() << Math.min(failures, 20);
    long delay = Math.min(backoff, config.maxBackoff().toMillis());
    if (e instanceof FeedFetcher.HttpStatusException s && s.retryAfter().isPresent()) {
      delay = Math.max(delay, Math.min(s.retryAfter().get().toMillis(), 86_400_000L));
    }
    return due(Math.max(delay, FeedSource.MIN_INTERVAL.toMillis()));
  }

  /**
   * Sets the next poll {@code delayMillis} after the fetch just counted, in the same lock as the
   * fetch, so that a {@link #health()} read in between never shows the new fetch with the previous
   * poll's time (the scheduler then sets it again, from the moment it schedules).
   */
  private long due(long delayMillis) {
    nextPoll = lastFetch.plusMillis(delayMillis);
    return delayMillis;
  }

  synchronized FeedHealth health() {
    return new FeedHealth(
        source.location(),
        title,
        state,
        Optional.ofNullable(lastFetch),
        Optional.ofNullable(lastSuccess),
        Optional.ofNullable(lastError),
        Optional.ofNullable(lastFetchError),
        failures,
        fetches,
        notModified,
        errors,
        itemsInFeed,
        newItems,
        ingested,
        duplicates,
        rejected,
        Optional.ofNullable(nextPoll),
        new ArrayList<>(rejections));
  }
}
