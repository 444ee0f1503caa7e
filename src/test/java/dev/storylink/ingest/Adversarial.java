package dev.storylink.ingest;

import java.util.Random;

/**
 * Seeded generator of random and adversarial strings for the fuzz tests: every Unicode plane,
 * control and bidi characters, huge words, broken markup. Deterministic for a seed.
 */
public final class Adversarial {
  /** Sentences that identify as English, so that a good article is always accepted. */
  public static final String ENGLISH =
      "The city council approved the new budget on Tuesday after a long debate about schools,"
          + " roads and the harbour, and the mayor said the vote showed that people wanted change.";

  private final Random random;

  public Adversarial(long seed) {
    this.random = new Random(seed);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** One code point from a random plane (0, 1, 2, 3, 14, 15, 16), never a surrogate. */
  public int codePoint() {
    int[] planes = {0, 0, 0, 1, 2, 3, 14, 15, 16};
    int plane = planes[random.nextInt(planes.length)];
    while (true) {
      int cp = (plane << 16) | random.nextInt(0x10000);
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        return cp;
      }
    }
  }

  /** Random code points, with some controls, bidi characters and NUL mixed in. */
  public String noise(int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      int k = random.nextInt(20);
      if (k == 0) {
        b.append((char) random.nextInt(0x20));
      } else if (k == 1) {
        b.append("\u202E\u2066\u200F\u061C".charAt(random.nextInt(4)));
      } else if (k == 2) {
        b.append('\0');
      } else if (k < 6) {
        b.append(' ');
      } else {
        b.appendCodePoint(codePoint());
      }
    }
    return b.toString();
  }

  /** Noise without C0 controls (XML 1.0 forbids them). */
  public String xmlSafeNoise(int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      int cp = codePoint();
      if (cp >= 0x20
          && cp != 0xFFFE
          && cp != 0xFFFF
          && (cp < 0xFDD0 || cp > 0xFDEF)
          && (cp & 0xFFFE) != 0xFFFE
          && cp != '<'
          && cp != '&') {
        b.appendCodePoint(cp);
      } else {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** One word of {@code length} letters (no white space). */
  public String hugeWord(int length) {
    char c = (char) ('a' + random.nextInt(26));
    return String.valueOf(c).repeat(length);
  }

  /** Random bytes of broken markup: unclosed tags, stray entities, deep nesting. */
  public String brokenMarkup(int length) {
    String[] bits = {
      "<",
      ">",
      "</",
      "<div",
      "<p>",
      "&amp",
      "&#x0;",
      "&#xD800;",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "<script>",
      "</script>",
      "<style>",
      "\"",
      "'",
      "=",
      "<b><i><u>",
      "<!DOCTYPE html>",
      "<html lang=\"\u202E\">",
      "<meta charset=\"utf-7\">",
      "<title>",
      "</title>"
    };
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(
          random.nextBoolean()
              ? bits[random.nextInt(bits.length)]
              : xmlSafeNoise(1 + random.nextInt(8)));
    }
    return b.toString();
  }

  /** {@code s} with a few characters deleted, doubled or replaced. */
  public String mutate(String s) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(3)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, b.charAt(at));
        default -> b.setCharAt(at, "{}[]\",:\\ x0".charAt(random.nextInt(11)));
      }
    }
    return b.toString();
  }
}
