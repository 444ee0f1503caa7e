package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.ArticleStore.SearchHit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StorySearchTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);

  private static void article(
      InMemoryIndex index, String id, String event, List<String> tokens, List<String> names) {
    index.add(
        id,
        SCHEMA.article(
            Records.article(id, "xx", 1, event, null), tokens, Set.copyOf(tokens), names));
  }

  @Test
  void oneHitPerStoryBestFirstAcrossScripts() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      article(index, "ru1", "e1", List.of("путин", "идлиб"), List.of("Путин"));
      article(index, "en1", "e2", List.of("putin", "idlib", "putin"), List.of("Putin"));
      article(index, "en2", "e2", List.of("putin"), List.of("Putin"));
      article(index, "fa1", "e3", List.of("برف", "تبریز"), List.of("تبریز"));
      article(index, "lost", "e9", List.of("putin"), List.of()); // its event is gone: no story
      index.add("e1", SCHEMA.event(Records.event("e1", "s1", "ru", 1, true, "ru1")));
      index.add("e2", SCHEMA.event(Records.event("e2", "s1", "en", 1, true, "en1", "en2")));
      index.add("e3", SCHEMA.event(Records.event("e3", "s2", "fa", 1, true, "fa1")));
      index.commit(Map.of());
      StorySearch search = new StorySearch(index);

      List<SearchHit> hits = search.search("Putin Idlib", 10);
      assertThat(hits).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(hits.get(0).articleId()).isEqualTo("en1");
      // a Russian name in Latin letters finds the Russian article by its skeleton
      assertThat(search.search("Putin", 10)).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(search.search("Путин", 10)).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(search.search("تبریز", 10)).extracting(SearchHit::storyId).containsExactly("s2");
      assertThat(search.search("Putin Tabriz", 1)).hasSize(1);
      assertThat(search.search("", 10)).isEmpty();
      assertThat(StorySearch.articleQuery("  ")).isEmpty();
    }
  }

  @Test
  void anArabicQueryWithTheDefiniteArticleFindsTheStrippedIndexTerm() throws Exception {
    try (InMemoryIndex index = new InMemoryIndex()) {
      // Arabic articles are indexed with the definite article stripped: كرملين, not الكرملين
      article(index, "ar1", "e1", List.of("كرملين"), List.of());
      index.add("e1", SCHEMA.event(Records.event("e1", "s1", "ar", 1, true, "ar1")));
      index.commit(Map.of());
      assertThat(new StorySearch(index).search("الكرملين", 10))
          .extracting(SearchHit::storyId)
          .containsExactly("s1");
    }
  }
}
