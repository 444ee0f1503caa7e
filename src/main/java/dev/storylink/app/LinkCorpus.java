package dev.storylink.app;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.link.CorpusNeighbours;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.PairFeatures;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.Token;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus a pair is linked within (docs/link-model.md, Session 20): the stored articles of the
 * pair's language, as the articles file is in {@code eval pairs}. For a pair the lexical model
 * scores (one language and script), each side's {@code hub} is its mean term cosine to its {@link
 * CorpusNeighbours#K} nearest stored articles, chosen among the {@value #CANDIDATES} a
 * more-like-this search of the store finds for each side ({@link ArticleStore#similarArticles});
 * the two articles themselves and the stored articles they repeat ({@link ArticleStore#storedCopy})
 * are left out. When the store holds fewer than {@value #MIN_ARTICLES} such articles in the pair's
 * language, or there is no store, or the pair is in two languages or scripts, the pair has no
 * corpus ({@link #NONE}: the neutral {@code hub}, {@link CorpusNeighbours#NEUTRAL_HUB}).
 *
 * @param neighbours what the link scorer reads ({@link FeaturePairScorer#link(ArticleFeatures,
 *     ArticleFeatures, CorpusNeighbours)})
 * @param storedArticles stored articles in the pair's language (0 without a corpus)
 *     <p>Immutable and thread-safe.
 */
public record LinkCorpus(CorpusNeighbours neighbours, long storedArticles) {
  /** Stored articles of the pair's language (the pair's own left out) a corpus needs at least. */
  public static final int MIN_ARTICLES = 20;

  /** Stored articles the more-like-this search gives per side. */
  public static final int CANDIDATES = 30;

  /** No corpus: the neutral {@code hub}. */
  public static final LinkCorpus NONE = new LinkCorpus(CorpusNeighbours.NONE, 0);

  public LinkCorpus {
    Objects.requireNonNull(neighbours, "neighbours");
    if (storedArticles < 0) {
      throw new IllegalArgumentException("storedArticles < 0: " + storedArticles);
    }
  }

  /** True when the pair is scored within stored articles. */
  public boolean used() {
    return storedArticles > 0;
  }

  /**
   * One article of a pair: its analysis and the features extracted from that analysis, so that the
   * corpus search reads the same analysis and no text is analysed twice. Immutable and thread-safe.
   */
  public record Side(Article article, AnalyzedText analyzed, ArticleFeatures features) {
    public Side {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(analyzed, "analyzed");
      Objects.requireNonNull(features, "features");
    }

    /** {@code article} analysed once by {@code fx}, and its features of that analysis. */
    public static Side of(FeatureExtractor fx, Article article) {
      AnalyzedText t = fx.analyze(article);
      return new Side(article, t, fx.extract(article, t));
    }
  }

  /**
   * The corpus of the pair ({@code sa}, {@code sb}), features of {@code fx}, in {@code store},
   * whose neighbours' features {@code fx} extracts too.
   */
  static LinkCorpus of(ArticleStore store, FeatureExtractor fx, Side sa, Side sb) {
    Article a = sa.article();
    Article b = sb.article();
    ArticleFeatures fa = sa.features();
    ArticleFeatures fb = sb.features();
    if (FeaturePairScorer.crossLanguage(fa, fb) || PairFeatures.crossScript(fa, fb)) {
      return NONE;
    }
    Set<String> exclude = new LinkedHashSet<>(List.of(a.id(), b.id()));
    store.storedCopy(a).ifPresent(exclude::add);
    store.storedCopy(b).ifPresent(exclude::add);
    long inLanguage = store.articlesIn(fa.lang());
    long others = inLanguage;
    for (String id : exclude) {
      if (store.containsArticle(id)) {
        others--;
      }
    }
    if (others < MIN_ARTICLES) {
      return NONE;
    }
    Map<String, StoredArticle> found = new LinkedHashMap<>();
    for (Side side : List.of(sa, sb)) {
      List<String> tokens = side.analyzed().tokens().stream().map(Token::term).toList();
      for (StoredArticle s : store.similarArticles(tokens, fa.lang(), exclude, CANDIDATES)) {
        found.putIfAbsent(s.article().id(), s);
      }
    }
    List<ArticleFeatures> neighbours =
        found.values().stream().map(s -> fx.extract(s.article())).toList();
    return new LinkCorpus(CorpusNeighbours.ofPair(fa, fb, neighbours), inLanguage);
  }
}
