package dev.storylink.features;

import dev.storylink.core.Hashing;
import java.util.Arrays;
import java.util.Map;

/**
 * An L2-normalised sparse vector over 64-bit hashed dimensions, sorted by dimension so that a dot
 * product is one linear merge. Immutable and thread-safe.
 */
public final class SparseVector {
  /** The empty vector. */
  public static final SparseVector EMPTY = new SparseVector(new long[0], new float[0]);

  private final long[] dims;
  private final float[] weights;

  private SparseVector(long[] dims, float[] weights) {
    this.dims = dims;
    this.weights = weights;
  }

  /** Builds a normalised vector from raw (non-negative) weights keyed by hashed dimension. */
  public static SparseVector of(Map<Long, Double> raw) {
    long[] d = new long[raw.size()];
    int i = 0;
    for (long k : raw.keySet()) {
      d[i++] = k;
    }
    Arrays.sort(d);
    double[] v = new double[d.length];
    for (int j = 0; j < d.length; j++) {
      v[j] = raw.get(d[j]);
    }
    return normalised(d, v);
  }

  /** The vector of raw weights {@code v} on the sorted dimensions {@code d}, normalised. */
  private static SparseVector normalised(long[] d, double[] v) {
    float[] w = new float[d.length];
    double norm = 0;
    for (int j = 0; j < d.length; j++) {
      w[j] = (float) v[j];
      norm += v[j] * v[j];
    }
    if (norm <= 0) {
      return EMPTY;
    }
    float inv = (float) (1.0 / Math.sqrt(norm));
    for (int j = 0; j < w.length; j++) {
      w[j] *= inv;
    }
    return new SparseVector(d, w);
  }

  /**
   * Sums raw weights per hashed dimension (an open-addressing table, no boxing) and then builds the
   * vector, exactly as {@link #of} would from a map merged with the same additions. Not
   * thread-safe: one per vector being built.
   */
  public static final class Builder {
    private long[] keys;
    private double[] sums;
    private boolean[] used;
    private int size;

    /** A builder whose table starts at 64 slots and doubles as dimensions are added. */
    public Builder() {
      this(0);
    }

    /**
     * A builder whose table starts large enough for {@code expectedDims} dimensions (at least 64
     * slots, never more than 2^20 to start with): the table a builder for that many dimensions
     * would grow to, so an upper bound on the distinct dimensions saves the doublings and their
     * rehashing. The vector built is the same whatever the start: {@link #build} sorts the
     * dimensions, and each dimension's sum takes its additions in the order they came.
     */
    public Builder(int expectedDims) {
      int length = 64;
      while (length < (1 << 20) && (long) expectedDims * 2 > length) {
        length <<= 1;
      }
      keys = new long[length];
      sums = new double[length];
      used = new boolean[length];
    }

    /** Adds {@code w} to dimension {@code dim}. */
    public void add(long dim, double w) {
      int mask = keys.length - 1;
      int slot = slot(dim, mask);
      while (used[slot]) {
        if (keys[slot] == dim) {
          sums[slot] += w;
          return;
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = dim;
      sums[slot] = w;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private static int slot(long dim, int mask) {
      long h = dim * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
      long[] oldKeys = keys;
      double[] oldSums = sums;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      sums = new double[keys.length];
      used = new boolean[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          int slot = slot(oldKeys[i], mask);
          while (used[slot]) {
            slot = (slot + 1) & mask;
          }
          used[slot] = true;
          keys[slot] = oldKeys[i];
          sums[slot] = oldSums[i];
        }
      }
    }

    /** The normalised vector of the sums. */
    public SparseVector build() {
      long[] d = new long[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (used[i]) {
          d[n++] = keys[i];
        }
      }
      Arrays.sort(d);
      double[] v = new double[size];
      int mask = keys.length - 1;
      for (int j = 0; j < size; j++) {
        int slot = slot(d[j], mask);
        while (keys[slot] != d[j] || !used[slot]) {
          slot = (slot + 1) & mask;
        }
        v[j] = sums[slot];
      }
      return normalised(d, v);
    }
  }

  /** Cosine similarity (both vectors are normalised). */
  public double cosine(SparseVector o) {
    long[] a = dims;
    long[] b = o.dims;
    if (SIMD && a.length >= SIMD_MIN && b.length >= SIMD_MIN) {
      return Math.min(1.0, SimdIntersection.dot(a, weights, b, o.weights));
    }
    return Math.min(1.0, mergeDot(a, weights, b, o.weights));
  }

  /**
   * Weighted Jaccard (Ruzicka) similarity of the normalised weights: the sum over the dimensions
   * both have of the smaller weight, over the sum of the larger weight over all dimensions of
   * either; 0 when both are empty. Unlike the cosine it does not let a few heavy shared dimensions
   * stand for the whole: every weight either side has and the other lacks counts against.
   */
  public double weightedJaccard(SparseVector o) {
    long[] a = dims;
    long[] b = o.dims;
    float[] wa = weights;
    float[] wb = o.weights;
    double min = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        min += Math.min(wa[i], wb[j]);
      }
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    double max = sum(wa) + sum(wb) - min;
    return max <= 0 ? 0 : Math.min(1.0, min / max);
  }

