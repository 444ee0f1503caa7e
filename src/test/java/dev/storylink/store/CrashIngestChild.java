package dev.storylink.store;

import dev.storylink.bench.SyntheticArticles;
import dev.storylink.cluster.ClusterConfig;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;
import java.util.Random;

/**
 * Child process of {@link CrashSafetyTest}: ingests generated articles forever, committing every
 * 25, and prints {@code ACK n} after each commit (n = articles acknowledged so far).
 */
public final class CrashIngestChild {
  private CrashIngestChild() {}

  public static void main(String[] args) {
    ArticleStore store = ArticleStore.open(Path.of(args[0]));
    StoryClusterer c =
        StoryClusterer.open(
            store,
            FeaturePairScorer.forClustering(),
            new LinguaLanguageIdentifier(),
            ClusterConfig.defaults());
    Random rnd = new Random(5);
    for (int i = 0; ; i++) {
      Article a = SyntheticArticles.article(rnd, "gen-" + i, rnd.nextInt(40));
      c.add(a);
      if ((i + 1) % 25 == 0) {
        c.commit();
        System.out.println("ACK " + (i + 1));
        System.out.flush();
      }
    }
  }
}
