package dev.storylink.features;

import dev.storylink.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The person an article is most about: among the names of its title and first sentence, those
 * written at least once as the second of exactly two names in a row (a first name and a surname:
 * "Jamal Williams", "Maurice Cheeks") or named three times or more, and mostly not followed by
 * another name (not "Diego" of "San Diego Chargers") and no acronym ("DUI"), the one with the most
 * mentions, those of the title and first sentence counting three times; the earliest on ties. Its
 * key is the surname's name key. Computed once per article at extraction, from the name keys by
 * token position. Stateless and thread-safe.
 */
public final class MainPerson {
  /** Mentions that make a person the article's subject rather than a passing name. */
  static final int REPEATED = 2;

  private MainPerson() {}

  /**
   * The main person's name key, if the lead names a person.
   *
   * @param tokens the article's tokens
   * @param nameKeyAt the name key of each token, null where the token is no name
   * @param leadEnd the tokens before this index are the title and lead
   */
  public static Optional<String> of(List<Token> tokens, String[] nameKeyAt, int leadEnd) {
    if (tokens.size() != nameKeyAt.length) {
      throw new IllegalArgumentException("one name key slot per token expected");
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> inLead = new HashMap<>();
    Map<String, Integer> beforeName = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    Set<String> shouted = new HashSet<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      String key = nameKeyAt[i];
      if (key == null) {
        continue;
      }
      counts.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, i);
      if (i < leadEnd && tokens.get(i).sentence() < EventEvidence.LEAD_SENTENCES) {
        inLead.merge(key, 1, Integer::sum);
      }
      boolean prev = i > 0 && nameKeyAt[i - 1] != null && sameSentence(tokens, i - 1, i);
      boolean next = i + 1 < n && nameKeyAt[i + 1] != null && sameSentence(tokens, i, i + 1);
      if (next) {
        beforeName.merge(key, 1, Integer::sum);
      }
      if (allCaps(tokens.get(i).surface())) {
        shouted.add(key);
      }
      // a run of exactly two names in one sentence: a first name and a surname
      if (prev
          && !next
          && !nameKeyAt[i - 1].equals(key)
          && (i < 2 || nameKeyAt[i - 2] == null || !sameSentence(tokens, i - 2, i))
          && !allCaps(tokens.get(i).surface())
          && !allCaps(tokens.get(i - 1).surface())) {
        pairs.add(key);
      }
    }
    String best = null;
    int bestScore = 0;
    int bestFirst = Integer.MAX_VALUE;
    for (Map.Entry<String, Integer> e : inLead.entrySet()) {
      String k = e.getKey();
      int count = counts.get(k);
      // a person: named with a first name, or named again and again; mostly not the first word
      // of a longer name (San Diego Chargers, Philadelphia 76ers); never an acronym
      boolean person =
          (pairs.contains(k) || count >= REPEATED + 1)
              && 2 * beforeName.getOrDefault(k, 0) <= count
              && !(shouted.contains(k) && !pairs.contains(k));
      if (!person) {
        continue;
      }
      int score = count + 2 * e.getValue();
      int at = first.get(k);
      if (score > bestScore || (score == bestScore && at < bestFirst)) {
        best = k;
        bestScore = score;
        bestFirst = at;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean sameSentence(List<Token> tokens, int i, int j) {
    return tokens.get(i).sentence() == tokens.get(j).sentence();
  }

  /** Two or more letters, all upper case (an acronym or a shouted headline word). */
  private static boolean allCaps(String s) {
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
