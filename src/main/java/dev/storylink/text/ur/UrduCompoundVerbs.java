package dev.storylink.text.ur;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Urdu words that the gazetteer holds as a place but that Urdu text also writes as a verb in a
 * compound: چلی, the feminine past of چلنا "to go", which is also Urdu CLDR's name of Chile.
 *
 * <p>Exact rule ({@link #isVerb}), on written words folded by {@link UrduFolder}: چلی directly
 * followed by a form of a verb it makes compounds with is the verb, no place:
 *
 * <ul>
 *   <li>جانا "to go": جا، جانا، جاتا، جاتی، جاتے، جاتیں، جائے، جائیں، گیا، گئی، گئے، گئیں (وہ گھر
 *       چلی گئی "she went home");
 *   <li>آنا "to come": آ، آتا، آتی، آتے، آئی، آئے، آئیں (روایت چلی آ رہی ہے "the custom has gone
 *       on");
 *   <li>رہنا "to stay" as the progressive: رہا، رہی، رہے، رہیں (بات چیت چلی رہی "talks went on").
 * </ul>
 *
 * Anything else after چلی (a postposition: چلی میں, چلی کے صدر; a verb of its own: چلی پہنچے)
 * leaves the place. A text that writes "went to Chile" as چلی گئی, without a postposition, loses
 * the place: Urdu news writes the place with one (چلی کا دورہ, چلی روانہ).
 *
 * <p>Immutable and thread-safe.
 */
public final class UrduCompoundVerbs {
  /** The verb forms folded, as written words of Urdu fold. */
  private static final Set<String> VERB_WORDS = folded("چلی");

  private static final Set<String> LIGHT_VERBS =
      folded(
          "جا", "جانا", "جاتا", "جاتی", "جاتے", "جاتیں", "جائے", "جائیں", "گیا", "گئی", "گئے",
          "گئیں", "آ", "آتا", "آتی", "آتے", "آئی", "آئے", "آئیں", "رہا", "رہی", "رہے", "رہیں");

  private UrduCompoundVerbs() {}

  private static Set<String> folded(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : List.of(words)) {
      out.add(UrduFolder.INSTANCE.fold(w));
    }
    return Set.copyOf(out);
  }

  /**
   * True when the word written in {@code text} from {@code start} to {@code end}, with the word
   * written after it (past white space: letters and marks), is a verb of a compound ({@link
   * #isVerb}).
   */
  public static boolean isVerbAt(String text, int start, int end) {
    int from = end;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < text.length() && inWord(text.charAt(to))) {
      to++;
    }
    return to > from && isVerb(text.substring(start, end), text.substring(from, to));
  }

  private static boolean inWord(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * True when the written Urdu {@code word}, directly followed by the written word {@code next}, is
   * a verb of a compound (class comment): چلی before گئی.
   */
  public static boolean isVerb(String word, String next) {
    return VERB_WORDS.contains(UrduFolder.INSTANCE.fold(word))
        && LIGHT_VERBS.contains(UrduFolder.INSTANCE.fold(next));
  }
}
