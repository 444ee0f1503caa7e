package dev.storylink.server;

import dev.storylink.compare.CoverageComparer;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;

/**
 * A server in its own JVM for {@link ApiMixedLoadTest}: prints {@code PORT n}, then serves until
 * killed.
 */
public final class ApiServerChild {
  private ApiServerChild() {}

  public static void main(String[] args) throws Exception {
    ArticleStore store = ArticleStore.open(Path.of(args[0]));
    LinguaLanguageIdentifier langId = new LinguaLanguageIdentifier();
    ApiServer server =
        new ApiServer(
                new StoreStoryRepository(store, langId),
                new FeatureExtractor(CorpusStats.background(), langId),
                new CoverageComparer(CorpusStats.background()),
                FeaturePairScorer.shipped())
            .start(ServerConfig.loopback(), 0);
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
