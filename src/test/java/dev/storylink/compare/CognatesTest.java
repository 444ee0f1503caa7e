package dev.storylink.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CognatesTest {
  @Test
  void namesSpelledAlikeAreCognates() {
    assertThat(Cognates.dice(Cognates.grams("obama"), Cognates.grams("obamas")))
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
      assertThat(Cognates.codes(x)).hasSize(Cognates.grams(x).size());
      for (int k = 0; k < 20; k++) {
        String y = words.get(r.nextInt(words.size()));
        double exact = Cognates.dice(Cognates.grams(x), Cognates.grams(y));
        assertThat(Cognates.dice(Cognates.codes(x), Cognates.codes(y))).isEqualTo(exact);
        assertThat(Cognates.diceBound(Cognates.codes(x).length, Cognates.codes(y).length))
            .isGreaterThanOrEqualTo(exact);
      }
    }
  }
}
