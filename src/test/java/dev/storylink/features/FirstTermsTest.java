package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FirstTerms} answers as the map it is built from, for whole words and after a clitic. */
class FirstTermsTest {
  private static final List<String> WORDS =
      List.of(
          "انفجار",
          "زلزله",
          "زلزال",
          "اعتقال",
          "کشته",
          "قتيل*",
          "هلاکت",
          "election",
          "Aa",
          "BB",
          "AaAa",
          "BBBB",
          "AaBB",
          "BBAa",
          "взрыв",
          "");

  @Test
  void looksUpAsTheMapDoesWithAndWithoutAClitic() {
    Map<String, String> map = new HashMap<>();
    for (String w : WORDS) {
      map.put(w, "v:" + w);
    }
    FirstTerms<String> table = new FirstTerms<>(map);
    for (String w : WORDS) {
      assertThat(table.get(w, 0, w.hashCode())).isEqualTo("v:" + w);
      for (String clitic : List.of("و", "ب", "x")) {
        String glued = clitic + w;
        assertThat(table.get(glued, 1, w.hashCode())).isEqualTo("v:" + w);
        assertThat(table.get(glued, 0, glued.hashCode())).isEqualTo(map.get(glued));
      }
    }
    // same hash code, other word ("Aa" and "BB"), and a prefix of a key
    assertThat(table.get("AaAaAa", 0, "AaAaAa".hashCode())).isNull();
    assertThat(table.get("زلز", 0, "زلز".hashCode())).isNull();
    assertThat(table.get("قتيل", 0, "قتيل".hashCode())).isNull();
  }

  @Test
  void agreesWithTheMapOnRandomWords() {
    SplittableRandom r = new SplittableRandom(24);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگکیAaBb";
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      map.put(word(r, letters), i);
    }
    FirstTerms<Integer> table = new FirstTerms<>(map);
    for (int i = 0; i < 50_000; i++) {
      String w = word(r, letters);
      int from = r.nextInt(2);
      String key = w.substring(from);
      assertThat(table.get(w, from, key.hashCode())).isEqualTo(map.get(key));
    }
  }

  private static String word(SplittableRandom r, String letters) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(4); n > 0; n--) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }
}
