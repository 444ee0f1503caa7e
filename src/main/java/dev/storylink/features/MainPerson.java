package dev.storylink.features;

import dev.storylink.text.CalendarNames;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stopwords;
import dev.storylink.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person an article is most about: among the names of its title and first sentence, those the
 * article shows to be a person somewhere, the one with the most mentions, those of the title and
 * first sentence counting three times and a name in the title (or the first sentence of an untitled
 * text) two more; the earliest on ties. Its key is the surname's name key. A name is a person only
 * with evidence ({@link GivenNames}):
 *
 * <ul>
 *   <li>it follows a given name ("Jamal Williams", "Maurice Cheeks" although CLDR reads Maurice as
 *       Mauritius, "Владимира Путина", "حسن روحانی"; in Arabic script twice in the text) that
 *       starts the name: no other name or place comes before the given name (not "Chargers" of "San
 *       Diego Chargers"), unless a title or another given name ("President Barack Obama", "Recep
 *       Tayyip Erdoğan");
 *   <li>or, in a cased script, it follows a title ("President Putin", "coach Cheeks", "президент
 *       Путин"), or a title and one name ("Teknik Direktör Şenol Güneş"), and is no acronym (in
 *       Arabic script a title counts before a given name: "الرئيس بشار الأسد");
 * </ul>
 *
 * and in either case it is not followed by another name (in a cased script), and is no weekday,
 * month, title word or word that names no person (League, Department). A name that the text writes
 * after a given name and before a word that names no person anywhere ("Betty Ford Clinic", "Betty
 * Ford Kliniği'ne") names an institution, and so do its other mentions there ("returned to Betty
 * Ford because ..."): it is no main person. Places are never names here (the extraction reads them
 * first), and a team or a capitalised noun is no person without such evidence. Computed once per
 * article at extraction, from the name keys by token position. Stateless and thread-safe.
 */
public final class MainPerson {
  private MainPerson() {}

  /**
   * The main person's name key, if the lead names a person.
   *
   * @param tokens the article's tokens
   * @param nameKeyAt the name key of each token, null where the token is no name
   * @param placeAt the place each token is part of, null where none
   * @param leadEnd the tokens before this index are the title and lead
   * @param lang the article's language
   */
  public static Optional<String> of(
      List<Token> tokens, String[] nameKeyAt, Places.Match[] placeAt, int leadEnd, String lang) {
    if (tokens.size() != nameKeyAt.length || tokens.size() != placeAt.length) {
      throw new IllegalArgumentException("one name key and place slot per token expected");
    }
    Map<String, Integer> inLead = new HashMap<>();
    int n = tokens.size();
    Set<String> inTitle = new HashSet<>();
    int leadSentences = leadSentences(tokens, Math.min(n, leadEnd));
    for (int i = 0; i < Math.min(n, leadEnd); i++) {
      if (nameKeyAt[i] != null && tokens.get(i).sentence() < leadSentences) {
        inLead.merge(nameKeyAt[i], 1, Integer::sum);
        if (tokens.get(i).sentence() == 0) {
          inTitle.add(nameKeyAt[i]);
        }
      }
    }
    if (inLead.isEmpty()) {
      return Optional.empty();
    }
    Evidence ev = new Evidence(tokens, nameKeyAt, placeAt, lang);
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    Set<String> persons = new HashSet<>();
    Set<String> institutions = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String key = nameKeyAt[i];
      if (key == null || !inLead.containsKey(key)) {
        continue;
      }
      counts.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, i);
      if (!persons.contains(key) && ev.person(i)) {
        persons.add(key);
      }
      if (ev.institution(i)) {
        institutions.add(key);
      }
    }
    persons.removeAll(institutions);
    String best = null;
    int bestScore = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (String k : persons) {
      int score = counts.get(k) + 2 * inLead.get(k) + (inTitle.contains(k) ? 2 : 0);
      int at = first.get(k);
      if (score > bestScore || (score == bestScore && at < bestFirst)) {
        best = k;
        bestScore = score;
        bestFirst = at;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The sentences of the lead: the title and the first sentence ({@link
   * EventEvidence#LEAD_SENTENCES}), not counting a text's first sentence that repeats the title,
   * nor the datelines after it (at most four tokens, with a number or a month: "4 Şubat 2009"), as
   * a page's text often begins (the title of a Turkish report repeated and dated, the person named
   * only in the sentence after). A text that does not repeat its title keeps its first sentence.
   */
  static int leadSentences(List<Token> tokens, int end) {
    int limit = EventEvidence.LEAD_SENTENCES;
    int titleEnd = 0;
    while (titleEnd < end && tokens.get(titleEnd).sentence() == 0) {
      titleEnd++;
    }
    int i = titleEnd;
    for (int skipped = 0; skipped < MAX_SKIPPED && i < end; skipped++) {
      int s = tokens.get(i).sentence();
      int j = i;
      while (j < end && tokens.get(j).sentence() == s) {
        j++;
      }
      boolean repeated = repeats(tokens, 0, titleEnd, i, j);
      if (j == end || !(repeated || (skipped > 0 && dateline(tokens, i, j)))) {
        break;
      }
      limit = s + 2; // this sentence is skipped: the lead ends after the next one
      i = j;
    }
    return limit;
  }

  /** Sentences skipped before the first sentence of the lead (a repeated title, datelines). */
  private static final int MAX_SKIPPED = 3;

  /** Whether tokens {@code [c, d)} repeat the terms of tokens {@code [a, b)}. */
  private static boolean repeats(List<Token> tokens, int a, int b, int c, int d) {
    if (b - a != d - c || b == a) {
      return false;
    }
    for (int k = 0; k < b - a; k++) {
      if (!tokens.get(a + k).term().equals(tokens.get(c + k).term())) {
        return false;
      }
    }
    return true;
  }

  /** At most four tokens, one of them a number or a month name: a dateline. */
  private static boolean dateline(List<Token> tokens, int a, int b) {
    if (b - a > 4) {
      return false;
    }
    for (int k = a; k < b; k++) {
      String t = tokens.get(k).surface();
      if (CalendarNames.isMonth(t) || Character.isDigit(t.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The evidence that the name at a token is a person (also read by {@link ActObjects}). */
  static final class Evidence {
    private final List<Token> tokens;
    private final String[] nameKeyAt;
    private final Places.Match[] placeAt;
    private final String lang;
    private final Set<String> stop;
    private final GivenNames words = GivenNames.shipped();

    Evidence(List<Token> tokens, String[] nameKeyAt, Places.Match[] placeAt, String lang) {
      this.tokens = tokens;
      this.nameKeyAt = nameKeyAt;
      this.placeAt = placeAt;
      this.lang = lang;
      this.stop = Stopwords.of(lang);
    }

    boolean person(int i) {
      Token t = tokens.get(i);
      boolean cased = Scripts.isCased(t.term().charAt(0));
      // nothing before it, or a longer name (San Diego Chargers, Bill Passes Senate); in Arabic
      // script, where every rare word is a name key, the next word may be one
      if (i == 0 || !adjacent(i - 1) || (cased && nameFollows(i))) {
        return false;
      }
      if ((words.kinds(t, lang) & (GivenNames.TITLE | GivenNames.NOT)) != 0 || calendar(t)) {
        return false;
      }
      if (given(i - 1)) {
        // the given name starts the name, or follows a title or another given name
        int b = i - 2;
        if (b >= 0 && (words.kinds(tokens.get(b), lang) & GivenNames.NOT) != 0) {
          return false; // St. Joseph Kirche
        }
        if (b < 0 || !adjacent(b) || given(b) || title(b)) {
          return cased || repeated(i);
        }
        if (!cased && !repeated(i)) {
          return false;
        }
        Token before = tokens.get(b);
        return placeAt[b] == null
            && nameKeyAt[b] == null
            && !(before.capitalized() && !stop.contains(before.term()));
      }
      if (!cased || allCaps(t.surface())) {
        // in Arabic script the word after a title is as often a verb or an adjective (الرئيس رفض,
        // المستشار المالي); an acronym after a title (глава МИД) is no person
        return false;
      }
      return title(i - 1)
          || (nameKeyAt[i - 1] != null && i >= 2 && adjacent(i - 2) && title(i - 2));
    }

    /**
     * The name at {@code i} is the end of a person's full name that names an institution: a given
     * name before it and, in the same sentence, directly a word that names no person after it
     * (Betty Ford Clinic, Betty Ford Kliniği'ne, Robert Koch Institut).
     */
    boolean institution(int i) {
      int j = i + 1;
      return i > 0
          && j < tokens.size()
          && adjacent(i - 1)
          && adjacent(i)
          && given(i - 1)
          && (words.kinds(tokens.get(j), lang) & GivenNames.NOT) != 0;
    }

    /**
     * The name at {@code i} follows the same given name elsewhere in the text too: in Arabic
     * script, where a given name is also a surname (محمود عباس) and every rare word is a name key,
     * a given name and a verb (عباس رفض) are seldom written twice.
     */
    private boolean repeated(int i) {
      String key = nameKeyAt[i];
      String given = tokens.get(i - 1).term();
      for (int j = 1; j < tokens.size(); j++) {
        if (j != i && key.equals(nameKeyAt[j]) && given.equals(tokens.get(j - 1).term())) {
          return true;
        }
      }
      return false;
    }

    /** Another name follows the token in its sentence (a weekday or month is no name here). */
    private boolean nameFollows(int i) {
      int j = i + 1;
      return j < tokens.size() && nameKeyAt[j] != null && same(i, j) && !calendar(tokens.get(j));
    }

    private static boolean calendar(Token t) {
      return CalendarNames.isMonth(t.surface()) || CalendarNames.weekday(t.surface()) != 0;
    }

    /** A given name: capitalised in a cased script, no stop word, no part of a longer place. */
    private boolean given(int j) {
      Token t = tokens.get(j);
      if (placeAt[j] != null && placeAt[j].tokenCount() > 1) {
        return false;
      }
      if (t.term().isEmpty() || stop.contains(t.term())) {
        return false;
      }
      if (Scripts.isCased(t.term().charAt(0)) && !t.capitalized()) {
        return false;
      }
      return (words.kinds(t, lang) & GivenNames.GIVEN) != 0;
    }

    /**
     * A title word. In Arabic only with the article (الرئيس بوتين; not the construct لاعب سيكسرز,
     * "player of the Sixers", whose second word is the team).
     */
    private boolean title(int j) {
      Token t = tokens.get(j);
      if ("ar".equals(lang)) {
        String s = t.surface();
        int at = s.indexOf("ال");
        if (at < 0 || at > 1) {
          return false;
        }
      }
      return (words.kinds(t, lang) & GivenNames.TITLE) != 0;
    }

    private boolean same(int i, int j) {
      return tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    /** Tokens {@code j} and {@code j + 1} are one space apart (no comma or colon between). */
    private boolean adjacent(int j) {
      return same(j, j + 1) && tokens.get(j + 1).start() - tokens.get(j).end() <= 1;
    }
  }

  /** Two or more letters, all upper case (an acronym or a shouted headline word). */
  static boolean allCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (!Character.isUpperCase(cp)) {
          return false;
        }
        letters++;
      }
      i += Character.charCount(cp);
    }
    return letters >= 2;
  }
}
