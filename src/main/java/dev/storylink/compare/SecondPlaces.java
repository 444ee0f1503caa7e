package dev.storylink.compare;

import dev.storylink.features.NameRules;
import dev.storylink.features.Places;
import dev.storylink.text.FactNameKeys;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Stemmers;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The places both articles report that only the second one's gazetteer finds: the first writes the
 * place as a word the gazetteer leaves out (Turkey, Jordan) or as its adjective (Turkish, الروسي),
 * the second names it (ترکیه). {@link FactDiff} lists a place as shared from the first article's
 * places, so without these {@code compare A B} and {@code compare B A} would list different places
 * under "both report".
 *
 * <p>Rules: a place of the second article is added when no shared place has its label, the second
 * article's own diff did not list it as only there (so it was found in the first), and a word of
 * the first names it: an adjective of its country ({@link Nisba#country}), or, for a one-word
 * place, the same folded key as the place's word (as written or stemmed) or, across scripts, the
 * same name skeleton. The fact is the first article's word (its surface and sentence) under the
 * place's name. Stateless and thread-safe.
 */
final class SecondPlaces {
  private SecondPlaces() {}

  /**
   * The shared places to add to {@code shared} (facts of {@code a}), found through {@code b}'s
   * places; {@code onlyInB} are the facts {@code b}'s diff listed as only there.
   */
  static List<Fact> of(
      SentenceSignatures a,
      SentenceSignatures b,
      boolean crossScript,
      List<Fact> shared,
      List<Fact> onlyInB) {
    Set<String> known = new HashSet<>();
    for (List<Fact> facts : List.of(shared, onlyInB)) {
      for (Fact f : facts) {
        if (f.kind() == Fact.Kind.PLACE) {
          known.add(f.label());
        }
      }
    }
    List<Fact> out = new ArrayList<>();
    List<Token> bt = b.at.tokens();
    for (Places.Match pm : b.places) {
      String label = pm.place().name();
      if (!known.add(label)) {
        continue;
      }
      String term = NameRules.stripApostrophe(bt.get(pm.firstToken()).term());
      firstWord(a, pm, term, crossScript)
          .ifPresent(t -> out.add(new Fact(Fact.Kind.PLACE, label, t.surface(), t.sentence(), "")));
    }
    return out;
  }

  private static Optional<Token> firstWord(
      SentenceSignatures a, Places.Match pm, String placeTerm, boolean crossScript) {
    String key = MatchKeys.termKey(placeTerm);
    String sk = NameKeys.skeleton(placeTerm);
    boolean bySkeleton = crossScript && NameKeys.matchable(sk);
    for (Token t : a.at.tokens()) {
      if (Nisba.country(t, a.at.lang()).filter(pm.place().id()::equals).isPresent()) {
        return Optional.of(t);
      }
      if (pm.tokenCount() != 1) {
        continue;
      }
      String term = NameRules.stripApostrophe(t.term());
      if (key.equals(MatchKeys.termKey(term))
          || key.equals(MatchKeys.termKey(Stemmers.stem(term, a.at.lang())))
          || (bySkeleton && FactNameKeys.crossScriptKeys(term).contains(sk))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
