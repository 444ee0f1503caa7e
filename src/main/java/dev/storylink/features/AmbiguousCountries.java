package dev.storylink.features;

import com.ibm.icu.util.TimeZone;
import dev.storylink.text.Stopwords;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English country names that are also common words or given names (Turkey, China, Georgia, Jordan,
 * Niger, Guinea, Chad), which {@link Places} leaves out of its gazetteer, read as the country where
 * an English text says so (English "Turkey" = Türkiye = تركيا = ترکیه). Only in English: the words
 * are ambiguous there, and the gazetteer's other languages keep leaving them out as before (German
 * and Spanish "China": making it a place there too changed the features of ten Spanish SemEval
 * pairs, and the pairs' cross-validated accuracy fell from 0.880 to 0.873). {@link
 * FeatureExtractor} keeps such a word a name as well ({@link #isName}), so a same-language pair
 * meets on it as before and the country is one more place.
 *
 * <p>A capitalised such word not inside a longer gazetteer name (Papua New Guinea, Guinea-Bissau)
 * is the country, except:
 *
 * <ol>
 *   <li>The text writes the word in lower case anywhere (turkey, china, guinea pig): it means the
 *       common noun there, and no occurrence counts.
 *   <li>It stands in a run of capitalised words: the word before it in its sentence, separated by
 *       one space, is capitalised, no stop word and has no apostrophe suffix (South China Sea,
 *       Michael Jordan; not Erdogan's Turkey), or the word after it is capitalised and no stop word
 *       (China Daily, Turkey Point, Niger Delta, Georgia Tech). That occurrence does not count. The
 *       word after is not looked at in a title-case sentence (at least three words that are no stop
 *       words, every one capitalised: a headline, Turkey Sends Troops).
 *   <li>Jordan, Chad and Georgia are also given and family names (Eddie Jordan, Jordan Henderson)
 *       and US place names (Central Georgia): when one occurrence stands in a run of capitalised
 *       words as rule 2 says, no occurrence counts (Eddie Jordan ... "Jordan said").
 *   <li>Georgia is the country only when the text also names a place of it (Tbilisi) or writes
 *       Georgian(s): alone it is more often the US state.
 * </ol>
 *
 * <p>Sentence-initial occurrences follow the same rules (Turkey and Qatar offered...): a text on
 * turkey dinners writes the bird in lower case somewhere (rule 1); a text whose only mention is a
 * sentence-initial "Turkey dinner" is read as the country. Stateless and thread-safe.
 */
public final class AmbiguousCountries {
  private static final Map<String, String> CODES =
      Map.of(
          "turkey", "TR",
          "china", "CN",
          "georgia", "GE",
          "jordan", "JO",
          "niger", "NE",
          "guinea", "GN",
          "chad", "TD");

  /** The words that are also given or family names and US place names (rule 3). */
  private static final Set<String> GIVEN = Set.of("jordan", "chad", "georgia");

  /** The words that need a place of their country or their adjective in the text (rule 4). */
  private static final Set<String> CORROBORATED = Set.of("georgia");

  private AmbiguousCountries() {}

  /**
   * The ISO code of the country an ambiguous country word names when it is one ({@code turkey} →
   * TR), whatever its context: for callers that look at one word and check capitals themselves.
   */
  public static Optional<String> code(String term) {
    return Optional.ofNullable(CODES.get(term));
  }

  /**
   * True for a capitalised ambiguous country word (Turkey, China): {@link FeatureExtractor} keeps
   * it a name as well when it is the country, so a same-language pair still meets on the name as
   * before these words were places (China = China), and the country is an extra place.
   */
  static boolean isName(Token t) {
    return t.capitalized() && CODES.containsKey(word(t));
  }

  /**
   * The countries the ambiguous words among {@code tokens} name by the rules of the class comment.
   *
   * @param found the gazetteer's matches in the text (a word they cover is no candidate; rule 4)
   */
  static List<Places.Match> find(
      List<Token> tokens, String text, String lang, List<Places.Match> found) {
    if (!lang.equals("en")) {
      return List.of();
    }
    boolean[] covered = new boolean[tokens.size()];
    for (Places.Match m : found) {
      for (int k = 0; k < m.tokenCount(); k++) {
        covered[m.firstToken() + k] = true;
      }
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!covered[i] && tokens.get(i).capitalized() && CODES.containsKey(word(tokens.get(i)))) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Set<String> stop = Stopwords.of(lang);
    Set<String> refused = new java.util.HashSet<>();
    for (Token t : tokens) {
      if (!t.capitalized() && CODES.containsKey(word(t))) {
        refused.add(word(t)); // rule 1
      }
    }
    List<Places.Match> out = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int i : candidates) {
      String w = word(tokens.get(i));
      boolean before = joinsName(tokens, i - 1, i, text, stop) && !hasApostrophe(tokens.get(i - 1));
      boolean after =
          !titleCase(tokens, tokens.get(i).sentence(), stop)
              && !hasApostrophe(tokens.get(i))
              && joinsName(tokens, i + 1, i, text, stop);
      if ((before || after) && GIVEN.contains(w)) {
        refused.add(w); // rule 3
      }
      if (!before && !after) {
        kept.add(i);
      }
    }
    for (int i : kept) {
      String w = word(tokens.get(i));
      if (refused.contains(w)
          || (CORROBORATED.contains(w) && !corroborated(w, CODES.get(w), tokens, found))) {
        continue;
      }
      Token t = tokens.get(i);
      out.add(
          new Places.Match(Places.country(CODES.get(w)), i, 1, text.substring(t.start(), t.end())));
    }
    return out;
  }

  private static String word(Token t) {
    return NameRules.stripApostrophe(t.term());
  }

  private static boolean hasApostrophe(Token t) {
    return !word(t).equals(t.term());
  }

  /**
   * True when token {@code j} is a capitalised non-stop word joined to token {@code i} by a space.
   */
  private static boolean joinsName(
      List<Token> tokens, int j, int i, String text, Set<String> stop) {
    if (j < 0 || j >= tokens.size()) {
      return false;
    }
    Token o = tokens.get(j);
    Token t = tokens.get(i);
    int gapStart = Math.min(o.end(), t.end());
    int gapEnd = Math.max(o.start(), t.start());
    return o.sentence() == t.sentence()
        && o.capitalized()
        && !stop.contains(o.term())
        && gapEnd - gapStart == 1
        && text.charAt(gapStart) == ' ';
  }

  private static boolean titleCase(List<Token> tokens, int sentence, Set<String> stop) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.sentence() == sentence
          && !stop.contains(t.term())
          && !t.term().isEmpty()
          && Character.isLetter(t.surface().charAt(0))) {
        words++;
        capitalised += t.capitalized() ? 1 : 0;
      }
    }
    return words >= 3 && capitalised == words;
  }

  private static boolean corroborated(
      String w, String code, List<Token> tokens, List<Places.Match> found) {
    for (Places.Match m : found) {
      String id = m.place().id();
      if (id.equals(code) || (!m.place().country() && code.equals(TimeZone.getRegion(id)))) {
        return true;
      }
    }
    for (Token t : tokens) {
      String term = word(t);
      if (t.capitalized() && term.startsWith(w) && term.length() > w.length()) {
        return true; // the adjective: Georgian, Georgians
      }
    }
    return false;
  }
}
