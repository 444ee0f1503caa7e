package dev.storylink.features;

import dev.storylink.text.CalendarNames;
import dev.storylink.text.Scripts;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The acts an article's lead names with the person each applies to ({@link ActObject}): a hiring
 * report of 2005 leads with "إقالة جيم أوبراين … وتعيين موريس تشيكس" (O'Brien fired, Cheeks hired),
 * a firing report of 2008 with "أُقيل تشيكس" (Cheeks fired); both name a dismissal, of different
 * persons. For each act of {@link #ACTS} among the lead's concepts ({@link
 * EventEvidence#leadConcepts}), every place its words are written in the lead and the {@value
 * #AFTER_LEAD} sentences after it is looked at:
 *
 * <ul>
 *   <li>the name right after the act's words, after at most two title words or a word for "of"
 *       (verbal-noun order: إقالة جيم أوبراين, برکناری X, fired coach Maurice Cheeks, arrest of X);
 *   <li>else the name right before them, in a language that puts the object before its verb (fa,
 *       ur, tr, de, nl: X را برکنار کرد, X'i kovdu, X wurde entlassen), or after a passive
 *       auxiliary or a case marker between (X was fired, X has been arrested, X کو گرفتار کیا), or
 *       a possessive (X's dismissal).
 * </ul>
 *
 * A name is a run of at most three adjacent name words (a given name, a name key: no place, month,
 * weekday, title or word that names no person); its persons are its words that are no given name
 * (the surname). The name must be a person: in a cased script the article shows it to be one
 * ({@link MainPerson}'s evidence: a given name or a title before it somewhere) or a title stands
 * between the act and the name (fired coach Cheeks); in Arabic script, where every rare word is a
 * name key, it follows a given name or the text names it at least twice. A team (the Sixers fire
 * their coach) or a noun is no object.
 *
 * <p>Computed once per article at extraction, and only when the lead names one of the acts (the
 * lexicon is matched again on the lead's few sentences). Stateless and thread-safe.
 */
public final class ActObjects {
  /** The acts whose person tells two events of one topic apart (concept ids of the lexicon). */
  public static final Set<String> ACTS =
      Set.of(
          "hiring",
          "dismissal",
          "arrest",
          "prisoner_release",
          "resignation",
          "election",
          "inauguration",
          "nomination",
          "convicted",
          "acquitted",
          "assassination",
          "murder",
          "kidnapping",
          "extradition",
          "pardon");

  /** Sentences after the lead in which an act of the lead is looked for with its person. */
  static final int AFTER_LEAD = 3;

  /** Words of a name at most. */
  private static final int MAX_NAME = 3;

  /** Persons kept per act at most. */
  private static final int MAX_PERSONS = 4;

  /** Languages whose verb comes after its object: a name right before the act is its object. */
  private static final Set<String> OBJECT_FIRST = Set.of("fa", "ur", "tr", "de", "nl", "hi");

  /** Words between a name and the act after it: passive auxiliaries, case markers (folded). */
  private static final Map<String, Set<String>> BEFORE_ACT =
      analyzed(
          Map.of(
              "en", "was|were|is|are|been|be|being|got|gets|has|have|had|reportedly|later",
              "de", "wurde|wurden|wird|werden|ist|sind|war|waren|hat|haben",
              "fa", "را|رو",
              "ur", "کو|کی|کا|کے",
              "ru", "был|была|были|было|будет",
              "es", "fue|fueron|ha|han|sido|es",
              "fr", "a|été|est|ont|sont",
              "it", "è|stato|stata|sono|ha|stati",
              "pt", "foi|foram|é|sido",
              "nl", "werd|werden|is|zijn|wordt"));

  /** Words for "of" between an act and its object (arrest of X, destitución de X). */
  private static final Map<String, Set<String>> OF =
      analyzed(
          Map.of(
              "en", "of",
              "es", "de|del",
              "fr", "de|du",
              "it", "di|del|della",
              "pt", "de|do|da",
              "de", "von",
              "nl", "van",
              "pl", "-",
              "ru", "-",
              "tr", "-"));

  private ActObjects() {}

  /**
   * The acts the lead names, each with its persons, in the order of the lead's concepts; empty when
   * the lead names none of {@link #ACTS} or no person for them.
   *
   * @param tokens the article's tokens
   * @param nameKeyAt the name key of each token, null where the token is no name
   * @param placeAt the place each token is part of, null where none
   * @param leadEnd the tokens before this index are the title and lead
   * @param leadConcepts the concepts the lead names ({@link EventEvidence#leadConcepts})
   * @param lang the article's language
   */
  public static List<ActObject> of(
      List<Token> tokens,
      String[] nameKeyAt,
      Places.Match[] placeAt,
      int leadEnd,
      List<String> leadConcepts,
      String lang) {
    if (tokens.size() != nameKeyAt.length || tokens.size() != placeAt.length) {
      throw new IllegalArgumentException("one name key and place slot per token expected");
    }
    boolean any = false;
    for (String c : leadConcepts) {
      any |= ACTS.contains(c);
    }
    if (!any) {
      return List.of();
    }
    int sentences = MainPerson.leadSentences(tokens, Math.min(tokens.size(), leadEnd)) + AFTER_LEAD;
    Finder finder = new Finder(tokens, nameKeyAt, placeAt, lang);
    Map<String, Set<String>> found = new LinkedHashMap<>();
    ConceptLexicon lexicon = ConceptLexicon.shipped();
    for (int i = 0; i < tokens.size() && tokens.get(i).sentence() < sentences; i++) {
      List<TermLexicon.Entry<ConceptLexicon.Concept>> at = lexicon.matchAt(tokens, i, lang);
      if (at.isEmpty()) {
        continue;
      }
      int end = i + at.get(0).terms().size() - 1;
      for (TermLexicon.Entry<ConceptLexicon.Concept> e : at) {
        String act = e.value().id();
        if (e.terms().size() != at.get(0).terms().size()
            || !ACTS.contains(act)
            || !leadConcepts.contains(act)) {
          continue;
        }
        List<String> persons = finder.object(i, end);
        if (!persons.isEmpty()) {
          Set<String> s = found.computeIfAbsent(act, k -> new HashSet<>());
          for (String p : persons) {
            if (s.size() < MAX_PERSONS) {
              s.add(p);
            }
          }
        }
      }
      i = end;
    }
    List<ActObject> out = new ArrayList<>(found.size());
    for (String c : leadConcepts) {
      Set<String> s = found.get(c);
      if (s != null) {
        out.add(new ActObject(c, s.stream().sorted().toList()));
      }
    }
    return out;
  }

  /** Finds the object of an act in one text. */
  private static final class Finder {
    private final List<Token> tokens;
    private final String[] nameKeyAt;
    private final Places.Match[] placeAt;
    private final String lang;
    private final boolean arabicScript;
    private final GivenNames words = GivenNames.shipped();
    private final MainPerson.Evidence evidence;
    private Map<String, Integer> counts;

    Finder(List<Token> tokens, String[] nameKeyAt, Places.Match[] placeAt, String lang) {
      this.tokens = tokens;
      this.nameKeyAt = nameKeyAt;
      this.placeAt = placeAt;
      this.lang = lang;
      this.arabicScript = "ar".equals(lang) || "fa".equals(lang) || "ur".equals(lang);
      this.evidence = new MainPerson.Evidence(tokens, nameKeyAt, placeAt, lang);
    }

    /** The persons of the name the act at tokens {@code [i, end]} applies to, if any. */
    List<String> object(int i, int end) {
      // after the act: its object in verbal-noun order, past titles and "of"
      int j = end + 1;
      boolean titled = false;
      for (int skipped = 0; skipped < 2 && j < tokens.size() && adjacent(j - 1); skipped++) {
        if (title(j)) {
          titled = true;
        } else if (!of(j)) {
          break;
        }
        j++;
      }
      if (j < tokens.size() && adjacent(j - 1)) {
        List<String> after = name(j, 1, titled);
        if (!after.isEmpty()) {
          return after;
        }
      }
      // before the act: an object-first language, an auxiliary or case marker, a possessive
      int k = i - 1;
      boolean marked = false;
      for (int skipped = 0; skipped < 2 && k >= 0 && adjacent(k); skipped++) {
        if (!BEFORE_ACT.getOrDefault(lang, Set.of()).contains(tokens.get(k).term())) {
          break;
        }
        marked = true;
        k--;
      }
      if (k < 0 || !adjacent(k)) {
        return List.of();
      }
      if (!marked && !OBJECT_FIRST.contains(lang) && !possessive(tokens.get(k).surface())) {
        return List.of();
      }
      return name(k, -1, false);
    }

    /**
     * The persons of the name that starts at {@code j} and runs in direction {@code step} (1: to
     * the right, -1: to the left), if it is a person; {@code titled}: a title stands right before
     * it (fired coach Cheeks).
     */
    private List<String> name(int j, int step, boolean titled) {
      int from = j;
      int to = j; // inclusive, from <= to
      boolean[] given = new boolean[MAX_NAME];
      int n = 0;
      for (int k = j; n < MAX_NAME && k >= 0 && k < tokens.size(); k += step, n++) {
        if (n > 0 && !adjacent(step > 0 ? k - 1 : k)) {
          break;
        }
        Token t = tokens.get(k);
        int kinds = words.kinds(t, lang);
        if ((kinds & (GivenNames.TITLE | GivenNames.NOT)) != 0 || calendar(t)) {
          break;
        }
        boolean isGiven =
            (kinds & GivenNames.GIVEN) != 0
                && capitalisedOrUncased(t)
                && (placeAt[k] == null || placeAt[k].tokenCount() == 1);
        if (!isGiven && (nameKeyAt[k] == null || placeAt[k] != null || acronym(t) || forThe(t))) {
          break;
        }
        given[n] = isGiven;
        from = Math.min(from, k);
        to = Math.max(to, k);
      }
      if (n == 0) {
        return List.of();
      }
      if (step < 0) {
        // read left to right, and a title before the name (coach Cheeks was fired)
        for (int a = 0, b = n - 1; a < b; a++, b--) {
          boolean g = given[a];
          given[a] = given[b];
          given[b] = g;
        }
        titled = from > 0 && adjacent(from - 1) && title(from - 1);
      }
      List<String> persons = new ArrayList<>(2);
      for (int k = from; k <= to; k++) {
        if (given[k - from] || nameKeyAt[k] == null) {
          continue;
        }
        // in Arabic script a given name before it is evidence (in a cased script the given name
        // must start the name, which MainPerson's evidence checks: not "Diego Chargers")
        boolean afterGiven = arabicScript && k > from && given[k - from - 1];
        if (!(titled || afterGiven || person(k))) {
          return List.of(); // a team, a noun: not a person's name
        }
        persons.add(nameKeyAt[k]);
        if (arabicScript) {
          break; // the surname; the next word is as often a noun (تشيكس مدرباً: Cheeks as coach)
        }
      }
      return persons;
    }

    /** Whether the name word at {@code k} is a person's (see the class comment). */
    private boolean person(int k) {
      String key = nameKeyAt[k];
      if (arabicScript) {
        return count(key) >= 2;
      }
      for (int m = 0; m < tokens.size(); m++) {
        if (key.equals(nameKeyAt[m]) && evidence.person(m)) {
          return true;
        }
      }
      return false;
    }

    private int count(String key) {
      if (counts == null) {
        counts = new HashMap<>();
        for (String k : nameKeyAt) {
          if (k != null) {
            counts.merge(k, 1, Integer::sum);
          }
        }
      }
      return counts.getOrDefault(key, 0);
    }

    private boolean title(int j) {
      return (words.kinds(tokens.get(j), lang) & GivenNames.TITLE) != 0;
    }

    private boolean of(int j) {
      return OF.getOrDefault(lang, Set.of()).contains(tokens.get(j).term());
    }

    private static boolean capitalisedOrUncased(Token t) {
      return t.term().isEmpty() || !Scripts.isCased(t.term().charAt(0)) || t.capitalized();
    }

    private static boolean calendar(Token t) {
      return CalendarNames.isMonth(t.surface()) || CalendarNames.weekday(t.surface()) != 0;
    }

    /** Tokens {@code j} and {@code j + 1} are one space apart in one sentence. */
    private boolean adjacent(int j) {
      return j >= 0
          && j + 1 < tokens.size()
          && tokens.get(j).sentence() == tokens.get(j + 1).sentence()
          && tokens.get(j + 1).start() - tokens.get(j).end() <= 1;
    }
  }

  /** An Arabic word glued to "for the" (للفريق): a noun, never the object of an act. */
  private static boolean forThe(Token t) {
    return t.surface().startsWith("لل");
  }

  /** X's (X’s, Chargers'): the possessive before a verbal noun. */
  private static boolean possessive(String surface) {
    return surface.endsWith("'s")
        || surface.endsWith("’s")
        || surface.endsWith("s'")
        || surface.endsWith("s’");
  }

  /** Two or more letters, all upper case: an acronym, no person. */
  private static boolean acronym(Token t) {
    return MainPerson.allCaps(t.surface());
  }

  /** The words of each language analysed as text of that language ({@code -}: none). */
  private static Map<String, Set<String>> analyzed(Map<String, String> byLang) {
    Map<String, Set<String>> out = new HashMap<>();
    byLang.forEach(
        (lang, words) -> {
          Set<String> terms = new HashSet<>();
          for (String w : words.split("\\|")) {
            if (!w.equals("-")) {
              for (Token t : TextAnalysis.analyze(w, lang).tokens()) {
                terms.add(t.term());
              }
            }
          }
          out.put(lang, Set.copyOf(terms));
        });
    return Map.copyOf(out);
  }
}
