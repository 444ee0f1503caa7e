package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CognatesTest {
  /** The character 4-grams of {@code "_" + term + "_"}, as strings: the reference. */
  private static Set<String> grams(String term) {
    String p = "_" + term + "_";
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 4 <= p.length(); i++) {
      out.add(p.substring(i, i + 4));
    }
    return out;
  }

  /** Dice coefficient of two gram sets, counted by set look-ups: the reference. */
  private static double dice(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.contains(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + y.size());
  }

  @Test
  void namesSpelledAlikeAreCognates() {
    assertThat(Cognates.dice(Cognates.codes("obama"), Cognates.codes("obamas")))
        .isGreaterThanOrEqualTo(Cognates.MIN_DICE);
    assertThat(Cognates.dice(Cognates.codes("syrien"), Cognates.codes("syria")))
        .isLessThan(Cognates.MIN_DICE);
  }

  @Test
  void codesGiveTheDiceOfTheGramsExactly() {
    Random r = new Random(42);
    String letters = "abcdeéğışöüабвгдابتثپچکیه_";
    List<String> words =
        new ArrayList<>(List.of("a", "ab", "aaaa", "aaaaaaa", "", "پوتین", "بوتين"));
    for (int i = 0; i < 300; i++) {
      StringBuilder w = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int k = 0; k < len; k++) {
        w.append(letters.charAt(r.nextInt(letters.length())));
      }
      words.add(w.toString());
    }
    for (String x : words) {
      assertThat(Cognates.codes(x)).hasSize(grams(x).size());
      for (int k = 0; k < 20; k++) {
        String y = words.get(r.nextInt(words.size()));
        double exact = dice(grams(x), grams(y));
        assertThat(Cognates.dice(Cognates.codes(x), Cognates.codes(y))).isEqualTo(exact);
        assertThat(Cognates.diceBound(Cognates.codes(x).length, Cognates.codes(y).length))
            .isGreaterThanOrEqualTo(exact);
      }
    }
  }
}
