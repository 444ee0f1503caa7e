package dev.storylink.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.StreamTermStats;
import dev.storylink.text.CrossLingualAnalyzer;
import dev.storylink.text.NameKeys;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The embedded store: one Lucene index in {@code DATA/index} holding articles, events, stories and
 * the clusterer's counters. Everything a batch changes (new articles and the events and stories
 * they touch) goes through one {@link IndexWriter} and becomes durable in one {@link #commit}: a
 * crash (even {@code kill -9}) leaves the store at the previous commit, never with an article
 * without its event or an event pointing at a lost article. Only committed articles count as
 * acknowledged.
 *
 * <p>Articles are indexed twice for search: their text with {@link CrossLingualAnalyzer} ({@code
 * text}) and the consonant skeletons of their names ({@code skel}), so a query in one script finds
 * articles in another. The document frequencies of the text's terms, together with those of the
 * long-sentence keys indexed in {@code terms} (no positions), seed the scorer's term statistics
 * ({@link #loadCorpusStats}). Stores written before format 2 (no {@code storeFormat} in their
 * commit data) index every feature term in {@code terms} and keep doing so.
 *
 * <p>One process writes at a time: Lucene's write lock turns a second writer away with a clear
 * {@link InputException}. Thread-safe: writes are serialised on this object; reads go through a
 * {@link SearcherManager} refreshed by {@link #refresh} and {@link #commit}.
 */
public final class ArticleStore implements Closeable {
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String JSON = "json";
  private static final String LANGS = "langs";
  private static final String EVENT = "event";
  private static final String STORY = "story";
  private static final String SEQ = "seq";
  private static final String FIRST = "first";
  private static final String LAST = "last";
  private static final String TEXT = "text";
  private static final String TERMS = "terms";
  private static final String SKEL = "skel";
  private static final FieldType TERMS_TYPE = new FieldType();

  static {
    TERMS_TYPE.setIndexOptions(IndexOptions.DOCS);
    TERMS_TYPE.setOmitNorms(true);
    TERMS_TYPE.setTokenized(true);
    TERMS_TYPE.freeze();
  }

  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final ObjectMapper json =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());

  /**
   * The searchable text: term frequencies without positions (search runs term queries only),
   * norms for length normalisation.
   */
  private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT_TYPE.freeze();
  }

  private final FieldType textType; // TEXT_TYPE, or with positions in a store that has them
  /** Commit-data key of the store format; absent in stores written before format 2. */
  private static final String FORMAT_KEY = "storeFormat";
  private static final String FORMAT = "2";
  // format 1: `terms` holds every counted key; format 2: only those that are no term of the text
  private final boolean legacyTerms;

  private ArticleStore(Path dataDir, Directory directory, IndexWriter writer) throws IOException {
    this.dataDir = dataDir;
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    this.legacyTerms = withSearcher(s -> {
      IndexReader r = s.getIndexReader();
      return r.maxDoc() > 0 && r instanceof DirectoryReader dr
          && !dr.getIndexCommit().getUserData().containsKey(FORMAT_KEY);
    });
    this.textType = withSearcher(s -> {
      var info = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(TEXT);
      // stores written before positions were dropped keep them: a field's options cannot change
      return info != null && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS
          ? TextField.TYPE_NOT_STORED
          : TEXT_TYPE;
    });
  }

  /**
   * Opens an existing store for reading only (no lock: works while an ingest is running, and
   * sees its commits after {@link #refresh}). Throws {@link InputException} if there is none.
   */
  public static ArticleStore openReadOnly(Path dataDir) {
    Path index = dataDir.resolve("index");
    Directory dir = null;
    try {
      if (!Files.isDirectory(index)) {
        throw new InputException("no StoryLink store at " + dataDir + "; run `storylink ingest` first");
      }
      dir = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(dir)) {
        dir.close();
        throw new InputException("no StoryLink store at " + dataDir + "; run `storylink ingest` first");
      }
      return new ArticleStore(dataDir, dir, null);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new UncheckedIOException("cannot open store " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** True if this store was opened for reading only. */
  public boolean readOnly() {
    return writer == null;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("store " + dataDir + " is open read-only");
    }
    return writer;
  }

  /** Opens (creating if needed) the store in {@code dataDir} for reading and writing. */
  public static ArticleStore open(Path dataDir) {
    Directory dir = null;
    try {
      Files.createDirectories(dataDir.resolve("index"));
      dir = FSDirectory.open(dataDir.resolve("index"));
      IndexWriterConfig cfg = new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
      merges.setSegmentsPerTier(20); // an ingest commits often: rewrite each article fewer times
      cfg.setMergePolicy(merges);
      cfg.setCommitOnClose(false);
      return new ArticleStore(dataDir, dir, new IndexWriter(dir, cfg));
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new InputException(
          dataDir + " is locked by another StoryLink process (an ingest or a server); wait for it to"
              + " finish or stop it, then try again");
    } catch (IOException e) {
      closeQuietly(dir);
      throw new UncheckedIOException("cannot open store " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds or replaces an article. {@code tokens} are its analysed terms in text order (indexed as
   * the searchable text, so the text is not analysed a second time), {@code featureTerms} its
   * distinct feature terms (for term statistics), {@code names} its names (indexed by skeleton for
   * cross-script search).
   */
  public synchronized void putArticle(
      StoredArticle a, List<String> tokens, Collection<String> featureTerms, Collection<String> names) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.NO));
    d.add(new StringField(ID, art.id(), Field.Store.YES));
    d.add(new StringField(LANGS, art.lang(), Field.Store.NO));
    d.add(new StringField(EVENT, a.eventId(), Field.Store.YES));
    d.add(new NumericDocValuesField(SEQ, a.seq()));
    art.date().ifPresent(dt -> d.add(new LongPoint(LAST, dt.toEpochDay())));
    d.add(new Field(TEXT, new ListTokenStream(tokens), textType));
    // the text's own terms are counted from `text`; `terms` holds the rest (sentence keys)
    Collection<String> counted = legacyTerms
        ? featureTerms
        : featureTerms.stream().filter(t -> t.startsWith(CorpusStats.SENTENCE_PREFIX)).toList();
    d.add(new Field(TERMS, new ListTokenStream(counted), TERMS_TYPE));
    List<String> skeletons = new ArrayList<>();
    for (String n : names) {
      String s = NameKeys.skeleton(n);
      if (s.length() >= 3) {
        skeletons.add(s);
      }
    }
    d.add(new Field(SKEL, new ListTokenStream(skeletons), TERMS_TYPE));
    d.add(new StoredField(JSON, write(a)));
    update(art.id(), d);
  }

  /** Adds or replaces an event. */
  public synchronized void putEvent(EventRecord e) {
    Document d = new Document();
    d.add(new StringField(TYPE, "event", Field.Store.NO));
    d.add(new StringField(ID, e.id(), Field.Store.YES));
    d.add(new StringField(LANGS, e.lang(), Field.Store.NO));
    d.add(new StringField(STORY, e.storyId(), Field.Store.YES));
    d.add(new NumericDocValuesField(SEQ, e.lastSeq()));
    d.add(new StringField("open", Boolean.toString(e.open()), Field.Store.NO));
    d.add(new StoredField(JSON, write(e)));
    update(e.id(), d);
  }

  /** Adds or replaces a story. */
  public synchronized void putStory(StoryRecord s) {
    Document d = new Document();
    d.add(new StringField(TYPE, "story", Field.Store.NO));
    d.add(new StringField(ID, s.id(), Field.Store.YES));
    for (String l : s.langs()) {
      d.add(new StringField(LANGS, l, Field.Store.NO));
    }
    d.add(new NumericDocValuesField(SEQ, s.lastSeq()));
    d.add(new LongPoint(FIRST, s.firstDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)));
    d.add(new LongPoint(LAST, s.lastDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
    d.add(new StoredField(JSON, write(s)));
    update(s.id(), d);
  }

  /** Removes a story (after it was merged into another). */
  public synchronized void deleteStory(String id) {
    try {
      writer().deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void update(String id, Document d) {
    try {
      writer().updateDocument(new Term(ID, id), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes everything written since the last commit durable, atomically, together with {@code
   * state} (the clusterer's counters). Returns after the commit is on disk.
   */
  public synchronized void commit(Map<String, String> state) {
    try {
      Map<String, String> data = new LinkedHashMap<>(state);
      if (!legacyTerms) {
        data.put(FORMAT_KEY, FORMAT);
      }
      writer().setLiveCommitData(data.entrySet());
      writer().commit();
      refreshNow();
    } catch (IOException e) {
      throw new UncheckedIOException("commit failed: " + e.getMessage(), e);
    }
  }

  /** The state saved with the last commit (empty for a new store). */
  public Map<String, String> committedState() {
    Map<String, String> out = new HashMap<>();
    if (writer == null) {
      return withSearcher(s -> {
        if (s.getIndexReader() instanceof DirectoryReader dr) {
          out.putAll(dr.getIndexCommit().getUserData());
        }
        return out;
      });
    }
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Makes recent uncommitted writes visible to reads (not durable). */
  public void refresh() {
    try {
      refreshNow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void refreshNow() throws IOException {
    searchers.maybeRefreshBlocking(); // read-only: picks up the writer process's new commits
  }

  // ---------------------------------------------------------------- reads

  /**
   * Document frequencies of the committed and refreshed articles' feature terms, read from the
   * term dictionaries of the {@code text} and {@code terms} fields (of {@code terms} alone in a
   * store before format 2) in one pass each (the clusterer loads them on open and keeps them up to
   * date in memory), into statistics of the default capacity: on a store with more distinct terms
   * than that, the rarest are left out as {@link StreamTermStats} says.
   */
  public StreamTermStats loadCorpusStats() {
    return loadCorpusStats(StreamTermStats.DEFAULT_CAPACITY);
  }

  /** As {@link #loadCorpusStats()}, keeping at most {@code capacity} keys. */
  public StreamTermStats loadCorpusStats(int capacity) {
    return withSearcher(
        s -> {
          IndexReader r = s.getIndexReader();
          StreamTermStats stats = new StreamTermStats(capacity);
          for (String field : legacyTerms ? List.of(TERMS) : List.of(TEXT, TERMS)) {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(r, field);
            if (terms != null) {
              org.apache.lucene.index.TermsEnum te = terms.iterator(); // doc frequencies summed over segments
              for (org.apache.lucene.util.BytesRef b = te.next(); b != null; b = te.next()) {
                stats.addCount(b.utf8ToString(), te.docFreq());
              }
            }
          }
          stats.setDocuments(legacyTerms
              ? r.getDocCount(TERMS)
              : s.count(new TermQuery(new Term(TYPE, "article"))));
          return stats;
        });
  }

  <T> T withSearcher(SearcherFunction<T> f) {
    IndexSearcher s = null;
    try {
      s = searchers.acquire();
      return f.apply(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (s != null) {
        try {
          searchers.release(s);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  /** Number of stored articles. */
  public long articleCount() {
    return count("article");
  }

  /** Number of stored events. */
  public long eventCount() {
    return count("event");
  }

  /** Number of stored stories. */
  public long storyCount() {
    return count("story");
  }

  private long count(String type) {
    return withSearcher(s -> (long) s.count(new TermQuery(new Term(TYPE, type))));
  }

  /**
   * True if an article with this id is stored: a term lookup per segment (the id's documents
   * intersected with the articles), without searching or reading the record.
   */
  public boolean containsArticle(String id) {
    org.apache.lucene.util.BytesRef idTerm = new org.apache.lucene.util.BytesRef(id);
    org.apache.lucene.util.BytesRef article = new org.apache.lucene.util.BytesRef("article");
    return withSearcher(s -> {
      for (org.apache.lucene.index.LeafReaderContext leaf : s.getIndexReader().leaves()) {
        org.apache.lucene.index.PostingsEnum ids = postings(leaf, ID, idTerm);
        if (ids == null) {
          continue;
        }
        org.apache.lucene.index.PostingsEnum articles = postings(leaf, TYPE, article);
        if (articles == null) {
          continue;
        }
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        int end = org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
        for (int d = ids.nextDoc(); d != end; d = ids.nextDoc()) {
          int a = articles.docID() < d ? articles.advance(d) : articles.docID();
          if (a == end) {
            break;
          }
          if (a == d && (live == null || live.get(d))) {
            return true;
          }
        }
      }
      return false;
    });
  }

  private static org.apache.lucene.index.PostingsEnum postings(
      org.apache.lucene.index.LeafReaderContext leaf, String field, org.apache.lucene.util.BytesRef term)
      throws IOException {
    org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return null;
    }
    org.apache.lucene.index.TermsEnum te = terms.iterator();
    return te.seekExact(term) ? te.postings(null, org.apache.lucene.index.PostingsEnum.NONE) : null;
  }

  /** The article with this id. */
  public Optional<StoredArticle> article(String id) {
    return byId(id, "article", StoredArticle.class);
  }

  /** The event with this id. */
  public Optional<EventRecord> event(String id) {
    return byId(id, "event", EventRecord.class);
  }

  /** The story with this id. */
  public Optional<StoryRecord> story(String id) {
    return byId(id, "story", StoryRecord.class);
  }

  private <T> Optional<T> byId(String id, String type, Class<T> cls) {
    return withSearcher(
        s -> {
          Query q =
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
                  .add(new TermQuery(new Term(TYPE, type)), BooleanClause.Occur.FILTER)
                  .build();
          TopDocs td = s.search(q, 1);
          if (td.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(read(s.storedFields().document(td.scoreDocs[0].doc).get(JSON), cls));
        });
  }

  /** Articles of an event, in arrival order. */
  public List<StoredArticle> articlesOf(String eventId) {
    return list(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(EVENT, eventId)), BooleanClause.Occur.FILTER)
            .build(),
        new Sort(new SortField(SEQ, SortField.Type.LONG)),
        Integer.MAX_VALUE,
        StoredArticle.class);
  }

  /** Events of a story, in creation order. */
  public List<EventRecord> eventsOf(String storyId) {
    return list(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, "event")), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(STORY, storyId)), BooleanClause.Occur.FILTER)
            .build(),
        Sort.INDEXORDER,
        Integer.MAX_VALUE,
        EventRecord.class);
  }

  /** Events still open (active in the clusterer), in creation order. */
  public List<EventRecord> openEvents() {
    return list(
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(TYPE, "event")), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term("open", "true")), BooleanClause.Occur.FILTER)
            .build(),
        new Sort(new SortField(SEQ, SortField.Type.LONG)),
        Integer.MAX_VALUE,
        EventRecord.class);
  }

  /** Which stories to list. */
  public record StoryFilter(
      Optional<String> lang, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> text) {
    public StoryFilter {
      java.util.Objects.requireNonNull(lang, "lang");
      java.util.Objects.requireNonNull(from, "from");
      java.util.Objects.requireNonNull(to, "to");
      java.util.Objects.requireNonNull(text, "text");
    }

    /** No filter. */
    public static StoryFilter all() {
      return new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** Stories a text filter considers at most (the best-matching ones). */
  public static final int MAX_TEXT_MATCHES = 200;

  /**
   * Stories matching {@code filter}, most recently updated first, {@code offset}/{@code limit}. A
   * text filter keeps the {@link #MAX_TEXT_MATCHES} best-matching stories.
   */
  public List<StoryRecord> stories(StoryFilter filter, int offset, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermQuery(new Term(TYPE, "story")), BooleanClause.Occur.FILTER);
    filter.lang().ifPresent(l -> q.add(new TermQuery(new Term(LANGS, l)), BooleanClause.Occur.FILTER));
    filter.from().ifPresent(
        f -> q.add(LongPoint.newRangeQuery(LAST, f.toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER));
    filter.to().ifPresent(
        t -> q.add(LongPoint.newRangeQuery(FIRST, Long.MIN_VALUE, t.toEpochDay()), BooleanClause.Occur.FILTER));
    if (filter.text().isPresent() && !filter.text().get().isBlank()) {
      List<String> ids = new ArrayList<>();
      for (SearchHit h : search(filter.text().get(), MAX_TEXT_MATCHES)) {
        ids.add(h.storyId());
      }
      if (ids.isEmpty()) {
        return List.of();
      }
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String id : ids) {
        anyOf.add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.SHOULD);
      }
      q.add(anyOf.build(), BooleanClause.Occur.FILTER);
    }
    List<StoryRecord> all =
        list(q.build(), new Sort(new SortField(SEQ, SortField.Type.LONG, true)), offset + limit, StoryRecord.class);
    return all.subList(Math.min(offset, all.size()), all.size());
  }

  /** A story found by a search, with its best-matching article. */
  public record SearchHit(String storyId, String articleId, float score) {}

  /**
   * Finds stories by text: the query is analysed like article text, and its words are also looked
   * up as name skeletons, so "Putin Idlib" finds Arabic and Russian coverage too. One hit per
   * story, best first.
   */
  public List<SearchHit> search(String query, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream(TEXT, query)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && clauses < 64) {
        String term = t.toString();
        q.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        // Arabic articles are indexed with the definite article stripped (see TextAnalysis)
        String stripped = dev.storylink.text.ar.ArabicProcliticStripper.strip(term, false);
        if (!stripped.equals(term)) {
          q.add(new TermQuery(new Term(TEXT, stripped)), BooleanClause.Occur.SHOULD);
        }
        String skel = NameKeys.skeleton(term);
        if (skel.length() >= 3) {
          q.add(new BoostQuery(new TermQuery(new Term(SKEL, skel)), 0.8f), BooleanClause.Occur.SHOULD);
        }
        clauses++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (clauses == 0) {
      return List.of();
    }
    Query full =
        new BooleanQuery.Builder()
            .add(q.build(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(TYPE, "article")), BooleanClause.Occur.FILTER)
            .build();
    return withSearcher(
        s -> {
          TopDocs td = s.search(full, Math.max(limit * 10, 100));
          StoredFields sf = s.storedFields();
          Map<String, SearchHit> byStory = new LinkedHashMap<>();
          Map<String, String> storyOfEvent = new HashMap<>();
          for (ScoreDoc sd : td.scoreDocs) {
            Document d = sf.document(sd.doc, Set.of(ID, EVENT)); // no JSON decoding
            String story = storyOfEvent.computeIfAbsent(d.get(EVENT), e -> storyOfEvent(s, e));
            if (!story.isEmpty() && !byStory.containsKey(story)) {
              byStory.put(story, new SearchHit(story, d.get(ID), sd.score));
              if (byStory.size() >= limit) {
                break;
              }
            }
          }
          return new ArrayList<>(byStory.values());
        });
  }

  private static String storyOfEvent(IndexSearcher s, String eventId) {
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(ID, eventId)), BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(TYPE, "event")), BooleanClause.Occur.FILTER)
              .build();
      TopDocs td = s.search(q, 1);
      if (td.scoreDocs.length == 0) {
        return "";
      }
      String story = s.storedFields().document(td.scoreDocs[0].doc, Set.of(STORY)).get(STORY);
      return story == null ? "" : story;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> List<T> list(Query q, Sort sort, int limit, Class<T> cls) {
    return withSearcher(
        s -> {
          int n = Math.max(1, Math.min(limit, Math.max(1, s.getIndexReader().maxDoc())));
          TopDocs td = s.search(q, n, sort);
          StoredFields sf = s.storedFields();
          List<T> out = new ArrayList<>(td.scoreDocs.length);
          for (ScoreDoc sd : td.scoreDocs) {
            out.add(read(sf.document(sd.doc).get(JSON), cls));
          }
          return out;
        });
  }

  /** All stored articles in arrival order (for re-clustering and evaluation). */
  public List<StoredArticle> allArticles() {
    return list(
        new TermQuery(new Term(TYPE, "article")),
        new Sort(new SortField(SEQ, SortField.Type.LONG)),
        Integer.MAX_VALUE,
        StoredArticle.class);
  }

  private String write(Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(String s, Class<T> cls) {
    try {
      return json.readValue(s, cls);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt record in store: " + e.getMessage(), e);
    }
  }

  /** Closes without committing: uncommitted writes are dropped, as after a crash. */
  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(directory);
    }
  }

  /** Token stream over a fixed list of terms. Not thread-safe (Lucene consumes it once). */
  private static final class ListTokenStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int i;

    ListTokenStream(Collection<String> terms) {
      this.terms = List.copyOf(terms);
    }

    @Override
    public boolean incrementToken() {
      if (i >= terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(i++));
      return true;
    }

    @Override
    public void reset() {
      i = 0;
    }
  }


}
