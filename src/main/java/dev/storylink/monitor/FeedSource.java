package dev.storylink.monitor;

import dev.storylink.ingest.HttpFetcher;
import dev.storylink.store.ArticleKeys;
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

  /**
   * The address two feeds are the same feed by: for a URL ({@code scheme://authority...}) the
   * scheme and host lower-cased, a default port ({@code :80} for http, {@code :443} for https) and
   * a {@code #fragment} dropped, the user info, path and query kept as written ({@code
   * HTTP://Example.com:80/Feed?a=1#top} is {@code http://example.com/Feed?a=1}); a file path as it
   * is.
   */
  public String key() {
    return key(location);
  }

  /**
   * {@link #key()} of a location (stripped first): {@link ArticleKeys#url}, which parses it with
   * {@link java.net.URI} and falls back to a {@code scheme://authority rest} pattern for what URI
   * refuses (a space, a host with {@code _}).
   */
  public static String key(String location) {
    return ArticleKeys.url(location);
  }

  /** True when the feed is fetched over http(s) (else it is a local file). */
  public boolean isHttp() {
    return HttpFetcher.isHttpUrl(location);
  }
}
