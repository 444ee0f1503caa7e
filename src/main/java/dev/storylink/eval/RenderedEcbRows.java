package dev.storylink.eval;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.CorpusNeighbours;
import dev.storylink.link.ExtraRows;
import dev.storylink.link.PairFeatures;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Extra training rows of the same-language (lexical) link model from the rendered ECB+ documents
 * (xling-dev/ecb, {@link EcbCrossRows#DIR}; session 18 of docs/link-model.md): every pair of two
 * documents that were rendered into one language (ar-ar, fa-fa, ru-ru, tr-tr, ur-ur, zh-zh; the
 * language the extractor gives), at gold {@link #SAME} when they report one gold event, {@link
 * #TWIN} when they report the two look-alike events of one topic, {@link #OTHER} across topics,
 * each of weight {@link #WEIGHT}. The rows join every fit of the lexical model ({@link ExtraRows}:
 * never its calibration), in {@code train link} and in the cross-validation of {@code eval pairs
 * --cv}. An ECB+ document is no article of the SemEval pair sets, so no row shares an article with
 * a held-out pair. Term statistics are counted over the set's own articles, as {@link
 * EcbCrossRows#featurize} does, and the corpus-relative feature ({@link CorpusNeighbours}) is that
 * of the corpus of the rendered documents. The rows are ordered by kind (same, twin, other), then
 * by the documents' ids. Stateless and thread-safe.
 */
public final class RenderedEcbRows {
  /** Gold similarity of two rendered documents of one event. */
  public static final double SAME = 1;

  /** Gold similarity of two rendered documents of one topic's two look-alike events. */
  public static final double TWIN = 3.5;

  /** Gold similarity of two rendered documents of two topics. */
  public static final double OTHER = 4;

  /** Each row's weight in the ridge regression and the trees. */
  public static final double WEIGHT = 0.5;

  private RenderedEcbRows() {}

  /** The rows of {@code dir} (articles.jsonl, clusters.tsv, topics.tsv). */
  public static ExtraRows rows(Path dir, LanguageIdentifier langId) throws IOException {
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    Map<String, ArticleFeatures> feats = EcbCrossRows.featurize(articles, langId);
    Map<String, String> gold = ClusterEvaluator.readGold(dir.resolve("clusters.tsv"));
    Map<String, String> topics = TopicFoldEvaluation.readTopics(dir);
    List<String> ids = new ArrayList<>();
    for (Article a : articles.values()) {
      if (!a.lang().equals("en")
          && feats.containsKey(a.id())
          && gold.containsKey(a.id())
          && topics.containsKey(a.id())) {
        ids.add(a.id());
      }
    }
    Collections.sort(ids);
    CorpusNeighbours corpus = CorpusNeighbours.of(ids.stream().map(feats::get).toList());
    List<List<double[]>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        ArticleFeatures a = feats.get(ids.get(i));
        ArticleFeatures b = feats.get(ids.get(j));
        if (!a.lang().equals(b.lang())) {
          continue;
        }
        int kind =
            gold.get(ids.get(i)).equals(gold.get(ids.get(j)))
                ? 0
                : topics.get(ids.get(i)).equals(topics.get(ids.get(j))) ? 1 : 2;
        double[] x = PairFeatures.compute(a, b);
        corpus.apply(a, b, x);
        byKind.get(kind).add(x);
      }
    }
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    double[] golds = {SAME, TWIN, OTHER};
    for (int k = 0; k < 3; k++) {
      for (double[] x : byKind.get(k)) {
        xs.add(x);
        ys.add(golds[k]);
      }
    }
    return new ExtraRows(xs, ys, WEIGHT);
  }

  /** The rows of {@link EcbCrossRows#DIR}, or none when the set is absent. */
  public static ExtraRows rowsIfPresent(LanguageIdentifier langId) throws IOException {
    if (!Files.isRegularFile(EcbCrossRows.DIR.resolve("clusters.tsv"))) {
      return ExtraRows.NONE;
    }
    return rows(EcbCrossRows.DIR, langId);
  }
}
