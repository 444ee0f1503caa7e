package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The composed multilingual cluster fixtures (four events in seven languages). */
final class ClusterFixtures {
  private ClusterFixtures() {}

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
