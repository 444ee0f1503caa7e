package dev.storylink.compare;

import dev.storylink.features.NameRules;
import dev.storylink.features.TermStats;
import dev.storylink.text.FactNameKeys;
import dev.storylink.text.NameKeys;
import dev.storylink.text.NameRomanizer;
import dev.storylink.text.NameSpellings;
import dev.storylink.text.Scripts;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Token;
import dev.storylink.text.de.CapitalisedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name facts of {@link FactDiff}: which names one article reports and the other does not. A
 * name word ({@link NameRules#isNameLike}, {@link NameRules#isFactName}; never a word of a written
 * date, a place or an adjective of nationality) is in the other article when {@code link} gives it
 * as a shared name, or the other article has it by folded key or stem, by a cross-script key
 * ({@link FactNameKeys#crossScriptKeys}), as a {@link Cognates} form of one of its capitalised or
 * Arabic-script words, as the same well-known alias ({@link Aliases}), or with its neighbour
 * (family name after it, or both written as one word); a run of capitalised words in a language
 * that capitalises nouns when the other has any of its words. Thread-safe if the {@link TermStats}
 * is.
 */
final class NameFactDiff {
  private final TermStats stats;
  private final double rareIdf;

  NameFactDiff(TermStats stats) {
    this.stats = stats;
    this.rareIdf = NameRules.rareIdf(stats);
  }

  /** Which tokens stand inside a written date of the text (its surfaces {@code dates}). */
  private static boolean[] inDates(String text, List<Token> tokens, List<String> dates) {
    boolean[] out = new boolean[tokens.size()];
    for (String d : dates) {
      for (int at = d.isEmpty() ? -1 : text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
        for (int k = 0; k < tokens.size(); k++) {
          Token t = tokens.get(k);
          out[k] |= t.start() >= at && t.end() <= at + d.length();
        }
      }
    }
    return out;
  }

  /**
   * The 4-grams of the Latin transliteration of each capitalised or Arabic-script word of {@code y}
   * of five or more letters: a name written in another script meets them as a {@link Cognates}
   * (Kremlin and Кремль, whose skeletons differ).
   */
  private static List<long[]> cognateForms(SentenceSignatures y) {
    List<long[]> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Token t : y.at.tokens()) {
      String term = NameRules.stripApostrophe(t.term());
      if (term.length() >= 5
          && (t.capitalized() || Scripts.hasArabicScript(term))
          && done.add(term)) {
        out.add(Cognates.codes(NameKeys.ascii(term).toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static boolean cognate(String term, List<long[]> forms) {
    if (forms.isEmpty() || term.length() < 5) {
      return false;
    }
    long[] g = Cognates.codes(NameKeys.ascii(term).toLowerCase(Locale.ROOT));
    for (long[] f : forms) {
      if (Cognates.dice(g, f) >= Cognates.MIN_DICE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the names of {@code x} to {@code out} when {@code y} does not report them, else to {@code
   * shared} (when not null); {@code seen} holds the facts already added.
   */
  void diff(
      SentenceSignatures x,
      SentenceSignatures y,
      Set<String> yIndex,
      Set<String> linkedNames,
      boolean crossScript,
      List<String> dates,
      Set<String> seen,
      List<Fact> out,
      List<Fact> shared) {
    List<long[]> yForms = cognateForms(y);
    List<Token> xt = x.at.tokens();
    boolean[] inDate = inDates(x.at.text(), xt, dates);
    String lang = x.at.lang();
    // a well-known agreement or organisation the other article names in its own words
    Set<String> yAliases = new HashSet<>();
    for (Aliases.Found f : Aliases.find(y.at.tokens(), y.at.lang())) {
      yAliases.add(f.key());
    }
    String[] aliasAt = new String[xt.size()];
    for (Aliases.Found f : Aliases.find(xt, lang)) {
      for (int k = 0; k < f.tokenCount(); k++) {
        aliasAt[f.firstToken() + k] = f.key();
      }
    }
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    Map<String, String> writtenAs = new HashMap<>();
    for (int i = 0; i < xt.size(); i++) {
      Token t = xt.get(i);
      if (x.placeAt[i] != null
          || inDate[i] // the month of ۱۲ اسفند ۱۴۰۴ is the date's, not a name
          || !NameRules.isNameLike(t, stats.idf(t.term()), rareIdf, x.stop)
          || Nisba.country(t, lang).isPresent()) {
        continue; // an adjective of nationality (Iranian) is its country's, not a name
      }
      String key = MatchKeys.termKey(NameRules.stripApostrophe(t.term()));
      // the case forms of a Russian family name are one name (Зеленский, Зеленского)
      key = "ru".equals(lang) ? NameSpellings.russianSurnameStem(key) : key;
      count.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, i);
      if (!writtenAs.containsKey(key)) {
        // as displayed where it is first written as a name (in German in a run of capitalised
        // words: "Wladimir Putin" in the text after "Putin und Ruhani" in the headline)
        String surface = NameRules.factSurface(xt, i, lang, x.stop, k -> x.placeAt[k] != null);
        if (!surface.isEmpty()) {
          writtenAs.put(key, surface);
        }
      }
    }
    for (Map.Entry<String, Integer> e : first.entrySet()) {
      int i = e.getValue();
      Token t = xt.get(i);
      String term = NameRules.nameTerm(t);
      boolean arabic = Scripts.hasArabicScript(term);
      if (linkedNames.contains(NameMatch.key(NameRules.stripApostrophe(t.term())))) {
        // a name link gives as a shared reason: shared, whatever the fact rule says
        String label = NameRules.label(t.surface());
        label = arabic ? label + " (" + NameRomanizer.romanize(term) + ")" : label;
        if (seen.add("name:" + label)) {
          FactDiff.sharedOrDrop(shared)
              .add(new Fact(Fact.Kind.NAME, label, t.surface(), t.sentence(), ""));
        }
        continue;
      }
      if (!NameRules.isFactName(
          xt, i, count.get(e.getKey()), stats.idf(t.term()), rareIdf, MatchKeys::termKey, lang)) {
        continue;
      }
      String surface = writtenAs.getOrDefault(e.getKey(), "");
      if (surface.isEmpty()) {
        continue;
      }
      boolean inY =
          inIndex(yIndex, term, lang, crossScript)
              || cognate(term, yForms)
              || (aliasAt[i] != null && yAliases.contains(aliasAt[i]))
              || neighbourInY(xt, i, yIndex, lang, crossScript);
      if (!arabic && CapitalisedNames.capitalisesNouns(lang)) {
        // a run of capitalised words: the other article reports it when it has any of its words,
        // or a name the link reasons pair with one of them (Astana of "Astana-Gipfel" = Астане)
        for (String w : surface.split(" ")) {
          String lower = NameRules.stripApostrophe(w.toLowerCase(Locale.ROOT));
          inY |=
              (inIndex(yIndex, lower, lang, crossScript)
                      || linkedNames.contains(NameMatch.key(lower)))
                  && !x.stop.contains(lower)
                  && !CapitalisedNames.isTitleNoun(w);
        }
      }
      String label = arabic ? surface + " (" + NameRomanizer.romanize(term) + ")" : surface;
      if (!seen.add("name:" + label)) {
        continue;
      }
      Fact fact = new Fact(Fact.Kind.NAME, label, surface, t.sentence(), "");
      (inY ? FactDiff.sharedOrDrop(shared) : out).add(fact);
    }
  }

  /**
   * True when the name word at {@code i} is a given name whose family name right after it the other
   * article reports (Masoud of Masoud Pezeshkian), or with its neighbour makes a name the other
   * article writes as one word (Bandar Abbas = بندرعباس).
   */
  private static boolean neighbourInY(
      List<Token> xt, int i, Set<String> yIndex, String lang, boolean crossScript) {
    Token t = xt.get(i);
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= xt.size() || xt.get(j).sentence() != t.sentence()) {
        continue;
      }
      Token o = xt.get(j);
      String joined = j < i ? o.term() + t.term() : t.term() + o.term();
      String sk = NameKeys.skeleton(joined);
      if (crossScript && sk.length() >= 5 && yIndex.contains("s:" + sk)) {
        return true;
      }
      boolean cased = t.capitalized() && o.capitalized() && !o.sentenceInitial();
      if (j == i + 1
          && cased
          && inIndex(yIndex, NameRules.stripApostrophe(o.term()), lang, crossScript)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inIndex(Set<String> index, String term, String lang, boolean crossScript) {
    if (index.contains("t:" + MatchKeys.termKey(term))
        || index.contains("t:" + MatchKeys.termKey(Stemmers.stem(term, lang)))) {
      return true;
    }
    if (crossScript) {
      for (String sk : FactNameKeys.crossScriptKeys(term)) {
        if (index.contains("s:" + sk)) {
          return true;
        }
      }
    }
    return false;
  }
}
