package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@link PairScorer}: a pair in different languages through the {@link CrossLanguageModel} (for
 * linking and for the clusterer alike, so the clusterer's story linking joins no stories that
 * linking would call different); a pair in one language through a {@link LinkModel} (its lexical
 * model for linking, its language-neutral one for clustering, and for the clusterer's second look,
 * {@link #probability(ArticleFeatures, ArticleFeatures, double, double)}, its lexical one again).
 * Immutable and thread-safe.
 */
public final class FeaturePairScorer implements PairScorer {
  /** Where the {@link PassageFeatures} start in the pair feature vector. */
  private static final int PASSAGES_AT = PairFeatures.NAMES.indexOf(PassageFeatures.NAMES.get(0));

  private final LinkModel model;
  private final CrossLanguageModel cross;
  private final boolean clustering;
  // the pair features the clusterer's models read (PairFeatures.compute with a read mask)
  private final boolean[] readInScript;
  private final boolean[] readCrossScript;

  /** The pair features the cross-language model reads: those it copies. */
  private static final boolean[] READ_ACROSS =
      PairFeatures.readBy(
          CrossLanguageFeatures.NAMES.stream().filter(PairFeatures.NAMES::contains).toList());

  /** Scorer with {@code model} in one language and the shipped cross-language model. */
  public FeaturePairScorer(LinkModel model) {
    this(model, CrossLanguageModel.shipped(), false);
  }

  /** Scorer with {@code model} in one language and {@code cross} across languages. */
  public FeaturePairScorer(LinkModel model, CrossLanguageModel cross) {
    this(model, cross, false);
  }

  private FeaturePairScorer(LinkModel model, CrossLanguageModel cross, boolean clustering) {
    this.model = Objects.requireNonNull(model, "model");
    this.cross = Objects.requireNonNull(cross, "cross");
    this.clustering = clustering;
    this.readInScript = read(model.forClustering(false));
    this.readCrossScript = read(model.forClustering(true));
  }

  /** The pair features {@code r} reads: its linear part's and its trees'. */
  private static boolean[] read(Regression r) {
    List<String> names = new ArrayList<>(r.features());
    names.addAll(r.trees().features());
    return PairFeatures.readBy(names);
  }

  /** Scorer with the shipped model, for linking (`storylink link`, the API, evaluation). */
  public static FeaturePairScorer shipped() {
    return new FeaturePairScorer(LinkModel.shipped(), CrossLanguageModel.shipped(), false);
  }

  /** Scorer with the shipped model's clustering regressions ({@link LinkModel#forClustering}). */
  public static FeaturePairScorer forClustering() {
    return new FeaturePairScorer(LinkModel.shipped(), CrossLanguageModel.shipped(), true);
  }

  /**
   * Scorer with {@code model}'s clustering regressions and the shipped cross-language model (the
   * clusterer with another link model, e.g. one trained without some pairs).
   */
  public static FeaturePairScorer forClustering(LinkModel model) {
    return new FeaturePairScorer(model, CrossLanguageModel.shipped(), true);
  }

  /** Scorer with {@code model}'s clustering regressions and {@code cross} across languages. */
  public static FeaturePairScorer forClustering(LinkModel model, CrossLanguageModel cross) {
    return new FeaturePairScorer(model, cross, true);
  }

  private static final int DATES = CrossLanguageFeatures.index("dates");
  private static final int NAMEPAIRS = CrossLanguageFeatures.index("namepairs");

  /**
   * The cross-language features of a pair as this scorer reads them: for the clusterer, the
   * recurring-name evidence ({@code namerecur}) only when the pair also shares a day or a name of
   * more than one token, else 0 (tenth round of docs/cross-language.md). Recurring people tell a
   * reader it is the same story, but look-alike events of one topic share them (the same suspect
   * arrested twice, the same singer's two cancelled concerts), and the clusterer's stories link
   * events; a shared day or full name is what the same event shares and its look-alike rarely does.
   * The shipped model's weight on {@code namerecur} is negative (1 = same story), so this can only
   * lower the clusterer's probability below {@code link}'s: the clusterer joins no stories that
   * {@code link} would call different.
   */
  private double[] crossFeatures(ArticleFeatures a, ArticleFeatures b, double[] x) {
    double[] z = CrossLanguageFeatures.compute(a, b, x);
    if (clustering && z[DATES] == 0 && z[NAMEPAIRS] == 0) {
      z[CrossLanguageFeatures.NAMERECUR] = 0;
    }
    return z;
  }

  /** True when the pair goes to the {@link CrossLanguageModel}: its languages differ. */
  public static boolean crossLanguage(ArticleFeatures a, ArticleFeatures b) {
    return !a.lang().equals(b.lang());
  }

  public CrossLanguageModel crossLanguageModel() {
    return cross;
  }

  private Regression regression(ArticleFeatures a, ArticleFeatures b) {
    boolean cross = PairFeatures.crossScript(a, b);
    return clustering ? model.forClustering(cross) : model.forPair(cross);
  }

  public LinkModel model() {
    return model;
  }

  @Override
  public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
    return link(a, b, CorpusNeighbours.NONE);
  }

  /**
   * {@link #link(ArticleFeatures, ArticleFeatures)} scored within {@code corpus}: a pair the
   * lexical model scores gets its {@code hub} from the corpus when it {@link
   * CorpusNeighbours#covers covers} both articles (such as {@link CorpusNeighbours#ofPair} over
   * stored articles), the neutral value otherwise; other pairs do not read it.
   */
  public LinkResult link(ArticleFeatures a, ArticleFeatures b, CorpusNeighbours corpus) {
    List<Reason> reasons = new ArrayList<>(); // with the features, from the same overlaps
    boolean lexical = lexical(a, b);
    double[] x = PairFeatures.compute(a, b, lexical, null, reasons);
    if (lexical) {
      corpus.apply(a, b, x);
    }
    double sim;
    double p;
    if (crossLanguage(a, b)) {
      sim = cross.decided(crossFeatures(a, b, x));
      p = cross.probability(sim);
    } else {
      Regression r = regression(a, b);
      sim = oneLanguageSimilarity(a, b, r, x);
      p = r.probability(sim);
    }
    Map<String, Double> named = LinkedHashMap.newLinkedHashMap(x.length);
    for (int i = 0; i < x.length; i++) {
      named.put(PairFeatures.NAMES.get(i), x[i]);
    }
    return new LinkResult(a.id(), b.id(), p, sim, p >= 0.5, reasons, named);
  }

  @Override
  public double probability(ArticleFeatures a, ArticleFeatures b) {
    if (crossLanguage(a, b)) {
      return cross.probability(similarity(a, b));
    }
    return regression(a, b).probability(similarity(a, b));
  }

  /**
   * The clusterer's second look: for a scorer {@link #forClustering} and a pair in one language
   * (and script) whose language-neutral probability {@code p} has {@code from <= p < to}, the
   * lexical model's probability (with the passage features: titles, sentences, bigrams, date
   * clash); otherwise {@link #probability(ArticleFeatures, ArticleFeatures)}. With {@code from <=
   * 0} and {@code to > 1} every such pair gets the lexical probability and the neutral one is not
   * computed. The pair features are computed once either way.
   */
  @Override
  public double probability(ArticleFeatures a, ArticleFeatures b, double from, double to) {
    return probability(a, b, from, to, 1);
  }

  /**
   * As {@link #probability(ArticleFeatures, ArticleFeatures, double, double)}, a pair in the band
   * getting {@code (1 - weight) × p + weight × q}, {@code q} the lexical probability (the neutral
   * one is not computed only when {@code weight} is 1 and the band is everything). Each pair whose
   * passage features are computed counts in {@link #passagePairs()}.
   */
  @Override
  public double probability(
      ArticleFeatures a, ArticleFeatures b, double from, double to, double weight) {
    if (!clustering || !(from < to) || crossLanguage(a, b) || PairFeatures.crossScript(a, b)) {
      return probability(a, b);
    }
    double[] x = PairFeatures.compute(a, b, false);
    double p = 0;
    if (from > 0 || to <= 1 || weight < 1) {
      Regression neutral = model.forClustering(false);
      p = neutral.probability(neutral.similarity(x));
      if (p < from || p >= to) {
        return p;
      }
    }
    PassageFeatures.compute(a, b, x, PASSAGES_AT);
    PASSAGE_PAIRS.increment();
    Regression lexical = model.lexical();
    double q = lexical.probability(lexical.similarity(x));
    return weight >= 1 ? q : (1 - weight) * p + weight * q;
  }

  /** Pairs given the second look's passage features in this process (any scorer). */
  private static final LongAdder PASSAGE_PAIRS = new LongAdder();

  /**
   * How many pairs any scorer of this process has computed the passage features of for the
   * clusterer's second look (a diagnostic count for the cost of a look: docs/clustering-quality.md,
   * seventeenth round); thread-safe.
   */
  public static long passagePairs() {
    return PASSAGE_PAIRS.sum();
  }

  /** The predicted 1–4 similarity only. */
  public double similarity(ArticleFeatures a, ArticleFeatures b) {
    if (crossLanguage(a, b)) {
      return cross.decided(crossFeatures(a, b, features(a, b, READ_ACROSS)));
    }
    boolean crossScript = PairFeatures.crossScript(a, b);
    return oneLanguageSimilarity(
        a, b, regression(a, b), features(a, b, crossScript ? readCrossScript : readInScript));
  }

  /**
   * The pair features for a model that reads {@code read}: for the clusterer only those (its models
   * read nothing else: the same values as the full vector), for linking all of them.
   */
  private double[] features(ArticleFeatures a, ArticleFeatures b, boolean[] read) {
    return clustering ? PairFeatures.compute(a, b, false, read) : features(a, b);
  }

  /** The similarity of a pair in one language by {@code r}: 1 for a {@link CopiedText copy}. */
  private double oneLanguageSimilarity(
      ArticleFeatures a, ArticleFeatures b, Regression r, double[] x) {
    return lexical(a, b) ? CopiedText.similarity(r, x) : r.similarity(x);
  }

  /**
   * The pair features, with the {@link PassageFeatures} only when the lexical model scores the pair
   * (linking in one script).
   */
  private double[] features(ArticleFeatures a, ArticleFeatures b) {
    return PairFeatures.compute(a, b, lexical(a, b));
  }

  /**
   * Whether the lexical model scores the pair with the passage features (linking in one language
   * and script; a {@link CopiedText copy} is then reported at similarity 1).
   */
  private boolean lexical(ArticleFeatures a, ArticleFeatures b) {
    return !clustering && !crossLanguage(a, b) && !PairFeatures.crossScript(a, b);
  }
}
