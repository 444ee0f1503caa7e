package dev.storylink.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shared hash functions, and the overlap of two sorted hash arrays. */
class HashingTest {
  @Test
  void sharedSortedCountsTheCommonValues() {
    assertThat(Hashing.sharedSorted(new long[] {-5, 1, 3, 9}, new long[] {1, 2, 9, 10}))
        .isEqualTo(2);
    assertThat(Hashing.sharedSorted(new long[] {}, new long[] {1})).isZero();
    assertThat(Hashing.sharedSorted(new long[] {7}, new long[] {7})).isEqualTo(1);
  }

  @Test
  void sharedSortedIsTheSizeOfTheIntersectionOnRandomSets() {
    Random rnd = new Random(7);
    for (int round = 0; round < 500; round++) {
      Set<Long> a = new TreeSet<>();
      Set<Long> b = new TreeSet<>();
      for (int i = rnd.nextInt(30); i > 0; i--) {
        a.add((long) rnd.nextInt(60) - 30);
      }
      for (int i = rnd.nextInt(30); i > 0; i--) {
        b.add((long) rnd.nextInt(60) - 30);
      }
      Set<Long> both = new TreeSet<>(a);
      both.retainAll(b);
      long[] x = a.stream().mapToLong(Long::longValue).toArray();
      long[] y = b.stream().mapToLong(Long::longValue).toArray();
      assertThat(Hashing.sharedSorted(x, y)).isEqualTo(both.size());
    }
  }

  @Test
  void fnvOfAStringIsItsCharsOneByOne() {
    long h = Hashing.FNV_OFFSET;
    for (char c : "بوتين".toCharArray()) {
      h = Hashing.fnv1a(h, c);
    }
    assertThat(Hashing.fnv1a("بوتين")).isEqualTo(h);
  }
}
