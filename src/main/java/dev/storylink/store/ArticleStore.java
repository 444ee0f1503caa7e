package dev.storylink.store;

import dev.storylink.core.Article;
import dev.storylink.core.CountedKeys;
import dev.storylink.core.InputException;
import dev.storylink.features.Mention;
import dev.storylink.store.StoreSchema.Kind;
import dev.storylink.text.CrossLingualAnalyzer;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
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

  private static final AtomicLong OPENED = new AtomicLong();

  private final StoreIndex index;
  private final long instance = OPENED.incrementAndGet();
  private final StoreSchema schema;
  private final StoryQueries queries;
  private final StorySearch search;
  private final TermCountReader termCounts;
  private final PendingKeys pendingKeys = new PendingKeys();

  private ArticleStore(StoreIndex index) {
    this.index = index;
    this.schema = index.schema();
    this.search = new StorySearch(index, schema.pluralForms());
    this.queries = new StoryQueries(index, search);
    this.termCounts = new TermCountReader(index, schema);
  }

  /** True when {@code dataDir} holds a store (a committed index). */
  public static boolean exists(Path dataDir) {
    return StoreIndex.exists(dataDir);
  }

  /**
   * True when a writer (an ingest or a server, in any process) holds the store in {@code dataDir}
   * now; false when nothing holds it, or there is no store there.
   */
  public static boolean locked(Path dataDir) {
    return StoreIndex.locked(dataDir);
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
   * cross-script search), {@code places} its place mentions (indexed by place for cross-script
   * search, {@link PlaceForms}).
   */
  public void putArticle(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names,
      Collection<Mention> places) {
    index.update(
        a.article().id(),
        schema.article(a, tokens, featureTerms, names, places, pendingKeys.take(a.article())));
  }

  /**
   * Adds a new article: {@link #putArticle} for an article whose id no stored article has,
   * committed or written since (the clusterer's check of a new id, {@code
   * StoryClusterer#isStored}). Cheaper, as nothing is replaced; an id that was stored after all
   * would leave two documents with it, so anything else goes through {@link #putArticle}.
   */
  public void addArticle(
      StoredArticle a,
      List<String> tokens,
      Collection<String> featureTerms,
      Collection<String> names,
      Collection<Mention> places) {
    index.add(
        schema.article(a, tokens, featureTerms, names, places, pendingKeys.take(a.article())));
  }

  /** Adds or replaces an event. */
  public void putEvent(EventRecord e) {
    index.update(e.id(), schema.event(e));
  }

  /** Adds or replaces a story. */
  public void putStory(StoryRecord s) {
    index.update(s.id(), schema.story(s));
  }

  /** Removes an event (after it was merged into another; its articles are written again). */
  public void deleteEvent(String id) {
    index.delete(id);
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

  /** Number of stored articles in {@code lang}. */
  public long articlesIn(String lang) {
    return SimilarArticles.count(index, Objects.requireNonNull(lang, "lang"));
  }

  /**
   * At most {@code limit} stored articles in {@code lang} most like a text whose analysed terms are
   * {@code tokens} (a more-like-this search, {@link SimilarArticles}), best first, none with an id
   * in {@code exclude}.
   */
  public List<StoredArticle> similarArticles(
      List<String> tokens, String lang, Collection<String> exclude, int limit) {
    return SimilarArticles.find(
        index,
        List.copyOf(tokens),
        Objects.requireNonNull(lang, "lang"),
        List.copyOf(exclude),
        limit);
  }

  /** Number of stored events. */
  public long eventCount() {
    return queries.count(Kind.EVENT);
  }

  /**
   * Which point-in-time view of the store reads see now: this store (each opened store has its own
   * number) and its searcher's version, which changes whenever a refresh makes writes visible. A
   * result computed under one stamp stays right while reads see that stamp ({@code
   * server.PageCache}).
   */
  public ReaderStamp readerStamp() {
    return index.withSearcher(
        s ->
            new ReaderStamp(
                instance, s.getIndexReader() instanceof DirectoryReader d ? d.getVersion() : -1));
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

  /**
   * The id of a stored article that {@code a} repeats: {@code a}'s own id when it is stored, else
   * an article written with the same URL key or content key ({@link ArticleKeys}; articles written
   * before the store indexed them are found by id only). Two or three term look-ups per segment.
   */
  public Optional<String> storedCopy(Article a) {
    return storedCopy(a, RepeatKeys.of(a)).map(Repeat::storedId);
  }

  /**
   * The stored article that {@code a} repeats, as {@link #storedCopy(Article)}, with the key they
   * share; {@code keys} are {@code a}'s ({@link RepeatKeys#of}), computed once by the caller. The
   * one repeat rule of every ingest path (the command line, the API, the feed monitor).
   */
  public Optional<Repeat> storedCopy(Article a, RepeatKeys keys) {
    if (containsArticle(a.id())) {
      return Optional.of(new Repeat(a.id(), Repeat.By.ID));
    }
    return index.withSearcher(s -> ArticleKeys.find(s, keys));
  }

  /**
   * {@link #storedCopy(Article, RepeatKeys)}; when {@code a} repeats no stored article, its {@code
   * keys} are kept for its write ({@link PendingKeys}: the ingest hands it to the clusterer, and
   * {@link #putArticle} indexes these keys instead of computing them again).
   */
  public Optional<Repeat> storedCopyOrExpect(Article a, RepeatKeys keys) {
    Optional<Repeat> r = storedCopy(a, keys);
    if (r.isEmpty()) {
      pendingKeys.expect(a, keys);
    }
    return r;
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

  /** At most {@code limit} articles of these events together: the first or the newest first. */
  public List<StoredArticle> articlesOf(Collection<String> events, int limit, boolean newest) {
    return queries.articlesOf(events, limit, newest);
  }

  /**
   * The cards of at most {@code limit} articles of {@code events}, as {@link
   * #articlesOf(Collection, int, boolean)} chooses them, without reading their texts.
   */
  public List<ArticleCard> cardsOf(Collection<String> events, int limit, boolean newest) {
    return queries.cardsOf(events, limit, newest);
  }

  /** The {@code limit} events of a story with the newest latest articles, newest first. */
  public List<EventRecord> newestEventsOf(String storyId, int limit) {
    return queries.newestEventsOf(storyId, limit);
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

  /** Stories a text filter considers at most (the best-matching ones). */
  public static final int MAX_TEXT_MATCHES = StoryQueries.MAX_TEXT_MATCHES;

  /**
   * Stories matching {@code filter}, {@code offset}/{@code limit}: with a text query best match
   * first (the order of {@link #search}, among its {@link #MAX_TEXT_MATCHES} best), else most
   * recently updated first.
   */
  public List<StoryRecord> stories(StoryFilter filter, int offset, int limit) {
    return find(filter, offset, limit).records();
  }

  /**
   * Like {@link #stories}, with each story's best-matching article and matched words for a text
   * query, and the number of undated stories a date filter left out.
   */
  public StoryResults find(StoryFilter filter, int offset, int limit) {
    return queries.find(filter, offset, limit);
  }

  /**
   * A story found by a search, with its best-matching article.
   *
   * @param storyId the story
   * @param articleId its best-matching article
   * @param score the article's score (BM25, see {@link #search})
   * @param matched the query words the article matched, each as written ({@code snow}) or in the
   *     spelling of another script ({@code Putin ≈ بوتين}: the query word as typed)
   */
  public record SearchHit(String storyId, String articleId, float score, List<String> matched) {
    public SearchHit {
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(articleId, "articleId");
      matched = List.copyOf(matched);
    }
  }

  /**
   * Finds stories by text, ranked: each query word is matched in the articles' title and text
   * (BM25) as written and, when it may be a name, in its spellings in other scripts and languages
   * found through the consonant skeleton, without look-alikes or common words ("Putin" finds بوتين,
   * Путин and Poutine, not Bütün). One hit per story, best first.
   */
  public List<SearchHit> search(String query, int limit) {
    return search.search(query, limit);
  }

  /**
   * What search cannot do in this store because of the format it was written in, as one line for
   * people; empty for a store of the current format. A store written before plurals were indexed
   * (format 1 or 2) keeps that format and its search: a singular Persian, Arabic or Urdu word does
   * not find an article that writes only its plural ({@link PluralForms}).
   */
  public Optional<String> searchNote() {
    if (schema.pluralForms()) {
      return Optional.empty();
    }
    return Optional.of(
        "this store was written before plurals were indexed (store format "
            + (schema.legacyTerms() ? "1" : StoreSchema.FORMAT_WITHOUT_PLURALS)
            + "): a singular Persian, Arabic or Urdu word does not find its plural (طرف, طرف‌ها);"
            + " ingest the articles into a new store (--data NEW_DIR) to search for plurals");
  }

  /** Commits and merges since this store was opened. */
  public StoreTimings timings() {
    return index.timings();
  }

  /** Closes without committing: uncommitted writes are dropped, as after a crash. */
  @Override
  public void close() {
    index.close();
  }
}
