package dev.storylink.cli;

import dev.storylink.app.StoryLink;
import dev.storylink.core.InputException;
import dev.storylink.core.Texts;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.ingest.InputGuard;
import dev.storylink.monitor.FeedList;
import dev.storylink.monitor.FeedPoller;
import dev.storylink.monitor.FeedSource;
import dev.storylink.monitor.IngestQueue;
import dev.storylink.server.ApiServer;
import dev.storylink.server.FeedRoutes;
import dev.storylink.server.IngestRoutes;
import dev.storylink.server.StoreStoryRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The live-mode options of {@code storylink serve} ({@code --feeds FILE} and how feeds are polled),
 * and the wiring of the feed poller, the single-writer ingest queue and the live routes. Also the
 * server file ({@value #SERVER_FILE} in the data folder) through which {@code storylink ingest}
 * finds a running server. Not thread-safe (one per command).
 */
public final class LiveOptions {
  /** The file in the data folder naming the URL of the server that holds the store. */
  public static final String SERVER_FILE = "server.url";

  @Option(
      names = "--feeds",
      paramLabel = "FILE",
      description =
          "Watch the feeds listed in FILE (OPML, or one RSS/Atom URL or file path per line,"
              + " optionally followed by every=DURATION; # starts a comment) and ingest their new"
              + " items while serving. The list is read once at start; a list naming no feed is"
              + " accepted with a warning (feeds can be added on the page or with POST /api/feeds).")
  Path feedsFile;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Default time between two polls of one feed (default 5m; 500ms, 90s, 5m, 1h).")
  Duration pollInterval = Duration.ofMinutes(5);

  @Option(
      names = "--host-delay",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Least time between two requests to one host (default 2s).")
  Duration hostDelay = Duration.ofSeconds(2);

  @Option(
      names = "--feed-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Deadline of one feed or page download, body included (default 30s).")
  Duration feedTimeout = Duration.ofSeconds(30);

  @Option(
      names = "--max-feed-mb",
      paramLabel = "MB",
      description = "Largest feed or page downloaded (default ${DEFAULT-VALUE} MB).")
  int maxFeedMb = 20;

  @Option(
      names = "--no-fetch-pages",
      description =
          "Ingest feed items as the feed gives them (default: fetch each new item's page).")
  boolean noFetchPages;

  @Option(
      names = "--allow-private-addresses",
      description =
          "Let item links and URLs posted to /api/ingest/url reach loopback and private addresses"
              + " (refused by default; the feeds listed in --feeds may always be local).")
  boolean allowPrivateAddresses;

  /** Parses durations written 500ms, 90s, 5m, 1h. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return FeedList.duration(value, "duration");
      } catch (InputException e) { // picocli names the option; its own wrapping named the class
        throw new picocli.CommandLine.TypeConversionException(
            e.getMessage().replaceFirst("^duration: ", ""));
      }
    }
  }

  /**
   * The feeds of {@code --feeds}, read before the server starts (a bad list stops it); a list with
   * no feed (an empty file, only comments, an OPML file without feeds) is accepted with the warning
   * {@code storylink: warning: no feeds listed in FILE} on {@code err}.
   */
  List<FeedSource> feeds(PrintWriter err) {
    if (feedsFile == null) {
      return List.of();
    }
    if (!Files.isRegularFile(feedsFile)) {
      throw new InputException("--feeds " + feedsFile + ": no such file");
    }
    List<FeedSource> feeds = FeedList.read(feedsFile);
    if (feeds.isEmpty()) {
      err.println(Texts.oneLine("storylink: warning: no feeds listed in " + feedsFile));
      err.flush();
    }
    return feeds;
  }

  /** Checks the polling options; called before the store opens, so a bad one starts nothing. */
  void validate() {
    config();
  }

  private FeedPoller.Config config() {
    if (maxFeedMb < 1 || maxFeedMb > 1024) {
      throw new InputException("--max-feed-mb must be between 1 and 1024");
    }
    if (pollInterval.compareTo(FeedSource.MIN_INTERVAL) < 0 || feedTimeout.isZero()) {
      throw new InputException("--poll-interval must be at least 100ms, --feed-timeout above 0");
    }
    return new FeedPoller.Config(
        pollInterval,
        hostDelay,
        Duration.ofHours(1).compareTo(pollInterval) > 0 ? Duration.ofHours(1) : pollInterval,
        Duration.ofSeconds(Math.min(10, Math.max(1, feedTimeout.toSeconds()))),
        feedTimeout,
        maxFeedMb * 1024L * 1024L,
        !noFetchPages,
        allowPrivateAddresses,
        4);
  }

  /** Adds the live routes to {@code server}; a writable store gets a poller and a writer. */
  Live wire(StoryLink sl, StoreStoryRepository repo, ApiServer server, PrintWriter err) {
    FeedPoller.Config cfg = config();
    Optional<IngestQueue> queue =
        sl.readOnly() ? Optional.empty() : Optional.of(new IngestQueue(sl));
    Optional<FeedPoller> poller = queue.map(q -> new FeedPoller(cfg, q));
    HttpFetcher pages =
        new HttpFetcher(
            new InputGuard(cfg.maxBytes()),
            cfg.connectTimeout(),
            cfg.deadline(),
            allowPrivateAddresses);
    server.routes(new FeedRoutes(sl, poller)::register);
    server.routes(new IngestRoutes(repo, pages)::register);
    if (sl.readOnly() && feedsFile != null) {
      err.println("storylink: the store is read-only here; the feeds of --feeds are not watched");
      err.flush();
    }
    return new Live(poller, queue);
  }

  /** The running live parts; closed on shutdown. */
  static final class Live implements AutoCloseable {
    private final Optional<FeedPoller> poller;
    private final Optional<IngestQueue> queue;
    private Path serverFile;

    Live(Optional<FeedPoller> poller, Optional<IngestQueue> queue) {
      this.poller = poller;
      this.queue = queue;
    }

    /** Starts watching {@code feeds}, and names the server in the data folder. */
    void start(List<FeedSource> feeds, String url, Path dataDir, PrintWriter out) {
      if (poller.isEmpty()) {
        return;
      }
      feeds.forEach(poller.get()::add);
      if (!feeds.isEmpty()) {
        out.println(
            "storylink: watching "
                + Counted.of(feeds.size(), "feed", "feeds")
                + " (health: "
                + url
                + "/#/feeds)");
      }
      Path f = dataDir.resolve(SERVER_FILE);
      try {
        Files.writeString(f, url + "\n", StandardCharsets.UTF_8);
        serverFile = f;
      } catch (IOException e) {
        out.println("storylink: cannot write " + f + ": " + e.getMessage());
      }
    }

    @Override
    public void close() {
      poller.ifPresent(FeedPoller::close);
      queue.ifPresent(IngestQueue::close);
      if (serverFile != null) {
        try {
          Files.deleteIfExists(serverFile);
        } catch (IOException e) {
          // the next ingest finds no server there and says so
        }
      }
    }
  }
}
