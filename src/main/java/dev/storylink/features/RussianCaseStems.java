package dev.storylink.features;

import dev.storylink.text.Scripts;
import dev.storylink.text.Stemmers;
import java.util.ArrayList;
import java.util.List;

/**
 * The stems of the case forms of a Russian one-word place name that ends in a hard consonant, where
 * the Snowball stemmer reads the name's last syllable as a suffix: Иран stems to {@code ира}, but
 * Ирана, Ирану, Иране and Ираном to {@code иран}, so the stem of the name alone misses "в Иране",
 * "Пакистане", "к Тегерану".
 *
 * <p>Rules ({@link #of}): only a lower-case Cyrillic term of four letters or more whose last letter
 * is a consonant other than й (the names in -ай, -ей, -ой are read by {@code
 * NameSpellings#russianYotNominative}) and not the soft sign; its case forms are the term with -а
 * (genitive), -у (dative), -е (prepositional) and -ом (instrumental); each form's stem that differs
 * from the name's own stem is returned, once.
 *
 * <p>Stateless and thread-safe.
 */
final class RussianCaseStems {
  /** The endings of a masculine noun in a hard consonant: genitive, dative, prep., instrumental. */
  private static final List<String> ENDINGS = List.of("а", "у", "е", "ом");

  private static final String NOT_HARD = "аеёиоуыэюяйьъ";

  private RussianCaseStems() {}

  /**
   * The stems of the case forms of {@code term} that differ from its own stem (rules above): иран →
   * [иран]; empty for москва, китаи, рим (whose forms stem as the name does) and any other word.
   */
  static List<String> of(String term) {
    int n = term.length();
    if (n < 4
        || NOT_HARD.indexOf(term.charAt(n - 1)) >= 0
        || Scripts.scriptOf(term) != com.ibm.icu.lang.UScript.CYRILLIC
        || !term.equals(term.toLowerCase(java.util.Locale.ROOT))) {
      return List.of();
    }
    String own = Stemmers.stem(term, "ru");
    List<String> out = new ArrayList<>();
    for (String e : ENDINGS) {
      String s = Stemmers.stem(term + e, "ru");
      if (!s.equals(own) && !out.contains(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
