package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.bench.SyntheticArticles;
import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FeaturePairScorer#link} takes its reasons from the overlaps it computes the features with
 * (session 23): the reasons are those of the overlaps computed apart, as before ({@link #apart}:
 * same order, equal weights kept in order), and {@link PairFeatures#reasons}' and the features
 * those of {@link PairFeatures#compute}, bit for bit, on the cluster fixtures, generated articles
 * and, when present, random pairs of the real SemEval news.
 */
class LinkReasonsTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
  private static final FeaturePairScorer SCORER = FeaturePairScorer.shipped();

  @Test
  void reasonsAndFeaturesAsComputedApartOnFixturesAndGeneratedArticles() throws Exception {
    List<Article> articles =
        new ArrayList<>(
            PairsDataset.readArticles(
                    Path.of(getClass().getResource("/fixtures/cluster/articles.jsonl").toURI()))
                .values());
    articles.addAll(SyntheticArticles.generate(30, 5));
    List<ArticleFeatures> fs = articles.stream().map(FX::extract).toList();
    int reasons = 0;
    for (ArticleFeatures a : fs) {
      for (ArticleFeatures b : fs) {
        reasons += assertSame(a, b);
      }
    }
    assertThat(reasons).isGreaterThan(1000);
  }

  @Test
  void reasonsAndFeaturesAsComputedApartOnRealNews() throws Exception {
    Path semeval = Path.of("../shared/data/semeval2022-task8/articles.jsonl");
    assumeTrue(Files.isRegularFile(semeval), semeval + " is absent: real news skipped");
    List<Article> articles = new ArrayList<>(PairsDataset.readArticles(semeval).values());
    Random rnd = new Random(42);
    List<ArticleFeatures> fs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      fs.add(FX.extract(articles.get(rnd.nextInt(articles.size()))));
    }
    int reasons = 0;
    for (int i = 0; i < 3_000; i++) {
      reasons += assertSame(fs.get(rnd.nextInt(fs.size())), fs.get(rnd.nextInt(fs.size())));
    }
    // and every same-language pair among them
    for (ArticleFeatures a : fs) {
      for (ArticleFeatures b : fs) {
        if (a.lang().equals(b.lang())) {
          reasons += assertSame(a, b);
        }
      }
    }
    assertThat(reasons).isGreaterThan(1000);
  }

  private static int assertSame(ArticleFeatures a, ArticleFeatures b) {
    LinkResult r = SCORER.link(a, b);
    assertThat(r.reasons()).isEqualTo(apart(a, b)).isEqualTo(PairFeatures.reasons(a, b));
    boolean passages = !FeaturePairScorer.crossLanguage(a, b) && !PairFeatures.crossScript(a, b);
    double[] x = PairFeatures.compute(a, b, passages);
    for (int i = 0; i < x.length; i++) {
      assertThat(Double.compare(r.features().get(PairFeatures.NAMES.get(i)), x[i]))
          .as("%s of %s, %s", PairFeatures.NAMES.get(i), a.id(), b.id())
          .isZero();
    }
    return r.reasons().size();
  }

  /**
   * The reasons as {@code PairFeatures.reasons} listed them before session 23: each overlap
   * computed apart from the features, strongest first (a stable sort).
   */
  private static List<Reason> apart(ArticleFeatures a, ArticleFeatures b) {
    List<Reason> out = new ArrayList<>();
    MentionOverlaps.nameOverlap(a.names(), b.names(), out, null);
    MentionOverlaps.dice(a.places(), b.places(), Mention.Kind.PLACE, out, null);
    MentionOverlaps.dice(a.numbers(), b.numbers(), Mention.Kind.NUMBER, out, null);
    MentionOverlaps.dice(a.dates(), b.dates(), Mention.Kind.DATE, out, null);
    MentionOverlaps.dice(a.quantities(), b.quantities(), Mention.Kind.QUANTITY, out, null);
    MentionOverlaps.weightedDice(a.concepts(), b.concepts(), out);
    out.sort((r, s) -> Double.compare(s.weight(), r.weight()));
    return out;
  }
}
