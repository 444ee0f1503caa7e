package dev.storylink.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings for reading many sources. Immutable and thread-safe.
 *
 * @param maxArticleBytes size limit of one article file, one JSONL line and one fetched page
 * @param maxFeedBytes size limit of one feed document
 * @param fetchLinkedPages whether feed entries' linked pages are fetched and extracted
 * @param connectTimeout HTTP connect timeout
 * @param requestTimeout HTTP timeout for a whole request
 * @param allowPrivateAddresses whether linked pages (links found in feeds) may be fetched from
 *     loopback, link-local and private addresses; off by default (see {@link
 *     HttpFetcher#fetchLinked})
 */
public record IngestOptions(
    long maxArticleBytes,
    long maxFeedBytes,
    boolean fetchLinkedPages,
    Duration connectTimeout,
    Duration requestTimeout,
    boolean allowPrivateAddresses) {

  /** Validates the components. */
  public IngestOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (maxArticleBytes <= 0 || maxFeedBytes <= 0) {
      throw new IllegalArgumentException("size limits must be positive");
    }
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || requestTimeout.isNegative()
        || requestTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * 20 MB per article, 20 MB per feed, linked pages not fetched, 10 s / 30 s timeouts, no private
   * addresses for linked pages.
   */
  public static IngestOptions defaults() {
    return new IngestOptions(
        InputGuard.DEFAULT_MAX_BYTES,
        InputGuard.DEFAULT_MAX_BYTES,
        false,
        HttpFetcher.DEFAULT_CONNECT_TIMEOUT,
        HttpFetcher.DEFAULT_REQUEST_TIMEOUT,
        false);
  }

  /** A copy with another per-article limit. */
  public IngestOptions withMaxArticleBytes(long bytes) {
    return new IngestOptions(
        bytes,
        maxFeedBytes,
        fetchLinkedPages,
        connectTimeout,
        requestTimeout,
        allowPrivateAddresses);
  }

  /** A copy with another feed limit. */
  public IngestOptions withMaxFeedBytes(long bytes) {
    return new IngestOptions(
        maxArticleBytes,
        bytes,
        fetchLinkedPages,
        connectTimeout,
        requestTimeout,
        allowPrivateAddresses);
  }

  /** A copy that does or does not fetch feed entries' linked pages. */
  public IngestOptions withFetchLinkedPages(boolean fetch) {
    return new IngestOptions(
        maxArticleBytes,
        maxFeedBytes,
        fetch,
        connectTimeout,
        requestTimeout,
        allowPrivateAddresses);
  }

  /** A copy that does or does not let linked pages be fetched from private addresses. */
  public IngestOptions withAllowPrivateAddresses(boolean allow) {
    return new IngestOptions(
        maxArticleBytes, maxFeedBytes, fetchLinkedPages, connectTimeout, requestTimeout, allow);
  }

  /** A copy with other HTTP timeouts. */
  public IngestOptions withTimeouts(Duration connect, Duration request) {
    return new IngestOptions(
        maxArticleBytes, maxFeedBytes, fetchLinkedPages, connect, request, allowPrivateAddresses);
  }
}
