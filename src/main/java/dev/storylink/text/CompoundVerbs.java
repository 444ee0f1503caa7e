package dev.storylink.text;

import dev.storylink.text.fa.PersianFolder;
import dev.storylink.text.ur.UrduFolder;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that the gazetteer holds as a place but that Urdu or Persian text also writes as the first
 * part of a compound verb, before a light verb: Urdu چلی, the feminine past of چلنا "to go", is
 * also Urdu CLDR's Chile; Persian پرت "thrown" (پرت شد "was thrown", پرت کرد "threw") is also
 * Persian CLDR's Perth.
 *
 * <p>Exact rule ({@link #isVerb}), on written words folded by the language's folder ({@link
 * UrduFolder}, {@link PersianFolder}): the word directly followed by a form of a verb it makes
 * compounds with is the verb, no place:
 *
 * <ul>
 *   <li>Urdu چلی before جانا "to go": جا، جانا، جاتا، جاتی، جاتے، جاتیں، جائے، جائیں، گیا، گئی،
 *       گئے، گئیں (وہ گھر چلی گئی "she went home"); آنا "to come": آ، آتا، آتی، آتے، آئی، آئے، آئیں
 *       (روایت چلی آ رہی ہے "the custom has gone on"); رہنا "to stay" as the progressive: رہا، رہی،
 *       رہے، رہیں (بات چیت چلی رہی "talks went on");
 *   <li>Persian پرت before شدن "to become" and کردن "to do": شد، شدند، شده، شدن، شود، شوند، می‌شود،
 *       می‌شوند، کرد، کردند، کرده، کردن، کند، کنند، می‌کند، می‌کنند, and the light verb گذاشتن "to
 *       put" as a past: گذاشت، گذاشتند، گذاشته (برجای گذاشت "left behind") (از لبه صخره پرت شد "he
 *       was thrown from the cliff's edge"); the folder removes ZWNJ, so می‌شود is also میشود, and
 *       می شود written with a space is read as one word.
 * </ul>
 *
 * Anything else after the word (a postposition: چلی میں, چلی کے صدر; a noun: شهر پرت، پرت استرالیا)
 * leaves the place. A text that writes "went to Chile" as چلی گئی, or "became Perth's" as پرت شد,
 * without a postposition, loses the place: the news writes the place with one (چلی کا دورہ, به پرت
 * رسید).
 *
 * <p>Immutable and thread-safe.
 */
public final class CompoundVerbs {
  private record Table(Folder folder, Set<String> words, Set<String> lightVerbs) {}

  private static final Map<String, Table> BY_LANG =
      Map.of(
          "ur",
          table(
              UrduFolder.INSTANCE,
              List.of("چلی"),
              List.of(
                  "جا", "جانا", "جاتا", "جاتی", "جاتے", "جاتیں", "جائے", "جائیں", "گیا", "گئی",
                  "گئے", "گئیں", "آ", "آتا", "آتی", "آتے", "آئی", "آئے", "آئیں", "رہا", "رہی",
                  "رہے", "رہیں")),
          "fa",
          table(
              PersianFolder.INSTANCE,
              List.of("پرت"),
              List.of(
                  "شد",
                  "شدند",
                  "شده",
                  "شدن",
                  "شود",
                  "شوند",
                  "می\u200Cشود",
                  "می\u200Cشوند",
                  "کرد",
                  "کردند",
                  "کرده",
                  "کردن",
                  "کند",
                  "کنند",
                  "می\u200Cکند",
                  "می\u200Cکنند",
                  "گذاشت",
                  "گذاشتند",
                  "گذاشته")));

  private CompoundVerbs() {}

  private static Table table(Folder folder, List<String> words, List<String> lightVerbs) {
    return new Table(folder, folded(folder, words), folded(folder, lightVerbs));
  }

  private static Set<String> folded(Folder folder, List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(folder.fold(w));
    }
    return Set.copyOf(out);
  }

  /**
   * True when the word written in {@code text} from {@code start} to {@code end}, in a text of
   * language {@code lang}, with the word written after it (past white space: letters, marks and
   * ZWNJ; Persian می is read with the word after it), is a verb of a compound ({@link #isVerb}).
   */
  public static boolean isVerbAt(String lang, String text, int start, int end) {
    if (!BY_LANG.containsKey(lang)) {
      return false;
    }
    int from = end;
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = wordEnd(text, from);
    if (to > from && "fa".equals(lang) && text.startsWith("می ", from)) {
      to = wordEnd(text, from + 3); // می شود, written with a space
    }
    return to > from
        && isVerb(
            lang, text.substring(start, end), text.substring(from, to).replace(' ', '\u200C'));
  }

  private static int wordEnd(String text, int from) {
    int to = from;
    while (to < text.length() && inWord(text.charAt(to))) {
      to++;
    }
    return to;
  }

  private static boolean inWord(char c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u200C';
  }

  /**
   * True when the written word {@code next} is a light verb of language {@code lang} (class
   * comment: Persian شد, کرد, می‌شود …; Urdu گئی, آ, رہی …), whatever word stands before it.
   */
  public static boolean isLightVerb(String lang, String next) {
    Table t = BY_LANG.get(lang);
    return t != null && t.lightVerbs().contains(t.folder().fold(next));
  }

  /**
   * True when the written {@code word} of language {@code lang}, directly followed by the written
   * word {@code next}, is a verb of a compound (class comment): Urdu چلی before گئی, Persian پرت
   * before شد.
   */
  public static boolean isVerb(String lang, String word, String next) {
    Table t = BY_LANG.get(lang);
    return t != null && t.words().contains(t.folder().fold(word)) && isLightVerb(lang, next);
  }
}
