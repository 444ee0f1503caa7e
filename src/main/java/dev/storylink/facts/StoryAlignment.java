package dev.storylink.facts;

import dev.storylink.compare.ComparisonLimits;
import dev.storylink.compare.CoverageComparer;
import dev.storylink.compare.SentenceLink;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The sentence alignment of a story's articles, pair by pair with {@link CoverageComparer}: which
 * sentences of each article align with a sentence of another, and the aligned sentence pairs. A
 * story of up to {@link #MAX_PAIRS} pairs (23 articles) has every pair aligned; a larger one has
 * each article aligned with its nearest neighbours in the given order (the story's columns), {@code
 * 2 * MAX_PAIRS / n} of them, so the work stays bounded. Only the sentence links of each pair are
 * computed ({@link CoverageComparer#links}). A pair the comparer refuses (an article over {@link
 * dev.storylink.compare.ComparisonLimits}, or the pair over {@link #BUDGET}) is left out. Immutable
 * and thread-safe.
 *
 * @param aligned per article, per sentence: whether it aligns with a sentence of another article
 * @param links the aligned sentence pairs across articles
 * @param compared per article: whether it was compared with at least one other
 * @param comparedPairs how many pairs were aligned
 */
public record StoryAlignment(
    List<boolean[]> aligned, List<Link> links, boolean[] compared, int comparedPairs) {
  /** Most article pairs aligned for one story. */
  public static final int MAX_PAIRS = 253;

  /**
   * The work one pair may take: 60,000 sentence and clause pairs, 1,000,000 rare-word pairs (the
   * pairs of two articles of about 60 sentences each; a story's 66 pairs then align in a few
   * seconds of CPU at most). A pair over it is left out, as a pair over the comparison limits is,
   * and the matrix says how many pairs were aligned.
   */
  public static final ComparisonLimits.Budget BUDGET =
      new ComparisonLimits.Budget(60_000, 1_000_000);

  /**
   * An aligned sentence pair: sentence {@code sa} of article {@code a} and {@code sb} of {@code b}.
   */
  public record Link(int a, int sa, int b, int sb) {}

  public StoryAlignment {
    aligned = aligned.stream().map(boolean[]::clone).toList();
    links = List.copyOf(links);
    compared = compared.clone();
    if (comparedPairs < 0) {
      throw new IllegalArgumentException("negative pair count");
    }
  }

  @Override
  public boolean[] compared() {
    return compared.clone();
  }

  /**
   * The sentence links of two articles, or empty when the pair is not aligned (over the comparison
   * limits or the {@link #BUDGET}). Implementations must be thread-safe (pairs run in parallel).
   */
  @FunctionalInterface
  public interface PairAligner {
    Optional<List<SentenceLink>> links(Article a, Article b);
  }

  /** The aligner of {@code comparer} within the {@link #BUDGET}. */
  public static PairAligner aligner(CoverageComparer comparer) {
    return (a, b) -> {
      try {
        return Optional.of(comparer.links(a, b, BUDGET));
      } catch (InputException e) {
        return Optional.empty(); // over the comparison limits: this pair is not aligned
      }
    };
  }

  /** Aligns the sentences of {@code articles} (languages known), in parallel over pairs. */
  public static StoryAlignment of(
      List<Article> articles, List<Integer> sentenceCounts, CoverageComparer comparer) {
    return of(articles, sentenceCounts, aligner(comparer));
  }

  /** As {@link #of(List, List, CoverageComparer)}, each pair aligned by {@code aligner}. */
  public static StoryAlignment of(
      List<Article> articles, List<Integer> sentenceCounts, PairAligner aligner) {
    int n = articles.size();
    List<int[]> pairs = pairs(n);
    @SuppressWarnings("unchecked")
    List<SentenceLink>[] done = new List[pairs.size()];
    IntStream.range(0, pairs.size())
        .parallel()
        .forEach(
            k -> {
              int[] p = pairs.get(k);
              done[k] = aligner.links(articles.get(p[0]), articles.get(p[1])).orElse(null);
            });
    List<boolean[]> aligned = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      aligned.add(new boolean[sentenceCounts.get(i)]);
    }
    boolean[] compared = new boolean[n];
    List<Link> links = new ArrayList<>();
    int count = 0;
    for (int k = 0; k < pairs.size(); k++) {
      if (done[k] == null) {
        continue;
      }
      int a = pairs.get(k)[0];
      int b = pairs.get(k)[1];
      count++;
      compared[a] = true;
      compared[b] = true;
      for (SentenceLink l : done[k]) {
        if (l.a() < aligned.get(a).length && l.b() < aligned.get(b).length) {
          aligned.get(a)[l.a()] = true;
          aligned.get(b)[l.b()] = true;
          links.add(new Link(a, l.a(), b, l.b()));
        }
      }
    }
    return new StoryAlignment(aligned, links, compared, count);
  }

  /** The pairs aligned for {@code n} articles: all, or each with its nearest neighbours. */
  static List<int[]> pairs(int n) {
    List<int[]> out = new ArrayList<>();
    long all = (long) n * (n - 1) / 2;
    int reach = all <= MAX_PAIRS ? n : Math.max(1, MAX_PAIRS / n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int d = Math.min(j - i, n - (j - i)); // distance on a ring: the last meets the first
        if (d <= reach) {
          out.add(new int[] {i, j});
        }
      }
    }
    return out;
  }
}
