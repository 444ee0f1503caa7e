package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The composed multilingual cluster fixtures (four events in seven languages). */
final class ClusterFixtures {
  private static final LinguaLanguageIdentifier LANG = new LinguaLanguageIdentifier();

  private ClusterFixtures() {}

  /**
   * Each article's event id once {@code articles} are clustered in order into a new store in {@code
   * dir} by the clusterer's scorer and the assignment decision {@code model}.
   */
  static Map<String, String> eventOf(Path dir, List<Article> articles, AssignmentModel model)
      throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      StoryClusterer c =
          StoryClusterer.open(
              store,
              FeaturePairScorer.forClustering(),
              LANG,
              ClusterConfig.defaults().withAssignment(model));
      Map<String, String> out = new LinkedHashMap<>();
      for (Article a : articles) {
        out.put(a.id(), c.add(a).eventId());
      }
      c.commit();
      return out;
    }
  }

  static Path dir() {
    try {
      return Path.of(ClusterFixtures.class.getResource("/fixtures/cluster/articles.jsonl").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Article> articles() throws IOException {
    return new ArrayList<>(PairsDataset.readArticles(dir().resolve("articles.jsonl")).values());
  }
}
