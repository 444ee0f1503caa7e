package dev.storylink.store;

import dev.storylink.core.CountedKeys;
import dev.storylink.core.InputException;
import dev.storylink.store.StoreSchema.Kind;
import dev.storylink.text.CrossLingualAnalyzer;
import java.io.Closeable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import org.apache.lucene.search.SearcherManager;

/**
 * The embedded store: one Lucene index in {@code DATA/index} holding articles, events, stories and
 * the clusterer's counters. Everything a batch changes (new articles and the events and stories
 * they touch) goes through one writer and becomes durable in one {@link #commit}: a crash (even
 * {@code kill -9}) leaves the store at the previous commit, never with an article without its event
 * or an event pointing at a lost article. Only committed articles count as acknowledged.
 *
 * <p>Articles are indexed twice for search: their text with {@link CrossLingualAnalyzer} ({@code
 * text}) and the consonant skeletons of their names ({@code skel}), so a query in one script finds
 * articles in another. The document frequencies of the text's terms, together with those of the
 * long-sentence keys indexed in {@code terms} (no positions), seed the scorer's term statistics
 * ({@link #readTermCounts}). Stores written before format 2 (no {@code storeFormat} in their commit
 * data) index every feature term in {@code terms} and keep doing so.
 *
 * <p>This class is the facade of the store's parts: {@link StoreIndex} (open, lock, commit, close,
 * refresh), {@link StoreSchema} (records as documents, format marks), {@link StoryQueries} and
 * {@link StorySearch} (reads), {@link TermCountReader} (term statistics).
 *
 * <p>One process writes at a time: Lucene's write lock turns a second writer away with a clear
 * {@link InputException}. A store opened read-only takes no lock and sees the writer's commits
 * within about a second. Thread-safe: writes and commits are serialised; reads go through a {@link
 * SearcherManager} reopened by {@link #commit} and {@link #refresh} (and periodically when
 * read-only).
 */
public final class ArticleStore implements Closeable {
  /**
   * The counted keys that are no term of the text (the long-sentence keys), kept in {@code terms}
   * since format 2.
   */
  private static final Predicate<String> BESIDE_TEXT = CountedKeys::isSentence;

  private final StoreIndex index;
  private final StoreSchema schema;
  private final StoryQueries queries;
  private final StorySearch search;
  private final TermCountReader termCounts;

  private ArticleStore(StoreIndex index) {
    this.index = index;
    this.schema = index.schema();
    this.search = new StorySearch(index);
    this.queries = new StoryQueries(index, search);
    this.termCounts = new TermCountReader(index, schema);
  }

  /** True when {@code dataDir} holds a store (a committed index). */
  public static boolean exists(Path dataDir) {
    return StoreIndex.exists(dataDir);
  }

  /**
   * Opens an existing store for reading only (no lock: works while an ingest is running, and sees
   * its commits within about a second, or at once after {@link #refresh}). Throws {@link
   * InputException} if there is none.
   */
  public static ArticleStore openReadOnly(Path dataDir) {
    return new ArticleStore(StoreIndex.openReadOnly(dataDir, BESIDE_TEXT));
  }

  /** Opens (creating if needed) the store in {@code dataDir} for reading and writing. */
  public static ArticleStore open(Path dataDir) {
    return new ArticleStore(StoreIndex.open(dataDir, BESIDE_TEXT));
  }

  /** True if this store was opened for reading only. */
  public boolean readOnly() {
    return index.readOnly();
  }

