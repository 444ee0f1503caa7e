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
  // for bounded(): the least the chars inputs add to each clustering model's sum (NaN: no bound)
  private final double charsInScript;
  private final double charsCrossScript;
  private final double charsAcross;
  private final boolean[] readInScriptButChars;
  private final boolean[] readCrossScriptButChars;

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
    this.charsInScript = charsLeast(model.forClustering(false));
    this.charsCrossScript = charsLeast(model.forClustering(true));
    this.charsAcross = charsLeast(cross);
    this.readInScriptButChars = withoutChars(readInScript);
    this.readCrossScriptButChars = withoutChars(readCrossScript);
  }

  private static final int CHARS = PairFeatures.index("chars");
  private static final int CROSS_CHARS = CrossLanguageFeatures.index("chars");

  /** A read mask without the character 4-gram cosine. */
  private static boolean[] withoutChars(boolean[] read) {
    boolean[] r = read.clone();
    r[CHARS] = false;
    return r;
  }

  private static final boolean[] READ_ACROSS_BUT_CHARS = withoutChars(READ_ACROSS);

  /**
   * The least {@code r}'s inputs from the character 4-gram cosine add to its output ({@link
   * BoundedProbability#leastTerm}), from its weights; NaN when it reads no such input, or its trees
   * do, or its probability does not fall as its similarity rises (no bound then).
   */
  private static double charsLeast(Regression r) {
    List<String> names = r.expandedNames();
    int i = names.indexOf("chars");
    if (i < 0 || r.trees().features().contains("chars") || !(r.slope() > 0)) {
      return Double.NaN;
    }
    int j = names.indexOf("sqrt_chars");
    double[] w = r.weights();
    return BoundedProbability.leastTerm(w[i], j < 0 ? 0 : w[j]);
  }

  /** As {@link #charsLeast(Regression)} for the cross-language model. */
  private static double charsLeast(CrossLanguageModel m) {
    if (!(m.slope() > 0)) {
      return Double.NaN;
    }
    int j = CrossLanguageModel.SQRT.indexOf("chars");
    double[] w = m.weights();
    return BoundedProbability.leastTerm(
        w[CROSS_CHARS], j < 0 ? 0 : w[CrossLanguageFeatures.NAMES.size() + j]);
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
   * {@link #probability(ArticleFeatures, ArticleFeatures)} in two steps: for a scorer {@link
   * #forClustering} whose model for the pair reads the character 4-gram cosine (linearly, with a
   * probability falling as the similarity rises), every other read feature first and the bound with
   * that cosine at its most favourable value in [0, 1] (from the model's weights: a refit keeps it
   * right); the cosine when the exact probability is asked, which is then bit for bit {@code
   * probability(a, b)}'s. Otherwise computed in full.
   */
  @Override
  public BoundedProbability bounded(ArticleFeatures a, ArticleFeatures b) {
    if (!clustering) {
      return BoundedProbability.known(probability(a, b));
    }
    if (crossLanguage(a, b)) {
      if (Double.isNaN(charsAcross)) {
        return BoundedProbability.known(probability(a, b));
      }
      double[] z = crossFeatures(a, b, PairFeatures.compute(a, b, false, READ_ACROSS_BUT_CHARS));
      // decided() is at least similarity(), the clamped sum, and z holds 0 for the chars inputs
      double least = Math.max(1.0, Math.min(4.0, cross.raw(z) + charsAcross));
      return BoundedProbability.pending(
          cross.probability(least),
          () -> {
            z[CROSS_CHARS] = a.charGrams().cosine(b.charGrams());
            return cross.probability(cross.decided(z));
          });
    }
    boolean crossScript = PairFeatures.crossScript(a, b);
    double chars = crossScript ? charsCrossScript : charsInScript;
    if (Double.isNaN(chars)) {
      return BoundedProbability.known(probability(a, b));
    }
    Regression r = regression(a, b);
    double[] x =
        PairFeatures.compute(
            a, b, false, crossScript ? readCrossScriptButChars : readInScriptButChars);
    // the map is non-decreasing, the trees read no chars: the least similarity of the pair
    double least = r.map().apply(r.linear(x) + r.trees().predict(x) + chars);
    return BoundedProbability.pending(
        r.probability(least),
        () -> {
          x[CHARS] = a.charGrams().cosine(b.charGrams());
          return r.probability(oneLanguageSimilarity(a, b, r, x));
        });
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
