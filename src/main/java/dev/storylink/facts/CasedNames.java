package dev.storylink.facts;

import dev.storylink.features.NameRules;
import dev.storylink.store.SpellingFrame;
import dev.storylink.text.NameKeys;
import dev.storylink.text.NameRomanizer;
import dev.storylink.text.Scripts;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of a story written in a cased script, and the Arabic-script words of other articles that
 * write them (Rouhani = روحانی) though their own article's rules ({@link NameFacts}) do not call
 * them names. Rules:
 *
 * <ol>
 *   <li>A candidate is an Arabic-script word of four letters or more outside places and names,
 *       keyed by its consonant skeleton ({@link #candidates}).
 *   <li>It is a name fact of its article when another article of the story writes a name under the
 *       same key in a cased script ({@link #casedNames}), and the two spell it alike beyond the
 *       skeleton: the letters the Arabic script writes are found in the cased spelling ({@link
 *       SpellingFrame#compatible}: ا و ی as vowels, Persian پ apart from b), so کیست "who is" is no
 *       Coast and پارک "park" no Burke ({@link #withCasedNames}).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class CasedNames {
  private CasedNames() {}

  /**
   * The keys of the names articles of the story write in a cased script (Rouhani, Роухани), each
   * with the spelling frames ({@link SpellingFrame}) of the last words written under it.
   */
  static Map<String, List<SpellingFrame>> casedNames(List<ArticleFacts> articles) {
    Map<String, List<SpellingFrame>> out = new LinkedHashMap<>();
    for (ArticleFacts a : articles) {
      for (Fact f : a.of(Fact.Kind.NAME)) {
        if (RowLabel.writtenInCasedScript(f.surface())) {
          String s = f.surface().strip();
          SpellingFrame frame = SpellingFrame.of(s.substring(s.lastIndexOf(' ') + 1));
          List<SpellingFrame> frames = out.computeIfAbsent(f.key(), k -> new ArrayList<>());
          if (!frames.contains(frame)) {
            frames.add(frame);
          }
        }
      }
    }
    return out;
  }

  /**
   * The facts of {@code a} and, when it is in Arabic script, the words it writes of a name another
   * article writes in a cased script ({@link ArticleFacts#nameCandidates}): روحانی is a name of the
   * story when another article writes Rouhani, whatever the background statistics say of the word.
   * Only when the two spell the name alike beyond its consonant skeleton: the letters the Arabic
   * script writes (ا و ی, p apart from b in Persian and Urdu) are found in the cased spelling
   * ({@link SpellingFrame#compatible}, as the store's name search checks them): Persian کیست "who
   * is" ({@code kst}, written with ی) is no Coast, پارک (p, ا) no Burke, while روحانی is Rouhani.
   */
  static List<Fact> withCasedNames(ArticleFacts a, Map<String, List<SpellingFrame>> casedNames) {
    if (a.nameCandidates().isEmpty() || casedNames.isEmpty()) {
      return a.facts();
    }
    Set<String> own = new HashSet<>();
    a.of(Fact.Kind.NAME).forEach(f -> own.add(f.key()));
    List<Fact> out = new ArrayList<>(a.facts());
    for (Map.Entry<String, List<SpellingFrame>> e : casedNames.entrySet()) {
      Fact f = a.nameCandidates().get(e.getKey());
      if (f != null && !own.contains(e.getKey()) && spelledAlike(f.surface(), e.getValue())) {
        out.add(f);
      }
    }
    return out;
  }

  /** True when the word {@code surface} is compatible with one of the frames {@code cased}. */
  private static boolean spelledAlike(String surface, List<SpellingFrame> cased) {
    SpellingFrame frame = SpellingFrame.of(surface);
    for (SpellingFrame c : cased) {
      if (SpellingFrame.compatible(frame, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Arabic-script words of four letters or more outside places and names, as name facts keyed
   * by their skeleton ({@link ArticleFacts#nameCandidates}): the first of each key.
   */
  static Map<String, Fact> candidates(
      List<Token> tokens, boolean[] inPlace, List<NameFacts.NameRun> names, Set<String> stop) {
    Map<String, Fact> out = new HashMap<>();
    boolean[] inName = new boolean[tokens.size()];
    for (NameFacts.NameRun n : names) {
      for (int k = n.first(); k <= n.last(); k++) {
        inName[k] = true;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String term = NameRules.nameTerm(t);
      if (inPlace[i]
          || inName[i]
          || term.length() < 4
          || !Scripts.hasArabicScript(term)
          || !NameRules.isContent(term, stop)) {
        continue;
      }
      String sk = NameKeys.skeleton(term);
      if (NameKeys.matchable(sk) && !out.containsKey("name:" + sk)) {
        String r = NameRomanizer.romanize(term);
        String label =
            r.isEmpty() ? t.surface() : Character.toUpperCase(r.charAt(0)) + r.substring(1);
        out.put(
            "name:" + sk,
            new Fact(
                Fact.Kind.NAME,
                "name:" + sk,
                label,
                "",
                "",
                "",
                t.surface(),
                t.sentence(),
                java.util.Optional.empty(),
                NameFacts.wordKeys(term)));
      }
    }
    return out;
  }
}
