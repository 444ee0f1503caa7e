package dev.storylink.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evidence in an article's own text that a word its name rule took for a name (in Arabic script:
 * any rare word that is no ordinary word) is a plural, so that {@link PluralForms} cuts it after
 * all. Exact rules, on the words of the title and text as written (runs of letters and marks), for
 * a folded term ending in -ات, -ون or -ين:
 *
 * <ul>
 *   <li>{@code ar}: a written word that is the definite article (ال, or وال, فال, بال, كال, لل)
 *       before letters that fold to the term: a name of a person never takes it. For -ون and -ين
 *       the stem (the term without them) must also have the shape of a plural of persons: at least
 *       4 letters (not قانون, صابون, مليون), and it starts with م (a participle: المسعفين,
 *       المتظاهرين, المزارعون), its second letter is ا (the فاعل pattern: الناخبين, اللاجئين) or it
 *       ends with ي (a nisba: الفلسطينيين); so الكرملين and البحرين (كرمل, بحر) stay uncut. -ات
 *       needs no stem shape (المستوطنات, المروحيات).
 *   <li>{@code ur}: a written word ending in ں (nun ghunna) that folds to the term: the oblique and
 *       feminine plural endings -وں and -یں (مریضوں, ہسپتالوں, کتابیں), which end no name.
 *   <li>{@code ur} and {@code fa}, which write no article: a term in -ات whose stem has the shape
 *       of the Arabic verbal noun or participle these languages borrow with its plural: at least 4
 *       letters, and it starts with ا (the افعال, افتعال, انفعال and استفعال patterns: انتخابات,
 *       امتحانات, اقدامات), ت (تفعیل, تفاعل: تحقیقات, تعلقات) or م (a participle or مفاعله:
 *       مذاکرات, معاملات, مطالبات), or its second letter is ا (فاعل: واقعات). Names in -ات have a
 *       stem of 3 letters (عرفات, فرات, گجرات, سادات) and stay uncut; امارات (emirates, a plural of
 *       اماره) is cut too.
 *   <li>Any other language, or a word with no such evidence: none.
 * </ul>
 *
 * Only the written words whose last letters could end such a term are folded, so an article without
 * candidate terms costs nothing and one with some costs one pass over its text.
 *
 * <p>Stateless and thread-safe.
 */
final class PluralEvidence {
  private static final List<String> ENDINGS = QueryWords.fold("ات", "ون", "ين");
  private static final String AT = ENDINGS.get(0);
  private static final List<String> ARTICLES = List.of("وال", "فال", "بال", "كال", "ال", "لل");
  private static final char NUN_GHUNNA = '\u06BA';

  private PluralEvidence() {}

  /** True when the folded {@code term} ends in -ات, -ون or -ين. */
  static boolean hasPluralEnding(String term) {
    for (String e : ENDINGS) {
      if (term.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code candidates} (folded terms with a plural ending) that {@code text}, of an article in
   * {@code lang}, shows to be plurals (class comment); empty when it shows none.
   */
  static Set<String> of(String lang, String text, Set<String> candidates) {
    boolean ar = lang.equals("ar");
    boolean fa = lang.equals("fa");
    if (candidates.isEmpty() || !ar && !fa && !lang.equals("ur")) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    if (!ar) {
      for (String c : candidates) {
        if (c.endsWith(AT) && nounStem(c.substring(0, c.length() - AT.length()))) {
          out.add(c);
        }
      }
      if (fa) {
        return out;
      }
    }
    int i = 0;
    while (i < text.length()) {
      if (!inWord(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && inWord(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      String term = ar ? afterArticle(word) : nasal(word);
      if (!term.isEmpty()) {
        String folded = QueryWords.fold(term).get(0);
        if (candidates.contains(folded) && (!ar || personsStem(folded))) {
          out.add(folded);
        }
      }
    }
    return out;
  }

  /** The letters after a definite article that may end in -ات, -ون or -ين, or "". */
  private static String afterArticle(String word) {
    String w = withoutFinalMarks(word);
    if (w.length() < 5
        || !(w.endsWith("ات") || w.endsWith("ون") || w.endsWith("ين") || w.endsWith("ىن"))) {
      return "";
    }
    for (String a : ARTICLES) {
      if (w.startsWith(a) && w.length() - a.length() >= 4) {
        return word.substring(a.length());
      }
    }
    return "";
  }

  /** An Urdu word ending in ں, or "". */
  private static String nasal(String word) {
    String w = withoutFinalMarks(word);
    return w.length() >= 4 && w.charAt(w.length() - 1) == NUN_GHUNNA ? word : "";
  }

  /** The stem of a folded plural in -ات, or of a plural of persons in -ون/-ين (class comment). */
  private static boolean personsStem(String term) {
    if (term.endsWith(AT)) {
      return true;
    }
    String stem = term.substring(0, term.length() - 2);
    return stem.length() >= 4
        && (stem.charAt(0) == '\u0645'
            || stem.charAt(1) == '\u0627'
            || stem.charAt(stem.length() - 1) == '\u064A');
  }

  /**
   * True for the folded stem of a Persian or Urdu term in -ات that has the shape of a borrowed
   * Arabic verbal noun or participle (class comment): 4 letters or more, starting with ا, ت or م,
   * or with ا second.
   */
  private static boolean nounStem(String stem) {
    return stem.length() >= 4
        && (stem.charAt(0) == '\u0627'
            || stem.charAt(0) == '\u062A'
            || stem.charAt(0) == '\u0645'
            || stem.charAt(1) == '\u0627');
  }

  private static String withoutFinalMarks(String w) {
    int end = w.length();
    while (end > 0 && Character.getType(w.charAt(end - 1)) == Character.NON_SPACING_MARK) {
      end--;
    }
    return w.substring(0, end);
  }

  private static boolean inWord(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
