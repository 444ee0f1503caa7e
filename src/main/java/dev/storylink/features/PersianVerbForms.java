package dev.storylink.features;

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
 *       هولاند, فنلاند, برتراند, nor longer names such as ویشواناند, Vishwanand).
 * </ol>
 *
 * <p>Rules 2 to 5 also match a few Arabic words (مستند "document"), none of them a name. Stateless
 * and thread-safe.
 */
public final class PersianVerbForms {
  private static final char ZWNJ = '\u200C';

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
    if ((n == 5 || n == 6) && w.endsWith("اند")) {
      char c = w.charAt(n - 4);
      return c != 'ل' && c != 'ر'; // rule 5
    }
    return false;
  }
}
