package dev.storylink.features;

/**
 * The dot product of a vector met again and again with others (an article against each candidate
 * event's representative in the clusterer's shortlist) by probing a hash table of its dimensions
 * for each dimension of the other, instead of a merge of both sorted lists.
 *
 * <p>A merge walks both vectors (each step waits for the previous compare to know which side moves
 * on); a probe walks only the other vector, and its steps do not wait on one another. The table is
 * built for a vector the second time in a row of recent calls that it is the left side of a {@link
 * SparseVector#cosine} on this thread (a vector met once gets none). The products of the shared
 * dimensions are added in increasing dimension order, as the merge adds them, so the dot product is
 * bit for bit the merge's: a dimension of the other vector that the table lacks adds {@code +0.0},
 * which leaves the sum unchanged (a sum started at {@code +0.0} is never {@code -0.0}).
 *
 * <p>Not thread-safe: one per thread ({@link #forThread}), holding the last {@value #SLOTS} left
 * sides met and the tables of those met twice or more (their arrays reused).
 */
final class DimensionProbe {
  /** Left sides remembered per thread (an article has four vectors that the pair features read). */
  static final int SLOTS = 8;

  /** Vectors with fewer dimensions than this are merged (their table would not pay). */
  static final int MIN_DIMS = 16;

  private static final ThreadLocal<DimensionProbe> PER_THREAD =
      ThreadLocal.withInitial(DimensionProbe::new);

  private final SparseVector[] owners = new SparseVector[SLOTS];
  private final int[] uses = new int[SLOTS];
  private final Table[] tables = new Table[SLOTS];
  private int next; // the slot the next new left side takes (round robin)

  private DimensionProbe() {
    for (int s = 0; s < SLOTS; s++) {
      tables[s] = new Table();
    }
  }

  /** This thread's probe. */
  static DimensionProbe forThread() {
    return PER_THREAD.get();
  }

  /**
   * The table of {@code v}'s dimensions when {@code v} was met just before in this thread (it is
   * built now if it was met once), else null (and {@code v} is remembered).
   */
  Table tableOf(SparseVector v) {
    for (int s = 0; s < SLOTS; s++) {
      if (owners[s] == v) {
        if (uses[s]++ == 1) {
          tables[s].fill(v.dims(), v.weights());
        }
        return tables[s];
      }
    }
    int s = next;
    next = (next + 1) % SLOTS;
    owners[s] = v;
    uses[s] = 1;
    return null;
  }

  /**
   * An open-addressing table of a vector's dimensions and weights (linear probing, at most half
   * full). Empty slots hold a key the vector does not have ({@link #empty}).
   */
  static final class Table {
    private long[] keys = new long[0];
    private float[] values = new float[0];
    private long empty;
    private int shift = 64;

    /** Fills the table with {@code dims} (sorted ascending, distinct) and their {@code weights}. */
    void fill(long[] dims, float[] weights) {
      int size = Integer.highestOneBit(Math.max(4, dims.length) * 2 - 1) << 1;
      if (keys.length != size) {
        keys = new long[size];
        values = new float[size];
      }
      // a key no dimension has: one below the least (or the greatest value, above all)
      empty = dims[0] == Long.MIN_VALUE ? Long.MAX_VALUE : dims[0] - 1;
      if (empty == Long.MAX_VALUE && dims[dims.length - 1] == Long.MAX_VALUE) {
        empty = dims[0] + 1 != dims[1] ? dims[0] + 1 : missingKey(dims);
      }
      java.util.Arrays.fill(keys, empty);
      shift = 64 - Integer.numberOfTrailingZeros(size);
      int mask = size - 1;
      for (int i = 0; i < dims.length; i++) {
        int slot = slot(dims[i]);
        while (keys[slot] != empty) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = dims[i];
        values[slot] = weights[i];
      }
    }

    /** A value between two dimensions that are not consecutive numbers (there is one: n < 2^64). */
    private static long missingKey(long[] dims) {
      for (int i = 1; i < dims.length; i++) {
        if (dims[i - 1] + 1 != dims[i]) {
          return dims[i - 1] + 1;
        }
      }
      throw new IllegalStateException("no free key"); // unreachable: too few dimensions
    }

    private int slot(long dim) {
      return (int) ((dim * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /**
     * The sum of {@code weight(d) * wb[j]} over the dimensions {@code d = b[j]} the table holds, in
     * increasing order of {@code b} (sorted ascending): the merge's dot product.
     */
    double dot(long[] b, float[] wb) {
      long[] k = keys;
      float[] v = values;
      long none = empty;
      int mask = k.length - 1;
      double dot = 0;
      for (int j = 0; j < b.length; j++) {
        long y = b[j];
        int slot = slot(y);
        long key = k[slot];
        while (key != y && key != none) {
          slot = (slot + 1) & mask;
          key = k[slot];
        }
        double p = v[slot] * wb[j];
        dot += key == y && y != none ? p : 0.0; // an empty slot's key may be one of b's
      }
      return dot;
    }
  }
}
