package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.store.RankedStories.Ranked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * Search reads its hits in pages and resolves their stories lazily: the stories come in the order
 * one search for all the hits gives (score, then document order; ties included), whatever the
 * number of pages, and a search stops reading hits at its cap.
 */
class RankedStoriesTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);
  private static final Query NEWS = new TermQuery(new Term(StoreSchema.TEXT, "news"));

  /**
   * 600 articles in 150 events and 100 stories over three commits: "news" 1-7 times in texts of
   * varied length (many equal scores), the other words only in some.
   */
  private static InMemoryIndex store() {
    InMemoryIndex index = new InMemoryIndex();
    for (int i = 0; i < 600; i++) {
      List<String> tokens = new ArrayList<>();
      for (int k = 0; k <= i % 7; k++) {
        tokens.add("news");
      }
      for (int k = 0; k < i % 11; k++) {
        tokens.add("w" + (i % 13));
      }
      String event = "e" + (i % 150);
      index.add(
          "a" + i,
          SCHEMA.article(
              Records.article("a" + i, "en", i + 1, event, null),
              tokens,
              Set.copyOf(tokens),
              List.of()));
      if (i % 200 == 199) {
        index.commit(Map.of());
      }
    }
    for (int e = 0; e < 150; e++) {
      index.add("e" + e, SCHEMA.event(Records.event("e" + e, "s" + (e % 100), "en", e, true, "x")));
    }
    index.commit(Map.of());
    return index;
  }

  /** The stories of one search for {@code maxHits} hits, in order of their best hit. */
  private static List<String> oneSearch(InMemoryIndex index, int maxHits) {
    return index.withSearcher(
        s -> {
          HitStories stories = new HitStories(s);
          Map<String, Boolean> out = new LinkedHashMap<>();
          for (ScoreDoc sd : s.search(NEWS, maxHits).scoreDocs) {
            out.putIfAbsent(stories.storyOf(stories.eventOf(sd.doc)) + " " + sd.score, true);
          }
          List<String> ids = new ArrayList<>();
          Set<String> seen = new java.util.HashSet<>();
          for (String k : out.keySet()) {
            if (seen.add(k.substring(0, k.indexOf(' ')))) {
              ids.add(k);
            }
          }
          return ids;
        });
  }

  private static List<String> paged(InMemoryIndex index, int maxHits) {
    return index.withSearcher(
        s -> {
          RankedStories r = new RankedStories(s, NEWS, maxHits);
          List<String> out = new ArrayList<>();
          for (Optional<Ranked> x = r.next(); x.isPresent(); x = r.next()) {
            out.add(x.get().storyId() + " " + x.get().score());
          }
          return out;
        });
  }

  @Test
  void pagesGiveTheOrderOfOneSearchWhateverTheCap() throws Exception {
    try (InMemoryIndex index = store()) {
      for (int maxHits : List.of(1, 10, 63, 64, 65, 191, 192, 193, 400, 600, 5000)) {
        List<String> expected = oneSearch(index, maxHits);
        assertThat(expected).as("cap %d", maxHits).isNotEmpty();
        assertThat(paged(index, maxHits)).as("cap %d", maxHits).isEqualTo(expected);
      }
      assertThat(paged(index, 5000)).hasSize(100); // every story, each once
    }
  }

  @Test
  void theSearchApiGivesTheFirstStoriesOfThatOrderWithTheirHits() throws Exception {
    try (InMemoryIndex index = store()) {
      List<String> expected = oneSearch(index, 200);
      for (int limit : List.of(1, 5, 10)) {
        List<SearchHit> hits = new StorySearch(index).search("news", limit);
        assertThat(hits.stream().map(h -> h.storyId() + " " + h.score()).toList())
            .isEqualTo(expected.subList(0, limit));
        assertThat(hits).allSatisfy(h -> assertThat(h.matched()).containsExactly("news"));
        assertThat(hits).allSatisfy(h -> assertThat(h.articleId()).startsWith("a"));
      }
    }
  }
}
