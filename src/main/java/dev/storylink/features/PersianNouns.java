package dev.storylink.features;

import dev.storylink.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Two marks of a Persian ordinary word where a name rule would take a rare word for a name (Persian
 * has no capitals, and the shipped background statistics hold almost no Persian):
 *
 * <ul>
 *   <li>{@link #isCopula}: the word after it is the copula (است "is", نیست, بود, باشد, هست …): ممکن
 *       است "it is possible", an adjective or noun as predicate, not a name; read as the light
 *       verbs are ({@link NameRules}: where it stands for the link features, anywhere in the text
 *       for facts).
 *   <li>{@link #pluralElsewhere}: the word takes the plural ending ها / های (ایالت‌ها "states"
 *       beside ایالت "state"), in the same text or in the word itself after a zero-width
 *       non-joiner: a common noun; names take no plural. Facts only.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class PersianNouns {
  private static final Set<String> COPULA =
      Set.of("است", "نیست", "بود", "بودند", "باشد", "باشند", "هست", "هستند", "نبود", "نباشد");

  private static final List<String> PLURAL = List.of("ها", "های", "هایی");

  private static final char ZWNJ = '\u200C';

  private PersianNouns() {}

  /** True when the written word {@code next} is a Persian copula (class comment). */
  static boolean isCopula(String next) {
    return COPULA.contains(next);
  }

  /**
   * True when the Persian word {@code t} of {@code tokens} is a plural (its surface ends in ‌ها or
   * ‌های after a zero-width non-joiner) or the text also writes it with such an ending (class
   * comment).
   */
  static boolean pluralElsewhere(List<Token> tokens, Token t) {
    String s = t.surface();
    int zwnj = s.lastIndexOf(ZWNJ);
    if (zwnj > 0 && PLURAL.contains(s.substring(zwnj + 1))) {
      return true;
    }
    String bare = s.replace(String.valueOf(ZWNJ), "");
    for (Token o : tokens) {
      String os = o.surface();
      if (os.length() > s.length()
          && os.startsWith(s)
          && PLURAL.contains(os.substring(s.length()).replace(String.valueOf(ZWNJ), ""))) {
        return true;
      }
      if (os.length() > bare.length()
          && os.startsWith(bare)
          && PLURAL.contains(os.substring(bare.length()))) {
        return true;
      }
    }
    return false;
  }
}
