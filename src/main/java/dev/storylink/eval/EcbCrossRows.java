package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.CrossLanguageFeatures;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.link.PairFeatures;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training rows of the cross-language model from a clustering set with rendered documents
 * (xling-dev/ecb: ECB+ topics of two look-alike events, some documents rendered into fa, ar, ur,
 * ru, tr, zh): each rendered document against every English document of its topic — its own gold
 * event "same story" ({@link Settings#sameGold}), the topic's other event "different" ({@link
 * Settings#twinGold}: the hard negatives no pair set gives) — and against a few English documents
 * of other topics ({@link Settings#otherGold}). The rows are in different languages but neither
 * calibrate the model nor set its threshold ({@link CrossLanguageTrainer.Row#calibrates}): the
 * pairs sets do. An ECB+ document is no article of the SemEval pair sets (other sources and years),
 * so these rows never share an article with a pair under cross-validation. Term statistics are
 * counted over the set's own articles, as {@link PairEvaluator#featurize} does. Measured, not
 * shipped: the ninth round of docs/cross-language.md ({@code link.XlingRound9}, test scope).
 * Stateless and thread-safe.
 */
public final class EcbCrossRows {
  /** The set, relative to the repository root. */
  public static final Path DIR = Path.of("../shared/data/xling-dev/ecb");

  /**
   * How the rows are built.
   *
   * @param sameGold similarity of a rendered document and an English one of its event
   * @param twinGold similarity of a rendered document and an English one of its topic's other event
   * @param otherGold similarity of a rendered document and an English one of another topic
   * @param others English documents of other topics per rendered document (seeded sample)
   * @param weight each row's weight in the regression
   */
  public record Settings(
      double sameGold, double twinGold, double otherGold, int others, double weight) {
    public Settings {
      if (!(sameGold >= 1 && twinGold <= 4 && sameGold < twinGold && twinGold <= otherGold)
          || otherGold > 4
          || others < 0
          || !(weight > 0 && weight <= 1)) {
        throw new IllegalArgumentException("bad ecb row settings");
      }
    }
  }

  /**
   * The settings of the best pairs cross-validation of the ninth round (docs/cross-language.md);
   * the shipped model is not trained on these rows (they did not keep the story figures).
   */
  public static final Settings BEST = new Settings(1, 3.5, 4, 3, 0.1);

  /** One labelled pair: a rendered document, an English one, its gold similarity. */
  public record Labeled(String rendered, String english, double gold, String topic) {}

  private EcbCrossRows() {}

  /** The labelled pairs of {@code dir} (articles.jsonl, clusters.tsv, topics.tsv). */
  public static List<Labeled> pairs(Path dir, Map<String, Article> articles, Settings s)
      throws IOException {
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(dir);
    List<String> english = new ArrayList<>();
    List<String> rendered = new ArrayList<>();
    for (Article a : articles.values()) {
      if (!gold.containsKey(a.id()) || !topics.containsKey(a.id())) {
        continue;
      }
      String lang = a.lang();
      if (lang.equals("en")) {
        english.add(a.id());
      } else if (!lang.equals(Article.UNKNOWN_LANG)) {
        rendered.add(a.id());
      }
    }
    Collections.sort(english);
    Collections.sort(rendered);
    List<Labeled> out = new ArrayList<>();
    Random random = new Random(42);
    for (String r : rendered) {
      String topic = topics.get(r);
      List<String> elsewhere = new ArrayList<>();
      for (String e : english) {
        if (topics.get(e).equals(topic)) {
          out.add(
              new Labeled(r, e, gold.get(e).equals(gold.get(r)) ? s.sameGold : s.twinGold, topic));
        } else {
          elsewhere.add(e);
        }
      }
      Collections.shuffle(elsewhere, random);
      for (String e : elsewhere.subList(0, Math.min(s.others, elsewhere.size()))) {
        out.add(new Labeled(r, e, s.otherGold, topic));
      }
    }
    return out;
  }

  /** The features of every article of {@code articles}, statistics counted over them. */
  public static Map<String, ArticleFeatures> featurize(
      Map<String, Article> articles, LanguageIdentifier langId) {
    CorpusStats stats = new CorpusStats();
    articles.values().parallelStream()
        .forEach(a -> stats.add(TextAnalysis.analyze(a.fullText(), a.lang())));
    FeatureExtractor fx = new FeatureExtractor(stats, langId);
    Map<String, ArticleFeatures> feats = new ConcurrentHashMap<>();
    articles.values().parallelStream().forEach(a -> feats.put(a.id(), fx.extract(a)));
    return feats;
  }

  /** The training rows of {@code dir} with settings {@code s}. */
  public static List<CrossLanguageTrainer.Row> rows(Path dir, LanguageIdentifier langId, Settings s)
      throws IOException {
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, ArticleFeatures> feats = featurize(articles, langId);
    List<CrossLanguageTrainer.Row> out = new ArrayList<>();
    for (Labeled p : pairs(dir, articles, s)) {
      ArticleFeatures a = feats.get(p.rendered());
      ArticleFeatures b = feats.get(p.english());
      if (a == null || b == null || a.lang().equals(b.lang())) {
        continue; // refused by the extractor, or identified as English after all
      }
      double[] z = CrossLanguageFeatures.compute(a, b, PairFeatures.compute(a, b));
      out.add(
          new CrossLanguageTrainer.Row(
              p.rendered(), p.english(), z, p.gold(), true, s.weight, false));
    }
    return out;
  }

  /** The rows of {@link #DIR} with {@code s}, or none when the set is absent. */
  public static List<CrossLanguageTrainer.Row> rowsIfPresent(LanguageIdentifier langId, Settings s)
      throws IOException {
    if (!Files.isRegularFile(DIR.resolve("clusters.tsv"))) {
      return List.of();
    }
    return rows(DIR, langId, s);
  }
}
