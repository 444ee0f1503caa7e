package dev.storylink.text.de;

import dev.storylink.text.Token;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Names in languages that capitalise every noun (German, Luxembourgish), where one capitalised word
 * says little. The rules:
 *
 * <ol>
 *   <li>{@link #capitalisesNouns} holds for the languages {@code de} and {@code lb};
 *   <li>in them, a name is a run of two or more neighbouring capitalised words of one sentence,
 *       each starting with a letter and none a stop word ("Recep Tayyip Erdogan", "Technische
 *       Hilfswerk"), see {@link #run}; a capitalised word standing alone is no name;
 *   <li>a title noun ("Präsident", "Präsidentin", {@link #isTitleNoun}) joins no run: "Präsident
 *       Wladimir Putin" is the name "Wladimir Putin", and the title does not make the other article
 *       report it;
 *   <li>a place (a word the place finder matched) joins no run: a place in the genitive follows its
 *       noun ("die Bereitschaft Teherans", "der Außenminister Russlands"), and that noun beside it
 *       stands alone, so it is no name.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class CapitalisedNames {
  private static final Set<String> CAPITALISES_NOUNS = Set.of("de", "lb");
  private static final Set<String> TITLE_NOUNS = Set.of("Präsident", "Präsidentin");

  private CapitalisedNames() {}

  /** True for the languages that capitalise every noun (ISO-639-1 {@code de}, {@code lb}). */
  public static boolean capitalisesNouns(String lang) {
    return CAPITALISES_NOUNS.contains(lang);
  }

  /** True for a capitalised title noun, as written ("Präsident"). */
  public static boolean isTitleNoun(String surface) {
    return TITLE_NOUNS.contains(surface);
  }

  /**
   * The run of two or more capitalised non-stop words around {@code tokens.get(i)} within its
   * sentence, none of them a place, their surfaces joined by one space, or "" when that word stands
   * alone.
   *
   * @param stop the stop words of the language, as analysed terms
   * @param place true for the indexes of the tokens the place finder matched
   */
  public static String run(List<Token> tokens, int i, Set<String> stop, IntPredicate place) {
    Token t = tokens.get(i);
    int from = i;
    int to = i;
    while (from > 0 && !place.test(from - 1) && runWord(tokens.get(from - 1), t, stop)) {
      from--;
    }
    while (to + 1 < tokens.size() && !place.test(to + 1) && runWord(tokens.get(to + 1), t, stop)) {
      to++;
    }
    if (to == from) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(k > from ? " " : "").append(tokens.get(k).surface());
    }
    return sb.toString();
  }

  private static boolean runWord(Token u, Token t, Set<String> stop) {
    return u.sentence() == t.sentence()
        && u.capitalized()
        && !isTitleNoun(u.surface())
        && !stop.contains(u.term())
        && !u.term().isEmpty()
        && Character.isLetter(u.term().charAt(0));
  }
}
