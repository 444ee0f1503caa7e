package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermCountReaderTest {
  private static Map<String, Long> read(TermCountReader reader, long[] documents) {
    Map<String, Long> counts = new HashMap<>();
    documents[0] = reader.read((k, n) -> counts.merge(k, n, Long::sum));
    return counts;
  }

  private static void fill(InMemoryIndex index, StoreSchema schema) {
    index.add(
        "a1",
        schema.article(
            Records.article("a1", "en", 1, "e1", null),
            List.of("putin", "idlib"),
            Set.of("putin", "idlib", "#s1"),
            List.of()));
    index.add(
        "a2",
        schema.article(
            Records.article("a2", "en", 2, "e1", null),
            List.of("putin", "putin"),
            Set.of("putin", "#s1", "#s2"),
            List.of()));
    index.add("e1", schema.event(Records.event("e1", "s1", "en", 2, true, "a1", "a2")));
    index.commit(schema.commitData(Map.of()));
  }

  @Test
  void documentFrequenciesOfTextTermsAndKeysBesideTheText() throws Exception {
    StoreSchema schema = new StoreSchema(false, false, k -> k.startsWith("#"));
    try (InMemoryIndex index = new InMemoryIndex()) {
      fill(index, schema);
      long[] docs = new long[1];
      Map<String, Long> counts = read(new TermCountReader(index, schema), docs);
      assertThat(counts)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("putin", 2L, "idlib", 1L, "#s1", 2L, "#s2", 1L));
      assertThat(docs[0]).as("articles, not events").isEqualTo(2);
    }
  }

  @Test
  void anOldStoreCountsFromTermsAlone() throws Exception {
    StoreSchema schema = new StoreSchema(true, false, k -> k.startsWith("#"));
    try (InMemoryIndex index = new InMemoryIndex()) {
      fill(index, schema);
      long[] docs = new long[1];
      Map<String, Long> counts = read(new TermCountReader(index, schema), docs);
      assertThat(counts)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("putin", 2L, "idlib", 1L, "#s1", 2L, "#s2", 1L));
      assertThat(docs[0]).isEqualTo(2);
    }
  }

  @Test
  void anEmptyIndexHasNoCounts() throws Exception {
    StoreSchema schema = new StoreSchema(false, false, k -> false);
    try (InMemoryIndex index = new InMemoryIndex()) {
      index.commit(Map.of());
      long[] docs = new long[1];
      assertThat(read(new TermCountReader(index, schema), docs)).isEmpty();
      assertThat(docs[0]).isZero();
    }
  }
}
