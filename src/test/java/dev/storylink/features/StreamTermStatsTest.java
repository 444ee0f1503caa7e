package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StreamTermStatsTest {

  @Test
  void countsDocumentsAndDistinctKeysPerDocument() {
    StreamTermStats s = new StreamTermStats();
    assertThat(s.docCount()).isEqualTo(1);
    assertThat(s.documents()).isZero();
    s.addTerms(Set.of("پوتین", "putin", "tehran"));
    s.addTerms(Set.of("پوتین", "astana"));
    assertThat(s.documents()).isEqualTo(2);
    assertThat(s.docFreq("پوتین")).isEqualTo(2);
    assertThat(s.docFreq("putin")).isEqualTo(1);
    assertThat(s.docFreq("بوتين")).isZero();
    assertThat(s.size()).isEqualTo(4);
  }

  @Test
  void loadedCountsAddUp() {
    StreamTermStats s = new StreamTermStats();
    s.addCount("astana", 3);
    s.addCount("astana", 4); // the same term in two index segments
    s.setDocuments(10);
    assertThat(s.docFreq("astana")).isEqualTo(7);
    assertThat(s.docCount()).isEqualTo(10);
    assertThatThrownBy(() -> s.addCount("x", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beyondTheCapacityTheRarestKeysAreDropped() {
    StreamTermStats s = new StreamTermStats(100);
    for (int doc = 0; doc < 60; doc++) {
      // every document: two common words and one word of its own
      s.addTerms(List.of("common", "frequent", "once-" + doc));
    }
    assertThat(s.size()).isEqualTo(62);
    for (int doc = 60; doc < 100; doc++) {
      s.addTerms(List.of("common", "frequent", "once-" + doc));
    }
    // the 101st key made the statistics drop all keys seen once: 2 remain
    assertThat(s.size()).isLessThanOrEqualTo(75);
    assertThat(s.prunedKeys()).isGreaterThanOrEqualTo(98);
    assertThat(s.docFreq("common")).isEqualTo(100);
    assertThat(s.docFreq("once-3")).isZero();
    assertThat(s.documents()).isEqualTo(100);
  }

  @Test
  void pruningKeepsTheMoreFrequentKeysAndADroppedKeyCountsAnew() {
    StreamTermStats s = new StreamTermStats(25);
    for (int doc = 0; doc < 20; doc++) {
      s.addTerms(List.of("twice-" + (doc / 2), "once-" + doc));
    }
    // the 17th document brought 26 keys: all seen once went (once-0..16 and twice-8, seen once
    // then); twice-0..7 stayed
    for (int k = 0; k < 8; k++) {
      assertThat(s.docFreq("twice-" + k)).isEqualTo(2);
    }
    assertThat(s.docFreq("twice-8")).isEqualTo(1); // dropped, then counted anew
    assertThat(s.docFreq("twice-9")).isEqualTo(2);
    assertThat(s.docFreq("once-16")).isZero();
    assertThat(s.docFreq("once-17")).isEqualTo(1);
    assertThat(s.prunedKeys()).isEqualTo(18);
    assertThat(s.size()).isEqualTo(13);
  }

  @Test
  void theSameInputGivesTheSameStatistics() {
    StreamTermStats a = new StreamTermStats(50);
    StreamTermStats b = new StreamTermStats(50);
    for (int doc = 0; doc < 500; doc++) {
      List<String> keys = List.of("k" + doc % 7, "k" + doc % 13, "k" + doc % 101, "u" + doc);
      a.addTerms(keys);
      b.addTerms(keys);
    }
    for (int k = 0; k < 101; k++) {
      assertThat(a.docFreq("k" + k)).isEqualTo(b.docFreq("k" + k));
    }
    assertThat(a.size()).isEqualTo(b.size()).isLessThanOrEqualTo(50);
  }

  @Test
  void readersMayReadWhileADocumentIsAdded() throws Exception {
    StreamTermStats s = new StreamTermStats(1000);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<?> reader =
          pool.submit(
              () -> {
                for (int i = 0; i < 200_000; i++) {
                  assertThat(s.docFreq("common")).isLessThanOrEqualTo(2000);
                }
              });
      List<Future<?>> writers = new ArrayList<>();
      writers.add(
          pool.submit(
              () -> {
                for (int doc = 0; doc < 2000; doc++) {
                  s.addTerms(List.of("common", "w" + doc));
                }
              }));
      for (Future<?> w : writers) {
        w.get();
      }
      reader.get();
    } finally {
      pool.shutdown();
    }
    assertThat(s.docFreq("common")).isEqualTo(2000);
    assertThat(s.documents()).isEqualTo(2000);
  }

  @Test
  void capacityMustBeUsable() {
    assertThatThrownBy(() -> new StreamTermStats(3)).isInstanceOf(IllegalArgumentException.class);
  }
}
