package dev.storylink.features;

import dev.storylink.features.QuantityRoles.Role;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The search for a number's role word around it, rules 3 to 6 of {@link QuantityRoles}: the window
 * of {@value #WINDOW} tokens before and after the number, the clause marks that close it after the
 * number, the "count of" words, the role words another number claims, and the role word before a
 * rise word ("rose to 52"). {@link QuantityRoles} reads the number, its scale, currency and unit,
 * and asks this class for its role. Thread-safe: stateless, its word tables are immutable.
 */
final class RoleWindow {
  static final int WINDOW = 4;

  /** How many tokens before a rise word ("rose to") its role word may stand. */
  static final int RISE_WINDOW = 8;

  /** A role word found for a number: its role, its offset, and the index of its last token. */
  record Found(Role role, int start, int last) {}

  /**
   * The nearest role word around the number at {@code i} (its scale word ends at {@code last}); a
   * bare count of persons ("12 people") gives way to a stronger role further on ("12 people were
   * killed") or before ("killing 12 people"). Rules 3 to 5 of {@link QuantityRoles}.
   */
  static Optional<Found> roleNear(String text, List<Token> tokens, int i, int last, String lang) {
    boolean beforeFirst = "ar".equals(lang);
    int sentence = tokens.get(i).sentence();
    Found people = null;
    // a count noun right after the number belongs to it: "85 kişi yaralandı", "85人受伤"
    if (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence) {
      TermLexicon.Entry<QuantityWords.Word> w = QuantityWords.roleWordAt(tokens, last + 1, lang);
      if (w != null && role(w) == Role.PEOPLE) {
        people = new Found(Role.PEOPLE, tokens.get(last + 1).start(), last + w.terms().size());
        last = people.last();
      }
    }
    boolean afterOpen = true;
    for (int d = 1; d <= WINDOW; d++) {
      Found after = null;
      boolean shared = false;
      int a = last + d;
      if (afterOpen && a < tokens.size() && tokens.get(a).sentence() == sentence) {
        if (NumberTokens.value(tokens.get(a).term()).isPresent()
            || clauseMark(text, tokens.get(a - 1).end(), tokens.get(a).start())) {
          afterOpen = false;
        } else {
          TermLexicon.Entry<QuantityWords.Word> w =
              countOf(tokens, a - 1) ? null : QuantityWords.roleWordAt(tokens, a, lang);
          int end = w == null ? a : a + w.terms().size() - 1;
          int toNext = w == null ? 0 : toNextNumber(tokens, end, d, lang);
          shared = toNext == d;
          after =
              w == null || (toNext > 0 && toNext < d)
                  ? null
                  : new Found(role(w), tokens.get(a).start(), end);
        }
      }
      Found before = null;
      int b = i - d;
      if (b >= 0
          && tokens.get(b).sentence() == sentence
          && !blockedBefore(tokens, b, i)
          && !claimed(text, tokens, b)) {
        TermLexicon.Entry<QuantityWords.Word> w = QuantityWords.roleWordAt(tokens, b, lang);
        before = w == null ? null : new Found(role(w), tokens.get(b).start(), i);
      }
      boolean beforeWins = beforeFirst || shared;
      for (Found f : beforeWins ? new Found[] {before, after} : new Found[] {after, before}) {
        if (f != null && f.role() != Role.PEOPLE) {
          return Optional.of(f);
        } else if (f != null && people == null) {
          people = f;
        }
      }
    }
    return Optional.ofNullable(people);
  }

  /**
   * The role of a number that a rise word stands right before ("rose to", "reached", "stieg auf",
   * "выросло до"; kind {@code rise} in the file): that of the nearest role word before the rise
   * word, within {@value #RISE_WINDOW} tokens of the same sentence, not across another number or a
   * clause mark ("the death toll from the floods in Kerman rose to 52": killed). Rule 6 of {@link
   * QuantityRoles}.
   */
  static Optional<Found> risenTo(String text, List<Token> tokens, int i, String lang) {
    int sentence = tokens.get(i).sentence();
    int rise = -1;
    for (int k = Math.max(0, i - 3); k < i && rise < 0; k++) {
      TermLexicon.Entry<QuantityWords.Word> w = QuantityWords.wordAt(tokens, k, "rise", lang);
      if (w != null && k + w.terms().size() == i && tokens.get(k).sentence() == sentence) {
        rise = k;
      }
    }
    for (int b = rise - 1; rise > 0 && b >= 0 && b >= rise - RISE_WINDOW; b--) {
      Token t = tokens.get(b);
      if (t.sentence() != sentence
          || NumberTokens.value(t.term()).isPresent()
          || clauseMark(text, t.end(), tokens.get(b + 1).start())) {
        break;
      }
      TermLexicon.Entry<QuantityWords.Word> w = QuantityWords.roleWordAt(tokens, b, lang);
      if (w != null && role(w) != Role.PEOPLE) {
        return Optional.of(new Found(role(w), t.start(), i));
      }
    }
    return Optional.empty();
  }

  /**
   * Words that introduce a count which follows the role word: "وعدد المصابين إلى 593", "تعداد
   * مجروحان به ۵۹۳", "число раненых до 593", "the number of injured to 593".
   */
  private static final java.util.Set<String> COUNT_OF =
      java.util.Set.of("عدد", "وعدد", "تعداد", "شمار", "число", "number");

  /** Whether the token at {@code k} introduces the count of the role word after it. */
  private static boolean countOf(List<Token> tokens, int k) {
    return k >= 0 && COUNT_OF.contains(tokens.get(k).term());
  }

  /**
   * How many tokens after the role word ending at {@code end} the next number stands, if it stands
   * within {@code limit} tokens in the same sentence and no role word other than a count noun
   * stands between (that one is the next number's: "43 شخصاً على الأقل لقوا حتفهم وأصيب 210", 43
   * killed); 0 when it does not.
   */
  private static int toNextNumber(List<Token> tokens, int end, int limit, String lang) {
    int sentence = tokens.get(end).sentence();
    for (int k = end + 1; k <= end + limit && k < tokens.size(); k++) {
      if (tokens.get(k).sentence() != sentence) {
        return 0;
      }
      TermLexicon.Entry<QuantityWords.Word> between = QuantityWords.roleWordAt(tokens, k, lang);
      if (between != null && role(between) != Role.PEOPLE) {
        return 0;
      }
      if (NumberTokens.value(tokens.get(k).term()).isPresent()) {
        return k - end;
      }
    }
    return 0;
  }

  /** Marks that end a clause for the words after a number: "… 2020, killing 12 people". */
  private static final String CLAUSE_MARKS = ",،;؛:()，；：、";

  /** Whether a clause mark stands in {@code text} between {@code from} and {@code to}. */
  private static boolean clauseMark(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (CLAUSE_MARKS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role word right after another number, with no clause mark between, is that number's: "12
   * قتيلا و85 جريحا".
   */
  private static boolean claimed(String text, List<Token> tokens, int b) {
    return b >= 1
        && NumberTokens.value(tokens.get(b - 1).term()).isPresent()
        && !clauseMark(text, tokens.get(b - 1).end(), tokens.get(b).start());
  }

  private static boolean blockedBefore(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (NumberTokens.value(tokens.get(k).term()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Role role(TermLexicon.Entry<QuantityWords.Word> w) {
    return Role.valueOf(w.value().kind().toUpperCase(Locale.ROOT));
  }

  private RoleWindow() {}
}
