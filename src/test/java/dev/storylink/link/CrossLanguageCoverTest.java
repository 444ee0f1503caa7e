package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storylink.features.Mention;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shares of {@link CrossLanguageFeatures#keyCover}: matched weight over the shorter side's
 * weight (plus a prior of one), so that a short rendered report whose every concept its long
 * partner names scores high, and one shared concept of one scores little.
 */
class CrossLanguageCoverTest {
  private static List<Mention> concepts(String... keys) {
    return Arrays.stream(keys)
        .map(k -> new Mention(Mention.Kind.CONCEPT, k, k, List.of(k), 1.0, 1, ""))
        .toList();
  }

  @Test
  void theShorterSideDecides() {
    List<Mention> shortSide = concepts("court", "jury", "sentence");
    List<Mention> longSide =
        concepts("court", "jury", "sentence", "judge", "prison", "murder", "bail", "prosecutor");
    double[] c = CrossLanguageFeatures.keyCover(shortSide, longSide);
    assertThat(c[0]).isCloseTo(3.0 / 4.0, within(1e-9));
    assertThat(c[1]).isEqualTo(3);
    assertThat(CrossLanguageFeatures.keyCover(longSide, shortSide)[0])
        .isCloseTo(c[0], within(1e-9));
    // a Dice overlap would give 6 / 11: the long side's extra concepts do not count against it
    assertThat(c[0]).isGreaterThan(6.0 / 11.0);
  }

  @Test
  void oneSharedConceptOfOneIsWeak() {
    double[] c = CrossLanguageFeatures.keyCover(concepts("killed"), concepts("killed", "war"));
    assertThat(c[0]).isCloseTo(0.5, within(1e-9));
    assertThat(c[1]).isEqualTo(1);
  }

  @Test
  void nothingSharedOrNothingNamedIsZero() {
    assertThat(CrossLanguageFeatures.keyCover(concepts("a"), concepts("b"))).containsExactly(0, 0);
    assertThat(CrossLanguageFeatures.keyCover(List.of(), concepts("b"))).containsExactly(0, 0);
    // a concept named twice counts once
    assertThat(CrossLanguageFeatures.keyCover(concepts("a", "a"), concepts("a"))[1]).isEqualTo(1);
  }

  @Test
  void theFeaturesAreInRangeAndNamed() {
    assertThat(CrossLanguageFeatures.NAMES)
        .contains("conceptcover", "concepthits", "placecover", "numbercover");
    assertThat(CrossLanguageModel.EXPANDED)
        .isEqualTo(CrossLanguageFeatures.NAMES.size() + CrossLanguageModel.SQRT.size() + 1);
  }
}
