package dev.storylink.store;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lends the current point-in-time searcher of an index for one read. Implementations are
 * thread-safe; the searcher must not be kept beyond the call.
 */
interface SearcherSource {
  /** Runs {@code f} on the current searcher and returns its result. */
  <T> T withSearcher(SearcherFunction<T> f);

  /** A read over one searcher. */
  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }
}
