package dev.storylink.store;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.TermStats;
import dev.storylink.text.CrossLingualAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded store: one Lucene index in a data directory holding articles, events, stories, the
 * clusterer's counters and the term statistics (a {@code df} field per article).
 *
 * <p>Crash safety: nothing written is visible to a later open until {@link #commit()} returns;
 * articles and the event/story documents they change go into the same commit, so a killed ingest
 * leaves the store as of its last commit. Only one writer at a time: a second
 * {@link #openForWriting} of the same directory (another process or thread) fails with a {@link
 * StoreLockedException} naming the holder's pid.
 *
 * <p>Thread-safe: all methods synchronize on the store. Read-only stores see the state of the
 * last commit at the time they were opened (or refreshed by {@link #refresh()}).
 */
public final class ArticleStore implements Closeable {
  /** The default data directory. */
  public static final Path DEFAULT_DIR = Path.of("storylink-data");

  private static final String PID_FILE = "ingest.pid";
  private static final String TYPE = "type";
  private static final String KEY = "key";
  private static final String DF = "df";
  /** The analysed full text field (cross-lingual terms). */
  public static final String BODY = "body";

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private boolean closed;

  private ArticleStore(Path dir, Directory directory, IndexWriter writer) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
  }

  /**
   * Opens (creating if needed) the store in {@code dir} for writing.
   *
   * @throws StoreLockedException when another writer holds the store
   */
  public static ArticleStore openForWriting(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Directory d = null;
    try {
      Files.createDirectories(dir);
      d = FSDirectory.open(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      cfg.setCommitOnClose(false);
      IndexWriter w = new IndexWriter(d, cfg);
      Files.writeString(dir.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
      ArticleStore s = new ArticleStore(dir, d, w);
      if (!DirectoryReader.indexExists(d)) {
        w.commit();
      }
      return s;
    } catch (LockObtainFailedException e) {
      closeQuietly(d);
      String pid = "unknown";
      try {
        pid = Files.readString(dir.resolve(PID_FILE)).strip();
      } catch (IOException ignored) {
        // keep "unknown"
      }
      throw new StoreLockedException(
          dir.getFileName() + " is locked by another ingest (pid " + pid + "); wait for it to finish"
              + " or use another --data directory",
          e);
    } catch (IOException e) {
      closeQuietly(d);
      throw new UncheckedIOException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the store in {@code dir} for reading (no lock taken; a running ingest may write on).
   *
   * @throws InputException when there is no store there
   */
  public static ArticleStore openReadOnly(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Directory d = null;
    try {
      if (!Files.isDirectory(dir)) {
        throw new InputException("no store at " + dir + " (run storylink ingest first, or give --data DIR)");
      }
      d = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(d)) {
        d.close();
        throw new InputException("no store at " + dir + " (run storylink ingest first, or give --data DIR)");
      }
      ArticleStore s = new ArticleStore(dir, d, null);
      s.reader = DirectoryReader.open(d);
      return s;
    } catch (IOException e) {
      closeQuietly(d);
      throw new UncheckedIOException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }

  /** The data directory. */
  public Path dir() {
    return dir;
  }

  /** True when opened for writing. */
  public boolean writable() {
    return writer != null;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Adds an article with the distinct terms it contributes to the document frequencies.
   * Invisible to other opens until {@link #commit()}.
   */
  public synchronized void addArticle(StoredArticle a, Collection<String> dfTerms) {
    requireWritable();
    add(articleDoc(a, dfTerms));
  }

  /**
   * Adds articles (analysed in parallel), each with the distinct terms it contributes to the
   * document frequencies. Invisible to other opens until {@link #commit()}.
   */
  public synchronized void addArticles(List<StoredArticle> articles, List<? extends Collection<String>> dfTerms) {
    requireWritable();
    if (articles.size() != dfTerms.size()) {
      throw new IllegalArgumentException("one term set per article");
    }
    java.util.stream.IntStream.range(0, articles.size())
        .parallel()
        .forEach(i -> add(articleDoc(articles.get(i), dfTerms.get(i))));
  }

  private static Document articleDoc(StoredArticle a, Collection<String> dfTerms) {
    Article art = a.article();
    Document d = new Document();
    d.add(new StringField(TYPE, "article", Field.Store.NO));
    d.add(new StringField(KEY, "a:" + art.id(), Field.Store.NO));
    d.add(new StringField("id", art.id(), Field.Store.YES));
    d.add(new StringField("lang", art.lang(), Field.Store.YES));
    d.add(new StoredField("title", art.title()));
    d.add(new StoredField("text", art.text()));
    d.add(new StoredField("date", art.date().map(LocalDate::toString).orElse("")));
    d.add(new StoredField("source", art.source()));
    d.add(new StoredField("url", art.url()));
    d.add(new StringField("event", a.eventId(), Field.Store.YES));
    d.add(new StoredField("astory", a.storyId()));
    d.add(new StoredField("dup", a.duplicateOf().orElse("")));
    d.add(new TextField(BODY, art.fullText(), Field.Store.NO));
    for (String t : dfTerms) {
      d.add(new StringField(DF, t, Field.Store.NO));
    }
    return d;
  }

  /** Writes (inserts or replaces) an event. */
  public synchronized void putEvent(EventRecord e) {
    requireWritable();
    Document d = new Document();
    d.add(new StringField(TYPE, "event", Field.Store.NO));
    d.add(new StringField(KEY, "e:" + e.id(), Field.Store.NO));
    d.add(new StringField("id", e.id(), Field.Store.YES));
    d.add(new StringField("story", e.storyId(), Field.Store.YES));
    d.add(new StringField("lang", e.lang(), Field.Store.YES));
    d.add(new StoredField("first", e.firstDate().map(LocalDate::toString).orElse("")));
    d.add(new StoredField("last", e.lastDate().map(LocalDate::toString).orElse("")));
    d.add(new StoredField("articles", String.join("\n", e.articleIds())));
    d.add(new StoredField("dups", e.duplicateCount()));
    d.add(new StoredField("reps", String.join("\n", e.representativeIds())));
    d.add(new StringField("open", e.open() ? "1" : "0", Field.Store.YES));
    update("e:" + e.id(), d);
  }

  /** Writes (inserts or replaces) a story. */
  public synchronized void putStory(StoryRecord s) {
    requireWritable();
    Document d = new Document();
    d.add(new StringField(TYPE, "story", Field.Store.NO));
    d.add(new StringField(KEY, "s:" + s.id(), Field.Store.NO));
    d.add(new StringField("id", s.id(), Field.Store.YES));
    d.add(new StoredField("events", String.join("\n", s.eventIds())));
    d.add(new StoredField("langs", String.join(" ", s.langs())));
    for (String l : s.langs()) {
      d.add(new StringField("lang", l, Field.Store.NO));
    }
    d.add(new StoredField("count", s.articleCount()));
    d.add(new StoredField("first", s.firstDate().map(LocalDate::toString).orElse("")));
    d.add(new StoredField("last", s.lastDate().map(LocalDate::toString).orElse("")));
    d.add(new StoredField("headline", s.headline()));
    update("s:" + s.id(), d);
  }

  /** Deletes a story (merged into another). */
  public synchronized void deleteStory(String id) {
    requireWritable();
    try {
      writer.deleteDocuments(new Term(KEY, "s:" + id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the stored counters (written with the next commit). */
  public synchronized void putMeta(Map<String, String> meta) {
    requireWritable();
    Document d = new Document();
    d.add(new StringField(TYPE, "meta", Field.Store.NO));
    d.add(new StringField(KEY, "m:state", Field.Store.NO));
    meta.forEach((k, v) -> d.add(new StoredField("m." + k, v)));
    update("m:state", d);
  }

  /** Makes everything written so far durable and visible; returns when it is on disk. */
  public synchronized void commit() {
    requireWritable();
    try {
      writer.commit();
      searcher();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(Document d) {
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void update(String key, Document d) {
    try {
      writer.updateDocument(new Term(KEY, key), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void requireWritable() {
    if (closed) {
      throw new IllegalStateException("store is closed");
    }
    if (writer == null) {
      throw new IllegalStateException("store is open read-only");
    }
  }

  // ---------------------------------------------------------------- reading

  /** Sees the latest writes (uncommitted ones too, for a writer; the latest commit otherwise). */
  public synchronized void refresh() {
    searcher();
  }

  private IndexSearcher searcher() {
    if (closed) {
      throw new IllegalStateException("store is closed");
    }
    try {
      if (reader == null) {
        reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
      } else {
        DirectoryReader r =
            writer != null ? DirectoryReader.openIfChanged(reader, writer) : DirectoryReader.openIfChanged(reader);
        if (r != null) {
          reader.close();
          reader = r;
        }
      }
      return new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Document> byKey(String key) {
    try {
      IndexSearcher s = searcher();
      TopDocs td = s.search(new TermQuery(new Term(KEY, key)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(s.storedFields().document(td.scoreDocs[0].doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Document> all(Query q) {
    try {
      IndexSearcher s = searcher();
      int n = Math.max(1, s.count(q));
      TopDocs td = s.search(q, n);
      List<Document> out = new ArrayList<>(td.scoreDocs.length);
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(s.storedFields().document(sd.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query type(String t) {
    return new TermQuery(new Term(TYPE, t));
  }

  /** The article with this id, its story resolved through its event. */
  public synchronized Optional<StoredArticle> article(String id) {
    return byKey("a:" + id).map(this::toArticle);
  }

  /** True when an article with this id is stored (uncommitted writes included). */
  public synchronized boolean contains(String id) {
    return byKey("a:" + id).isPresent();
  }

  /**
   * True when an article with this id was stored as of the last {@link #commit()} (or open);
   * cheap, as it does not refresh the view.
   */
  public synchronized boolean containsCommitted(String id) {
    try {
      if (reader == null) {
        searcher();
      }
      IndexSearcher s = new IndexSearcher(reader);
      return s.count(new TermQuery(new Term(KEY, "a:" + id))) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The event with this id. */
  public synchronized Optional<EventRecord> event(String id) {
    return byKey("e:" + id).map(ArticleStore::toEvent);
  }

  /** The story with this id. */
  public synchronized Optional<StoryRecord> story(String id) {
    return byKey("s:" + id).map(ArticleStore::toStory);
  }

  /** Events still active (open) when last written, in id order. */
  public synchronized List<EventRecord> openEvents() {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(type("event"), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term("open", "1")), BooleanClause.Occur.FILTER)
            .build();
    List<EventRecord> out = new ArrayList<>(all(q).stream().map(ArticleStore::toEvent).toList());
    out.sort((a, b) -> compareIds(a.id(), b.id()));
    return out;
  }

  /** All events, in id order. */
  public synchronized List<EventRecord> events() {
    List<EventRecord> out = new ArrayList<>(all(type("event")).stream().map(ArticleStore::toEvent).toList());
    out.sort((a, b) -> compareIds(a.id(), b.id()));
    return out;
  }

  /** All stories (or those with an event in {@code lang} when not empty), in id order. */
  public synchronized List<StoryRecord> stories(Optional<String> lang) {
    Query q = type("story");
    if (lang.isPresent()) {
      q = new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term("lang", lang.get())), BooleanClause.Occur.FILTER)
          .build();
    }
    List<StoryRecord> out = new ArrayList<>(all(q).stream().map(ArticleStore::toStory).toList());
    out.sort((a, b) -> compareIds(a.id(), b.id()));
    return out;
  }

  /** Compares ids like {@code e12} by prefix, then number. */
  public static int compareIds(String a, String b) {
    int c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }

  /** Number of stored articles. */
  public synchronized long articleCount() {
    try {
      return searcher().count(type("article"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The counters written by {@link #putMeta}, empty for a new store. */
  public synchronized Map<String, String> meta() {
    Map<String, String> out = new LinkedHashMap<>();
    byKey("m:state")
        .ifPresent(
            d -> {
              for (IndexableField f : d.getFields()) {
                if (f.name().startsWith("m.")) {
                  out.put(f.name().substring(2), f.stringValue());
                }
              }
            });
    return out;
  }

  /** Statistics of the stored articles over {@code background}, as of the current view. */
  public synchronized StoreStats loadStats(TermStats background) {
    StoreStats stats = new StoreStats(background);
    try {
      IndexSearcher s = searcher();
      stats.setDocuments(s.count(type("article")));
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(DF);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          stats.addFrequency(t.utf8ToString(), te.docFreq());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stats;
  }

  /** One search hit. */
  public record Hit(StoredArticle article, float score) {
    /** Validates. */
    public Hit {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * Articles whose text matches {@code query} (analysed with the {@link CrossLingualAnalyzer};
   * any term may match, BM25), best first.
   */
  public synchronized List<Hit> search(String query, int limit) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream(BODY, query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && n < IndexSearcher.getMaxClauseCount()) {
        b.add(new TermQuery(new Term(BODY, term.toString())), BooleanClause.Occur.SHOULD);
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == 0) {
      return List.of();
    }
    try {
      IndexSearcher s = searcher();
      TopDocs td = s.search(b.build(), Math.max(1, limit));
      List<Hit> out = new ArrayList<>();
      for (ScoreDoc sd : td.scoreDocs) {
        out.add(new Hit(toArticle(s.storedFields().document(sd.doc)), sd.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StoredArticle toArticle(Document d) {
    String date = d.get("date");
    Article a =
        new Article(
            d.get("id"),
            d.get("lang"),
            d.get("title"),
            d.get("text"),
            date == null || date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)),
            d.get("source"),
            d.get("url"));
    String event = d.get("event");
    String story = byKey("e:" + event).map(e -> e.get("story")).orElse(d.get("astory"));
    String dup = d.get("dup");
    return new StoredArticle(a, event, story, dup == null || dup.isEmpty() ? Optional.empty() : Optional.of(dup));
  }

  private static Optional<LocalDate> date(String s) {
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  private static EventRecord toEvent(Document d) {
    return new EventRecord(
        d.get("id"),
        d.get("story"),
        d.get("lang"),
        date(d.get("first")),
        date(d.get("last")),
        lines(d.get("articles")),
        d.getField("dups").numericValue().intValue(),
        lines(d.get("reps")),
        "1".equals(d.get("open")));
  }

  private static StoryRecord toStory(Document d) {
    String langs = d.get("langs");
    return new StoryRecord(
        d.get("id"),
        lines(d.get("events")),
        langs == null || langs.isEmpty() ? List.of() : List.of(langs.split(" ")),
        d.getField("count").numericValue().intValue(),
        date(d.get("first")),
        date(d.get("last")),
        d.get("headline"));
  }

  /** Closes the store without committing (uncommitted writes are dropped). */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (reader != null) {
        reader.close();
      }
      if (writer != null) {
        writer.rollback();
        Files.deleteIfExists(dir.resolve(PID_FILE));
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
