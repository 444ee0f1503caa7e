package dev.storylink.app;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.compare.Comparison;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Language;
import dev.storylink.core.Lazy;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * StoryLink's one composition root: the store, the language identifier, the scorers, the clusterer
 * and the comparer, wired once, behind four operations: {@link #ingest}, {@link #link}, {@link
 * #compare} and queries ({@link #read}). The command line, the server and the benchmarks all go
 * through it; nothing else opens a store or a clusterer.
 *
 * <pre>{@code
 * try (StoryLink sl = StoryLink.builder().dataDir(Path.of("storylink-data")).build()) {
 *   IngestSummary s = sl.ingest(items, listener);
 *   long stories = sl.read(ArticleStore::storyCount);
 * }
 * }</pre>
 *
 * <p>Without a data directory it links and compares only. The language identifier, the feature
 * extractor and the comparer are created once, on first use (the language models take a few hundred
 * MB). The clusterer is opened on the first ingest and kept: a later ingest continues where the
 * last one ended.
 *
 * <p>Thread-safe: queries, links and comparisons run concurrently; ingests are serialised. When the
 * clusterer fails on an article the store is closed and opened again (see {@link IngestLoop}); a
 * query waits for that swap, never seeing a closed store.
 */
public final class StoryLink implements Closeable {
  /** Articles per commit unless the builder says otherwise. */
  public static final int DEFAULT_BATCH = 1000;

  private final Optional<Path> dataDir;
  private final boolean readOnly;
  private final ClusterConfig config;
  private final int batch;
  private final PairScorer clusterScorer;
  private final FeaturePairScorer linkScorer = FeaturePairScorer.shipped();
  private final ReadWriteLock storeLock = new ReentrantReadWriteLock();
  private final Object ingestLock = new Object();
  private final Lazy<LanguageIdentifier> langId;
  private final Lazy<FeatureExtractor> extractor =
      new Lazy<>(() -> new FeatureExtractor(CorpusStats.background(), languageIdentifier()));
  private final Lazy<CoverageComparer> comparer =
      new Lazy<>(() -> new CoverageComparer(CorpusStats.background()));
  private ArticleStore store; // guarded by storeLock; null without a data directory
  private boolean ownsStore; // guarded by storeLock
  private StoryClusterer clusterer; // guarded by ingestLock; opened on the first ingest

  private StoryLink(Builder b) {
    this.config = b.config;
    this.batch = b.batch;
    this.clusterScorer = b.clusterScorer;
    this.langId = new Lazy<>(b.languages);
    if (b.store != null) {
      this.store = b.store;
      this.dataDir = Optional.of(b.store.dataDir());
      this.readOnly = b.store.readOnly();
      this.ownsStore = false;
    } else {
      this.dataDir = Optional.ofNullable(b.dataDir);
      this.readOnly = b.readOnly;
      this.store =
          b.dataDir == null
              ? null
              : b.readOnly ? ArticleStore.openReadOnly(b.dataDir) : ArticleStore.open(b.dataDir);
      this.ownsStore = true;
    }
  }

  /** A builder: no store, Lingua language identification, the default clustering. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link StoryLink}. Not thread-safe. */
  public static final class Builder {
    private Path dataDir;
    private ArticleStore store;
    private boolean readOnly;
    private ClusterConfig config = ClusterConfig.defaults();
    private int batch = DEFAULT_BATCH;
    private Supplier<? extends LanguageIdentifier> languages = LinguaLanguageIdentifier::new;
    private PairScorer clusterScorer = FeaturePairScorer.forClustering();

    private Builder() {}

    /** The store's data directory (opened, or created unless read-only, by {@link #build}). */
    public Builder dataDir(Path dir) {
      this.dataDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * A store opened by the caller, who closes it (tests and benchmarks that fill a store first).
     * If an ingest fails (the clusterer on an article, or the store), the facade closes it to roll
     * back and replaces it by a store it opens and owns.
     */
    public Builder store(ArticleStore openStore) {
      this.store = Objects.requireNonNull(openStore, "openStore");
      return this;
    }

    /** Opens the store for reading only (no lock; ingests are refused). */
    public Builder readOnly(boolean ro) {
      this.readOnly = ro;
      return this;
    }

    /**
     * How languages are identified (default: {@link LinguaLanguageIdentifier}, made on first use).
     */
    public Builder languages(Supplier<? extends LanguageIdentifier> identifier) {
      this.languages = Objects.requireNonNull(identifier, "identifier");
      return this;
    }

    /** An identifier already made (shared with other parts of the caller). */
    public Builder languages(LanguageIdentifier identifier) {
      Objects.requireNonNull(identifier, "identifier");
      this.languages = () -> identifier;
      return this;
    }

    /** The clustering thresholds and limits. */
    public Builder clusterConfig(ClusterConfig cfg) {
      this.config = Objects.requireNonNull(cfg, "cfg");
      return this;
    }

    /**
     * Test hook: the scorer the clusterer uses (default {@link FeaturePairScorer#forClustering}),
     * for tests that wrap it to make the clusterer fail on chosen articles.
     */
    Builder clusterScorer(PairScorer scorer) {
      this.clusterScorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /** Articles clustered per commit (default {@value #DEFAULT_BATCH}). */
    public Builder batch(int articles) {
      if (articles < 1) {
        throw new IllegalArgumentException("batch must be >= 1: " + articles);
      }
      this.batch = articles;
      return this;
    }

    /**
     * Opens the store (an {@link InputException} if it is locked by another process, or missing
     * when read-only).
     */
    public StoryLink build() {
      if (store != null && dataDir != null) {
        throw new IllegalStateException("give a data directory or an open store, not both");
      }
      return new StoryLink(this);
    }
  }

  // ---------------------------------------------------------------- wiring

  /** The data directory, when there is a store. */
  public Optional<Path> dataDir() {
    return dataDir;
  }

  /** True if the store is open for reading only (ingests are refused). */
  public boolean readOnly() {
    return readOnly;
  }

  /** The language identifier, created on first use. */
  public LanguageIdentifier languageIdentifier() {
    return langId.get();
  }

  /** Features for linking, with the shipped background statistics; created on first use. */
  public FeatureExtractor featureExtractor() {
    return extractor.get();
  }

  /** The comparer of two articles' coverage; created on first use. */
  public CoverageComparer comparer() {
    return comparer.get();
  }

  /** The scorer that links two articles (the shipped model). */
  public FeaturePairScorer linkScorer() {
    return linkScorer;
  }

  // ---------------------------------------------------------------- link and compare

  /** The language of a text, or {@link Language#UNDETERMINED}. */
  public Language identify(String text) {
    return Language.of(languageIdentifier().identify(text));
  }

  /**
   * The article with its language filled in or checked: an unknown or unidentifiable language is an
   * {@link InputException}.
   */
  public Article withLanguage(Article article) {
    return featureExtractor().withSupportedLanguage(article);
  }

  /**
   * A verdict of {@link #link}: both articles' features, the result and the corpus it was scored
   * within ({@link LinkCorpus#NONE} without one). Immutable.
   */
  public record LinkVerdict(
      ArticleFeatures a, ArticleFeatures b, LinkResult result, LinkCorpus corpus) {
    public LinkVerdict {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(corpus, "corpus");
    }

    /** The first article's language. */
    public Language langA() {
      return Language.of(a.lang());
    }

    /** The second article's language. */
    public Language langB() {
      return Language.of(b.lang());
    }
  }

  /**
   * Are two articles (languages filled in, see {@link #withLanguage}) the same event? Scored within
   * the store's articles when there is a store ({@link #linkCorpus}).
   */
  public LinkVerdict link(Article a, Article b) {
    LinkCorpus.Side sa = LinkCorpus.Side.of(featureExtractor(), a);
    LinkCorpus.Side sb = LinkCorpus.Side.of(featureExtractor(), b);
    ArticleFeatures fa = sa.features();
    ArticleFeatures fb = sb.features();
    LinkCorpus corpus = linkCorpus(sa, sb);
    return new LinkVerdict(fa, fb, linkScorer.link(fa, fb, corpus.neighbours()), corpus);
  }

  /**
   * The corpus two articles (with their analyses and their features of {@link #featureExtractor})
   * are linked within: the store's articles of their language ({@link LinkCorpus}), or {@link
   * LinkCorpus#NONE} without a store.
   */
  public LinkCorpus linkCorpus(LinkCorpus.Side a, LinkCorpus.Side b) {
    if (dataDir.isEmpty()) {
      return LinkCorpus.NONE;
    }
    return read(s -> LinkCorpus.of(s, featureExtractor(), a, b));
  }

  /** Two articles (languages filled in) side by side: aligned sentences, facts only one has. */
  public Comparison compare(Article a, Article b) {
    return comparer().compare(a, b);
  }

  // ---------------------------------------------------------------- queries

  /**
   * Runs a query on the store ({@code query} must not keep the store). Throws {@link
   * IllegalStateException} when there is no store.
   */
  public <T> T read(Function<ArticleStore, T> query) {
    storeLock.readLock().lock();
    try {
      return query.apply(requireStore());
    } finally {
      storeLock.readLock().unlock();
    }
  }

  /**
   * The store itself, for a caller that runs no ingest meanwhile, on one thread (the command line's
   * queries); with concurrent ingests use {@link #read}, as the store may be replaced.
   */
  public ArticleStore store() {
    return read(s -> s);
  }

  private ArticleStore requireStore() {
    if (store == null) {
      throw new IllegalStateException("this StoryLink has no store (give a data directory)");
    }
    return store;
  }

  // ---------------------------------------------------------------- ingest

  /** {@link #ingest(Iterator, IngestListener, RepeatRule)} skipping repeats by id only. */
  public IngestSummary ingest(Iterator<IngestItem> items, IngestListener listener) {
    return ingest(items, listener, RepeatRule.BY_ID);
  }

  /**
   * Clusters and stores articles; see {@link IngestLoop}. Repeats ({@code rule}) are skipped
   * ({@link IngestListener#known}); an article the clusterer refuses or fails on is reported
   * ({@link IngestListener#failed}) and the rest goes on. Ingests are serialised. Throws {@link
   * InputException} on a read-only store.
   */
  public IngestSummary ingest(
      Iterator<IngestItem> items, IngestListener listener, RepeatRule rule) {
    if (readOnly) {
      throw new InputException(
          dataDir.map(Path::toString).orElse("the store")
              + " is open read-only (another StoryLink process holds it); ingest is disabled");
    }
    synchronized (ingestLock) {
      return new IngestLoop(this, items, listener, batch, rule).run();
    }
  }

  /** {@link #ingest(Iterator, IngestListener)} over a list. */
  public IngestSummary ingest(List<IngestItem> items, IngestListener listener) {
    return ingest(items.iterator(), listener);
  }

  /** Number of events active in the clusterer's memory (0 before the first ingest). */
  public int activeEvents() {
    synchronized (ingestLock) {
      return clusterer == null ? 0 : clusterer.activeEvents();
    }
  }

  /** The clusterer, opened on first use. Called under the ingest lock. */
  StoryClusterer clusterer() {
    if (clusterer == null) {
      clusterer = StoryClusterer.open(read(s -> s), clusterScorer, languageIdentifier(), config);
    }
    return clusterer;
  }

  /**
   * Drops everything since the last commit: closes the store without committing and opens it again,
   * with a new clusterer. Called under the ingest lock.
   */
  void reopen() {
    clusterer = null;
    Path dir = dataDir.orElseThrow();
    storeLock.writeLock().lock();
    try {
      ArticleStore old = store;
      store = null;
      old.close(); // rolls back the uncommitted writes, releases the lock
      store = ArticleStore.open(dir);
      ownsStore = true;
    } finally {
      storeLock.writeLock().unlock();
    }
  }

  /** Closes the store if this facade opened it; uncommitted writes are dropped. */
  @Override
  public void close() {
    synchronized (ingestLock) {
      storeLock.writeLock().lock();
      try {
        if (store != null && ownsStore) {
          store.close();
        }
        store = null;
        clusterer = null;
      } finally {
        storeLock.writeLock().unlock();
      }
    }
  }
}
