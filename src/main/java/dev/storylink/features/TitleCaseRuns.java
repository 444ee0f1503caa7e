package dev.storylink.features;

import dev.storylink.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Headlines and subheads written in title case inside a text, where a capital says nothing of a
 * name: "Puff, Puff, Passed: 2019 Marijuana Laws in Review and 2020 Projections", "Illinois
 * Legalizes Recreational Marijuana Use" (a page's headline often runs into its first sentence, with
 * no full stop between). For the fact-name rule of {@link NameRules}: a word capitalised inside a
 * sentence only within such a run is no name on that evidence (Review, Projections, Legalizes).
 *
 * <p>The rule: a sentence opens with a title-case run when its words from the first on are
 * capitalised, numbers or lower-case words of at most {@link #MAX_SMALL_WORD} letters (in, and,
 * of), the run ending at the first other lower-case word; the run holds at least {@link
 * #MIN_CAPITALISED} capitalised words, and at least {@link #MIN_LOWER_ELSEWHERE} of them are also
 * written in lower case somewhere in the text (Marijuana and marijuana, Recreational and
 * recreational): a list of names (Alaska, California, Colorado, ...) or a sentence opening with two
 * full names has no such words. A word right after a given name or title of the language ({@link
 * GivenNames}: Governor Pritzker) is left out of the run: a title says a name follows.
 *
 * <p>Stateless and thread-safe.
 */
final class TitleCaseRuns {
  /** Capitalised words a title-case run holds at least. */
  static final int MIN_CAPITALISED = 5;

  /** Of them, words the text also writes in lower case. */
  static final int MIN_LOWER_ELSEWHERE = 2;

  /** Longest lower-case word a title-case run may hold (articles, prepositions: in, and, of). */
  static final int MAX_SMALL_WORD = 3;

  private TitleCaseRuns() {}

  /** Per token of {@code tokens} (a text in language {@code lang}), true inside a run. */
  static boolean[] of(List<Token> tokens, String lang) {
    boolean[] in = new boolean[tokens.size()];
    Set<String> lower = new HashSet<>();
    for (Token t : tokens) {
      if (!t.capitalized() && startsWithLetter(t)) {
        lower.add(t.term());
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      int sentence = tokens.get(i).sentence();
      int end = i;
      int capitalised = 0;
      int lowerElsewhere = 0;
      while (end < tokens.size() && tokens.get(end).sentence() == sentence) {
        Token t = tokens.get(end);
        if (t.capitalized()) {
          capitalised++;
          lowerElsewhere += lower.contains(t.term()) ? 1 : 0;
        } else if (startsWithLetter(t) && t.term().length() > MAX_SMALL_WORD) {
          break;
        }
        end++;
      }
      if (capitalised >= MIN_CAPITALISED && lowerElsewhere >= MIN_LOWER_ELSEWHERE) {
        for (int k = i; k < end; k++) {
          in[k] = k == i || !afterGivenNameOrTitle(tokens, k, lang);
        }
      }
      while (i < tokens.size() && tokens.get(i).sentence() == sentence) {
        i++;
      }
    }
    return in;
  }

  private static boolean startsWithLetter(Token t) {
    return !t.term().isEmpty() && Character.isLetter(t.term().charAt(0));
  }

  private static boolean afterGivenNameOrTitle(List<Token> tokens, int k, String lang) {
    int kinds = GivenNames.shipped().kinds(tokens.get(k - 1), lang);
    return (kinds & (GivenNames.GIVEN | GivenNames.TITLE)) != 0;
  }
}
