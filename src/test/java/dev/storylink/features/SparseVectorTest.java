package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The weighted Jaccard and the dimension Dice of two normalised sparse vectors. */
class SparseVectorTest {
  @Test
  void weightedJaccardIsTheSharedMinimumOverTheMaximum() {
    SparseVector a = SparseVector.of(Map.of(1L, 3.0, 2L, 4.0)); // 0.6, 0.8
    SparseVector b = SparseVector.of(Map.of(2L, 1.0)); // 1.0
    // min on dimension 2: 0.8; sum of maxima: 0.6 + 1.0
    assertThat(a.weightedJaccard(b)).isCloseTo(0.8 / 1.6, within(1e-6));
    assertThat(b.weightedJaccard(a)).isCloseTo(a.weightedJaccard(b), within(1e-12));
    assertThat(a.weightedJaccard(a)).isCloseTo(1.0, within(1e-6));
    assertThat(a.weightedJaccard(SparseVector.of(Map.of(5L, 1.0)))).isEqualTo(0.0);
    assertThat(SparseVector.EMPTY.weightedJaccard(SparseVector.EMPTY)).isEqualTo(0.0);
  }

  @Test
  void dimensionDiceCountsSharedDimensionsWhateverTheirWeights() {
    SparseVector a = SparseVector.of(Map.of(1L, 3.0, 2L, 4.0, 3L, 0.1));
    SparseVector b = SparseVector.of(Map.of(2L, 0.1, 7L, 9.0));
    // one dimension of three and of two shared: 2 * 1 / (3 + 2)
    assertThat(a.dimensionDice(b)).isCloseTo(0.4, within(1e-12));
    assertThat(b.dimensionDice(a)).isCloseTo(0.4, within(1e-12));
    assertThat(a.dimensionDice(a)).isEqualTo(1.0);
    assertThat(a.dimensionDice(SparseVector.EMPTY)).isEqualTo(0.0);
    assertThat(SparseVector.EMPTY.dimensionDice(SparseVector.EMPTY)).isEqualTo(0.0);
  }
}
