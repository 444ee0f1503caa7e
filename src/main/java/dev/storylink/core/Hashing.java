package dev.storylink.core;

/**
 * The 64-bit hash functions every stage uses: FNV-1a for strings (the dimension of a term, the key
 * of a counted term) and the SplitMix64 finalizer to spread a combined key. One implementation, so
 * a term hashes the same in the features, the clusterer and the store. Stateless and thread-safe.
 */
public final class Hashing {
  /** FNV-1a offset basis. */
  public static final long FNV_OFFSET = 0xcbf29ce484222325L;

  /** FNV-1a prime. */
  public static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** 64-bit FNV-1a hash of the chars of {@code s}. */
  public static long fnv1a(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** One more char into an FNV-1a hash {@code h}. */
  public static long fnv1a(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /** SplitMix64 finalizer: spreads the bits of {@code z}. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Number of values two ascending arrays of distinct hashes share (one merge of the two): the
   * overlap of two texts' hashed keys.
   */
  public static int sharedSorted(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      // advance without a hard-to-predict branch (both sides on a match)
      shared += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return shared;
  }
}
