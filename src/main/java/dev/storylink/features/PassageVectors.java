package dev.storylink.features;

import dev.storylink.core.Hashing;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The head and first-sentence vectors of an article, for the same-language link model: the head is
 * the title (the first sentence when the article has no separate title), each sentence vector the
 * idf-weighted stems of one of the first {@link #SENTENCES} sentences of at least {@link
 * #MIN_TOKENS} content words (boilerplate sentences skipped), each L2-normalised. The sentence
 * vectors are stored as one array of (dimension, sentence, weight) entries sorted by dimension, so
 * that all sentence-pair cosines of two articles take one linear merge ({@link #sentenceCosines}).
 * Also the stem bigrams of the whole text (two content words next to each other in one sentence
 * outside boilerplate, in order) as sorted distinct hashes ({@link #sharedBigrams}). Immutable and
 * thread-safe.
 */
public final class PassageVectors {
  /** Sentences kept per article. */
  public static final int SENTENCES = 8;

  /** Content words a sentence needs to be kept. */
  public static final int MIN_TOKENS = 4;

  /** No head, no sentences. */
  public static final PassageVectors EMPTY =
      new PassageVectors(
          SparseVector.EMPTY, new long[0], new byte[0], new float[0], 0, new long[0]);

  private final SparseVector head;
  private final long[] dims;
  private final byte[] sentence;
  private final float[] weights;
  private final int sentences;
  private final long[] bigrams;

  private PassageVectors(
      SparseVector head,
      long[] dims,
      byte[] sentence,
      float[] weights,
      int sentences,
      long[] bigrams) {
    this.head = head;
    this.dims = dims;
    this.sentence = sentence;
    this.weights = weights;
    this.sentences = sentences;
    this.bigrams = bigrams;
  }

  /** Number of distinct stem bigrams of the text. */
  public int bigramCount() {
    return bigrams.length;
  }

  /** Number of stem bigrams both texts have (one merge of the two sorted hash arrays). */
  public int sharedBigrams(PassageVectors o) {
    return Hashing.sharedSorted(bigrams, o.bigrams);
  }

  /**
   * Sorted distinct hashes of the ordered pairs of stems of two content words next to each other in
   * one sentence outside boilerplate (a stop word, a sentence end or boilerplate breaks a pair).
   */
  private static long[] bigrams(
      List<Token> tokens, Set<String> stop, Map<String, Long> stemDims, boolean[] boilerplate) {
    long[] out = new long[Math.max(0, tokens.size() - 1)];
    int n = 0;
    long prev = 0;
    boolean hasPrev = false;
    int prevSentence = -1;
    for (Token t : tokens) {
      int s = t.sentence();
      Long dim = boilerplate[s] ? null : stemDims.get(t.term());
      if (dim == null || !NameRules.isContent(t.term(), stop)) {
        hasPrev = false;
        continue;
      }
      if (hasPrev && s == prevSentence) {
        long h = (prev * 0x9E3779B97F4A7C15L) ^ Long.rotateLeft(dim, 29);
        out[n++] = h ^ (h >>> 31);
      }
      prev = dim;
      hasPrev = true;
      prevSentence = s;
    }
    return java.util.Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  /** Number of sentence vectors (at most {@link #SENTENCES}). */
  public int sentenceCount() {
    return sentences;
  }

  /** Cosine of the two heads. */
  public double headCosine(PassageVectors o) {
    return head.cosine(o.head);
  }

  /** The best cosine of this head with one of the first {@code n} sentences of {@code o}. */
  public double headVersusFirst(PassageVectors o, int n) {
    long[] headDims = head.dims();
    float[] headWeights = head.weights();
    double[] dot = new double[SENTENCES];
    int i = 0;
    int j = 0;
    while (i < headDims.length && j < o.dims.length) {
      long x = headDims[i];
      long y = o.dims[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        for (; j < o.dims.length && o.dims[j] == x; j++) {
          dot[o.sentence[j]] += headWeights[i] * o.weights[j];
        }
        i++;
      }
    }
    double best = 0;
    for (int s = 0; s < Math.min(n, o.sentences); s++) {
      best = Math.max(best, Math.min(1.0, dot[s]));
    }
    return best;
  }

  /**
   * Writes the cosine of this article's sentence {@code s} and {@code o}'s sentence {@code t} into
   * {@code out[s * SENTENCES + t]} (at least {@code SENTENCES * SENTENCES} long; cleared first).
   */
  public void sentenceCosines(PassageVectors o, double[] out) {
    java.util.Arrays.fill(out, 0, SENTENCES * SENTENCES, 0.0);
    int i = 0;
    int j = 0;
    while (i < dims.length && j < o.dims.length) {
      long x = dims[i];
      long y = o.dims[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        int ie = i;
        while (ie < dims.length && dims[ie] == x) {
          ie++;
        }
        int je = j;
        while (je < o.dims.length && o.dims[je] == x) {
          je++;
        }
        for (int p = i; p < ie; p++) {
          int row = sentence[p] * SENTENCES;
          for (int q = j; q < je; q++) {
            out[row + o.sentence[q]] += weights[p] * o.weights[q];
          }
        }
        i = ie;
        j = je;
      }
    }
    for (int k = 0; k < SENTENCES * SENTENCES; k++) {
      out[k] = Math.min(1.0, out[k]);
    }
  }

  /**
   * The vectors of an analysed text whose tokens are {@code tokens} ({@code boilerplate[s]}:
   * whether sentence {@code s} is boilerplate; {@code stemDims}: the hashed stem of every content
   * term outside boilerplate).
   */
  static PassageVectors of(
      List<Token> tokens,
      Set<String> stop,
      TermStats stats,
      Map<String, Long> stemDims,
      boolean[] boilerplate) {
    if (tokens.isEmpty()) {
      return EMPTY;
    }
    Map<Long, Double> head = new HashMap<>();
    List<Map<Long, Double>> kept = new ArrayList<>();
    Map<Long, Double> current = new HashMap<>();
    int currentSentence = tokens.get(0).sentence();
    int headSentence = currentSentence;
    int count = 0;
    for (Token t : tokens) {
      int s = t.sentence();
      if (s != currentSentence) {
        if (count >= MIN_TOKENS) {
          kept.add(current);
          if (kept.size() == SENTENCES) {
            current = null;
            break;
          }
        }
        current = new HashMap<>();
        currentSentence = s;
        count = 0;
      }
      String term = t.term();
      if (!NameRules.isContent(term, stop) || boilerplate[s]) {
        continue;
      }
      Long dim = stemDims.get(term);
      if (dim == null) {
        continue;
      }
      double w = stats.idf(term);
      current.merge(dim, w, Double::sum);
      count++;
      if (s == headSentence) {
        head.merge(dim, w, Double::sum);
      }
    }
    if (current != null && count >= MIN_TOKENS && kept.size() < SENTENCES) {
      kept.add(current);
    }
    List<SparseVector> vectors = new ArrayList<>(kept.size());
    int total = 0;
    for (Map<Long, Double> m : kept) {
      SparseVector v = SparseVector.of(m);
      vectors.add(v);
      total += v.size();
    }
    long[][] entries = new long[total][];
    float[] flatW = new float[total];
    int k = 0;
    for (int s = 0; s < vectors.size(); s++) {
      long[] d = vectors.get(s).dims();
      float[] w = vectors.get(s).weights();
      for (int e = 0; e < d.length; e++) {
        entries[k] = new long[] {d[e], s, k};
        flatW[k++] = w[e];
      }
    }
    java.util.Arrays.sort(
        entries, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long[] dims = new long[total];
    byte[] sentence = new byte[total];
    float[] weights = new float[total];
    for (int e = 0; e < total; e++) {
      dims[e] = entries[e][0];
      sentence[e] = (byte) entries[e][1];
      weights[e] = flatW[(int) entries[e][2]];
    }
    return new PassageVectors(
        SparseVector.of(head),
        dims,
        sentence,
        weights,
        kept.size(),
        bigrams(tokens, stop, stemDims, boilerplate));
  }
}
