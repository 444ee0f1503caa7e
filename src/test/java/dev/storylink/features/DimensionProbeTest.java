package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The probed dot product ({@link DimensionProbe}) is bit for bit the merge's, so that the cosines,
 * the clustering and the digests do not change with it.
 */
class DimensionProbeTest {

  @Test
  void theTableGivesTheMergesSumOnRandomVectorsOfEverySizeAndOverlap() {
    SplittableRandom rnd = new SplittableRandom(17);
    long[] pool = new long[600];
    for (int k = 0; k < pool.length; k++) {
      pool[k] = rnd.nextLong();
    }
    DimensionProbe.Table table = new DimensionProbe.Table(); // reused: stale slots must not count
    for (int round = 0; round < 3000; round++) {
      long[] a = sortedDistinct(rnd, pool, rnd.nextInt(1, 400), rnd.nextDouble());
      long[] b = sortedDistinct(rnd, pool, rnd.nextInt(0, 400), rnd.nextDouble());
      float[] wa = weights(rnd, a.length);
      float[] wb = weights(rnd, b.length);
      table.fill(a, wa);
      assertThat(table.dot(b, wb)).isEqualTo(SparseVector.mergeDot(a, wa, b, wb));
    }
  }

  @Test
  void keysAtTheEdgesOfTheLongRangeAndNextToEachOther() {
    long[] a = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -5, -1, 0, 1, 2, 7, 9, 11, 13, Long.MAX_VALUE};
    long[] b = {Long.MIN_VALUE, -4, -1, 2, 3, 7, 8, 10, 12, 13, 14, Long.MAX_VALUE - 1};
    float[] wa = new float[a.length];
    float[] wb = new float[b.length];
    Arrays.fill(wa, 0.25f);
    Arrays.fill(wb, 0.5f);
    DimensionProbe.Table table = new DimensionProbe.Table();
    table.fill(a, wa);
    assertThat(table.dot(b, wb)).isEqualTo(SparseVector.mergeDot(a, wa, b, wb)).isEqualTo(0.625);
    table.fill(b, wb); // the least is Long.MIN_VALUE and the greatest is not Long.MAX_VALUE
    assertThat(table.dot(a, wa)).isEqualTo(SparseVector.mergeDot(b, wb, a, wa));
    long[] c = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE + 2, 5, Long.MAX_VALUE};
    float[] wc = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
    table.fill(c, wc); // no free key at either end nor right after the least
    assertThat(table.dot(a, wa)).isEqualTo(SparseVector.mergeDot(c, wc, a, wa));
    assertThat(table.dot(c, wc)).isEqualTo(SparseVector.mergeDot(c, wc, c, wc));
  }

  @Test
  void anArticleAgainstManyCandidatesHasTheMergesCosines() {
    // the clusterer's pattern: one vector on the left of many cosines, four of them interleaved
    SplittableRandom rnd = new SplittableRandom(5);
    List<SparseVector> left = new ArrayList<>();
    for (int v = 0; v < 4; v++) {
      left.add(vector(rnd, 10 + 200 * v));
    }
    for (int round = 0; round < 300; round++) {
      SparseVector right = vector(rnd, rnd.nextInt(0, 500));
      for (SparseVector l : left) {
        double merged =
            Math.min(
                1.0, SparseVector.mergeDot(l.dims(), l.weights(), right.dims(), right.weights()));
        assertThat(l.cosine(right)).isEqualTo(merged);
      }
    }
  }

  @Test
  void aVectorMetTwiceInARowGetsATableAndOneMetOnceNone() {
    DimensionProbe probe = DimensionProbe.forThread();
    SparseVector v = vector(new SplittableRandom(9), 100);
    SparseVector w = vector(new SplittableRandom(10), 100);
    assertThat(probe.tableOf(v)).isNull();
    assertThat(probe.tableOf(w)).isNull();
    assertThat(probe.tableOf(v)).isNotNull();
  }

  private static SparseVector vector(SplittableRandom rnd, int n) {
    Map<Long, Double> m = new HashMap<>();
    while (m.size() < n) {
      m.put(rnd.nextLong(0, 1500), rnd.nextDouble());
    }
    return SparseVector.of(m);
  }

  private static long[] sortedDistinct(SplittableRandom rnd, long[] pool, int n, double shared) {
    TreeSet<Long> s = new TreeSet<>();
    while (s.size() < n) {
      s.add(rnd.nextDouble() < shared ? pool[rnd.nextInt(pool.length)] : rnd.nextLong());
    }
    return s.stream().mapToLong(Long::longValue).toArray();
  }

  private static float[] weights(SplittableRandom rnd, int n) {
    float[] w = new float[n];
    for (int k = 0; k < n; k++) {
      w[k] = (float) rnd.nextDouble();
    }
    return w;
  }
}
