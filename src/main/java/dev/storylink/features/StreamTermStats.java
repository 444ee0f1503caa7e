package dev.storylink.features;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document frequencies over an unbounded stream of documents, in bounded memory: the statistics the
 * clusterer keeps while it ingests (terms and long-sentence keys of {@link
 * CorpusStats#countedKeys}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Keys are kept as 64-bit hashes (FNV-1a, mixed) in primitive hash tables ({@link
 *       LongIntTable}: a key and its count side by side, 16 bytes a slot), about 21 to 43 bytes per
 *       key as a table fills; the strings themselves are not kept. Two keys with the same 64-bit
 *       hash share a count (at 10 million keys the chance that any two collide is about 3 in a
 *       million).
 *   <li>At most {@link #capacity()} keys are kept. When a document brings the count above it, the
 *       rarest keys are dropped (lossy counting): all keys with the lowest document frequency, then
 *       the next lowest, until at most three quarters of the capacity remain. A dropped key counts
 *       from 0 again if it comes back. The keys that matter survive: boilerplate sentences and
 *       common words recur, and a word seen once long ago weighs about as much unseen.
 *   <li>Which keys are dropped depends only on the order documents were added, so a given input
 *       order gives the same statistics.
 * </ul>
 *
 * <p>Thread-safe: documents may be added from one thread while others read. The table is split into
 * shards, each guarded by its own lock, so readers on different cores rarely wait.
 */
public final class StreamTermStats implements TermStats {
  /**
   * Default {@link #capacity()}: 4 million keys, about 85 to 170 MB. News text brings about 25 new
   * keys per article (most of them sentence keys seen once), so the statistics fill up after some
   * 170,000 articles and stay at this size from then on.
   */
  public static final int DEFAULT_CAPACITY = 4_000_000;

  private static final int SHARD_BITS = 6;
  private static final int SHARDS = 1 << SHARD_BITS;

  private final int capacity;
  private final LongIntTable[] shards = new LongIntTable[SHARDS];
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong docs = new AtomicLong();
  private final AtomicLong pruned = new AtomicLong();
  private final Object pruning = new Object();

  /** Empty statistics keeping at most {@link #DEFAULT_CAPACITY} keys. */
  public StreamTermStats() {
    this(DEFAULT_CAPACITY);
  }

  /** Empty statistics keeping at most {@code capacity} keys (at least 16). */
  public StreamTermStats(int capacity) {
    if (capacity < 16) {
      throw new IllegalArgumentException("capacity must be at least 16: " + capacity);
    }
    this.capacity = capacity;
    for (int i = 0; i < SHARDS; i++) {
      shards[i] = new LongIntTable();
    }
  }

  /** Most keys kept. */
  public int capacity() {
    return capacity;
  }

  /** Keys kept now. */
  public int size() {
    return size.get();
  }

  /** Keys dropped so far because the capacity was reached. */
  public long prunedKeys() {
    return pruned.get();
  }

  /** Counts one document given its distinct keys. */
  public void addTerms(Collection<String> distinctKeys) {
    long[] hashed = new long[distinctKeys.size()];
    int n = 0;
    for (String key : distinctKeys) {
      hashed[n++] = key(key);
    }
    addHashed(hashed);
  }

  /**
   * Counts one document given the {@link #key}s of its distinct keys (hashed ahead, for example on
   * other threads).
   */
  public void addHashed(long[] distinctKeys) {
    for (long h : distinctKeys) {
      add(h, 1);
    }
    docs.incrementAndGet();
    pruneIfFull();
  }

  /**
   * Adds {@code df} to one key's document frequency without counting a document: for loading stored
   * statistics (set the document count with {@link #setDocuments}).
   */
  public void addCount(String key, long df) {
    if (df < 0) {
      throw new IllegalArgumentException("negative document frequency for " + key + ": " + df);
    }
    add(key(key), (int) Math.min(Integer.MAX_VALUE, df));
    pruneIfFull();
  }

  /** Sets the number of documents (for loading stored statistics). */
  public void setDocuments(long documents) {
    if (documents < 0) {
      throw new IllegalArgumentException("negative document count: " + documents);
    }
    docs.set(documents);
  }

  /** Number of documents counted (0 for empty statistics, where {@link #docCount} says 1). */
  public long documents() {
    return docs.get();
  }

  @Override
  public long docCount() {
    return Math.max(1, docs.get());
  }

  @Override
  public long docFreq(String term) {
    return docFreq(key(term));
  }

  /** Document frequency of the key whose {@link #key} is {@code h}. */
  public long docFreq(long h) {
    LongIntTable shard = shards[shard(h)];
    synchronized (shard) {
      return shard.get(h);
    }
  }

  /** The 64-bit key of a term: its FNV-1a hash, mixed so that the top bits spread over shards. */
  public static long key(String term) {
    long z = SparseVector.hash(term);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int shard(long h) {
    return (int) (h >>> (64 - SHARD_BITS));
  }

  private void add(long h, int n) {
    LongIntTable shard = shards[shard(h)];
    synchronized (shard) {
      if (shard.add(h, n)) {
        size.incrementAndGet();
      }
    }
  }

  /**
   * Drops the keys of the lowest document frequencies until at most three quarters of the capacity
   * remain (see the class rules).
   */
  private void pruneIfFull() {
    if (size.get() <= capacity) {
      return;
    }
    synchronized (pruning) {
      if (size.get() <= capacity) {
        return;
      }
      int target = capacity - capacity / 4;
      // histogram of document frequencies (those above 64 together: they are never dropped)
      long[] byDf = new long[66];
      for (LongIntTable shard : shards) {
        synchronized (shard) {
          shard.histogram(byDf);
        }
      }
      long kept = size.get();
      int floor = 0; // keys with df <= floor go
      while (kept > target && floor < 64) {
        floor++;
        kept -= byDf[floor];
      }
      for (LongIntTable shard : shards) {
        synchronized (shard) {
          int dropped = shard.retainAbove(floor); // rebuilt at its survivors' size
          size.addAndGet(-dropped);
          pruned.addAndGet(dropped);
        }
      }
    }
  }
}
