package dev.storylink.bench;

import dev.storylink.core.Article;
import dev.storylink.eval.PairsDataset;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: pair scoring throughput on one core with features precomputed (the clustering hot path),
 * over real SemEval dev articles when {@code ../shared/data/semeval2022-task8} is present, else
 * over generated multilingual articles. Not part of the product jar; run (docs/benchmarks.md):
 * {@code ./mvnw -Pjmh test-compile exec:exec -Djmh.args="PairScoringBenchmark"}. JMH state is per
 * thread; not for direct use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Threads(1)
public class PairScoringBenchmark {
  private ArticleFeatures[] features;
  private int[] left;
  private int[] right;
  private int[] sameLeft;
  private int[] sameRight;
  private int next;
  private FeaturePairScorer scorer;
  private List<Article> articles;
  private FeatureExtractor extractor;

  @Setup(Level.Trial)
  public void setup() throws Exception {
    articles = articles();
    CorpusStats stats = new CorpusStats();
    for (Article a : articles) {
      stats.add(TextAnalysis.analyze(a.fullText(), a.lang()));
    }
    FeatureExtractor fx = new FeatureExtractor(stats, new LinguaLanguageIdentifier());
    extractor = fx;
    features = articles.stream().map(fx::extract).toArray(ArticleFeatures[]::new);
    Random rnd = new Random(1);
    left = new int[4096];
    right = new int[4096];
    for (int i = 0; i < left.length; i++) {
      left[i] = rnd.nextInt(features.length);
      right[i] = rnd.nextInt(features.length);
    }
    sameLeft = new int[4096];
    sameRight = new int[4096];
    for (int i = 0; i < sameLeft.length; ) {
      int a = rnd.nextInt(features.length);
      int b = rnd.nextInt(features.length);
      if (features[a].lang().equals(features[b].lang())) {
        sameLeft[i] = a;
        sameRight[i++] = b;
      }
    }
    scorer = FeaturePairScorer.shipped();
  }

  static List<Article> articles() throws Exception {
    Path semeval = Path.of("../shared/data/semeval2022-task8");
    if (Files.isDirectory(semeval)) {
      return new ArrayList<>(PairsDataset.readArticles(semeval.resolve("articles.jsonl")).values());
    }
    return SyntheticArticles.generate(500, 42);
  }

  /** Probability only: what the clusterer calls for every candidate. */
  @Benchmark
  public double probability() {
    int i = next++ & 4095;
    return scorer.probability(features[left[i]], features[right[i]]);
  }

  /**
   * Probability of pairs in one language only: the link model's lexical regression with its boosted
   * trees (random pairs are mostly in two languages, scored by the cross-language model).
   */
  @Benchmark
  public double sameLanguageProbability() {
    int i = next++ & 4095;
    return scorer.probability(features[sameLeft[i]], features[sameRight[i]]);
  }

  /** Feature extraction of one article with a known language (analysis, vectors, mentions). */
  @Benchmark
  public Object extractFeatures() {
    return extractor.extract(articles.get(next++ % articles.size()));
  }

  /** Full verdict with reasons: what `storylink link` and the API return. */
  @Benchmark
  public Object linkWithReasons() {
    int i = next++ & 4095;
    return scorer.link(features[left[i]], features[right[i]]);
  }
}
