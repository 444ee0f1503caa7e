package dev.storylink.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Aligns the sentences of two articles given the score of every sentence pair: a pure function from
 * a score matrix to the aligned pairs. Three steps:
 *
 * <ol>
 *   <li>1:1: pairs at or above {@link #THRESHOLD}, best first, each sentence used once;
 *   <li>1:n: a sentence still alone joins its best partner when that pair reaches {@link
 *       #JOIN_THRESHOLD} and is also the best of the partner's row or column;
 *   <li>n:m: a long sentence may cover several of the other side: a pair is linked when it reaches
 *       {@link #EXTRA_SHARE} of the best score of its unit on both sides (the clause its score
 *       rests on, or the whole sentence), at {@link #JOIN_THRESHOLD}, or at {@link #THRESHOLD} when
 *       it rests on a clause of one side. A link of two whole sentences (no clause on either side)
 *       that each already have a 1:1 partner of their own at {@link #JOIN_THRESHOLD} or more is
 *       added only when it scores under both of those 1:1 links: one that outscores a sentence's
 *       own 1:1 partner comes from a sentence that resembles many (a headline naming the country
 *       and nationality a later sentence names) and would merge two true pairs into one block.
 * </ol>
 *
 * <p>No sentence takes part in more than {@link ComparisonLimits#MAX_PARTNERS} links (steps 2 and 3
 * skip a pair that would exceed it), so the result has at most that many links per sentence.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceAligner {
  /** Minimum score for a 1:1 sentence link. */
  static final double THRESHOLD = 0.2;

  /** Minimum score for a sentence to join a partner that is already aligned (1:n). */
  static final double JOIN_THRESHOLD = 0.25;

  /** An extra n:m link must reach this share of the best score of its row and of its column. */
  static final double EXTRA_SHARE = 0.6;

  /**
   * The score of a sentence pair and the units it rests on.
   *
   * @param score the pair's score (at least 0)
   * @param unitA the clause unit of the first sentence the score rests on, or -1 for the whole
   *     sentence
   * @param unitB the clause unit of the second sentence, or -1 for the whole sentence
   */
  record Cell(double score, int unitA, int unitB) {
    Cell {
      if (!(score >= 0) || unitA < -1 || unitB < -1) {
        throw new IllegalArgumentException("bad cell " + score + " " + unitA + " " + unitB);
      }
    }
  }

  /** Sentence {@code a} of the first article aligned with sentence {@code b} of the second. */
  record Pair(int a, int b) {}

  private SentenceAligner() {}

  /** Aligns whole sentences scored by {@code scores[i][j]} (no clause units). */
  static List<Pair> align(double[][] scores) {
    Cell[][] cells = new Cell[scores.length][];
    for (int i = 0; i < scores.length; i++) {
      cells[i] = new Cell[scores[i].length];
      for (int j = 0; j < scores[i].length; j++) {
        cells[i][j] = new Cell(scores[i][j], -1, -1);
      }
    }
    return align(cells);
  }

  /**
   * The aligned pairs of a rectangular matrix of {@code n} rows (sentences of the first article)
   * and {@code m} columns: first the 1:1 pairs best first, then the 1:n joins, then the n:m links.
   */
  static List<Pair> align(Cell[][] scored) {
    int n = scored.length;
    int m = n == 0 ? 0 : scored[0].length;
    double[][] score = new double[n][m];
    List<Pair> cands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (scored[i].length != m) {
        throw new IllegalArgumentException("ragged score matrix");
      }
      for (int j = 0; j < m; j++) {
        score[i][j] = Objects.requireNonNull(scored[i][j], "cell").score();
        if (score[i][j] >= THRESHOLD) {
          cands.add(new Pair(i, j));
        }
      }
    }
    cands.sort((p, q) -> Double.compare(score[q.a()][q.b()], score[p.a()][p.b()]));
    boolean[] usedA = new boolean[n];
    boolean[] usedB = new boolean[m];
    int[] oneToOneA = new int[n];
    int[] oneToOneB = new int[m];
    Arrays.fill(oneToOneA, -1);
    Arrays.fill(oneToOneB, -1);
    int[] partnersA = new int[n];
    int[] partnersB = new int[m];
    List<Pair> out = new ArrayList<>();
    for (Pair p : cands) {
      if (!usedA[p.a()] && !usedB[p.b()]) {
        usedA[p.a()] = true;
        usedB[p.b()] = true;
        partnersA[p.a()]++;
        partnersB[p.b()]++;
        oneToOneA[p.a()] = p.b();
        oneToOneB[p.b()] = p.a();
        out.add(p);
      }
    }
    List<Pair> joins = new ArrayList<>();
    for (Pair p : cands) {
      if (score[p.a()][p.b()] < JOIN_THRESHOLD) {
        break;
      }
      boolean loneA = !usedA[p.a()];
      boolean loneB = !usedB[p.b()];
      if (loneA != loneB && isBest(score, p, loneA)) {
        joins.add(p);
      }
    }
    for (Pair p : joins) {
      if (room(partnersA, partnersB, p)) {
        usedA[p.a()] = true;
        usedB[p.b()] = true;
        out.add(p);
      }
    }
    Map<Long, Double> unitBestA = new HashMap<>();
    Map<Long, Double> unitBestB = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        unitBestA.merge(unitKey(i, scored[i][j].unitA()), score[i][j], Math::max);
        unitBestB.merge(unitKey(j, scored[i][j].unitB()), score[i][j], Math::max);
      }
    }
    Set<Long> have = new HashSet<>();
    for (Pair p : out) {
      have.add((long) p.a() * m + p.b());
    }
    for (Pair p : cands) {
      Cell sc = scored[p.a()][p.b()];
      double s = sc.score();
      boolean clause = sc.unitA() >= 0 || sc.unitB() >= 0;
      if (s < (clause ? THRESHOLD : JOIN_THRESHOLD)
          || have.contains((long) p.a() * m + p.b())
          || crossesTwoPairs(score, oneToOneA, oneToOneB, p, clause)) {
        continue;
      }
      if (s >= EXTRA_SHARE * unitBestA.get(unitKey(p.a(), sc.unitA()))
          && s >= EXTRA_SHARE * unitBestB.get(unitKey(p.b(), sc.unitB()))
          && room(partnersA, partnersB, p)) {
        have.add((long) p.a() * m + p.b());
        out.add(p);
      }
    }
    return out;
  }

  /**
   * True when {@code p} links two whole sentences that each have a 1:1 partner of their own, both
   * 1:1 links reach {@link #JOIN_THRESHOLD}, and {@code p} scores at least as high as one of them.
   */
  private static boolean crossesTwoPairs(
      double[][] score, int[] oneToOneA, int[] oneToOneB, Pair p, boolean clause) {
    int partnerOfA = oneToOneA[p.a()];
    int partnerOfB = oneToOneB[p.b()];
    if (clause || partnerOfA < 0 || partnerOfB < 0) {
      return false;
    }
    double ownA = score[p.a()][partnerOfA];
    double ownB = score[partnerOfB][p.b()];
    double s = score[p.a()][p.b()];
    return ownA >= JOIN_THRESHOLD && ownB >= JOIN_THRESHOLD && (s >= ownA || s >= ownB);
  }

  /** True, counting the link, when neither sentence of {@code p} has its most partners yet. */
  private static boolean room(int[] partnersA, int[] partnersB, Pair p) {
    if (partnersA[p.a()] >= ComparisonLimits.MAX_PARTNERS
        || partnersB[p.b()] >= ComparisonLimits.MAX_PARTNERS) {
      return false;
    }
    partnersA[p.a()]++;
    partnersB[p.b()]++;
    return true;
  }

  private static long unitKey(int sentence, int clause) {
    return ((long) sentence << 20) | (clause + 1);
  }

  private static boolean isBest(double[][] score, Pair p, boolean rowLone) {
    double s = score[p.a()][p.b()];
    if (rowLone) {
      for (double v : score[p.a()]) {
        if (v > s) {
          return false;
        }
      }
    } else {
      for (double[] row : score) {
        if (row[p.b()] > s) {
          return false;
        }
      }
    }
    return true;
  }
}
