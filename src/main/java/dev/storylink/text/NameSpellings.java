package dev.storylink.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How one language spells a name, for its cross-script key ({@link NameKeys}):
 *
 * <ul>
 *   <li>{@link #turkish}: Turkish ç is ch and Turkish c is j (see {@link NameKeys}' class comment).
 *   <li>{@link #withTurkishLetters}: the Turkish ç that the analysis folded away (Çelik → celik)
 *       put back into a name's term from the form the text writes, so that the key reads Çelik as
 *       Chelik ({@code klk} = Челик = چلیک), not as celik.
 *   <li>{@link #withoutSoftG}: the analysed term of a Turkish name without the letters the text
 *       writes ğ, which Turkish does not pronounce after a vowel and Urdu and Persian outlets leave
 *       out (Erdoğan → erdoan, as اردوان), for a second key of story facts.
 *   <li>{@link #russianObliqueStem}: a Russian word without its oblique-case ending (Ване → ван),
 *       for the short key of a name ({@link FactNameKeys#shortKey}).
 *   <li>{@link #russianSurnameStem}: a Russian family name without its case ending (Зеленского →
 *       зеленск = Зеленский), so that a comparison lists one name, not each of its forms.
 *   <li>{@link #russianGenitiveStem}: a Russian word without a genitive -а after a consonant (Вана
 *       → ван), for a second key of a short name ({@link FactNameKeys#crossScriptKeys}).
 *   <li>{@link #russianIyaForm}: whether a Russian word is a case form of a noun in -ия (Данию), so
 *       that a place in -ия (Дания) is found inflected but not in a word of another declension with
 *       its stem (Дана, Франц).
 *   <li>{@link #russianYotNominative}: the nominative of a case form of a Russian noun in -ай
 *       (Китая → китаи, as the analysis folds Китай), to find a place by its whole name.
 *   <li>{@link #arabicCh}: Arabic تش read as چ, the sound ch (تشيليك = چلیک = Çelik), for every key
 *       of an Arabic-script word ({@link NameKeys#skeleton}, {@link FactNameKeys#shortKey}) and its
 *       display ({@link NameRomanizer}).
 *   <li>{@link #softCAsTurkishC}: a Latin word's soft c read as Turkish ç (Celik → çelik), for a
 *       second key of story facts and comparisons ({@link FactNameKeys#crossScriptKeys}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class NameSpellings {
  /**
   * The endings of {@link #russianObliqueStem}: the oblique-case endings a Russian name never has
   * in its nominative (-е -у -ом -ой -ым -ем), unlike -а, -я, -ы and -и (Нина, Яна, Дана).
   */
  private static final List<String> RUSSIAN_OBLIQUE = List.of("ом", "ой", "ым", "ем", "е", "у");

  /** Arabic teh and sheen: together they write the sound ch ({@link #arabicCh}). */
  private static final String TEH_SHEEN = "\u062A\u0634";

  /** Persian and Urdu tcheh (چ), the letter of the sound ch. */
  private static final String TCHEH = "\u0686";

  /** Shortest stem a Russian ending is removed from. */
  private static final int MIN_STEM = 3;

  private NameSpellings() {}

  /** True for the letters of Turkish that no other Latin alphabet of the news writes so. */
  private static boolean turkishLetter(char c) {
    return c == 'ç' || c == 'Ç' || c == 'ğ' || c == 'Ğ' || c == 'ı' || c == 'ş' || c == 'Ş'
        || c == 'İ';
  }

  /**
   * {@code word} with Turkish ç written ch and Turkish c written j ({@link NameKeys}' class
   * comment), or {@code word} itself when neither applies.
   */
  public static String turkish(String word, String lang) {
    boolean letters = false;
    boolean hasC = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      letters |= turkishLetter(c);
      hasC |= c == 'c' || c == 'C' || c == 'ç' || c == 'Ç';
    }
    if (!hasC || !letters && !"tr".equals(lang)) {
      return word;
    }
    StringBuilder sb = new StringBuilder(word.length() + 2);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? Character.toLowerCase(word.charAt(i + 1)) : 0;
      if (c == 'ç' || c == 'Ç') {
        sb.append(c == 'ç' ? "ch" : "Ch");
      } else if ((c == 'c' || c == 'C') && (letters || next == 'e' || next == 'i' || next == 'ı')) {
        sb.append(c == 'c' ? 'j' : 'J');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The analysed {@code term} of a name with the Turkish ç of {@code written}, the form the text
   * writes it in (its apostrophe part already removed), put back: where {@code written} has ç or Ç
   * and {@code term} the c the analysis folds it to, the result has ç. Only when both have the same
   * length, so that positions correspond; otherwise, and for a written form without ç, {@code term}
   * itself. Çelik (term celik) → çelik, read ch and not j by {@link #turkish}. The other Turkish
   * letters are not put back: ş, ğ and ı read as s, g and i in the key anyway (they would only turn
   * the word's other c's into j: left out as the narrower rule).
   */
  public static String withTurkishLetters(String term, String written) {
    if (term.length() != written.length()) {
      return term;
    }
    StringBuilder sb = null;
    for (int i = 0; i < written.length(); i++) {
      char w = Character.toLowerCase(written.charAt(i));
      char t = term.charAt(i);
      boolean restore = w == 'ç' && t == 'c';
      if (restore) {
        if (sb == null) {
          sb = new StringBuilder(term);
        }
        sb.setCharAt(i, w);
      }
    }
    return sb == null ? term : sb.toString();
  }

  /**
   * The analysed {@code term} of a name without the letters that {@code written}, the form the text
   * writes it in (its apostrophe part already removed), writes ğ or Ğ and {@code term} g: Erdoğan
   * (term erdogan) → erdoan. Only when both have the same length; otherwise, and for a written form
   * without ğ, {@code term} itself.
   */
  public static String withoutSoftG(String term, String written) {
    if (term.length() != written.length() || written.indexOf('ğ') < 0 && written.indexOf('Ğ') < 0) {
      return term;
    }
    StringBuilder sb = new StringBuilder(term.length());
    for (int i = 0; i < term.length(); i++) {
      char w = written.charAt(i);
      if (!((w == 'ğ' || w == 'Ğ') && term.charAt(i) == 'g')) {
        sb.append(term.charAt(i));
      }
    }
    return sb.toString();
  }

  /**
   * A Cyrillic {@code word} without a final -а that follows a consonant, when at least three
   * letters are left, lower-cased: Вана → ван, the genitive of Ван (Van), as Russian declines a
   * name that ends in a consonant. The same form may be a nominative (Дана, Нина): callers use the
   * stem as a second key only, never in place of the word's own. {@code word} lower-cased when no
   * ending applies, {@code word} itself when it is not Cyrillic.
   */
  public static String russianGenitiveStem(String word) {
    if (Scripts.scriptOf(word) != com.ibm.icu.lang.UScript.CYRILLIC) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    if (n - 1 >= MIN_STEM
        && w.charAt(n - 1) == 'а'
        && RUSSIAN_VOWELS.indexOf(w.charAt(n - 2)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  /**
   * Adjective endings of Russian family names in -ский / -цкий, in every case and gender, also as
   * the analysis folds й to и (зеленскии).
   */
  private static final List<String> RUSSIAN_ADJECTIVE =
      List.of(
          "ого", "ому", "ими", "ым", "им", "ом", "ая", "ой", "ую", "ий", "ый", "ии", "ыи", "ои");

  /** Case endings of Russian family names in -ов, -ев, -ин, -ын (Путина, Путину, Путиным). */
  private static final List<String> RUSSIAN_POSSESSIVE = List.of("ым", "ом", "а", "у", "е");

  /**
   * A Cyrillic family name without its case ending, lower-cased, so that the forms of one name are
   * one: an adjective name in -ский or -цкий in any case (Зеленский, Зеленского, Зеленскому,
   * Зеленским → зеленск), a name in -ов, -ев, -ин or -ын with a case ending (Путина, Путину,
   * Путиным → путин; also the feminine Иванова → иванов, the same family). {@code word} lower-cased
   * when no ending applies, {@code word} itself when it is not Cyrillic.
   */
  public static String russianSurnameStem(String word) {
    if (Scripts.scriptOf(word) != com.ibm.icu.lang.UScript.CYRILLIC) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return cut(w, RUSSIAN_ADJECTIVE, s -> s.length() > MIN_STEM && endsWithAny(s, "ск", "цк"))
        .or(
            () ->
                cut(
                    w,
                    RUSSIAN_POSSESSIVE,
                    s -> s.length() > MIN_STEM && endsWithAny(s, "ов", "ев", "ин", "ын")))
        .orElse(w);
  }

  private static boolean endsWithAny(String s, String... ends) {
    for (String e : ends) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** Russian vowels and the signs that are no consonant (ь ъ й). */
  private static final String RUSSIAN_VOWELS = "аеёиоуыэюяьъй";

  /**
   * A Cyrillic {@code word} without the oblique-case ending it ends in ({@link #RUSSIAN_OBLIQUE}:
   * -ом -ой -ым -ем -е -у, which no Russian name has in its nominative) when at least three letters
   * are left, lower-cased: Ване, Вану, Ваном → ван; not Вана, which may be a nominative (Нина,
   * Дана). {@code word} lower-cased when no ending applies, {@code word} itself when it is not
   * Cyrillic.
   */
  public static String russianObliqueStem(String word) {
    return stem(word, RUSSIAN_OBLIQUE);
  }

  private static String stem(String word, List<String> endings) {
    if (Scripts.scriptOf(word) != com.ibm.icu.lang.UScript.CYRILLIC) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return cut(w, endings, stem -> stem.length() >= MIN_STEM).orElse(w);
  }

  /** {@code w} without the first of {@code endings} it ends in whose stem passes {@code stemOk}. */
  private static Optional<String> cut(String w, List<String> endings, Predicate<String> stemOk) {
    for (String end : endings) {
      if (w.endsWith(end)) {
        String stem = w.substring(0, w.length() - end.length());
        if (stemOk.test(stem)) {
          return Optional.of(stem);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code word} with each ت (teh) directly followed by ش (sheen) written چ (tcheh), in any
   * Arabic-script word: Arabic has no letter for the sound ch and writes it تش, where Persian and
   * Urdu write چ (تشيليك = چلیک = Çelik, ريتشارد = ریچارد = Richard, تشاد = Chad, تشيني = Cheney).
   * {@code word} itself when it holds no تش (every word in another script). A word whose ت is a
   * prefix before a root in ش (تشرين, تشكيل) reads ch too: these are ordinary words, and the keys
   * built on this spelling are read for names only.
   */
  public static String arabicCh(String word) {
    return word.indexOf(TEH_SHEEN) < 0 ? word : word.replace(TEH_SHEEN, TCHEH);
  }

  /**
   * A Latin {@code word} with each c before e or i written ç, lower-cased, as a Turkish name
   * written without its letters reads (Celik → çelik, whose key is {@code klk} = Çelik = Челик =
   * چلیک; Cetin → çetin): English and other outlets drop Turkish ç, and the c then reads soft
   * (Celik {@code slk}). Only for a word with no Turkish letter (ç ğ ı ş İ) and at least one such
   * c; otherwise {@code word} itself. The result is a second reading for a key, never the word's
   * own: most words with a soft c are no Turkish names (Cecil, Vincent).
   */
  public static String softCAsTurkishC(String word) {
    if (Scripts.scriptOf(word) != com.ibm.icu.lang.UScript.LATIN) {
      return word;
    }
    boolean soft = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (turkishLetter(c)) {
        return word;
      }
      char next = i + 1 < word.length() ? Character.toLowerCase(word.charAt(i + 1)) : 0;
      soft |= (c == 'c' || c == 'C') && (next == 'e' || next == 'i');
    }
    if (!soft) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(w);
    for (int i = 0; i + 1 < w.length(); i++) {
      if (w.charAt(i) == 'c' && (w.charAt(i + 1) == 'e' || w.charAt(i + 1) == 'i')) {
        sb.setCharAt(i, 'ç');
      }
    }
    return sb.toString();
  }

  /** The case endings of a Russian noun in -ай, -ей, -ой, -уй after its vowel: Китая, Китаю, ... */
  private static final List<String> YOT_ENDINGS = List.of("ем", "я", "ю", "е");

  /**
   * The nominative of a case form of a Russian noun in -ай, -ей, -ой or -уй, as the analysis folds
   * й (to и): the lower-case Cyrillic {@code term} ending in one of а е о у and then -я, -ю, -е or
   * -ем, with at least three letters before the ending, written with и in their place: китая,
   * китаю, китае, китаем → китаи (Китай, China); уругвая → уругваи. {@code term} itself for every
   * other word. Read only to look the word up as a whole place name ({@code features.Places}),
   * never for a stem.
   */
  public static String russianYotNominative(String term) {
    for (String e : YOT_ENDINGS) {
      int stem = term.length() - e.length();
      if (stem > MIN_STEM && term.endsWith(e) && "аеоу".indexOf(term.charAt(stem - 1)) >= 0) {
        return Scripts.scriptOf(term) == com.ibm.icu.lang.UScript.CYRILLIC
            ? term.substring(0, stem) + "и"
            : term;
      }
    }
    return term;
  }

  /** The case forms of a Russian noun in -ия: nominative, genitive/dative/prepositional, ... */
  private static final List<String> IYA_FORMS = List.of("ия", "ии", "ию", "ией", "иею");

  /**
   * True when the lower-case Cyrillic {@code term} ends in a case form of a Russian noun in -ия
   * (-ия, -ии, -ию, -ией, -иею: Дания, Дании, Данию, Данией) after at least one letter. A place
   * named by such a noun is matched by the stem of a word only when both are such forms or neither
   * is: Дана (a given name) and Франц share the Russian stems of Дания and Франция (дан, франц) but
   * take none of their endings, so they are no Denmark or France; Сирии is Сирия.
   */
  public static boolean russianIyaForm(String term) {
    for (String e : IYA_FORMS) {
      if (term.length() > e.length() && term.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
