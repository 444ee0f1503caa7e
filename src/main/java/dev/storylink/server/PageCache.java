package dev.storylink.server;

import dev.storylink.store.ReaderStamp;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers of recent reads (a story list page, a search page, a story's detail), each kept for
 * the point-in-time view of the store it was computed on ({@link ReaderStamp}), as Solr keeps query
 * results per searcher. An answer is reused only while reads see that same view: a refresh that
 * makes new articles visible changes the stamp, and the next read computes afresh, so an answer is
 * never staler than a read made at the same moment without the cache. Concurrent reads of the same
 * key under the same stamp compute once and share the answer (a popular page under a live ingest,
 * whose commits change the stamp every second or so, is computed about once per commit instead of
 * once per reader). A failed computation is not kept: its error goes to the reads that waited for
 * it, and the next read tries again.
 *
 * <p>At most {@code capacity} answers are kept; past that, the answers of older views go first,
 * then all.
 *
 * <p>Thread-safe.
 */
final class PageCache<K, V> {
  private record Entry<V>(ReaderStamp stamp, CompletableFuture<V> answer) {}

  private final int capacity;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  /** A cache of at most {@code capacity} answers (0: keeps none, every read computes). */
  PageCache(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The answer for {@code key} under {@code stamp}: the kept one, the one another read is
   * computing, or {@code compute}'s, which is then kept. Runtime exceptions of {@code compute} are
   * thrown as they are.
   */
  V get(K key, ReaderStamp stamp, Supplier<V> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(stamp, "stamp");
    if (capacity == 0) {
      return compute.get();
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    Entry<V> fresh = new Entry<>(stamp, mine);
    Entry<V> current =
        entries.compute(key, (k, old) -> old != null && old.stamp().equals(stamp) ? old : fresh);
    if (current != fresh) {
      return await(current.answer());
    }
    try {
      V v = compute.get();
      mine.complete(v);
      trim(stamp);
      return v;
    } catch (RuntimeException | Error e) {
      entries.remove(key, fresh);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** Answers kept now. */
  int size() {
    return entries.size();
  }

  private static <V> V await(CompletableFuture<V> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    } catch (CancellationException e) {
      throw new IllegalStateException("a shared read was cancelled", e);
    }
  }

  private void trim(ReaderStamp now) {
    if (entries.size() <= capacity) {
      return;
    }
    entries.values().removeIf(e -> !e.stamp().equals(now) && e.answer().isDone());
    if (entries.size() > capacity) {
      entries.values().removeIf(e -> e.answer().isDone());
    }
  }
}
