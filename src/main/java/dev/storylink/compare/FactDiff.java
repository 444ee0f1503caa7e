package dev.storylink.compare;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.features.NameRules;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.QuantityRoles;
import dev.storylink.features.TermStats;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import dev.storylink.text.Sentence;
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
 * The facts of two articles: numbers (with their role when {@link
 * dev.storylink.features.QuantityRoles} finds one), places, names and dates each reports, split
 * into those only the first reports, only the second, and both. A number, place, date or name is
 * only in one article when the other has no mention with the same key. Names meet as {@code
 * storylink link} matches them ({@link NameMatch}: the same name key, or across scripts the same
 * consonant skeleton), or by folded key, Arabic-script key or the skeleton of any word of the other
 * article, so a name {@code link} gives as a shared reason is never only in one article. Which
 * words are names: {@link NameRules} (never an ordinary word: {@link
 * dev.storylink.features.CommonWords}, nor a word of a written date: the month of ۱۲ اسفند ۱۴۰۴). A
 * place both report that only the second article's gazetteer finds is shared too ({@link
 * SecondPlaces}). Statements only one article reports are not facts: see {@link
 * Coverage#unreported}. Thread-safe if the {@link TermStats} is.
 */
final class FactDiff {
  /**
   * The diff of two articles' facts.
   *
   * @param shared facts both report (labels from the first)
   * @param onlyInA facts only the first reports
   * @param onlyInB facts only the second reports
   */
  record Result(List<Fact> shared, List<Fact> onlyInA, List<Fact> onlyInB) {
    Result {
      shared = List.copyOf(shared);
      onlyInA = List.copyOf(onlyInA);
      onlyInB = List.copyOf(onlyInB);
    }
  }

  private final TermStats stats;
  private final double rareIdf;

  FactDiff(TermStats stats) {
    this.stats = stats;
    this.rareIdf = NameRules.rareIdf(stats);
  }

  /**
   * Diffs the facts of {@code a} and {@code b}, whose sentences flagged in {@code alignedA} and
   * {@code alignedB} have an aligned partner.
   */
  Result diff(
      SentenceSignatures a,
      SentenceSignatures b,
      ArticleFeatures fa,
      ArticleFeatures fb,
      boolean crossScript) {
    List<Fact> shared = new ArrayList<>();
    NameMatch.Shared linked = NameMatch.shared(fa.names(), fb.names());
    List<Fact> onlyA = onlyIn(a, b, fa, fb, linked.keysA(), crossScript, shared);
    List<Fact> onlyB = onlyIn(b, a, fb, fa, linked.keysB(), crossScript, null);
    // a place only the second's gazetteer finds (ترکیه against Turkey) is shared too, whatever the
    // order of the two articles
    shared.addAll(SecondPlaces.of(a, b, crossScript, shared, onlyB));
    return new Result(shared, onlyA, onlyB);
  }

  private List<Fact> onlyIn(
      SentenceSignatures x,
      SentenceSignatures y,
      ArticleFeatures fx,
      ArticleFeatures fy,
      Set<String> linkedNames,
      boolean crossScript,
      List<Fact> shared) {
    List<Fact> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    numbers(x, y, roles(fx), dateSurfaces(fx), seen, out, shared);
    Set<String> yIndex = y.nameIndex(crossScript);
    places(x, y, yIndex, crossScript, seen, out, shared);
    names(
        x,
        y,
        yIndex,
        cognateForms(y),
        linkedNames,
        crossScript,
        dateSurfaces(fx),
        seen,
        out,
        shared);
    dates(x, fx, fy, seen, out, shared);
    return out;
  }

  /** The roles of the article's numbers (number key → "killed", "injured"...). */
  private static Map<String, String> roles(ArticleFeatures f) {
    Map<String, String> out = new HashMap<>();
    for (Mention q : f.quantities()) {
      int colon = q.key().lastIndexOf(':');
      if (colon > 0) {
        out.putIfAbsent(q.key().substring(colon + 1), q.key().substring(0, colon));
      }
    }
    return out;
  }

  private static void dates(
      SentenceSignatures x,
      ArticleFeatures fx,
      ArticleFeatures fy,
      Set<String> seen,
      List<Fact> out,
      List<Fact> shared) {
    Set<String> yDays = new HashSet<>();
    for (Mention d : fy.dates()) {
      yDays.add(dayKey(d.key()));
    }
    for (Mention d : fx.dates()) {
      if (!seen.add("d:" + d.key()) || d.surfaces().isEmpty()) {
        continue;
      }
      String surface = d.surfaces().get(0);
      int sentence = 0;
      for (Sentence s : x.sentences) {
        if (s.text().contains(surface)) {
          sentence = s.index();
          break;
        }
      }
      Fact fact = new Fact(Fact.Kind.DATE, d.label(), surface, sentence, "");
      (yDays.contains(dayKey(d.key())) ? sharedOrDrop(shared) : out).add(fact);
    }
  }

  /** Dates meet on month and day whether or not the year was written (as {@code link}). */
  private static String dayKey(String iso) {
    return iso.length() == 10 ? iso.substring(5) : iso;
  }

  /** The surfaces of the article's dates (۱۴ اسفند ۱۴۰۳, 4 March 2025). */
  private static List<String> dateSurfaces(ArticleFeatures f) {
    List<String> out = new ArrayList<>();
    for (Mention d : f.dates()) {
      out.addAll(d.surfaces());
    }
    return out;
  }

  private static void numbers(
      SentenceSignatures x,
      SentenceSignatures y,
      Map<String, String> roles,
      List<String> dates,
      Set<String> seen,
      List<Fact> out,
      List<Fact> shared) {
    Set<String> yNumbers = new HashSet<>();
    List<QuantityRoles.RoleQuantity> yRoles = roleQuantities(y);
    List<QuantityRoles.RoleQuantity> xRoles = roleQuantities(x);
    for (Sentence s : y.sentences) {
      for (Quantities.Found f : numbers(y.at.text(), yRoles, s)) {
        yNumbers.add(f.key());
      }
    }
    for (Sentence s : x.sentences) {
      for (Quantities.Found f : numbers(x.at.text(), xRoles, s)) {
        if (inDate(s.text(), f.surface(), dates)) {
          continue; // the day or year of a date is the date's fact (1403 of ۱۴ اسفند ۱۴۰۳)
        }
        if (seen.add("n:" + f.key())) {
          Fact fact =
              new Fact(
                  Fact.Kind.NUMBER,
                  f.key(),
                  f.surface(),
                  s.index(),
                  roles.getOrDefault(f.key(), ""));
          (yNumbers.contains(f.key()) ? sharedOrDrop(shared) : out).add(fact);
        }
      }
    }
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
   * The numbers of sentence {@code s} ({@link Quantities#numbers}), and a whole number under 10
   * that has a role an event has one figure of ({@link QuantityRoles.Role#perEvent}: "7 missing",
   * "3 killed"), which {@link Quantities#numbers} leaves out as too common.
   */
  private static List<Quantities.Found> numbers(
      String text, List<QuantityRoles.RoleQuantity> roles, Sentence s) {
    List<Quantities.Found> out = new ArrayList<>(Quantities.numbers(s.text()));
    for (QuantityRoles.RoleQuantity q : roles) {
      if (q.role().perEvent()
          && q.value() < 10
          && q.value() == Math.rint(q.value())
          && q.start() >= s.start()
          && q.start() < s.end()) {
        int end = q.start();
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
        out.add(
            new Quantities.Found(Long.toString((long) q.value()), text.substring(q.start(), end)));
      }
    }
    return out;
  }

  private static List<QuantityRoles.RoleQuantity> roleQuantities(SentenceSignatures x) {
    return QuantityRoles.find(x.at.text(), x.at.tokens(), x.at.lang());
  }

  private static boolean inDate(String sentence, String number, List<String> dates) {
    for (String d : dates) {
      if (d.contains(number) && sentence.contains(d)) {
        return true;
      }
    }
    return false;
  }

  private static void places(
      SentenceSignatures x,
      SentenceSignatures y,
      Set<String> yIndex,
      boolean crossScript,
      Set<String> seen,
      List<Fact> out,
      List<Fact> shared) {
    Set<String> yPlaces = new HashSet<>();
    for (Places.Match pm : y.places) {
      yPlaces.add(pm.place().id());
    }
    // an adjective names its country (الروسي, روسی, Russian: Russia)
    yPlaces.addAll(Nisba.countries(y.at.tokens(), y.at.lang()));
    List<Token> xt = x.at.tokens();
    for (Places.Match pm : x.places) {
      if (seen.add("p:" + pm.place().id())) {
        String firstTerm = NameRules.stripApostrophe(xt.get(pm.firstToken()).term());
        String sk = NameKeys.skeleton(firstTerm);
        // the other article may write it as a word the gazetteer leaves out (Turkey, an adjective)
        boolean asWord =
            pm.tokenCount() == 1
                && (yIndex.contains("t:" + MatchKeys.termKey(firstTerm))
                    || (crossScript && NameKeys.matchable(sk) && yIndex.contains("s:" + sk)));
        Fact fact =
            new Fact(
                Fact.Kind.PLACE,
                pm.place().name(),
                pm.surface(),
                xt.get(pm.firstToken()).sentence(),
                "");
        (yPlaces.contains(pm.place().id()) || asWord ? sharedOrDrop(shared) : out).add(fact);
      }
    }
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

  private void names(
      SentenceSignatures x,
      SentenceSignatures y,
      Set<String> yIndex,
      List<long[]> yForms,
      Set<String> linkedNames,
      boolean crossScript,
      List<String> dates,
      Set<String> seen,
      List<Fact> out,
      List<Fact> shared) {
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
    for (int i = 0; i < xt.size(); i++) {
      Token t = xt.get(i);
      if (x.placeAt[i] != null
          || inDate[i] // the month of ۱۲ اسفند ۱۴۰۴ is the date's, not a name
          || !NameRules.isNameLike(t, stats.idf(t.term()), rareIdf, x.stop)
          || Nisba.country(t, lang).isPresent()) {
        continue; // an adjective of nationality (Iranian) is its country's, not a name
      }
      String key = MatchKeys.termKey(NameRules.stripApostrophe(t.term()));
      count.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, i);
    }
    for (Map.Entry<String, Integer> e : first.entrySet()) {
      int i = e.getValue();
      Token t = xt.get(i);
      String term = NameRules.nameTerm(t);
      boolean arabic = Scripts.hasArabicScript(term);
      if (linkedNames.contains(NameMatch.key(NameRules.stripApostrophe(t.term())))) {
        // a name link gives as a shared reason: shared, whatever the fact rule says
        String label = NameRules.label(t.surface());
        label = arabic ? label + " (" + NameKeys.romanize(term) + ")" : label;
        if (seen.add("name:" + label)) {
          sharedOrDrop(shared).add(new Fact(Fact.Kind.NAME, label, t.surface(), t.sentence(), ""));
        }
        continue;
      }
      if (!NameRules.isFactName(
          xt, i, count.get(e.getKey()), stats.idf(t.term()), rareIdf, MatchKeys::termKey)) {
        continue;
      }
      String surface = NameRules.factSurface(xt, i, lang, x.stop);
      if (surface.isEmpty()) {
        continue;
      }
      boolean inY =
          inIndex(yIndex, term, lang, crossScript)
              || cognate(term, yForms)
              || (aliasAt[i] != null && yAliases.contains(aliasAt[i]))
              || neighbourInY(xt, i, yIndex, lang, crossScript);
      if (!arabic && CapitalisedNames.capitalisesNouns(lang)) {
        // a run of capitalised words: the other article reports it when it has any of its words
        for (String w : surface.split(" ")) {
          String lower = w.toLowerCase(Locale.ROOT);
          inY |=
              inIndex(yIndex, NameRules.stripApostrophe(lower), lang, crossScript)
                  && !x.stop.contains(lower)
                  && !CapitalisedNames.isTitleNoun(w);
        }
      }
      String label = arabic ? surface + " (" + NameKeys.romanize(term) + ")" : surface;
      if (!seen.add("name:" + label)) {
        continue;
      }
      Fact fact = new Fact(Fact.Kind.NAME, label, surface, t.sentence(), "");
      (inY ? sharedOrDrop(shared) : out).add(fact);
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
      for (String sk : NameKeys.crossScriptKeys(term)) {
        if (index.contains("s:" + sk)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Fact> sharedOrDrop(List<Fact> shared) {
    return shared == null ? new ArrayList<>() : shared;
  }
}
