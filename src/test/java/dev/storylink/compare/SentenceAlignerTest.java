package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.compare.SentenceAligner.Cell;
import dev.storylink.compare.SentenceAligner.Pair;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aligner as a pure function of hand-made score matrices. */
class SentenceAlignerTest {
  private static Pair p(int a, int b) {
    return new Pair(a, b);
  }

  @Test
  void alignsTheDiagonalOneToOne() {
    double[][] s = {{0.9, 0.1, 0.1}, {0.1, 0.8, 0.1}, {0.1, 0.1, 0.7}};
    assertThat(SentenceAligner.align(s)).containsExactly(p(0, 0), p(1, 1), p(2, 2));
  }

  @Test
  void linksNothingBelowTheThreshold() {
    double[][] s = {{0.19, 0.0}, {0.1, 0.15}};
    assertThat(SentenceAligner.align(s)).isEmpty();
    assertThat(SentenceAligner.align(new double[0][0])).isEmpty();
  }

  @Test
  void takesTheBestPairFirstThenLetsLoneSentencesJoin() {
    // 1:1 takes (0,0); row 1 and column 1 are alone and join their best partner (1:n)
    double[][] s = {{0.5, 0.4}, {0.45, 0.0}};
    assertThat(SentenceAligner.align(s)).containsExactly(p(0, 0), p(1, 0), p(0, 1));
  }

  @Test
  void aLoneSentenceJoinsOnlyAtTheJoinThresholdAndOnlyItsBestPartner() {
    double[][] below = {{0.5}, {0.22}};
    assertThat(SentenceAligner.align(below)).containsExactly(p(0, 0));
    // row 2 is alone; its best partner is column 0 (0.3), not column 1 (0.28)
    double[][] best = {{0.6, 0.0}, {0.0, 0.6}, {0.3, 0.28}};
    assertThat(SentenceAligner.align(best)).containsExactly(p(0, 0), p(1, 1), p(2, 0));
  }

  @Test
  void aLongSentenceCoversTwoOfTheOtherSide() {
    // n:m: 0.45 reaches 60% of the best of row 0 (0.5) and of column 1 (0.6)
    double[][] s = {{0.5, 0.45}, {0.1, 0.6}};
    assertThat(SentenceAligner.align(s)).containsExactly(p(1, 1), p(0, 0), p(0, 1));
    // 0.28 is under 60% of the best of row 0 (0.5)
    double[][] weak = {{0.5, 0.28}, {0.1, 0.3}};
    assertThat(SentenceAligner.align(weak)).containsExactly(p(0, 0), p(1, 1));
  }

  @Test
  void aLinkOutscoringASentencesOwnPartnerDoesNotMergeTwoPairs() {
    // the session-22 user run's block (23_6ecbplus.fa / 23_3ecbplus.ar, scores as compare prints
    // them): rows A1 (headline), A3, A7 "born in New Zealand, meant to ski"; columns B1, B2, B7;
    // A1-B7 0.48 beats B7's own partner A7 (0.42), so it would put A7-B7 in the headline's block
    double[][] s = {{0.52, 0.47, 0.48}, {0.38, 0.34, 0.35}, {0.45, 0.41, 0.42}};
    assertThat(SentenceAligner.align(s)).containsExactly(p(0, 0), p(2, 2), p(1, 1));
    // a 1:1 link under the join threshold is no partner to keep: B2's lead still joins A2
    double[][] weakOwn = {{0.1, 0.22}, {0.48, 0.37}};
    assertThat(SentenceAligner.align(weakOwn)).containsExactly(p(1, 0), p(0, 1), p(1, 1));
  }

  @Test
  void aPairRestingOnAClauseCountsAgainstItsClauseAndLinksAtTheThreshold() {
    Cell[][] clause = {
      {new Cell(0.5, -1, -1), new Cell(0.22, 0, -1)}, {new Cell(0.1, -1, -1), new Cell(0.3, -1, -1)}
    };
    assertThat(SentenceAligner.align(clause)).containsExactly(p(0, 0), p(1, 1), p(0, 1));
    Cell[][] whole = {
      {new Cell(0.5, -1, -1), new Cell(0.22, -1, -1)},
      {new Cell(0.1, -1, -1), new Cell(0.3, -1, -1)}
    };
    assertThat(SentenceAligner.align(whole)).containsExactly(p(0, 0), p(1, 1));
  }

  @Test
  void noSentenceHasMoreThanTheMostPartners() {
    double[][] s = new double[1][100];
    Arrays.fill(s[0], 0.9);
    List<Pair> out = SentenceAligner.align(s);
    assertThat(out).hasSize(ComparisonLimits.MAX_PARTNERS);
    assertThat(out).allMatch(q -> q.a() == 0).doesNotHaveDuplicates();
    double[][] all = new double[60][60];
    for (double[] row : all) {
      Arrays.fill(row, 0.7);
    }
    List<Pair> dense = SentenceAligner.align(all);
    for (int i = 0; i < 60; i++) {
      int row = i;
      assertThat(dense.stream().filter(q -> q.a() == row).count())
          .isLessThanOrEqualTo(ComparisonLimits.MAX_PARTNERS);
      assertThat(dense.stream().filter(q -> q.b() == row).count())
          .isLessThanOrEqualTo(ComparisonLimits.MAX_PARTNERS);
    }
  }

  @Test
  void refusesARaggedMatrixAndBadCells() {
    assertThatThrownBy(() -> SentenceAligner.align(new double[][] {{0.5, 0.5}, {0.5}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell(-0.1, -1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell(Double.NaN, -1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
