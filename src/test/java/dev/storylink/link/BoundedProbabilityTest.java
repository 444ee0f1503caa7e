package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The least term of a cosine's two inputs, and a probability computed in two steps. */
class BoundedProbabilityTest {
  private static double term(double w, double ws, double c) {
    return w * c + ws * Math.sqrt(c);
  }

  @Test
  void leastTermIsTheMinimumOverCosinesFromZeroToOne() {
    // the shipped neutral model's shape: both ends, the least at a cosine of 1
    assertThat(BoundedProbability.leastTerm(0.0157, -0.281)).isCloseTo(-0.2653, within(1e-4));
    // a least inside: t² − t at t = 1/2
    assertThat(BoundedProbability.leastTerm(1, -1)).isCloseTo(-0.25, within(1e-8));
    // weights that only add: 0 at a cosine of 0
    assertThat(BoundedProbability.leastTerm(0.5, 0.2)).isCloseTo(0, within(1e-8));
    Random rnd = new Random(3);
    for (int i = 0; i < 2000; i++) {
      double w = rnd.nextGaussian();
      double ws = rnd.nextGaussian();
      double least = BoundedProbability.leastTerm(w, ws);
      double seen = Double.MAX_VALUE;
      for (int k = 0; k <= 1000; k++) {
        seen = Math.min(seen, term(w, ws, k / 1000.0));
      }
      assertThat(least).isLessThan(seen).isGreaterThan(seen - 1e-3);
    }
  }

  @Test
  void theExactProbabilityIsComputedOnceWhenAsked() {
    int[] calls = new int[1];
    BoundedProbability p =
        BoundedProbability.pending(
            0.9,
            () -> {
              calls[0]++;
              return 0.4;
            });
    assertThat(p.isKnown()).isFalse();
    assertThat(p.atMost()).isEqualTo(0.9);
    assertThat(calls[0]).isZero();
    assertThat(p.exact()).isEqualTo(0.4);
    assertThat(p.exact()).isEqualTo(0.4);
    assertThat(calls[0]).isEqualTo(1);
    assertThat(p.isKnown()).isTrue();
    BoundedProbability known = BoundedProbability.known(0.3);
    assertThat(known.isKnown()).isTrue();
    assertThat(known.atMost()).isEqualTo(0.3);
    assertThat(known.exact()).isEqualTo(0.3);
  }
}
