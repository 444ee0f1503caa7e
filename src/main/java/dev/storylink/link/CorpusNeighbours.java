package dev.storylink.link;

import dev.storylink.features.ArticleFeatures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Corpus-relative similarity of a pair, in the spirit of the hubness correction of CSLS for
 * embeddings (docs/link-model.md, Session 19): how similar the two articles are to the other
 * articles of the corpus they are scored in (an evaluated articles file; labels are never read).
 * One pair feature of the same-language link model, {@code hub}: the mean of the two sides' hub
 * values, an article's hub value being the mean term cosine ({@link ArticleFeatures#terms}) to its
 * {@link #K} most similar corpus articles, itself and the pair's other article left out (over fewer
 * when the corpus has fewer). An outlet's template, similar to many of its reports, has a high one;
 * so does a running story covered by many articles.
 *
 * <p>A pair of which either article is not in the corpus (no corpus: {@code storylink link A B},
 * the API) gets the neutral value {@link PairFeatures#compute} writes, {@link #NEUTRAL_HUB}: the
 * median over the SemEval dev pairs in one language, so a pair without a corpus is scored as one of
 * typical corpus similarity. The model is trained on corpus values, among which this one lies. The
 * clusterer's models do not read the feature. Immutable and thread-safe.
 */
public final class CorpusNeighbours {
  /** Feature names, in the order they follow the {@link PassageFeatures}. */
  public static final List<String> NAMES = List.of("hub");

  /** Neighbours an article's hub value averages. */
  public static final int K = 10;

  /** {@code hub} without a corpus: the median over the SemEval dev pairs in one language. */
  public static final double NEUTRAL_HUB = 0.0615;

  /** No corpus: every pair gets the neutral values. */
  public static final CorpusNeighbours NONE = new CorpusNeighbours(Map.of());

  /** Per article id: the ids and term cosines of its K + 1 most similar others, best first. */
  private record Top(String[] ids, double[] sims) {}

  private final Map<String, Top> top;

  private CorpusNeighbours(Map<String, Top> top) {
    this.top = top;
  }

  /** The neighbours of every article of {@code corpus} (distinct ids) among the others. */
  public static CorpusNeighbours of(Collection<ArticleFeatures> corpus) {
    List<ArticleFeatures> docs = new ArrayList<>(corpus);
    int m = docs.size();
    Top[] tops = new Top[m];
    IntStream.range(0, m).parallel().forEach(i -> tops[i] = top(docs.get(i), docs, i));
    Map<String, Top> top = new HashMap<>();
    for (int i = 0; i < m; i++) {
      top.put(docs.get(i).id(), tops[i]);
    }
    return new CorpusNeighbours(Map.copyOf(top));
  }

  /**
   * The corpus of one pair (docs/link-model.md, Session 20): {@code a}'s and {@code b}'s neighbours
   * among {@code others} (such as the stored articles a more-like-this search finds for each;
   * articles with {@code a}'s or {@code b}'s id are left out), so that {@link #apply} writes the
   * pair's {@code hub} as {@link #of} over a corpus holding the pair and {@code others} would, when
   * {@code others} holds each side's {@link #K} nearest articles of that corpus.
   */
  public static CorpusNeighbours ofPair(
      ArticleFeatures a, ArticleFeatures b, Collection<ArticleFeatures> others) {
    if (a.id().equals(b.id())) {
      throw new IllegalArgumentException("a pair of one id: " + a.id());
    }
    List<ArticleFeatures> docs = new ArrayList<>();
    for (ArticleFeatures o : others) {
      if (!o.id().equals(a.id()) && !o.id().equals(b.id())) {
        docs.add(o);
      }
    }
    return new CorpusNeighbours(Map.of(a.id(), top(a, docs, -1), b.id(), top(b, docs, -1)));
  }

  /** The K + 1 articles of {@code docs} (but its {@code skip}th) most similar to {@code x}. */
  private static Top top(ArticleFeatures x, List<ArticleFeatures> docs, int skip) {
    int m = docs.size();
    double[] s = new double[m];
    Integer[] order = new Integer[m];
    int n = 0;
    for (int j = 0; j < m; j++) {
      if (j != skip) {
        s[j] = x.terms().cosine(docs.get(j).terms());
        order[n++] = j;
      }
    }
    java.util.Arrays.sort(order, 0, n, (p, q) -> Double.compare(s[q], s[p]));
    int keep = Math.min(K + 1, n);
    String[] ids = new String[keep];
    double[] sims = new double[keep];
    for (int r = 0; r < keep; r++) {
      ids[r] = docs.get(order[r]).id();
      sims[r] = s[order[r]];
    }
    return new Top(ids, sims);
  }

  /** The mean cosine of {@code a} to its K best neighbours other than {@code other}. */
  private double side(String a, String other) {
    Top t = top.get(a);
    double sum = 0;
    int n = 0;
    for (int r = 0; r < t.ids().length && n < K; r++) {
      if (!t.ids()[r].equals(other)) {
        sum += t.sims()[r];
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** True when both articles are in the corpus (the pair gets corpus values). */
  public boolean covers(ArticleFeatures a, ArticleFeatures b) {
    return top.containsKey(a.id()) && top.containsKey(b.id());
  }

  /**
   * Writes the pair's {@code hub} into its feature vector {@code x} (of {@link
   * PairFeatures#compute}) when the corpus holds both articles; leaves the neutral value otherwise.
   */
  public void apply(ArticleFeatures a, ArticleFeatures b, double[] x) {
    if (covers(a, b)) {
      x[PairFeatures.index("hub")] = (side(a.id(), b.id()) + side(b.id(), a.id())) / 2;
    }
  }

  /** Writes the neutral value (no corpus) into {@code x}. */
  static void neutral(double[] x) {
    x[PairFeatures.index("hub")] = NEUTRAL_HUB;
  }
}
