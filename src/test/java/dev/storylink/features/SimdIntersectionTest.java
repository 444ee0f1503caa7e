package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vector-API dot product gives exactly (bit for bit) the scalar merge's result, so that the
 * clustering does not depend on whether the launcher added the module.
 */
class SimdIntersectionTest {

  @BeforeAll
  static void needsModule() {
    assumeTrue(
        SparseVector.SIMD,
        "jdk.incubator.vector not in the boot layer (or no 256-bit vectors): the scalar merge is used");
  }

  @Test
  void equalsTheMergeOnRandomVectorsOfEverySizeAndOverlap() {
    SplittableRandom rnd = new SplittableRandom(7);
    long[] pool = new long[400];
    for (int k = 0; k < pool.length; k++) {
      pool[k] = rnd.nextLong();
    }
    for (int round = 0; round < 3000; round++) {
      long[] a = sortedDistinct(rnd, pool, rnd.nextInt(0, 120), rnd.nextDouble());
      long[] b = sortedDistinct(rnd, pool, rnd.nextInt(0, 120), rnd.nextDouble());
      float[] wa = weights(rnd, a.length);
      float[] wb = weights(rnd, b.length);
      double merged = SparseVector.mergeDot(a, wa, b, wb);
      assertThat(SimdIntersection.dot(a, wa, b, wb)).isEqualTo(merged);
      assertThat(SimdIntersection.dot(b, wb, a, wa)).isEqualTo(SparseVector.mergeDot(b, wb, a, wa));
    }
  }

  @Test
  void equalsTheMergeAtTheEdgesOfTheLongRange() {
    long[] a = {Long.MIN_VALUE, -5, -1, 0, 1, 7, 9, 11, 13, Long.MAX_VALUE};
    long[] b = {Long.MIN_VALUE, -4, -1, 2, 7, 8, 10, 12, 13, 14, Long.MAX_VALUE};
    float[] wa = new float[a.length];
    float[] wb = new float[b.length];
    Arrays.fill(wa, 0.25f);
    Arrays.fill(wb, 0.5f);
    assertThat(SimdIntersection.dot(a, wa, b, wb)).isEqualTo(SparseVector.mergeDot(a, wa, b, wb));
    assertThat(SimdIntersection.dot(a, wa, b, wb)).isEqualTo(5 * 0.125);
  }

  @Test
  void aVectorWithItselfAndDisjointVectors() {
    long[] a = new long[64];
    long[] b = new long[64];
    for (int k = 0; k < 64; k++) {
      a[k] = 2L * k;
      b[k] = 2L * k + 1;
    }
    float[] w = weights(new SplittableRandom(3), 64);
    assertThat(SimdIntersection.dot(a, w, a, w)).isEqualTo(SparseVector.mergeDot(a, w, a, w));
    assertThat(SimdIntersection.dot(a, w, b, w)).isZero();
  }

  @Test
  void cosineOfRealVectorsIsTheSameWithAndWithoutTheModule() {
    Map<Long, Double> x = new HashMap<>();
    Map<Long, Double> y = new HashMap<>();
    SplittableRandom rnd = new SplittableRandom(11);
    for (int k = 0; k < 300; k++) {
      x.put(rnd.nextLong(0, 600), rnd.nextDouble());
      y.put(rnd.nextLong(0, 600), rnd.nextDouble());
    }
    SparseVector vx = SparseVector.of(x);
    SparseVector vy = SparseVector.of(y);
    double scalar =
        Math.min(1.0, SparseVector.mergeDot(vx.dims(), vx.weights(), vy.dims(), vy.weights()));
    assertThat(vx.cosine(vy)).isEqualTo(scalar).isBetween(0.2, 0.9);
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
