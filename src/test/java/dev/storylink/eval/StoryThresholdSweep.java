package dev.storylink.eval;

import dev.storylink.cluster.ClusterConfig;
import dev.storylink.core.Article;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Story threshold sweep on a cluster set (issue 11), a development helper run by hand:
 *
 * <pre>
 * java -cp target/storylink.jar:target/test-classes dev.storylink.eval.StoryThresholdSweep \
 *     ../shared/data/xling-dev/ecb 0.95 0.96 0.97
 * </pre>
 *
 * <p>Clusters the set once per threshold ({@link ClusterConfig#withStoryThreshold}) and prints the
 * story figures of {@link StoryEvaluator}. Not thread-safe; prints to standard output.
 */
public final class StoryThresholdSweep {
  private StoryThresholdSweep() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    LanguageIdentifier langId = new LinguaLanguageIdentifier();
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, String> langOf = new HashMap<>();
    articles.values().forEach(a -> langOf.put(a.id(), a.lang()));
    for (int i = 1; i < args.length; i++) {
      double t = Double.parseDouble(args[i]);
      ClusterEvaluator.Clustering c =
          ClusterEvaluator.cluster(
              articles.values(),
              ClusterConfig.defaults().withStoryThreshold(t),
              langId,
              ClusterEvaluator.Progress.NONE);
      System.out.println(t + " " + StoryEvaluator.score(c.storyOf(), gold, langOf));
    }
  }
}
