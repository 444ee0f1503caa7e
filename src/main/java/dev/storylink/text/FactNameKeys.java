package dev.storylink.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under which a name of a story fact or a comparison meets its spelling in another script:
 * the {@link NameKeys#skeleton}, and for a name whose skeleton is too short to match its {@link
 * #shortKey}, with vowels (Van = Ван = وان). Story facts and comparisons use them; link features do
 * not (see {@link #shortKey}).
 *
 * <p>Thread-safe: stateless.
 */
public final class FactNameKeys {
  private FactNameKeys() {}

  /**
   * The cross-script key of a short name, whose {@link NameKeys#skeleton} is too short to match
   * ({@link #matchable}: Van {@code fn} is also Vienna's, وان gives {@code n}): its consonants as
   * the skeleton reads them and its vowels as written, each as its class (a; e, i and a vowel y as
   * i; o, u as u), doubled letters collapsed. Arabic script writes only long vowels: ا is a, و is u
   * and ي/ی is i, but a first و is the consonant v and a first ي/ی the consonant y; ع and a final ه
   * or ة (a vowel) give nothing. In Latin and Cyrillic a first w before a vowel is v. Van, Ван and
   * وان all give {@code fan}, Wang and وانغ {@code fank}, Vienna and فيينا {@code fina}, Man and
   * مان {@code man}. Empty when the skeleton is matchable, or the key has no vowel or fewer than
   * three letters; ا before a middle ي/ی (the diphthong ay) is keyed as the ي alone (رايت {@code
   * rit} = ریت). The key always holds a vowel, so it never equals a skeleton. Story facts and
   * comparisons use it; link features do not (session 18: as name keys of the link model, whose
   * weights were fitted without them, they lost 3 xling pairs of CV accuracy, 0.927 → 0.854). Since
   * short vowels go unwritten in Arabic script, a short name meets its Arabic-script spelling only
   * when the Latin one writes no vowel that the other leaves out (Oman {@code uman}, عمان {@code
   * man}). A Cyrillic word in an oblique case of Russian (ending in -е -у -ом -ой -ым -ем, {@link
   * NameSpellings#russianObliqueStem}) is keyed by its stem when that gives a key: Ване and Вану
   * (Van) {@code fan}, as Ван; not a word in -а (Вана), which may be a nominative (Нина = Nina).
   */
  public static String shortKey(String word) {
    if (NameKeys.matchable(NameKeys.skeleton(word))) {
      return "";
    }
    String stem = NameSpellings.russianObliqueStem(word);
    if (stem.length() < word.length()) {
      String key = shortKeyOf(stem);
      if (!key.isEmpty()) {
        return key; // Ване, Вану → ван
      }
    }
    return shortKeyOf(word);
  }

  /** The {@link #shortKey} of {@code word} as written, whose skeleton is too short to match. */
  private static String shortKeyOf(String word) {
    String spelled;
    if (Scripts.hasArabicScript(word)) {
      spelled =
          arabicScriptVowels(
              NameSpellings.arabicCh(dev.storylink.text.ur.UrduFolder.INSTANCE.fold(word)));
    } else {
      spelled = NameKeys.markConsonantY(word, NameKeys.asciiForSkeleton(word));
      if (spelled.length() > 1
          && spelled.charAt(0) == 'w'
          && "aeiou".indexOf(spelled.charAt(1)) >= 0) {
        spelled = 'v' + spelled.substring(1);
      }
    }
    String key = NameKeys.skeletonOfAscii(spelled, true);
    boolean vowel = key.indexOf('a') >= 0 || key.indexOf('i') >= 0 || key.indexOf('u') >= 0;
    return vowel && key.length() >= NameKeys.MIN_SKELETON ? key : "";
  }

  /**
   * The keys under which a word may meet its spelling in another script, for story facts and
   * comparisons (not link features): its {@link NameKeys#skeleton} when that is {@link
   * NameKeys#matchable} (Recep {@code rsb}), else its {@link #shortKey} when it has one (Van {@code
   * fan}); then, for a three-letter Arabic-script word with a middle ي/ی, whose skeleton reads it
   * as the consonant y (ریت {@code ryt}), the short key with that letter as a vowel (ریت {@code
   * rit} = رايت, Wright); then, for a word with no short key that is in no Arabic script and has a
   * c after its first letter, the skeleton with every c read as j, as Turkish spells it (Recep
   * {@code rjb} = رجب), when that is matchable and differs; then, for a Latin word with a c before
   * e or i and no Turkish letter, its skeleton with those c's read as Turkish ç ({@link
   * NameSpellings#softCAsTurkishC}: Celik {@code klk} = Çelik = Челик = چلیک, as English outlets
   * write it) when that is matchable and new. A short name gets no c-as-j key: its c can add a
   * consonant only by breaking a digraph that Turkish never writes (Nick {@code nk} would give
   * {@code njk}). Distinct keys, in that order; empty when none is matchable. {@code word} is an
   * analysed (lower-case) term.
   */
  public static List<String> crossScriptKeys(String word) {
    String sk = NameKeys.skeleton(word);
    String shortKey = NameKeys.matchable(sk) ? "" : shortKey(word);
    if (!shortKey.isEmpty()) {
      return List.of(shortKey);
    }
    List<String> out = new ArrayList<>(2);
    if (NameKeys.matchable(sk)) {
      out.add(sk);
      String vowelY = middleYAsVowel(word);
      if (!vowelY.isEmpty() && !vowelY.equals(sk)) {
        out.add(vowelY);
      }
    }
    if (word.indexOf('c') > 0 && !Scripts.hasArabicScript(word)) {
      String j = NameKeys.skeleton(word.replace('c', 'j'));
      if (NameKeys.matchable(j) && !j.equals(sk)) {
        out.add(j);
      }
    }
    String cedilla = NameSpellings.softCAsTurkishC(word);
    if (!cedilla.equals(word)) {
      String ch = NameKeys.skeleton(cedilla, "tr");
      if (NameKeys.matchable(ch) && !out.contains(ch)) {
        out.add(ch);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The second key of a three-letter Arabic-script word whose middle letter is ي or ی: the skeleton
   * reads that letter as the consonant y ({@link NameKeys#skeleton}: طيب = Tayyib, {@code tyb}),
   * but it writes a long vowel as often (Persian ریت = Wright), so the word also gets the {@link
   * #shortKey} it would have with a vowel there (ریت {@code rit} = Arabic رايت). Empty for every
   * other word.
   */
  private static String middleYAsVowel(String word) {
    if (word.length() != 3
        || !Scripts.hasArabicScript(word)
        || (word.charAt(1) != '\u064A' && word.charAt(1) != '\u06CC')) {
      return "";
    }
    return shortKeyOf(word);
  }

  /**
   * A folded Arabic-script word spelled in ASCII with its long vowels (see {@link #shortKey}); ا
   * before a ي/ی that is not the last letter writes with it the diphthong ay, which is keyed as a
   * lone ي/ی (i): Arabic رايت and Persian ریت (Wright) both give {@code rit}.
   */
  private static String arabicScriptVowels(String w) {
    StringBuilder sb = new StringBuilder(w.length() + 2);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean first = i == 0;
      boolean last = i == w.length() - 1;
      switch (c) {
        case 'ا' -> {
          boolean diphthong =
              i + 2 < w.length() && (w.charAt(i + 1) == 'ي' || w.charAt(i + 1) == 'ی') && i > 0;
          if (!diphthong) {
            sb.append('a');
          }
        }
        case 'و' -> sb.append(first ? 'v' : 'u');
        case 'ي', 'ی' -> sb.append(first ? 'Y' : 'i');
        case 'ع' -> {}
        case 'ه', 'ة' -> {
          if (!last) {
            sb.append('h');
          }
        }
        default -> sb.append(NameKeys.ascii(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