  /** The data directory. */
  public Path dataDir() {
    return index.dataDir();
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds or replaces an article. {@code tokens} are its analysed terms in text order (indexed as
   * the searchable text, so the text is not analysed a second time), {@code featureTerms} its
   * distinct feature terms (for term statistics), {@code names} its names (indexed by skeleton for
   * cross-script search).
   */
  public void putArticle(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names) {
    index.update(a.article().id(), schema.article(a, tokens, featureTerms, names));
  }

  /** Adds or replaces an event. */
  public void putEvent(EventRecord e) {
    index.update(e.id(), schema.event(e));
  }

  /** Adds or replaces a story. */
  public void putStory(StoryRecord s) {
    index.update(s.id(), schema.story(s));
  }

  /** Removes a story (after it was merged into another). */
  public void deleteStory(String id) {
    index.delete(id);
  }

  /**
   * Makes everything written since the last commit durable, atomically, together with {@code state}
   * (the clusterer's counters). Returns after the commit is on disk.
   */
  public void commit(Map<String, String> state) {
    index.commit(state);
  }

  /** The state saved with the last commit (empty for a new store). */
  public Map<String, String> committedState() {
    return index.committedState();
  }

  /**
   * Makes recent writes visible to reads now: a writable store's uncommitted writes (not durable),
   * a read-only store's newest commit by the writer.
   */
  public void refresh() {
    index.refresh();
  }

  // ---------------------------------------------------------------- reads

  /**
   * Reads the document frequencies of the committed (and refreshed) articles' counted keys: gives
   * {@code perKey} each key with its document frequency, from the term dictionaries of the {@code
   * text} and {@code terms} fields (of {@code terms} alone in a store before format 2) in one pass
   * each, and returns the number of articles counted. For example {@code
   * stats.setDocuments(store.readTermCounts(stats::addCount))}.
   */
  public long readTermCounts(ObjLongConsumer<String> perKey) {
    return termCounts.read(Objects.requireNonNull(perKey, "perKey"));
  }

  /** Number of stored articles. */
  public long articleCount() {
    return queries.count(Kind.ARTICLE);
  }

  /** Number of stored events. */
  public long eventCount() {
    return queries.count(Kind.EVENT);
  }

  /** Number of stored stories. */
  public long storyCount() {
    return queries.count(Kind.STORY);
  }

  /**
   * True if an article with this id is stored: a term lookup per segment, without searching or
   * reading the record.
   */
  public boolean containsArticle(String id) {
    return queries.containsArticle(id);
  }

  /** The article with this id. */
  public Optional<StoredArticle> article(String id) {
    return queries.byId(id, Kind.ARTICLE, StoredArticle.class);
  }

  /** The event with this id. */
  public Optional<EventRecord> event(String id) {
    return queries.byId(id, Kind.EVENT, EventRecord.class);
  }

  /** The story with this id. */
  public Optional<StoryRecord> story(String id) {
    return queries.byId(id, Kind.STORY, StoryRecord.class);
  }

  /** Articles of an event, in arrival order. */
  public List<StoredArticle> articlesOf(String eventId) {
    return queries.articlesOf(eventId);
  }

  /** Events of a story, in creation order. */
  public List<EventRecord> eventsOf(String storyId) {
    return queries.eventsOf(storyId);
  }

  /** Events still open (active in the clusterer), in order of their latest article. */
  public List<EventRecord> openEvents() {
    return queries.openEvents();
  }

  /** All stored articles in arrival order (for re-clustering and evaluation). */
  public List<StoredArticle> allArticles() {
    return queries.allArticles();
  }

  /** Which stories to list. */
  public record StoryFilter(
      Optional<String> lang,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> text) {
    public StoryFilter {
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(text, "text");
    }

    /** No filter. */
    public static StoryFilter all() {
      return new StoryFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** Stories a text filter considers at most (the best-matching ones). */
  public static final int MAX_TEXT_MATCHES = StoryQueries.MAX_TEXT_MATCHES;

  /**
   * Stories matching {@code filter}, most recently updated first, {@code offset}/{@code limit}. A
   * text filter keeps the {@link #MAX_TEXT_MATCHES} best-matching stories.
   */
  public List<StoryRecord> stories(StoryFilter filter, int offset, int limit) {
    return queries.stories(filter, offset, limit);
  }

  /** A story found by a search, with its best-matching article. */
  public record SearchHit(String storyId, String articleId, float score) {}

  /**
   * Finds stories by text: the query is analysed like article text, and its words are also looked
   * up as name skeletons, so "Putin Idlib" finds Arabic and Russian coverage too. One hit per
   * story, best first.
   */
  public List<SearchHit> search(String query, int limit) {
    return search.search(query, limit);
  }

  /**
   * Commits and merges since the store was opened (for benchmarks). Commit times include reopening
   * the reads; merges run on Lucene's merge threads, beside the ingest.
   */
  public record Timings(
      long commits,
      long commitNanos,
      long maxCommitNanos,
      long merges,
      long mergeNanos,
      long maxMergeNanos,
      long mergedDocs) {}

  /** Commits and merges since this store was opened. */
  public Timings timings() {
    return index.timings();
  }

  /** Closes without committing: uncommitted writes are dropped, as after a crash. */
  @Override
  public void close() {
    index.close();
  }
}
