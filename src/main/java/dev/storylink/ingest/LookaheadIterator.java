package dev.storylink.ingest;

import dev.storylink.core.Article;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The readers' lazy iterator: a subclass computes the next article on demand in {@link #fetch}
 * (skipping and reporting bad records itself) and returns null at the end. Not thread-safe.
 */
abstract class LookaheadIterator implements Iterator<Article> {
  private Article next;
  private boolean done;

  /** The next article, or null when the input is exhausted. */
  protected abstract Article fetch();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = fetch();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    return a;
  }

  /** A sequential, ordered stream over this iterator. */
  final Stream<Article> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
