package dev.storylink.features;

import java.util.List;

/**
 * Persian verb forms recognised by their shape, so that a verb is never taken for a name: Arabic
 * script has no capitals, and with few Persian texts in the statistics every Persian verb looks
 * rare (لرزاند "shook" was a shared name of two Persian earthquake reports). Tested on the word as
 * written (its surface; ZWNJ U+200C, Farsi yeh ی U+06CC), a form is a verb when:
 *
 * <ol>
 *   <li>it starts with the present or imperfect prefix می or نمی followed by ZWNJ (می‌لرزد), or
 *       without ZWNJ by at least four letters ending in a personal ending د ند یم ید, the rest not
 *       starting with ر (میلرزد, نمی‌کنیم; not میلاد, a given name, nor میرمحمد, Mir Mohammad; the
 *       Farsi yeh keeps Arabic words such as ميركل out);
 *   <li>it ends in the past plural دند or تند, five letters or more (کردند, شدند, گفتند, هستند);
 *   <li>it ends in a participle and an auxiliary: ZWNJ + اند ایم اید است ام (کشته‌اند, شده‌است), or
 *       ه + اند ایم است written without ZWNJ (شدهاند);
 *   <li>it ends in the copula است, five letters or more (مهم‌است, خواسته‌است, درخواست);
 *   <li>it ends in the causative past اند after a short stem, five or six letters in all, the
 *       letter before اند neither ل nor ر (لرزاند, رساند, کشاند; not the -land and -rand names
 *       هولاند, فنلاند, برتراند, nor longer names such as ویشواناند, Vishwanand), or it is such a
 *       causative after one of the preverbs باز بر در فرو فرا وا (بازگرداند, برگرداند; برتراند
 *       stays a name: its تراند has ر before اند);
 *   <li>it is the past stem of a verb in -ید listed in {@link #PAST_STEMS_IN_ID} (رسید, کشید,
 *       لغزید, پوشید, گردید), optionally after the negative ن or the subjunctive ب and optionally
 *       followed by one of the endings م ی یم ید (person) or ه (participle): نرسید, کشیدم, رسیده. A
 *       list and no shape, since the names in -ید have the same shapes (سعید, رشید, خورشید beside
 *       رسید, کشید, پوشید); Arabic yeh and kaf are read as Farsi ی and ک for this rule.
 * </ol>
 *
 * <p>Rules 2 to 5 also match a few Arabic words (مستند "document"), none of them a name. Stateless
 * and thread-safe.
 */
public final class PersianVerbForms {
  private static final char ZWNJ = '\u200C';

  /**
   * Past stems of common Persian verbs that end in ید (the infinitive in -یدن), written with Farsi
   * yeh and keheh. Composed for StoryLink; no given name or place name is among them.
   */
  static final java.util.Set<String> PAST_STEMS_IN_ID =
      java.util.Set.of(
          "رسید", "کشید", "لغزید", "پوشید", "کوشید", "ترسید", "لرزید", "بخشید", "خرید", "دوید",
          "فهمید", "گردید", "شنید", "بارید", "پیچید", "جنگید", "خوابید", "رقصید", "نامید", "چرخید",
          "کوبید", "تابید", "چسبید", "خندید", "طلبید", "رنجید", "خشکید", "پاشید", "چکید", "ورزید",
          "جوشید", "پرید", "نالید", "جهید", "گنجید", "ارزید", "ترکید", "پسندید", "بوسید", "پرسید",
          "کاهید", "گرایید", "آفرید", "غلتید", "دزدید", "بلعید", "تپید", "چشید", "کوچید", "خزید");

  /** The endings rule 6 allows after a past stem, the empty one included. */
  private static final List<String> ENDINGS = List.of("", "م", "ی", "یم", "ید", "ه");

  private static final List<String> PREVERBS = List.of("باز", "فرو", "فرا", "بر", "در", "وا");

  private PersianVerbForms() {}

  /** True when the Arabic-script word {@code surface} has the shape of a Persian verb form. */
  public static boolean test(String surface) {
    if (surface.length() < 4) {
      return false;
    }
    int zwnj = surface.lastIndexOf(ZWNJ);
    if (zwnj > 0) {
      String before = surface.substring(0, zwnj);
      String after = surface.substring(zwnj + 1);
      if (before.equals("می") || before.equals("نمی")) {
        return true; // rule 1, with ZWNJ
      }
      if (after.equals("اند")
          || after.equals("ایم")
          || after.equals("اید")
          || after.equals("است")
          || after.equals("ام")) {
        return true; // rule 3, with ZWNJ
      }
    }
    String w = zwnj < 0 ? surface : surface.replace(String.valueOf(ZWNJ), "");
    int n = w.length();
    for (String prefix : new String[] {"نمی", "می"}) {
      if (w.startsWith(prefix)) {
        String rest = w.substring(prefix.length());
        if (rest.length() >= 4
            && rest.charAt(0) != 'ر'
            && (rest.endsWith("د") || rest.endsWith("یم") || rest.endsWith("ید"))) {
          return true; // rule 1, without ZWNJ (ند ends in د)
        }
        break;
      }
    }
    if (n >= 5 && (w.endsWith("دند") || w.endsWith("تند"))) {
      return true; // rule 2
    }
    if (w.endsWith("هاند") || w.endsWith("هایم") || w.endsWith("هاست")) {
      return true; // rule 3, without ZWNJ
    }
    if (n >= 5 && w.endsWith("است")) {
      return true; // rule 4
    }
    if (causative(w)) {
      return true; // rule 5
    }
    for (String p : PREVERBS) {
      if (w.startsWith(p) && causative(w.substring(p.length()))) {
        return true; // rule 5, after a preverb
      }
    }
    return pastInId(w.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9')); // rule 6
  }

  /** Rule 5: five or six letters ending in اند, the letter before it neither ل nor ر. */
  private static boolean causative(String w) {
    int n = w.length();
    if ((n == 5 || n == 6) && w.endsWith("اند")) {
      char c = w.charAt(n - 4);
      return c != 'ل' && c != 'ر';
    }
    return false;
  }

  /** Rule 6: [ن|ب] + a listed past stem in ید + [م|ی|یم|ید|ه]. */
  private static boolean pastInId(String w) {
    for (String ending : ENDINGS) {
      if (w.endsWith(ending)) {
        String stem = w.substring(0, w.length() - ending.length());
        if (PAST_STEMS_IN_ID.contains(stem)
            || (stem.startsWith("ن") || stem.startsWith("ب"))
                && PAST_STEMS_IN_ID.contains(stem.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }
}
