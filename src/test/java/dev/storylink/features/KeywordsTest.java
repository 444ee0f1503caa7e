package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordsTest {
  @Test
  void theHeaviestAreThoseTheStableSortPutsFirst() {
    Random rnd = new Random(27);
    for (int round = 0; round < 3_000; round++) {
      // few distinct weights, so that ties at the k-th place are common; some NaN and signed zeros
      Map<Long, Double> weights = rnd.nextBoolean() ? new HashMap<>() : new LinkedHashMap<>();
      int size = rnd.nextInt(60);
      for (int i = 0; i < size; i++) {
        double w =
            switch (rnd.nextInt(12)) {
              case 0 -> -0.0;
              case 1 -> 0.0;
              case 2 -> Double.NaN;
              default -> rnd.nextInt(6) * 0.25;
            };
        weights.put(rnd.nextLong(), w);
      }
      int k = 1 + rnd.nextInt(25);
      assertThat(Keywords.heaviest(weights, k)).isEqualTo(bySort(weights, k));
    }
  }

  @Test
  void fewerEntriesThanAskedGiveThemAllAscending() {
    Map<Long, Double> weights = new LinkedHashMap<>();
    weights.put(9L, 1.0);
    weights.put(-3L, 2.0);
    assertThat(Keywords.heaviest(weights, 20)).containsExactly(-3L, 9L);
    assertThat(Keywords.heaviest(Map.of(), 20)).isEmpty();
    assertThat(Keywords.heaviest(weights, 1)).containsExactly(-3L);
  }

  /** What the extraction computed before: a stable sort of every entry, the first k, ascending. */
  private static long[] bySort(Map<Long, Double> weights, int k) {
    List<Map.Entry<Long, Double>> weighted = new ArrayList<>(weights.entrySet());
    weighted.sort((p, q) -> Double.compare(q.getValue(), p.getValue()));
    return weighted.stream().limit(k).mapToLong(Map.Entry::getKey).sorted().toArray();
  }
}
