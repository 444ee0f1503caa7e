package dev.storylink.facts;

import dev.storylink.text.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * The publication line of a page ("Publicado el viernes 1 de enero de 2027", "Updated 01/01/2027"),
 * which a scraped article's lead often holds: its date is when the page was published or updated,
 * not when its event happened, so it is no event date ({@link FactExtractor}). Rule: a sentence is
 * a publication line when it begins with one of the words the press writes there (below, in any
 * case, after any punctuation or spaces): published, updated, last updated, posted, publicado,
 * actualizado, publié, mis à jour, veröffentlicht, aktualisiert, опубликовано, обновлено,
 * yayınlanma, güncelleme, تاريخ النشر, نشر في, آخر تحديث, تاریخ انتشار, منتشر شده, شائع. A date
 * such a line writes stays a date fact of the article. Stateless and thread-safe.
 */
final class Datelines {
  private static final List<String> OPENINGS =
      List.of(
          "published",
          "updated",
          "posted",
          "last updated",
          "publicado",
          "actualizado",
          "publié",
          "mis à jour",
          "veröffentlicht",
          "aktualisiert",
          "опубликовано",
          "обновлено",
          "yayınlanma",
          "güncelleme",
          "تاريخ النشر",
          "نشر في",
          "آخر تحديث",
          "تاریخ انتشار",
          "منتشر شده",
          "شائع");

  private Datelines() {}

  /** True when {@code s} begins with a word of a publication line (see the class comment). */
  static boolean isDateline(Sentence s) {
    String t = s.text().strip().toLowerCase(Locale.ROOT);
    int k = 0;
    while (k < t.length() && !Character.isLetter(t.charAt(k))) {
      k++;
    }
    for (String o : OPENINGS) {
      if (t.startsWith(o, k)
          && (t.length() == k + o.length() || !Character.isLetter(t.charAt(k + o.length())))) {
        return true;
      }
    }
    return false;
  }
}
