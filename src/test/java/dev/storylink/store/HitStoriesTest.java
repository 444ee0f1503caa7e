package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.ArticleStore.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

/**
 * Search resolves its hits' stories from doc values where they were written and from stored fields
 * in a store written before: the results are the same in both, and in a store that mixes them.
 */
class HitStoriesTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);

  /** Which documents are written as before the doc values existed. */
  private enum Written {
    NEW,
    OLD,
    MIXED
  }

  private static Document old(Document d) {
    d.removeFields(StoreSchema.EVENT_OF_ARTICLE);
    d.removeFields(StoreSchema.STORY_OF_EVENT);
    return d;
  }

  private static void add(InMemoryIndex index, Written w, int n, String id, Document d) {
    boolean asOld = w == Written.OLD || (w == Written.MIXED && n % 2 == 0);
    index.add(id, asOld ? old(d) : d);
  }

  private static void article(InMemoryIndex index, Written w, int n, String id, String event) {
    List<String> tokens = List.of("putin", "idlib", "word" + (n % 3), "putin".repeat(1 + n % 2));
    add(
        index,
        w,
        n,
        id,
        SCHEMA.article(
            Records.article(id, "en", n, event, null), tokens, Set.copyOf(tokens), List.of()));
  }

  private static void event(InMemoryIndex index, Written w, int n, String id, String story) {
    add(index, w, n, id, SCHEMA.event(Records.event(id, story, "en", n, true, "a" + n)));
  }

  /** Twelve events in six stories over three commits; two events move story later, one is gone. */
  private static InMemoryIndex store(Written w) {
    InMemoryIndex index = new InMemoryIndex();
    int n = 1;
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < 4; i++) {
        int e = c * 4 + i;
        for (int a = 0; a <= e % 3; a++) {
          article(index, w, n++, "a" + e + "_" + a, "e" + e);
        }
        event(index, w, n++, "e" + e, "s" + (e % 6));
      }
      index.commit(Map.of());
    }
    // events rewritten after a story merge (the old document deleted), one event gone
    event(index, w, n++, "e1", "s0");
    event(index, w, n++, "e7", "s5");
    index.delete("e11");
    index.commit(Map.of());
    return index;
  }

  private static List<String> results(Written w, String query, int limit) throws Exception {
    try (InMemoryIndex index = store(w)) {
      List<String> out = new ArrayList<>();
      for (SearchHit h : new StorySearch(index).search(query, limit)) {
        out.add(h.storyId() + " " + h.articleId() + " " + h.score() + " " + h.matched());
      }
      return out;
    }
  }

  @Test
  void theSameResultsWithDocValuesWithoutThemAndMixed() throws Exception {
    for (String q : List.of("putin", "idlib word1", "word2", "putinputin")) {
      for (int limit : List.of(1, 3, 10)) {
        List<String> before = results(Written.OLD, q, limit);
        assertThat(before).as(q).isNotEmpty();
        assertThat(results(Written.NEW, q, limit)).as(q).isEqualTo(before);
        assertThat(results(Written.MIXED, q, limit)).as(q).isEqualTo(before);
      }
    }
  }

  @Test
  void aMovedEventCountsForItsNewStoryAndAGoneEventForNone() throws Exception {
    for (Written w : Written.values()) {
      try (InMemoryIndex index = store(w)) {
        List<String> stories =
            new StorySearch(index).search("putin", 10).stream().map(SearchHit::storyId).toList();
        // s1 held e1 and e7, both moved (to s0 and s5): no hit of s1; e11 (s5) is gone
        assertThat(stories).as(w.name()).containsExactlyInAnyOrder("s0", "s2", "s3", "s4", "s5");
      }
    }
  }
}
