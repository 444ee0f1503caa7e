package dev.storylink.compare;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.features.NameRules;
import dev.storylink.features.Places;
import dev.storylink.features.Quantities;
import dev.storylink.features.QuantityRoles;
import dev.storylink.features.TermStats;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Sentence;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of two articles: numbers (with their role when {@link
 * dev.storylink.features.QuantityRoles} finds one), places, names and dates each reports, split
 * into those only the first reports, only the second, and both. A number, place, date or name is
 * only in one article when the other has no mention with the same key. Names meet as {@code
 * storylink link} matches them ({@link NameMatch}: the same name key, or across scripts the same
 * consonant skeleton), or by folded key, Arabic-script key or the skeleton of any word of the other
 * article ({@link NameFactDiff}), so a name {@code link} gives as a shared reason is never only in
 * one article. Which words are names: {@link NameRules} (never an ordinary word: {@link
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

  private final NameFactDiff names;

  FactDiff(TermStats stats) {
    this.names = new NameFactDiff(stats);
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
    names.diff(x, y, yIndex, linkedNames, crossScript, dateSurfaces(fx), seen, out, shared);
    dates(x, fx, fy, seen, out, shared);
    return out;
  }

  /**
   * The roles of the article's numbers (number key → "killed", "injured"...): the first role given
   * to a number, but a role an event has one figure of ({@link QuantityRoles.Role#perEvent}) before
   * any other. A headline "يقتل 16 شخصا" counts 16 people and the text "مقتل 16 شخصا" 16 killed:
   * the figure is the killed, so that another report's killed figure is a difference.
   */
  private static Map<String, String> roles(ArticleFeatures f) {
    Map<String, String> out = new HashMap<>();
    for (Mention q : f.quantities()) {
      int colon = q.key().lastIndexOf(':');
      if (colon > 0) {
        String role = q.key().substring(0, colon);
        String number = q.key().substring(colon + 1);
        String had = out.get(number);
        if (had == null
            || !QuantityRoles.Role.isPerEventKey(had) && QuantityRoles.Role.isPerEventKey(role)) {
          out.put(number, role);
        }
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

  /**
   * The numbers of sentence {@code s} ({@link Quantities#numbers(String, List)}: no time of day,
   * "04:12" is no figure 12), and a whole number under 10 that has a role an event has one figure
   * of ({@link QuantityRoles.Role#perEvent}: "7 missing", "3 killed"), which {@link
   * Quantities#numbers} leaves out as too common.
   */
  private static List<Quantities.Found> numbers(
      String text, List<QuantityRoles.RoleQuantity> roles, Sentence s) {
    List<Quantities.Found> out = new ArrayList<>(Quantities.numbers(s.text(), List.of()));
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

  /** {@code shared}, or a list that is dropped when the shared facts are not wanted. */
  static List<Fact> sharedOrDrop(List<Fact> shared) {
    return shared == null ? new ArrayList<>() : shared;
  }
}
