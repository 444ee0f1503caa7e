package dev.storylink.store;

import dev.storylink.text.CrossLingualAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index in memory for testing the store's parts alone: documents go in, {@link #commit}
 * makes them visible. Not thread-safe.
 */
final class InMemoryIndex implements SearcherSource, AutoCloseable {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final IndexWriter writer;

  InMemoryIndex() {
    try {
      writer = new IndexWriter(dir, new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InMemoryIndex add(String id, Document d) {
    try {
      writer.updateDocument(new Term(StoreSchema.ID, id), d);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InMemoryIndex delete(String id) {
    try {
      writer.deleteDocuments(new Term(StoreSchema.ID, id));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InMemoryIndex commit(Map<String, String> data) {
    try {
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader of the last commit (the caller closes it). */
  DirectoryReader reader() throws IOException {
    return DirectoryReader.open(dir);
  }

  @Override
  public <T> T withSearcher(SearcherFunction<T> f) {
    try (DirectoryReader r = reader()) {
      return f.apply(new IndexSearcher(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
    dir.close();
  }
}
