package dev.storylink.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.compare.CoverageComparer;
import dev.storylink.core.Json;
import dev.storylink.features.CorpusStats;
import dev.storylink.store.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The caches of {@link StoryFacts} (article facts by id and text, sentence links by article pair):
 * a story's matrix built after its smaller versions is the matrix built afresh.
 */
class StoryFactsCacheTest {
  private static StoryFacts fresh() {
    return new StoryFacts(CorpusStats.background(), new CoverageComparer(CorpusStats.background()));
  }

  private static String json(FactMatrix m) throws Exception {
    return Json.MAPPER.writeValueAsString(m);
  }

  @Test
  void aGrowingStorysMatrixEqualsTheMatrixComputedAfresh() throws Exception {
    for (String name : FactFixtures.STORIES) {
      List<StoredArticle> story = FactFixtures.story(name);
      StoryFacts growing = fresh();
      for (int n = 1; n <= story.size(); n++) {
        growing.matrix(story.subList(0, n)); // every version of the story, as ingest adds them
      }
      assertThat(json(growing.matrix(story))).isEqualTo(json(fresh().matrix(story)));
    }
  }

  @Test
  void anArticlesFactsAreReusedUnderAnotherIngestNumber() throws Exception {
    List<StoredArticle> story = FactFixtures.story("quake");
    StoryFacts facts = fresh();
    StoredArticle first = story.get(0);
    ArticleFacts a = facts.facts(first);
    StoredArticle renumbered =
        new StoredArticle(first.article(), 7, first.eventId(), first.duplicateOf());
    ArticleFacts b = facts.facts(renumbered);
    assertThat(b.seq()).isEqualTo(7);
    assertThat(b.facts()).isSameAs(a.facts());
    assertThat(b.withSeq(first.seq())).isEqualTo(a);
    // a different story order renumbers its articles: the matrix equals the fresh one
    List<StoredArticle> reversed = new ArrayList<>();
    for (int i = story.size() - 1; i >= 0; i--) {
      StoredArticle s = story.get(i);
      reversed.add(
          new StoredArticle(s.article(), reversed.size() + 1L, s.eventId(), s.duplicateOf()));
    }
    facts.matrix(story);
    assertThat(json(facts.matrix(reversed))).isEqualTo(json(fresh().matrix(reversed)));
  }
}
