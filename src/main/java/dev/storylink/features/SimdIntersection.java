package dev.storylink.features;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product of two sparse vectors over sorted, distinct 64-bit dimensions with the JDK's
 * vector API (the incubating {@code jdk.incubator.vector} module): a block of four dimensions of
 * one side is compared with a block of four of the other in four rotations at once, and the block
 * with the smaller last dimension moves on; matches are then summed one by one, each lane's partner
 * read from the rotation that matched it. The products are added in increasing dimension order, as
 * the scalar merge of {@link SparseVector#cosine} adds them, so the result is bit for bit the same
 * (tested). About three times faster than that merge on vectors of some hundred dimensions (the
 * character 4-grams of an article).
 *
 * <p>Loaded only through {@link SparseVector} when the module is in the boot layer (the launchers
 * add it: {@code --add-modules jdk.incubator.vector}) and the processor has 256-bit vectors;
 * otherwise the scalar merge is used and this class is never touched. Stateless and thread-safe.
 */
final class SimdIntersection {
  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_256;
  private static final int LANES = 4;
  private static final VectorShuffle<Long> ROTATE_1 = VectorShuffle.fromValues(SPECIES, 1, 2, 3, 0);
  private static final VectorShuffle<Long> ROTATE_2 = VectorShuffle.fromValues(SPECIES, 2, 3, 0, 1);
  private static final VectorShuffle<Long> ROTATE_3 = VectorShuffle.fromValues(SPECIES, 3, 0, 1, 2);

  private SimdIntersection() {}

  /** True when the processor runs 256-bit long vectors natively (else the API is slow). */
  static boolean usable() {
    return LongVector.SPECIES_PREFERRED.vectorBitSize() >= SPECIES.vectorBitSize();
  }

  /**
   * The sum of {@code wa[i] * wb[j]} over {@code a[i] == b[j]}, in increasing dimension order;
   * {@code a} and {@code b} sorted ascending (signed), without repeats.
   */
  static double dot(long[] a, float[] wa, long[] b, float[] wb) {
    int i = 0;
    int j = 0;
    int na = a.length;
    int nb = b.length;
    double dot = 0;
    while (i + LANES <= na && j + LANES <= nb) {
      LongVector va = LongVector.fromArray(SPECIES, a, i);
      LongVector vb = LongVector.fromArray(SPECIES, b, j);
      // rotation r compares lane l of a with lane (l + r) mod 4 of b
      VectorMask<Long> eq0 = va.eq(vb);
      VectorMask<Long> eq1 = va.eq(vb.rearrange(ROTATE_1));
      VectorMask<Long> eq2 = va.eq(vb.rearrange(ROTATE_2));
      VectorMask<Long> eq3 = va.eq(vb.rearrange(ROTATE_3));
      if (eq0.or(eq1).or(eq2).or(eq3).anyTrue()) {
        dot = matches(wa, i, wb, j, eq0.toLong(), eq1.toLong(), eq2.toLong(), eq3.toLong(), dot);
      }
      // every pair of blocks that can share a dimension meets once, in increasing order
      long lastA = a[i + LANES - 1];
      long lastB = b[j + LANES - 1];
      i += lastA <= lastB ? LANES : 0;
      j += lastB <= lastA ? LANES : 0;
    }
    return SparseVector.mergeDot(a, wa, b, wb, i, j, dot);
  }

  /**
   * The number of dimensions {@code a} and {@code b} share ({@link
   * dev.storylink.core.Hashing#sharedSorted}), by the blocks of {@link #dot}: each matched lane of
   * a meets one lane of b, so a block pair shares as many as its four rotations' masks have lanes.
   */
  static int count(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int na = a.length;
    int nb = b.length;
    int shared = 0;
    while (i + LANES <= na && j + LANES <= nb) {
      LongVector va = LongVector.fromArray(SPECIES, a, i);
      LongVector vb = LongVector.fromArray(SPECIES, b, j);
      shared +=
          va.eq(vb)
              .or(va.eq(vb.rearrange(ROTATE_1)))
              .or(va.eq(vb.rearrange(ROTATE_2)))
              .or(va.eq(vb.rearrange(ROTATE_3)))
              .trueCount();
      long lastA = a[i + LANES - 1];
      long lastB = b[j + LANES - 1];
      i += lastA <= lastB ? LANES : 0;
      j += lastB <= lastA ? LANES : 0;
    }
    while (i < na && j < nb) {
      long x = a[i];
      long y = b[j];
      shared += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return shared;
  }

  /**
   * Adds to {@code dot} the products of the matched lanes of the blocks at {@code wa[i]} and {@code
   * wb[j]}, lanes of a in increasing order (each matches at most one lane of b, the dimensions
   * being distinct): lane {@code l} set in the bits {@code m<r>} of rotation {@code r} meets lane
   * {@code (l + r) mod 4} of b.
   */
  private static double matches(
      float[] wa, int i, float[] wb, int j, long m0, long m1, long m2, long m3, double dot) {
    for (long lanes = m0 | m1 | m2 | m3; lanes != 0; lanes &= lanes - 1) {
      int l = Long.numberOfTrailingZeros(lanes);
      long bit = lanes & -lanes;
      int r = (m0 & bit) != 0 ? 0 : (m1 & bit) != 0 ? 1 : (m2 & bit) != 0 ? 2 : 3;
      dot += wa[i + l] * wb[j + ((l + r) & (LANES - 1))];
    }
    return dot;
  }
}