  /**
   * Dice of the dimensions, weights aside: twice the number of dimensions both have over the number
   * each has, added; 0 when both are empty.
   */
  public double dimensionDice(SparseVector o) {
    int all = dims.length + o.dims.length;
    return all == 0 ? 0 : 2.0 * Hashing.sharedSorted(dims, o.dims) / all;
  }

  /** The sum of {@code weights}, in order (all non-negative). */
  private static double sum(float[] weights) {
    double s = 0;
    for (float w : weights) {
      s += w;
    }
    return s;
  }

  /**
   * The dot product by a scalar merge of the sorted dimensions, products added in increasing
   * dimension order ({@link SimdIntersection#dot} adds them in the same order).
   */
  static double mergeDot(long[] a, float[] wa, long[] b, float[] wb) {
    return mergeDot(a, wa, b, wb, 0, 0, 0);
  }

  /**
   * {@link #mergeDot(long[], float[], long[], float[])} from {@code a[i]} and {@code b[j]} on,
   * adding to {@code dot}: the end of {@link SimdIntersection#dot} once a side has fewer than four
   * dimensions left.
   */
  static double mergeDot(long[] a, float[] wa, long[] b, float[] wb, int i, int j, double dot) {
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        dot += wa[i] * wb[j];
      }
      // advance without a hard-to-predict branch (both sides on a match)
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return dot;
  }

  /** Vectors shorter than this are merged by the scalar loop (a block of four needs four). */
  private static final int SIMD_MIN = 8;

  /**
   * Whether {@link #cosine} uses {@link SimdIntersection}: the {@code jdk.incubator.vector} module
   * is in the boot layer (the launchers add it), the processor has 256-bit vectors, and the system
   * property {@code storylink.simd} is not {@code false}. The results are the same either way.
   */
  static final boolean SIMD = simdAvailable();

  private static boolean simdAvailable() {
    if ("false".equals(System.getProperty("storylink.simd"))
        || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return false;
    }
    try {
      return SimdIntersection.usable();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** The sorted hashed dimensions (the vector's own array: not to be modified). */
  long[] dims() {
    return dims;
  }

  /** The normalised weights, one per dimension (the vector's own array: not to be modified). */
  float[] weights() {
    return weights;
  }

  /** Number of non-zero dimensions. */
  public int size() {
    return dims.length;
  }

  /** 64-bit FNV-1a hash of a string, the dimension of a term. */
  public static long hash(CharSequence s) {
    return Hashing.fnv1a(s);
  }

  /**
   * {@link #hash} of {@code (pad + s + pad).substring(from, to)}, without building the strings
   * (character n-grams of a padded term).
   */
  public static long hashPadded(String s, char pad, int from, int to) {
    long h = Hashing.FNV_OFFSET;
    int last = s.length() + 1;
    for (int k = from; k < to; k++) {
      h = Hashing.fnv1a(h, k == 0 || k == last ? pad : s.charAt(k - 1));
    }
    return h;
  }
}
