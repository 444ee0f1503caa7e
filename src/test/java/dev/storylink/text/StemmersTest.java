package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.EnglishStemmer;

class StemmersTest {
  private static String snowball(String term) {
    EnglishStemmer s = new EnglishStemmer();
    s.setCurrent(term);
    s.stem();
    String out = s.getCurrent();
    return out.length() >= 2 ? out : term;
  }

  @Test
  void rememberedStemsAreTheStemmersOwn() {
    // more words than the memory of stems holds, each asked twice
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 25_000; i++) {
        String w = "talk" + Integer.toString(i, 36) + (i % 2 == 0 ? "ing" : "s");
        assertThat(Stemmers.stem(w, "en")).isEqualTo(snowball(w));
      }
    }
    assertThat(Stemmers.stem("talks", "en")).isEqualTo("talk");
    assertThat(Stemmers.stem("gespräche", "de")).isEqualTo(Stemmers.stem("gespräche", "de"));
    assertThat(Stemmers.stem("xyz", "zz")).isEqualTo("xyz");
  }

  @Test
  void stemmingIsTheSameOnEveryThread() throws Exception {
    String[] out = new String[1];
    Thread t = new Thread(() -> out[0] = Stemmers.stem("negotiations", "en"));
    t.start();
    t.join();
    assertThat(out[0]).isEqualTo(Stemmers.stem("negotiations", "en")).isEqualTo("negoti");
  }
}
