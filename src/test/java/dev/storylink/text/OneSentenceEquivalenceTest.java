package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.storylink.core.RealNews;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Session 23: {@link TextAnalysis#sentences} skips ICU's break iterator on a line {@link
 * TextAnalysis#oneSentence} says ICU breaks nowhere inside; ICU must agree on every line of the
 * real news it says so of, on every BMP char in the body and in the tail of a line, and on random
 * lines of words, terminators, closing punctuation, spaces and marks.
 */
class OneSentenceEquivalenceTest {
  private final BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.ROOT);

  /** True when ICU breaks {@code line} only at its ends. */
  private boolean icuOneSentence(String line) {
    icu.setText(line);
    icu.first();
    int b = icu.next();
    return line.isEmpty() ? b == BreakIterator.DONE : b == line.length();
  }

  private int checked;

  private void check(String line) {
    if (TextAnalysis.oneSentence(line, 0, line.length())) {
      checked++;
      assertThat(icuOneSentence(line))
          .as("ICU breaks inside %s", line.codePoints().mapToObj(Integer::toHexString).toList())
          .isTrue();
    }
  }

  @Test
  void everyCharInTheBodyAndTheTail() {
    for (int c = 0; c < 0x10000; c++) {
      String s = String.valueOf((char) c);
      for (String line :
          new String[] {
            s,
            "Word " + s + " Next word",
            "word" + s + "word",
            "It ended" + s,
            "It ended." + s,
            "It ended." + s + " ",
            "It ended. " + s,
            "It ended.)" + s,
            "ended ." + s + "x",
            "ended." + s + "Upper",
            "ended." + s + " lower"
          }) {
        check(line);
      }
    }
    assertThat(checked).isGreaterThan(200_000);
  }

  @Test
  void randomLines() {
    String[] parts = {
      "word", "Word", "كلمة", "слово", "12", " ", "  ", "\t", "\u00A0", ".", "?", "!", "؟", "۔",
      "…", "。", ")", "»", "\"", "'", "”", "]", "(", "«", "\u0301", "\u064B", "\u200C", "\u200D",
      "\u00AD", ",", ":", ";", "-", "3.5", "U.S.", "e.g.", "Mr.", "a"
    };
    Random rnd = new Random(42);
    for (int n = 0; n < 300_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = rnd.nextInt(12); k > 0; k--) {
        sb.append(parts[rnd.nextInt(parts.length)]);
      }
      check(sb.toString());
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  @Test
  void everyLineOfTheRealNews() {
    int lines = 0;
    for (JsonNode a : RealNews.articles()) {
      for (String text : new String[] {a.path("title").asText(), a.path("text").asText()}) {
        for (String line : text.split("\n", -1)) {
          lines++;
          check(line);
          check(line.strip());
        }
      }
    }
    assertThat(lines).isGreaterThan(10_000);
    assertThat(checked).isGreaterThan(lines / 4);
  }
}
