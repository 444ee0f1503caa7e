package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The within-topic pairs in one language of the ECB+ sets under a data folder ({@code ecbplus},
 * then {@code xling-dev/ecb}), for the pair dumps ({@link LookPairsDump}, {@link
 * EventIdentityDump}): each article with a gold event against every earlier article of its topic
 * (topic = id up to the first underscore), features computed in file order as the clusterer does;
 * pairs where either side has no features or the languages differ are skipped. A test-scope helper;
 * stateless, thread-safe (the visitor is called on the calling thread).
 */
final class WithinTopicPairs {
  private WithinTopicPairs() {}

  /** The ECB+ sets, in the order they are visited. */
  static final List<String> SETS = List.of("ecbplus", "xling-dev/ecb");

  /** Receives one pair: {@code a} the later article, {@code b} the earlier. */
  interface Visitor {
    void pair(
        String set,
        Article a,
        Article b,
        ArticleFeatures fa,
        ArticleFeatures fb,
        boolean sameEvent,
        AssignmentTraining.Featurized fz);
  }

  static void forEach(Path data, LanguageIdentifier langId, Visitor visitor) throws IOException {
    for (String set : SETS) {
      Path dir = data.resolve(set);
      Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
      Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
      List<Article> all = new ArrayList<>(articles.values());
      AssignmentTraining.Featurized fz = AssignmentTraining.featurizeInOrder(all, langId);
      for (int i = 0; i < all.size(); i++) {
        for (int j = 0; j < i; j++) {
          Article a = all.get(i);
          Article b = all.get(j);
          if (!topic(a.id()).equals(topic(b.id())) || gold.get(a.id()) == null) {
            continue;
          }
          ArticleFeatures fa = fz.features().get(a.id());
          ArticleFeatures fb = fz.features().get(b.id());
          if (fa == null || fb == null || !fa.lang().equals(fb.lang())) {
            continue;
          }
          visitor.pair(set, a, b, fa, fb, gold.get(a.id()).equals(gold.get(b.id())), fz);
        }
      }
    }
  }

  /** The topic of a document id: the id up to its first underscore. */
  static String topic(String id) {
    int u = id.indexOf('_');
    return u < 0 ? id : id.substring(0, u);
  }
}
