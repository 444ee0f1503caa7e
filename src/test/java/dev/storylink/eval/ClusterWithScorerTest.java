package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkModel;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clustering with a given pair scorer (the cross-validated cluster-pairs' path) is the product's
 * clustering; and the second look changes what the clusterer sees.
 */
class ClusterWithScorerTest {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();

  private static List<Article> fixtures() throws IOException, URISyntaxException {
    Path jsonl =
        Path.of(
            ClusterWithScorerTest.class.getResource("/fixtures/cluster/articles.jsonl").toURI());
    return new ArrayList<>(PairsDataset.readArticles(jsonl).values());
  }

  /** The partition of a clustering as sets of article ids, independent of the ids minted. */
  private static Map<String, List<String>> partition(Map<String, String> of) {
    Map<String, List<String>> byCluster = new HashMap<>();
    of.forEach((a, c) -> byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(a));
    Map<String, List<String>> out = new HashMap<>();
    byCluster.values().forEach(members -> out.put(members.get(0), members));
    return out;
  }

  @Test
  void theShippedScorerGivenExplicitlyClustersAsTheProductDoes() throws Exception {
    List<Article> articles = fixtures();
    ClusterConfig cfg = ClusterConfig.defaults();
    ClusterEvaluator.Clustering product = ClusterEvaluator.cluster(articles, cfg, LANG);
    ClusterEvaluator.Clustering given =
        ClusterEvaluator.cluster(articles, cfg, LANG, FeaturePairScorer.forClustering());
    assertThat(given.eventOf()).containsOnlyKeys(product.eventOf().keySet());
    assertThat(partition(given.eventOf())).isEqualTo(partition(product.eventOf()));
    assertThat(partition(given.storyOf())).isEqualTo(partition(product.storyOf()));
  }

  @Test
  void aSecondLookWithTheShippedModelGivenExplicitlyClustersAsTheProductDoes() throws Exception {
    List<Article> articles = fixtures();
    ClusterConfig cfg =
        ClusterConfig.defaults().withSecondLook(ClusterConfig.SecondLook.EVERYWHERE);
    ClusterEvaluator.Clustering product = ClusterEvaluator.cluster(articles, cfg, LANG);
    ClusterEvaluator.Clustering given =
        ClusterEvaluator.cluster(
            articles, cfg, LANG, FeaturePairScorer.forClustering(LinkModel.shipped()));
    assertThat(partition(given.eventOf())).isEqualTo(partition(product.eventOf()));
  }

  @Test
  void theFoldsTrainingSetsLeaveTheirPairsOut() {
    PairsDataset.GoldPair p0 = new PairsDataset.GoldPair("a", "b", 1.0);
    PairsDataset.GoldPair p1 = new PairsDataset.GoldPair("c", "d", 4.0);
    PairsDataset.GoldPair p2 = new PairsDataset.GoldPair("e", "f", 2.0);
    PairEvaluator.PairData data =
        new PairEvaluator.PairData(
            List.of(p0, p1, p2),
            List.of(new double[] {0}, new double[] {1}, new double[] {2}),
            List.of("en-en", "de-de", "en-de"),
            List.of(false, false, false),
            List.of(new double[] {0}, new double[] {1}, new double[] {2}),
            List.of(false, false, true),
            List.of());
    PairEvaluator.PairData sub = ClusterPairsCv.subset(data, new int[] {0, 2});
    assertThat(sub.pairs()).containsExactly(p0, p2);
    assertThat(sub.xs()).extracting(x -> x[0]).containsExactly(0.0, 2.0);
    assertThat(sub.groups()).containsExactly("en-en", "en-de");
    assertThat(sub.crossLanguage()).containsExactly(false, true);
  }
}
