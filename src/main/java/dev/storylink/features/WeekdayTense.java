package dev.storylink.features;

import dev.storylink.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a weekday a text names ("on Tuesday", "روز سه‌شنبه") lies ahead of its publication: a
 * weekday is resolved to the latest such day on or before the publication date ({@link
 * CalendarDates}) unless its sentence says it is to come. Exact rule ({@link #future}): a future
 * marker of the text's language stands in the weekday's sentence before the weekday, or is the word
 * right after it (German "Am Dienstag wird ..."), or, in a language that puts its verb last
 * (Persian, Urdu, German), anywhere after it in the sentence (مدارس روز سه‌شنبه تعطیل خواهد بود).
 * The markers, compared with the word as written (lower case; Arabic yeh and kaf read as Farsi ی
 * and ک):
 *
 * <ul>
 *   <li>English: will, would, shall, 'll (it'll), and "to be" (schools are to be closed);
 *   <li>German: wird, werden, wirst, soll, sollen;
 *   <li>French: va, vont, sera, seront; Spanish: será, serán, van (van a); Italian: sarà, saranno;
 *       Portuguese: será, serão, vai, vão;
 *   <li>Russian: будет, будут; Polish: będzie, będą;
 *   <li>Arabic: سوف ("will", written apart; the prefix س glued to a verb is not read: it would take
 *       سيول "floods" or سيارة "car" for a future);
 *   <li>Persian: خواهد and its persons خواهم خواهی خواهیم خواهید خواهند;
 *   <li>Urdu: the future endings written apart, گا گی گے (بند رہیں گے "will stay closed").
 * </ul>
 *
 * A future weekday is the next such day on or after the publication date. A word for "last" or
 * "next" next to the weekday ({@link #shift}) overrides the markers. Stateless and thread-safe.
 */
final class WeekdayTense {
  private static final Map<String, Set<String>> MARKERS =
      Map.of(
          "en", Set.of("will", "would", "shall", "'ll", "\u2019ll"),
          "de", Set.of("wird", "werden", "wirst", "soll", "sollen"),
          "fr", Set.of("va", "vont", "sera", "seront"),
          "es", Set.of("será", "serán", "van"),
          "it", Set.of("sarà", "saranno"),
          "pt", Set.of("será", "serão", "vai", "vão"),
          "ru", Set.of("будет", "будут"),
          "pl", Set.of("będzie", "będą"),
          "ar", Set.of("سوف"),
          "fa", Set.of("خواهد", "خواهم", "خواهی", "خواهیم", "خواهید", "خواهند"));

  private static final Set<String> URDU = Set.of("گا", "گی", "گے");

  /** Words for "last" right before a weekday, by language. */
  private static final Map<String, Set<String>> LAST_BEFORE =
      Map.of(
          "en", Set.of("last", "past"),
          "de", Set.of("letzten", "letzte", "vergangenen", "vergangene"),
          "es", Set.of("pasado"),
          "pt", Set.of("passado", "passada", "última", "último"),
          "ru", Set.of("прошлую", "прошлый", "прошлое", "прошлой"),
          "pl", Set.of("ostatni", "ostatnią", "zeszły", "zeszłą", "ubiegły", "ubiegłą"));

  /** Words for "last" right after a weekday, by language. */
  private static final Map<String, Set<String>> LAST_AFTER =
      Map.of(
          "fr", Set.of("dernier"),
          "es", Set.of("pasado"),
          "it", Set.of("scorso", "scorsa"),
          "pt", Set.of("passado", "passada"));

  /** Words for "next" right before a weekday, by language. */
  private static final Map<String, Set<String>> NEXT_BEFORE =
      Map.of(
          "en", Set.of("next"),
          "de", Set.of("nächsten", "nächste", "kommenden", "kommende"),
          "es", Set.of("próximo"),
          "it", Set.of("prossimo", "prossima"),
          "pt", Set.of("próximo", "próxima"),
          "ru", Set.of("следующий", "следующую", "следующее", "следующей"),
          "pl", Set.of("przyszły", "przyszłą", "najbliższy", "najbliższą"));

  /** Words for "next" right after a weekday, by language. */
  private static final Map<String, Set<String>> NEXT_AFTER =
      Map.of(
          "fr", Set.of("prochain"),
          "es", Set.of("próximo"),
          "it", Set.of("prossimo", "prossima"),
          "pt", Set.of("próximo", "próxima"));

  private static final Set<String> VERB_FINAL = Set.of("fa", "ur", "de");

  private WeekdayTense() {}

  /**
   * True when the weekday {@code tokens.get(i)} of a text in {@code lang} is to come (class
   * comment).
   */
  static boolean future(List<Token> tokens, int i, String lang) {
    Set<String> markers = "ur".equals(lang) ? URDU : MARKERS.get(lang);
    if (markers == null) {
      return false;
    }
    int sentence = tokens.get(i).sentence();
    for (int k = i - 1; k >= 0 && tokens.get(k).sentence() == sentence; k--) {
      if (marker(tokens, k, markers, lang)) {
        return true;
      }
    }
    // verb-final languages write the future at the clause's end: anywhere after the weekday
    int after = VERB_FINAL.contains(lang) ? tokens.size() : Math.min(i + 2, tokens.size());
    for (int k = i + 1; k < after && tokens.get(k).sentence() == sentence; k++) {
      if (marker(tokens, k, markers, lang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * -1 when the weekday {@code tokens.get(i)} of a text in {@code lang} has a word for "last" right
   * before or after it in its sentence ("last Friday", "am vergangenen Freitag", "vendredi
   * dernier", "el viernes pasado", "venerdì scorso", "в прошлую пятницу"): the latest such day
   * before the publication date, a week back when it falls on that weekday; +1 with a word for
   * "next" ("next Monday", "nächsten Montag", "lundi prochain", "el próximo lunes", "в следующий
   * понедельник"): the next such day after it; else 0. The words are compared as written, lower
   * case; a language without such words here has none.
   */
  static int shift(List<Token> tokens, int i, String lang) {
    if (near(tokens, i, i - 1, LAST_BEFORE.get(lang))
        || near(tokens, i, i + 1, LAST_AFTER.get(lang))) {
      return -1;
    }
    if (near(tokens, i, i - 1, NEXT_BEFORE.get(lang))
        || near(tokens, i, i + 1, NEXT_AFTER.get(lang))) {
      return 1;
    }
    return 0;
  }

  /** True when token {@code k}, in the sentence of token {@code i}, is one of {@code words}. */
  private static boolean near(List<Token> tokens, int i, int k, Set<String> words) {
    return words != null
        && k >= 0
        && k < tokens.size()
        && tokens.get(k).sentence() == tokens.get(i).sentence()
        && words.contains(written(tokens.get(k).surface()));
  }

  private static boolean marker(List<Token> tokens, int k, Set<String> markers, String lang) {
    String w = written(tokens.get(k).surface());
    if (markers.contains(w)) {
      return true;
    }
    if ("en".equals(lang)) {
      int q = Math.max(w.lastIndexOf('\''), w.lastIndexOf('\u2019'));
      if (q > 0 && markers.contains(w.substring(q))) {
        return true; // it'll
      }
      return w.equals("to")
          && k + 1 < tokens.size()
          && written(tokens.get(k + 1).surface()).equals("be");
    }
    return false;
  }

  private static String written(String surface) {
    return surface.toLowerCase(Locale.ROOT).replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
  }
}
