package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.bench.SyntheticArticles;
import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clusterer's scorer computes only the pair features its models read ({@link
 * PairFeatures#compute(ArticleFeatures, ArticleFeatures, boolean, boolean[])}): each of those is
 * the full vector's, bit for bit, on the cluster fixtures (six languages) and generated articles.
 */
class ClustererPairFeaturesTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  @Test
  void theFeaturesTheClusterersModelsReadAreThoseOfTheFullVector() throws Exception {
    List<Article> articles =
        new ArrayList<>(
            PairsDataset.readArticles(
                    Path.of(getClass().getResource("/fixtures/cluster/articles.jsonl").toURI()))
                .values());
    articles.addAll(SyntheticArticles.generate(40, 3));
    List<ArticleFeatures> fs = new ArrayList<>();
    for (Article a : articles) {
      fs.add(FX.extract(a));
    }
    LinkModel model = LinkModel.shipped();
    boolean[][] reads = {
      read(model.forClustering(false)),
      read(model.forClustering(true)),
      PairFeatures.readBy(
          CrossLanguageFeatures.NAMES.stream().filter(PairFeatures.NAMES::contains).toList())
    };
    int pairs = 0;
    for (ArticleFeatures a : fs) {
      for (ArticleFeatures b : fs) {
        double[] full = PairFeatures.compute(a, b, false);
        for (boolean[] read : reads) {
          double[] part = PairFeatures.compute(a, b, false, read);
          for (int i = 0; i < full.length; i++) {
            if (read[i]) {
              assertThat(Double.compare(part[i], full[i]))
                  .as("%s of %s, %s", PairFeatures.NAMES.get(i), a.id(), b.id())
                  .isZero();
            }
          }
        }
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThan(2000);
    // and the clusterer's probabilities through the scorer equal those of the full vectors
    FeaturePairScorer scorer = FeaturePairScorer.forClustering();
    for (ArticleFeatures a : fs) {
      for (ArticleFeatures b : fs) {
        if (!FeaturePairScorer.crossLanguage(a, b)) {
          Regression r = model.forClustering(PairFeatures.crossScript(a, b));
          double want = r.probability(r.similarity(PairFeatures.compute(a, b, false)));
          assertThat(Double.compare(scorer.probability(a, b), want)).isZero();
        }
      }
    }
  }

  private static boolean[] read(Regression r) {
    List<String> names = new ArrayList<>(r.features());
    names.addAll(r.trees().features());
    return PairFeatures.readBy(names);
  }
}
