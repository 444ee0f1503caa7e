package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.carrotsearch.hppc.LongIntHashMap;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Session 31: {@link StreamTermStats}'s shards are {@link LongIntTable}s (a key and its count side
 * by side) instead of hppc {@link LongIntHashMap}s. Each rule is held to session 30's operations on
 * a {@link LongIntHashMap}, kept here as the oracle: the add ({@code getOrDefault}, then {@code
 * put} of the capped sum, new when the size grew), the histogram over the map's values, and the
 * pruning (a new map of the keys above the floor).
 */
class LongIntTableTest {

  /** Session 30's shard, as StreamTermStats used it. */
  private static final class Oracle {
    final LongIntHashMap map = new LongIntHashMap();

    boolean add(long h, int n) {
      int before = map.size();
      long sum = (long) map.getOrDefault(h, 0) + n;
      map.put(h, (int) Math.min(Integer.MAX_VALUE, sum));
      return map.size() != before;
    }

    void histogram(long[] byDf) {
      for (int v : map.values) {
        if (v > 0) {
          byDf[Math.min(v, byDf.length - 1)]++;
        }
      }
    }

    int retainAbove(int floor) {
      LongIntHashMap next = new LongIntHashMap(map.size());
      for (var c : map) {
        if (c.value > floor) {
          next.put(c.key, c.value);
        }
      }
      int dropped = map.size() - next.size();
      map.release();
      map.ensureCapacity(next.size());
      map.putAll(next);
      return dropped;
    }
  }

  private static void assertSameCounts(LongIntTable table, Oracle oracle, long[] probes) {
    assertThat(table.size()).isEqualTo(oracle.map.size());
    for (var c : oracle.map) {
      assertThat(table.get(c.key)).as("count of %s", c.key).isEqualTo(c.value);
    }
    for (long p : probes) {
      assertThat(table.get(p)).as("count of %s", p).isEqualTo(oracle.map.getOrDefault(p, 0));
    }
    long[] want = new long[66];
    long[] got = new long[66];
    oracle.histogram(want);
    table.histogram(got);
    assertThat(got).isEqualTo(want);
  }

  /**
   * Rules: a key absent counts 0; an add puts the key (also when it adds 0) and says whether it was
   * new; the counts stop at Integer.MAX_VALUE; the table grows; pruning drops the keys at or under
   * the floor and keeps the others' counts. Random keys (key 0 among them, keys that share their
   * low bits), counts and floors.
   */
  @Test
  void randomAddsAndPrunesGiveTheOraclesCountsSizesAndHistograms() {
    SplittableRandom random = new SplittableRandom(31);
    for (int round = 0; round < 40; round++) {
      LongIntTable table = new LongIntTable(random.nextInt(0, 100));
      Oracle oracle = new Oracle();
      int range = random.nextInt(1, 5000);
      long[] pool = new long[range];
      for (int i = 0; i < range; i++) {
        long k = random.nextLong();
        pool[i] =
            switch (random.nextInt(10)) {
              case 0 -> 0L;
              case 1 -> k << 20; // the same low bits: one long probe run
              case 2 -> (k & 0xFFL) | 0x7C00_0000_0000_0000L; // one shard's top bits, few others
              default -> k;
            };
      }
      for (int op = 0; op < 20_000; op++) {
        long key = pool[random.nextInt(range)];
        int n =
            switch (random.nextInt(20)) {
              case 0 -> 0;
              case 1 -> Integer.MAX_VALUE - random.nextInt(3);
              case 2 -> random.nextInt(1, 70);
              default -> 1;
            };
        assertThat(table.add(key, n)).as("new key %s", key).isEqualTo(oracle.add(key, n));
        if (random.nextInt(2_000) == 0) {
          int floor = random.nextInt(0, 5);
          assertThat(table.retainAbove(floor)).isEqualTo(oracle.retainAbove(floor));
        }
      }
      assertSameCounts(table, oracle, Arrays.copyOf(pool, Math.min(range, 500)));
      int floor = random.nextInt(0, 4);
      assertThat(table.retainAbove(floor)).isEqualTo(oracle.retainAbove(floor));
      assertSameCounts(table, oracle, Arrays.copyOf(pool, Math.min(range, 500)));
    }
  }

  /**
   * Rule: as the statistics count real news (every text's distinct terms and sentence keys, one
   * document each, in file order), every key's count, the sizes and the histograms are the
   * oracle's, and so after pruning at floors 1 and 2.
   */
  @Test
  void realNewsKeysCountAsInTheOracle() {
    LongIntTable table = new LongIntTable();
    Oracle oracle = new Oracle();
    List<Long> keys = new ArrayList<>();
    int texts = 0;
    for (JsonNode a : RealNews.articles()) {
      String text = a.path("title").asText() + "\n" + a.path("text").asText();
      var analyzed = TextAnalysis.analyze(text, a.path("lang").asText("en"));
      Set<String> distinct = new LinkedHashSet<>();
      for (Token t : analyzed.tokens()) {
        distinct.add(t.term());
      }
      distinct.addAll(CorpusStats.sentenceKeysBySentence(analyzed));
      for (String k : distinct) {
        long h = StreamTermStats.key(k);
        assertThat(table.add(h, 1)).isEqualTo(oracle.add(h, 1));
        keys.add(h);
      }
      texts++;
    }
    assertThat(texts).isGreaterThan(100);
    long[] probes = keys.stream().mapToLong(Long::longValue).toArray();
    assertSameCounts(table, oracle, probes);
    for (int floor = 1; floor <= 2; floor++) {
      assertThat(table.retainAbove(floor)).isEqualTo(oracle.retainAbove(floor));
      assertSameCounts(table, oracle, probes);
    }
  }
}
