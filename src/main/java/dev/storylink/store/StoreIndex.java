package dev.storylink.store;

import dev.storylink.core.InputException;
import dev.storylink.text.CrossLingualAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The life cycle of the store's Lucene index in {@code DATA/index}: open (taking Lucene's write
 * lock) or open read-only (no lock), write documents, commit them atomically with the caller's
 * state, and close without committing (uncommitted writes are dropped, as after a crash).
 *
 * <p>Reads go through a {@link SearcherManager}. A writable index reopens it near-real-time after
 * each {@link #commit} (and on {@link #refresh}), never per write. A read-only index cannot see the
 * writer process's writes until that process commits; it checks for a new commit every {@value
 * #REFRESH_MILLIS} ms on a daemon thread (stopped by {@link #close}), so a server opened read-only
 * beside an ingest serves the ingest's commits within about a second.
 *
 * <p>Thread-safe: writes, commits and close are serialised on this object; reads may run from any
 * thread at any time.
 */
final class StoreIndex implements SearcherSource, AutoCloseable {
  /** How often a read-only index looks for a new commit. */
  static final long REFRESH_MILLIS = 500;

  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final ScheduledExecutorService refresher; // null when writable
  private final StoreSchema schema;
  private final IndexTimings timings;

  private StoreIndex(
      Path dataDir,
      Directory directory,
      IndexWriter writer,
      Predicate<String> besideText,
      IndexTimings timings)
      throws IOException {
    this.dataDir = dataDir;
    this.timings = timings;
    this.directory = directory;
    this.writer = writer;
    this.searchers =
        writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    this.schema = withSearcher(s -> StoreSchema.of(s.getIndexReader(), besideText));
    this.refresher = writer == null ? startRefresher(searchers) : null;
  }

  /** Opens (creating if needed) the index of {@code dataDir} for reading and writing. */
  static StoreIndex open(Path dataDir, Predicate<String> besideText) {
    Directory dir = null;
    try {
      Files.createDirectories(dataDir.resolve("index"));
      dir = FSDirectory.open(dataDir.resolve("index"));
      IndexWriterConfig cfg = new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      // a flushed segment keeps its files (a commit's segment is not copied into a compound file;
      // merged segments follow the merge policy's rule as before)
      cfg.setUseCompoundFile(false);
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setSegmentsPerTier(20); // an ingest commits often: rewrite each article fewer times
      cfg.setMergePolicy(merges);
      cfg.setCommitOnClose(false);
      cfg.setCodec(new StoreCodec()); // id look-ups skip the segments without the id
      IndexTimings timings = new IndexTimings();
      cfg.setMergeScheduler(IndexTimings.timedScheduler(timings));
      return new StoreIndex(dataDir, dir, new IndexWriter(dir, cfg), besideText, timings);
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new InputException(
          dataDir
              + " is locked by another StoryLink process (an ingest or a server); wait for it to"
              + " finish or stop it, then try again");
    } catch (IOException e) {
      closeQuietly(dir);
      throw new UncheckedIOException("cannot open store " + dataDir + ": " + reason(e), e);
    }
  }

  /**
   * Why a file operation failed, in words: a {@link java.nio.file.FileSystemException}'s message is
   * often the bare path ({@code /data/index/write.lock}), so its kind (permission denied, no such
   * file or directory, not a directory...) is named before the path.
   */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * True when a writer (an ingest or a server, in this process or another) holds the write lock of
   * {@code dataDir}'s index: its lock is taken and let go at once when it is free. False when there
   * is no index there, or the lock cannot be tried (no permission to write it).
   */
  static boolean locked(Path dataDir) {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(index);
        org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** True when {@code dataDir} holds a committed index. */
  static boolean exists(Path dataDir) {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the existing index of {@code dataDir} for reading only (no lock: works while another
   * process writes). Throws {@link InputException} if there is none.
   */
  static StoreIndex openReadOnly(Path dataDir, Predicate<String> besideText) {
    Path index = dataDir.resolve("index");
    Directory dir = null;
    try {
      if (!Files.isDirectory(index)) {
        throw noStore(dataDir);
      }
      dir = FSDirectory.open(index);
      if (!DirectoryReader.indexExists(dir)) {
        dir.close();
        throw noStore(dataDir);
      }
      return new StoreIndex(dataDir, dir, null, besideText, new IndexTimings());
    } catch (IOException e) {
      closeQuietly(dir);
      throw new UncheckedIOException("cannot open store " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static InputException noStore(Path dataDir) {
    return new InputException(
        "no StoryLink store at " + dataDir + "; run `storylink ingest` first");
  }

  private static ScheduledExecutorService startRefresher(SearcherManager searchers) {
    ScheduledExecutorService ex =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "storylink-store-refresh");
              t.setDaemon(true);
              return t;
            });
    ex.scheduleWithFixedDelay(
        () -> {
          try {
            searchers.maybeRefresh(); // opens the writer process's newest commit, if any
          } catch (IOException | RuntimeException e) {
            // keep serving the current snapshot; the next tick tries again (a failing task
            // would otherwise end the schedule)
          }
        },
        REFRESH_MILLIS,
        REFRESH_MILLIS,
        TimeUnit.MILLISECONDS);
    return ex;
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

  Path dataDir() {
    return dataDir;
  }

  boolean readOnly() {
    return writer == null;
  }

  /** The schema this index was written in (detected on open). */
  StoreSchema schema() {
    return schema;
  }

  private IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("store " + dataDir + " is open read-only");
    }
    return writer;
  }

  /** Commits (with the reopen of the reads) and merges since this index was opened. */
  StoreTimings timings() {
    return timings.snapshot();
  }

  // ---------------------------------------------------------------- writes

  /** Adds or replaces the document with this id (visible to reads after the next commit). */
  synchronized void update(String id, Document d) {
    try {
      writer().updateDocument(new Term(StoreSchema.ID, id), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds a document whose id the caller knows is in no document of the index, committed or not (a
   * new article: {@link #update} without the delete by id, which Lucene would otherwise buffer and
   * look up in every segment at the next flush). Visible to reads after the next commit.
   */
  synchronized void add(Document d) {
    try {
      writer().addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the document with this id. */
  synchronized void delete(String id) {
    try {
      writer().deleteDocuments(new Term(StoreSchema.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes everything written since the last commit durable, atomically, together with {@code state}
   * and the schema's format mark, then reopens the reads. Returns after the commit is on disk.
   */
  synchronized void commit(Map<String, String> state) {
    try {
      long t = System.nanoTime();
      writer().setLiveCommitData(schema.commitData(state).entrySet());
      writer().commit();
      searchers.maybeRefreshBlocking();
      timings.commit(System.nanoTime() - t);
    } catch (IOException e) {
      throw new UncheckedIOException("commit failed: " + e.getMessage(), e);
    }
  }

  /** The commit data of the last commit (of the one being read, when read-only). */
  Map<String, String> committedState() {
    Map<String, String> out = new HashMap<>();
    if (writer == null) {
      return withSearcher(
          s -> {
            if (s.getIndexReader() instanceof DirectoryReader dr) {
              out.putAll(dr.getIndexCommit().getUserData());
            }
            return out;
          });
    }
    Optional.ofNullable(writer.getLiveCommitData())
        .ifPresent(live -> live.forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }

  /**
   * Reopens the reads now: a writable index sees its uncommitted writes (not durable), a read-only
   * one the newest commit.
   */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reads

  @Override
  public <T> T withSearcher(SearcherFunction<T> f) {
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

  /** Stops the refreshes and closes without committing: uncommitted writes are dropped. */
  @Override
  public synchronized void close() {
    try {
      stopRefresher();
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

  private void stopRefresher() {
    if (refresher == null) {
      return;
    }
    refresher.shutdown(); // no interrupt: a refresh under way finishes, no new one starts
    try {
      refresher.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // a late refresh then fails on the closed manager
    }
  }
}
