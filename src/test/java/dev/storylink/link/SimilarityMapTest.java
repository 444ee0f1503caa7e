package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityMapTest {
  @Test
  void identityClampsOnly() {
    assertThat(SimilarityMap.IDENTITY.apply(0.3)).isEqualTo(1.0);
    assertThat(SimilarityMap.IDENTITY.apply(2.2)).isEqualTo(2.2);
    assertThat(SimilarityMap.IDENTITY.apply(4.7)).isEqualTo(4.0);
    assertThatThrownBy(() -> new SimilarityMap(new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fitsTheLeastSquaresCubic() {
    // gold = 2.4 + 1.2 c + 0.1 c^2 - 0.15 c^3, c = s - 2.5, exactly
    double[] s = new double[31];
    double[] g = new double[31];
    for (int i = 0; i < s.length; i++) {
      s[i] = 1 + i * 0.1;
      double c = s[i] - 2.5;
      g[i] = 2.4 + 1.2 * c + 0.1 * c * c - 0.15 * c * c * c;
    }
    double[] k = SimilarityMap.fit(s, g).coefficients();
    assertThat(k[0]).isCloseTo(2.4, within(1e-4));
    assertThat(k[1]).isCloseTo(1.2, within(1e-4));
    assertThat(k[2]).isCloseTo(0.1, within(1e-4));
    assertThat(k[3]).isCloseTo(-0.15, within(1e-4));
  }

  @Test
  void isNonDecreasingWhereTheCubicDips() {
    // this cubic falls from s = 1 to about s = 1.4 (f(1) = 1.46), then rises: the running maximum
    // holds 1.46 until the cubic climbs past it, and the result stays in [1, 4]
    SimilarityMap m = new SimilarityMap(new double[] {2.42, 1.17, 0.12, -0.155});
    assertThat(m.polynomial(1.2)).isLessThan(m.polynomial(1.0));
    assertThat(m.apply(1.2)).isEqualTo(m.polynomial(1.0));
    assertThat(m.apply(0.5)).isEqualTo(m.apply(1.0));
    double prev = m.apply(1.0);
    for (double s = 1.0; s <= 4.0; s += 0.01) {
      double v = m.apply(s);
      assertThat(v).isGreaterThanOrEqualTo(prev).isBetween(1.0, 4.0);
      prev = v;
    }
    assertThat(m.apply(3.0)).isCloseTo(m.polynomial(3.0), within(1e-12));
    assertThat(m.slope(3.0)).isCloseTo(1.17 + 0.24 * 0.5 - 0.465 * 0.25, within(1e-3));
  }

  @Test
  void treesModelKeepsItsDecisionThroughTheMap() {
    // gold falls with terms, plus noise: a model with trees, calibrated out of fold, gets a map
    Random rnd = new Random(3);
    List<double[]> xs = new ArrayList<>();
    List<Double> gold = new ArrayList<>();
    while (xs.size() < 300) {
      double terms = rnd.nextDouble();
      double[] x = new double[PairFeatures.NAMES.size()];
      x[PairFeatures.index("terms")] = terms;
      x[PairFeatures.index("names")] = rnd.nextDouble();
      xs.add(x);
      gold.add(Math.max(1, Math.min(4, 4 - 3 * terms + 0.6 * rnd.nextGaussian())));
    }
    double[] ys = gold.stream().mapToDouble(Double::doubleValue).toArray();
    Regression m =
        LinkTrainer.train(LinkModel.lexicalShape(), xs, ys, null, LinkModel.LEXICAL_TREES);
    assertThat(m.map().isIdentity()).isFalse();
    // the decision (probability 0.5) sits where the mapped similarity crosses the midpoint, and
    // the map keeps the order of the unmapped similarities
    for (int i = 0; i < 50; i++) {
      double[] a = xs.get(i);
      double[] b = xs.get(i + 50);
      if (m.unmapped(a) < m.unmapped(b)) {
        assertThat(m.similarity(a)).isLessThanOrEqualTo(m.similarity(b));
      }
      assertThat(m.probability(m.similarity(a)) >= 0.5).isEqualTo(m.similarity(a) <= m.midpoint());
    }
    Regression back = Regression.fromJson(m.toJson(new ObjectMapper()));
    assertThat(back).isEqualTo(m);
    assertThat(back.similarity(xs.get(0))).isEqualTo(m.similarity(xs.get(0)));
  }
}
