package dev.storylink.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.WeakHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The documents matching a query with the highest {@link StoreSchema#SEQ} doc values, highest
 * first: the same result as sorting on {@code SEQ} descending (ties by document order), without
 * reading every match. Each segment's greatest {@code SEQ} (over all its documents, deleted ones
 * too: an upper bound) is computed once per segment and cached; segments are visited from the
 * highest bound down and the walk stops at a segment whose bound cannot beat the last of the {@code
 * n} kept. A story list asks for the most recently updated stories, which live in the newest small
 * segments (an updated story is written again), so it reads a few thousand documents instead of
 * every story of the store.
 *
 * <p>Thread-safe: the bounds are cached per segment core under a lock; searches run concurrently.
 */
final class RecentFirst {
  private final Map<Object, Long> bounds = Collections.synchronizedMap(new WeakHashMap<>());

  /** Global doc ids of the best {@code n} matches of {@code q}, highest {@code SEQ} first. */
  int[] top(IndexSearcher s, Query q, int wanted) throws IOException {
    int n = Math.min(wanted, s.getIndexReader().maxDoc()); // a caller may ask for all (MAX_VALUE)
    if (n < 1) {
      return new int[0];
    }
    List<LeafReaderContext> leaves = new ArrayList<>(s.getIndexReader().leaves());
    long[] bound = new long[leaves.size()];
    Integer[] order = new Integer[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      bound[i] = bound(leaves.get(i));
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(bound[b], bound[a]));
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
    // the kept matches, worst first: lowest seq, then highest doc id (Lucene's tie order)
    PriorityQueue<long[]> kept =
        new PriorityQueue<>(
            Math.min(n, 1024) + 1,
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
    for (int li : order) {
      if (kept.size() == n && bound[li] < kept.peek()[0]) {
        break; // no document of this segment or the ones after can enter
      }
      LeafReaderContext leaf = leaves.get(li);
      Scorer sc = w.scorer(leaf);
      if (sc == null) {
        continue;
      }
      NumericDocValues seq = DocValues.getNumeric(leaf.reader(), StoreSchema.SEQ);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = sc.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        long v = seq.advanceExact(d) ? seq.longValue() : 0L;
        if (kept.size() == n && v < kept.peek()[0]) {
          continue;
        }
        kept.add(new long[] {v, leaf.docBase + d});
        if (kept.size() > n) {
          kept.poll();
        }
      }
    }
    int[] out = new int[kept.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = (int) kept.poll()[1];
    }
    return out;
  }

  /** The greatest SEQ of any document of the segment (cached per segment core). */
  private long bound(LeafReaderContext leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    Object key = helper == null ? null : helper.getKey();
    if (key != null) {
      Long b = bounds.get(key);
      if (b != null) {
        return b;
      }
    }
    long max = Long.MIN_VALUE;
    NumericDocValues seq = DocValues.getNumeric(leaf.reader(), StoreSchema.SEQ);
    boolean all = seq.cost() >= leaf.reader().maxDoc();
    for (int d = seq.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = seq.nextDoc()) {
      max = Math.max(max, seq.longValue());
    }
    if (!all) {
      max = Math.max(max, 0L); // a document without SEQ sorts as 0
    }
    if (key != null) {
      bounds.put(key, max);
    }
    return max;
  }
}
