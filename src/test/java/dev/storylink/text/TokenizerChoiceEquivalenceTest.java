package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Session 22: {@link CrossLingualAnalyzer#standardTokenizerSuffices} reads each char below U+0780
 * from a table instead of asking {@link Character} per char; it must answer as session 21's scan
 * (kept here as {@link #old}) on every char, every pair of chars around letters of each script,
 * random mixes and real news.
 */
class TokenizerChoiceEquivalenceTest {
  /** Session 21's scan, verbatim. */
  static boolean old(String text) {
    int prevScript = -1; // 0 Latin, 1 Cyrillic, 2 Arabic
    boolean prevLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int script;
      boolean letter;
      if (c < 0x80) {
        if (c == '_') {
          return false;
        }
        letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        script = 0;
      } else if (c >= 0xA0 && c <= 0x24F) {
        if (c == 0xA9 || c == 0xAE) {
          return false;
        }
        letter = Character.isLetter(c);
        script = 0;
      } else if (c >= 0x300 && c <= 0x36F) {
        continue;
      } else if (c >= 0x400 && c <= 0x4FF) {
        letter = Character.isLetter(c);
        script = 1;
      } else if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F)) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
        letter = Character.isLetter(c);
        script = 2;
      } else if ((c >= 0x2000 && c <= 0x206F && c != 0x203C && c != 0x2049)
          || (c >= 0x20A0 && c <= 0x20CF)) {
        letter = false;
        script = prevScript;
      } else {
        return false;
      }
      if (letter) {
        if (prevLetter && script != prevScript) {
          return false;
        }
        prevScript = script;
      }
      prevLetter = letter;
    }
    return true;
  }

  private static void same(String text) {
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices(text)).as(text).isEqualTo(old(text));
  }

  @Test
  void everyCharAloneAndNextToALetterOfEachScript() {
    String[] letters = {"a", "é", "ж", "ب", "ی", " ", "ً", "\u200c", "-"};
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      same(ch);
      for (String l : letters) {
        same(l + ch);
        same(ch + l);
        same(l + ch + l);
      }
    }
  }

  @Test
  void randomMixesOfTheTableAndTheRangesAfterIt() {
    Random rnd = new Random(42);
    int yes = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(12);
      int base = List.of(0, 0xA0, 0x400, 0x600, 0x2000).get(rnd.nextInt(5));
      for (int k = 0; k < len; k++) {
        sb.append(
            (char)
                (rnd.nextInt(4) == 0 ? ' ' : rnd.nextBoolean() ? base + rnd.nextInt(0x100) : 'a'));
      }
      same(sb.toString());
      yes += old(sb.toString()) ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(10_000);
  }

  @Test
  void realNews() {
    for (JsonNode n : RealNews.articles()) {
      same(n.path("text").asText());
    }
  }
}
