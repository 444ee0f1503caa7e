package dev.storylink.features;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product of two sparse vectors over sorted, distinct 64-bit dimensions with the JDK's
 * vector API (the incubating {@code jdk.incubator.vector} module): a block of four dimensions of
 * one side is compared with a block of four of the other in four rotations at once, and the block
 * with the smaller last dimension moves on; matches (rare) are then summed one by one. The products
 * are added in increasing dimension order, as the scalar merge of {@link SparseVector#cosine} adds
 * them, so the result is bit for bit the same (tested). About three times faster than that merge on
 * vectors of some hundred dimensions (the character 4-grams of an article).
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
      VectorMask<Long> eq =
          va.eq(vb)
              .or(va.eq(vb.rearrange(ROTATE_1)))
              .or(va.eq(vb.rearrange(ROTATE_2)))
              .or(va.eq(vb.rearrange(ROTATE_3)));
      if (eq.anyTrue()) {
        // lanes of a in increasing order: each matches one dimension of b's block
        for (int l = 0; l < LANES; l++) {
          if (eq.laneIsSet(l)) {
            long x = a[i + l];
            for (int q = 0; q < LANES; q++) {
              if (b[j + q] == x) {
                dot += wa[i + l] * wb[j + q];
                break;
              }
            }
          }
        }
      }
      // every pair of blocks that can share a dimension meets once, in increasing order
      long lastA = a[i + LANES - 1];
      long lastB = b[j + LANES - 1];
      i += lastA <= lastB ? LANES : 0;
      j += lastB <= lastA ? LANES : 0;
    }
    return SparseVector.mergeDot(a, wa, b, wb, i, j, dot);
  }
}
