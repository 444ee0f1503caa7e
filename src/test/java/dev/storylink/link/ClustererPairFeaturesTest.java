package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.bench.SyntheticArticles;
import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clusterer's scorer computes only the pair features its models read ({@link
 * PairFeatures#compute(ArticleFeatures, ArticleFeatures, boolean, boolean[])}): each of those is
 * the full vector's, bit for bit, on the cluster fixtures (six languages) and generated articles;
 * and {@link CrossLanguageFeatures#keyCover}'s scans give what the map version they replaced gave
 * (kept below as the reference).
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

  @Test
  void keyCoverGivesWhatTheMapVersionGave() {
    Random rnd = new Random(22);
    for (int round = 0; round < 20_000; round++) {
      List<Mention> a = mentions(rnd);
      List<Mention> b = mentions(rnd);
      assertThat(CrossLanguageFeatures.keyCover(a, b)).isEqualTo(keyCover(a, b));
    }
  }

  private static List<Mention> mentions(Random rnd) {
    List<Mention> out = new ArrayList<>();
    int n = rnd.nextInt(9);
    for (int i = 0; i < n; i++) {
      String key = "k" + rnd.nextInt(6);
      out.add(new Mention(Mention.Kind.PLACE, key, key, List.of(key), 0.5 + rnd.nextInt(4), 1, ""));
    }
    return out;
  }

  /** The map version of keyCover (session 21). */
  private static double[] keyCover(List<Mention> as, List<Mention> bs) {
    if (as.isEmpty() || bs.isEmpty()) {
      return new double[] {0, 0, distinct(as), distinct(bs)};
    }
    Map<String, Mention> byKey = new HashMap<>();
    double sumB = 0;
    for (Mention m : bs) {
      if (byKey.putIfAbsent(m.key(), m) == null) {
        sumB += m.weight();
      }
    }
    Set<String> seen = new HashSet<>();
    double sumA = 0;
    double shared = 0;
    int hits = 0;
    for (Mention m : as) {
      if (!seen.add(m.key())) {
        continue;
      }
      sumA += m.weight();
      Mention other = byKey.get(m.key());
      if (other != null) {
        shared += Math.min(m.weight(), other.weight());
        hits++;
      }
    }
    double least = Math.min(sumA, sumB);
    return new double[] {
      Math.min(1.0, shared / (least + CrossLanguageFeatures.COVER_PRIOR)),
      hits,
      seen.size(),
      byKey.size()
    };
  }

  private static int distinct(List<Mention> ms) {
    Set<String> keys = new HashSet<>();
    for (Mention m : ms) {
      keys.add(m.key());
    }
    return keys.size();
  }
}
