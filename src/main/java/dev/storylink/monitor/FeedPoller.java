package dev.storylink.monitor;

import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.ArticleReader;
import dev.storylink.ingest.FeedLanguage;
import dev.storylink.ingest.FeedReader;
import dev.storylink.ingest.HttpFetcher;
import dev.storylink.ingest.IngestInputException;
import dev.storylink.ingest.InputGuard;
import dev.storylink.store.ArticleKeys;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches feeds while the server serves: each feed is polled on its own schedule by a {@link
 * ScheduledThreadPoolExecutor} (its interval, or the default), with a conditional GET ({@link
 * FeedFetcher}), a per-host politeness gap (two requests to one host are at least {@code hostGap}
 * apart: a poll that comes too early is moved to the host's next free slot), and an exponential
 * backoff after failures ({@code interval × 2^failures}, at most {@code maxBackoff}, at least what
 * a 429/503 {@code Retry-After} asks). Items not seen before (by id, URL or content, see {@link
 * SeenItems}) and not stored already (by id, URL or content, which the store indexes: so after a
 * restart too, {@link IngestQueue#storedCopy}) are completed with their web page ({@link
 * ArticlePages}, when enabled; pages too are fetched at least the host gap apart) and handed to the
 * single writer ({@link IngestQueue}) through {@link FeedItems}: an item is claimed when it is
 * first seen; one the writer refuses is counted as rejected and not tried again under its id, but
 * its URL and content are forgotten, and an item of another feed that duplicated it while it was
 * being written is sighted again, so the same story under another id is still ingested, once. An
 * entry the feed listed in its previous document too is not sighted again: a feed re-read on every
 * poll (no validators, or one new item) counts each of its entries once; one whose title or text
 * changed since under the same id is listed once in the feed's rejections ({@link #EDITED}, kept)
 * and not read again. The language a feed declares is a hint: an item whose text is confidently in
 * another language is stored in that one, and its feed's rejections say so ({@link FeedLanguage}).
 *
 * <p>Why items were refused (a malformed entry, a writer's refusal) or cut short (a linked page not
 * used: binary, wrongly encoded, too large, refused address) is kept per feed, the most recent
 * {@link FeedHealth#MAX_REJECTIONS}, with the last fetch error, in its {@link FeedHealth}.
 *
 * <p>A feed that fails (an HTTP error, a timeout, a body over the size limit, malformed XML, a
 * missing file) is reported in its own {@link FeedHealth} and retried later; no failure of one feed
 * touches another, and nothing stops the poller but {@link #close}.
 *
 * <p>Thread-safe: feeds may be added while polling; each feed's state is guarded by its own lock.
 */
public final class FeedPoller implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  private static final int MAX_REASON = 300;
  private static final String WARNING = "warning: ";

  /** Why an entry edited under the id it was read by is not read again. */
  static final String EDITED =
      "edited in the feed since it was read: the version first read stays stored (stored articles"
          + " are not updated)";

  /**
   * How feeds are polled.
   *
   * @param interval default time between polls of one feed
   * @param hostGap least time between two requests to one host
   * @param maxBackoff longest wait after failures
   * @param connectTimeout to connect to a feed's server
   * @param deadline for a whole feed or page download
   * @param maxBytes largest feed or page
   * @param fetchPages whether new items' pages are fetched for their full text
   * @param allowPrivateAddresses whether item links may reach loopback and private addresses
   * @param threads polling threads
   */
  public record Config(
      Duration interval,
      Duration hostGap,
      Duration maxBackoff,
      Duration connectTimeout,
      Duration deadline,
      long maxBytes,
      boolean fetchPages,
      boolean allowPrivateAddresses,
      int threads) {
    public Config {
      for (Duration d : List.of(interval, hostGap, maxBackoff, connectTimeout, deadline)) {
        if (Objects.requireNonNull(d, "duration").isNegative()) {
          throw new IllegalArgumentException("negative duration " + d);
        }
      }
      if (interval.compareTo(FeedSource.MIN_INTERVAL) < 0) {
        throw new IllegalArgumentException("interval under " + FeedSource.MIN_INTERVAL);
      }
      if (deadline.isZero() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
      if (maxBytes < 1 || threads < 1 || threads > 64) {
        throw new IllegalArgumentException("maxBytes >= 1 and threads in 1..64");
      }
    }

    /** Every 5 minutes, 2 s between requests to a host, back off to 1 h, 30 s downloads, 20 MB. */
    public static Config defaults() {
      return new Config(
          Duration.ofMinutes(5),
          Duration.ofSeconds(2),
          Duration.ofHours(1),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          InputGuard.DEFAULT_MAX_BYTES,
          true,
          false,
          4);
    }
  }

  private final Config config;
  private final FeedFetcher fetcher;
  private final FeedReader reader;
  private final Optional<ArticlePages> pages;
  private final ScheduledThreadPoolExecutor scheduler;
  private final FeedItems items;
  private final Map<String, FeedState> byLocation = new ConcurrentHashMap<>();
  private final List<FeedState> feeds = new CopyOnWriteArrayList<>();
  private final Map<String, Long> hostSlots = new ConcurrentHashMap<>();

  /** A poller writing into {@code queue}; no feed is watched until {@link #add}. */
  public FeedPoller(Config config, IngestQueue queue) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(queue, "queue");
    InputGuard guard = new InputGuard(config.maxBytes());
    this.fetcher = new FeedFetcher(guard, config.connectTimeout(), config.deadline());
    HttpFetcher pageFetcher =
        new HttpFetcher(
            guard, config.connectTimeout(), config.deadline(), config.allowPrivateAddresses());
    this.reader = new FeedReader(guard, pageFetcher, false);
    this.pages =
        config.fetchPages() ? Optional.of(new ArticlePages(pageFetcher, guard)) : Optional.empty();
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            config.threads(),
            r -> {
              Thread t = new Thread(r, "storylink-feeds");
              t.setDaemon(true);
              return t;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    FeedItems.Completion pageOrGiven = pages.isPresent() ? this::page : FeedItems.asGiven();
    FeedLanguage language = new FeedLanguage(queue::identify);
    this.items =
        new FeedItems(
            new SeenItems<>(200_000),
            queue,
            (c, notes) -> language.decide(pageOrGiven.complete(c, notes), notes),
            scheduler);
  }

  /**
   * Starts watching a feed: its first poll is now. Throws {@link IllegalArgumentException} when it
   * is watched already, that is when a watched feed has the same {@link FeedSource#key()} ({@code
   * already watched: HTTP://Example.com/feed (same feed as http://example.com/feed)}).
   */
  public FeedHealth add(FeedSource source) {
    FeedState f = new FeedState(source);
    FeedState old = byLocation.putIfAbsent(source.key(), f);
    if (old != null) {
      throw new IllegalArgumentException(
          "already watched: "
              + source.location()
              + (old.source.location().equals(source.location())
                  ? ""
                  : " (same feed as " + old.source.location() + ")"));
    }
    feeds.add(f);
    schedule(f, 0, false);
    return f.health();
  }

  /** The health of every watched feed, in the order they were added. */
  public List<FeedHealth> health() {
    return feeds.stream().map(FeedState::health).toList();
  }

  /** The health of one feed, found by its {@link FeedSource#key(String)}. */
  public Optional<FeedHealth> health(String location) {
    return Optional.ofNullable(byLocation.get(FeedSource.key(location))).map(FeedState::health);
  }

  /** Stops polling (a download under way is abandoned). */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  private void schedule(FeedState f, long delayMillis, boolean slotReserved) {
    if (scheduler.isShutdown()) {
      return;
    }
    f.next(Instant.now().plusMillis(delayMillis));
    scheduler.schedule(() -> poll(f, slotReserved), delayMillis, TimeUnit.MILLISECONDS);
  }

  /** Milliseconds until {@code host}'s next free slot, which is taken. */
  private long reserve(String host) {
    long now = System.currentTimeMillis();
    long gap = config.hostGap().toMillis();
    long[] wait = {0};
    hostSlots.compute(
        host,
        (h, last) -> {
          long slot = last == null ? now : Math.max(now, last + gap);
          wait[0] = slot - now;
          return slot;
        });
    return wait[0];
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? url : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private void poll(FeedState f, boolean slotReserved) {
    long delay;
    try {
      if (f.source.isHttp() && !slotReserved) {
        long wait = reserve(host(f.source.location()));
        if (wait > 0) {
          schedule(f, wait, true);
          return;
        }
      }
      delay = fetchAndQueue(f);
    } catch (RuntimeException | StackOverflowError e) {
      delay = f.failed(e, config);
      if (e instanceof dev.storylink.core.InputException || e instanceof StackOverflowError) {
        LOG.debug("feed {} failed: {}", f.source.location(), reason(e));
      } else {
        LOG.warn("feed {} failed", f.source.location(), e);
      }
    }
    schedule(f, delay, false);
  }

  /** One poll; returns the delay until the next. */
  private long fetchAndQueue(FeedState f) {
    FeedFetcher.Fetched r = fetcher.fetch(f.source, f.validators());
    if (r.notModified()) {
      return f.notModified(r.validators(), interval(f));
    }
    String location = f.source.location();
    String prefix =
        f.source.isHttp()
            ? ArticleReader.idFromUrl(location).toLowerCase(Locale.ROOT)
            : ArticleReader.defaultId(Path.of(location));
    Map<String, List<String>> notes = new HashMap<>();
    List<Article> entries =
        reader.parseLabelled(
            r.body(),
            location,
            prefix,
            f.source.isHttp() ? location : "",
            (p, label, id) -> {
              LOG.debug("feed {}: {}", location, p.message());
              if (!p.reason().startsWith(WARNING)) {
                String entry =
                    p.input().startsWith(location + " ")
                        ? p.input().substring(location.length() + 1)
                        : p.input();
                if (f.reject(label.isBlank() ? entry : label, p.reason(), false)) {
                  f.count(0, 0, 0, 1);
                }
              } else if (!id.isEmpty()) { // told with the item if it is new
                notes
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(p.reason().substring(WARNING.length()));
              }
            });
    // an entry this feed listed in its previous document was sighted then: it is not looked up
    // (nor counted as a duplicate) again on every poll that re-reads the feed
    // (an entry edited since, under its id, is told once: the version first read stays stored)
    Map<String, String> before = f.listed();
    Map<String, String> now = new HashMap<>();
    List<FeedItems.Candidate> fresh = new ArrayList<>();
    for (Article a : entries) {
      String content = ArticleKeys.content(a);
      now.putIfAbsent(a.id(), content);
      String was = before.get(a.id());
      if (was == null) {
        fresh.add(FeedItems.Candidate.of(f, a, notes.getOrDefault(a.id(), List.of())));
      } else if (!was.equals(content)) {
        f.reject(FeedItems.Candidate.of(f, a, List.of()).label(), EDITED, true);
      }
    }
    items.admit(fresh);
    f.listed(now);
    String feedTitle = entries.isEmpty() ? "" : entries.get(0).source();
    return f.read(r.validators(), entries.size(), feedTitle, interval(f));
  }

  /**
   * The item completed with its page; pages on one host are fetched at least the host gap apart
   * (this polling thread waits for the host's slot).
   */
  private Article page(FeedItems.Candidate c, Consumer<String> notUsed) {
    Article a = c.item();
    if (HttpFetcher.isHttpUrl(a.url())) {
      long wait = reserve(host(a.url()));
      if (wait > 0) {
        try {
          TimeUnit.MILLISECONDS.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // closing: the item goes as the feed gave it
          return a;
        }
      }
    }
    return pages
        .orElseThrow()
        .complete(
            a,
            c.where(),
            p -> {
              LOG.debug("{}", p.message());
              notUsed.accept(withoutAddresses(p.reason(), a.url()));
            });
  }

  /** An IP address in parentheses, as {@code HttpFetcher} names the one a host resolved to. */
  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile(
          "\\((\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(?:%[\\w.]+)?)\\)");

  /**
   * {@code reason} with every IP address in parentheses that {@code url} does not hold replaced by
   * {@code "(an address)"}: why a linked page was refused is shown to whoever reads the feeds'
   * health, and the private address a host name resolved to is not the feed's to tell.
   */
  static String withoutAddresses(String reason, String url) {
    java.util.regex.Matcher m = ADDRESS.matcher(reason);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String shown = url.contains(m.group(1)) ? m.group() : "(an address)";
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  private Duration interval(FeedState f) {
    return f.source.interval().orElse(config.interval());
  }

  /**
   * One line, clipped: the reason of an ingest error without its input name. Only an input error
   * (an {@link dev.storylink.core.InputException}: a status, a timeout, a size, an encoding, bad
   * XML) says its message; any other error says its kind only ({@code unexpected error
   * (IllegalStateException)}), as its message may name the program's internals or local paths.
   */
  static String reason(Throwable e) {
    Throwable t = e;
    if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    String msg =
        t instanceof IngestInputException iie
            ? iie.reason()
            : t instanceof StackOverflowError
                ? "the document is nested too deeply"
                : t instanceof dev.storylink.core.InputException ie
                    ? ie.getMessage()
                    : "unexpected error (" + t.getClass().getSimpleName() + ")";
    if (msg == null || msg.isBlank()) {
      msg = t.getClass().getSimpleName();
    }
    return Texts.abbreviate(msg.replace('\n', ' ').replace('\r', ' ').strip(), MAX_REASON);
  }
}
