package dev.storylink.monitor;

import dev.storylink.ingest.HttpFetcher;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed to watch: an http(s) URL or a local file path, a title to show, and its own polling
 * interval when the feed list gives one. Immutable and thread-safe.
 *
 * @param location the feed's http(s) URL or file path, stripped
 * @param title a name to show (the OPML {@code text}/{@code title}, else empty until the feed's own
 *     title is read)
 * @param interval how often to poll this feed, when its list entry says (else the poller's default)
 */
public record FeedSource(String location, String title, Optional<Duration> interval) {
  /** Longest accepted location. */
  public static final int MAX_LOCATION_CHARS = 4096;

  /** Shortest accepted polling interval. */
  public static final Duration MIN_INTERVAL = Duration.ofMillis(100);

  public FeedSource {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(interval, "interval");
    location = location.strip();
    if (location.isEmpty()) {
      throw new IllegalArgumentException("empty feed location");
    }
    if (location.length() > MAX_LOCATION_CHARS) {
      throw new IllegalArgumentException(
          "feed location of " + location.length() + " characters; at most " + MAX_LOCATION_CHARS);
    }
    if (location.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("control character in feed location");
    }
    if (interval.isPresent() && interval.get().compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException(
          "polling interval " + interval.get() + " is under " + MIN_INTERVAL.toMillis() + " ms");
    }
  }

  /** A feed with no title and the default interval. */
  public static FeedSource of(String location) {
    return new FeedSource(location, "", Optional.empty());
  }

  /** True when the feed is fetched over http(s) (else it is a local file). */
  public boolean isHttp() {
    return HttpFetcher.isHttpUrl(location);
  }
}
