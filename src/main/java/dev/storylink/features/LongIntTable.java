package dev.storylink.features;

/**
 * Counts by 64-bit key, for {@link StreamTermStats}'s shards: an open-addressing table probed
 * linearly whose slots hold a key and its count side by side in one {@code long[]}, so that a
 * look-up of a key that is there reads one cache line where a table of separate key and value
 * arrays reads two (the statistics' tables are far larger than the caches, and every distinct term
 * of every article is looked up).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The keys are expected to be well mixed already ({@link StreamTermStats#key}): the slot is
 *       the key's low bits.
 *   <li>A key absent counts 0; {@link #add} puts a key even when it adds 0 (it is then kept, and
 *       counted by {@link #size}, with count 0).
 *   <li>The table doubles when it would be more than 3/4 full, and {@link #retainAbove} rebuilds it
 *       at the size its survivors need.
 * </ul>
 *
 * <p>Not thread-safe: {@link StreamTermStats} guards each with its shard's lock.
 */
final class LongIntTable {
  private static final int MIN_SLOTS = 16;

  /** Slot {@code i}: key at {@code 2i}, count at {@code 2i + 1}; key 0 is kept apart. */
  private long[] slots;

  private int mask;
  private int size; // keys other than 0
  private boolean hasZero;
  private int zeroCount;

  /** An empty table. */
  LongIntTable() {
    this(0);
  }

  /** An empty table with room for {@code expected} keys before it grows. */
  LongIntTable(int expected) {
    allocate(slotsFor(expected));
  }

  private static int slotsFor(int keys) {
    int n = MIN_SLOTS;
    while (n < (1 << 30) && (long) keys * 4 > (long) n * 3) {
      n <<= 1;
    }
    return n;
  }

  private void allocate(int n) {
    slots = new long[2 * n];
    mask = n - 1;
    size = 0;
  }

  /** Keys held. */
  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** The count of {@code key}; 0 when absent. */
  int get(long key) {
    if (key == 0) {
      return zeroCount;
    }
    long[] s = slots;
    for (int i = (int) key & mask; ; i = (i + 1) & mask) {
      long k = s[2 * i];
      if (k == key) {
        return (int) s[2 * i + 1];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  /**
   * Adds {@code n} (non-negative) to the count of {@code key}, capped at {@link Integer#MAX_VALUE},
   * putting the key if absent; true when it was absent.
   */
  boolean add(long key, int n) {
    if (key == 0) {
      boolean added = !hasZero;
      hasZero = true;
      zeroCount = (int) Math.min(Integer.MAX_VALUE, (long) zeroCount + n);
      return added;
    }
    long[] s = slots;
    int i = (int) key & mask;
    for (; ; i = (i + 1) & mask) {
      long k = s[2 * i];
      if (k == key) {
        s[2 * i + 1] = Math.min(Integer.MAX_VALUE, s[2 * i + 1] + n);
        return false;
      }
      if (k == 0) {
        break;
      }
    }
    s[2 * i] = key;
    s[2 * i + 1] = Math.min(Integer.MAX_VALUE, n);
    if (++size * 4L > (mask + 1L) * 3) {
      rehash(2 * (mask + 1));
    }
    return true;
  }

  /** Adds 1 to {@code byCount[min(count, byCount.length - 1)]} for each key of a positive count. */
  void histogram(long[] byCount) {
    int top = byCount.length - 1;
    if (hasZero && zeroCount > 0) {
      byCount[Math.min(zeroCount, top)]++;
    }
    for (int i = 1; i < slots.length; i += 2) {
      if (slots[i - 1] != 0 && slots[i] > 0) {
        byCount[(int) Math.min(slots[i], top)]++;
      }
    }
  }

  /**
   * Drops the keys whose count is at most {@code floor}, and rebuilds the table at the size the
   * rest need; returns how many were dropped.
   */
  int retainAbove(int floor) {
    int before = size();
    if (hasZero && zeroCount <= floor) {
      hasZero = false;
      zeroCount = 0;
    }
    int kept = 0;
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0 && slots[i + 1] > floor) {
        kept++;
      }
    }
    long[] old = slots;
    allocate(slotsFor(kept));
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 && old[i + 1] > floor) {
        put(old[i], old[i + 1]);
      }
    }
    return before - size();
  }

  private void rehash(int n) {
    long[] old = slots;
    allocate(n);
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0) {
        put(old[i], old[i + 1]);
      }
    }
  }

  /** Puts a key known absent, in a table with room for it. */
  private void put(long key, long count) {
    long[] s = slots;
    int i = (int) key & mask;
    while (s[2 * i] != 0) {
      i = (i + 1) & mask;
    }
    s[2 * i] = key;
    s[2 * i + 1] = count;
    size++;
  }
}
