package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairClustersTest {
  private static Article article(String id, String lang) {
    return new Article(
        id, lang, "Title " + id, "Some text of " + id + ".", Optional.empty(), "", "");
  }

  @Test
  void linkedPairsInOneLanguageChainIntoOneEventAndTheRestStandAlone() {
    List<Article> articles =
        List.of(
            article("a", "en"),
            article("b", "en"),
            article("c", "en"),
            article("d", "en"),
            article("e", "de"),
            article("f", "en"));
    List<PairsDataset.GoldPair> pairs =
        List.of(
            new PairsDataset.GoldPair("a", "b", 1.0),
            new PairsDataset.GoldPair("b", "c", 2.0), // linked at 2: chains a-b-c
            new PairsDataset.GoldPair("c", "d", 2.5), // in between: not linked
            new PairsDataset.GoldPair("d", "e", 1.0), // two languages: events are monolingual
            new PairsDataset.GoldPair("f", "x", 1.0)); // an article not in the set
    Map<String, String> gold = AssignmentTraining.pairClusters(articles, pairs, 2.0);
    assertThat(gold).containsOnlyKeys("a", "b", "c", "d", "e", "f");
    assertThat(gold.get("a")).isEqualTo(gold.get("b")).isEqualTo(gold.get("c"));
    assertThat(gold.values().stream().distinct().count()).isEqualTo(4); // abc, d, e, f
    assertThat(gold.get("d")).isNotEqualTo(gold.get("e")).isNotEqualTo(gold.get("c"));
  }
}
