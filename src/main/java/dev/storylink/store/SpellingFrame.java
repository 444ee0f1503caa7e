package dev.storylink.store;

import dev.storylink.features.NameRules;
import dev.storylink.text.NameKeys;
import dev.storylink.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word's consonants with the vowels written between them, to tell a spelling of the same name in
 * another script (Putin, Путин, بوتين, Poutine, Putina) from a look-alike that only shares the
 * consonant skeleton ({@link NameKeys#skeleton}): Bottin, Bütün, Petunya, بتعاون all give {@code
 * btn}.
 *
 * <p>Built from the word's ASCII transliteration ({@link NameKeys#ascii}) with the skeleton's
 * consonant rules, except that p stays p. A word written with an apostrophe ending (Turkish
 * Merck'in, Trump'ın) is framed as its bare name ({@link NameRules#stripApostrophe}: Merck, Trump),
 * the name its skeleton is taken of, so a case ending adds no consonant. Vowels fall into four
 * classes: a; e; i and y; o, u and w (the Arabic-script letters ا, ي, و transliterate to a, y, w).
 * Two spellings are compatible when ({@link #compatible}):
 *
 * <ul>
 *   <li>their consonants agree, p and b only when the b is Arabic script (ب writes both);
 *   <li>the vowels between each two consonants agree: in two alphabets (Latin, Cyrillic, Greek,
 *       Hangul...) the classes overlap or are both absent (e goes with a and with i); an abjad
 *       (Arabic script, Hebrew) leaves short vowels unwritten, so what it writes must be found in
 *       the other spelling, and between two abjads the written vowels are the same;
 *   <li>except that an a written alone between two consonants in a word of another script than
 *       Latin (Arabic-script ا, Cyrillic а) agrees with a u written alone in a Latin word: the
 *       English vowel of Trump and Hunter, which Arabic, Persian and Russian write a (ترامپ, ترامب,
 *       Трамп, هانتر). Not a with u in two Latin words (Tramp), nor a group of more letters
 *       (بتعاون's aw is no Bütün's u, Trump's u no Troump's ou).
 * </ul>
 *
 * The vowels before the first and after the last consonant do not count (Idlib = ادلب, Putina =
 * Putin). Two spellings whose consonant counts differ are left to the skeleton (compatible). So
 * آمریکا (m r k, y written between r and k) is no spelling of Merck'in (Merck: nothing between r
 * and k), and ترامپ is one of Trump.
 *
 * <p>Used by the store's name search ({@code NameForms}) and by story facts ({@code
 * dev.storylink.facts.NameFacts}: an Arabic-script word is a cased name's fact only when their
 * frames are compatible). Immutable and thread-safe.
 */
public record SpellingFrame(
    String consonants, List<Integer> vowels, boolean abjad, boolean arabic) {
  private static final int A = 1;
  private static final int E = 2;
  private static final int I = 4;
  private static final int U = 8;

  /** Marks a vowel group of a Latin word that is the letter u alone: Trump, not Poutine. */
  private static final int U_ALONE = 16;

  /** Marks a vowel group of a word in another script that is the letter a alone: ترامپ, Трамп. */
  private static final int A_ALONE = 32;

  private static final int MARKS = U_ALONE | A_ALONE;

  public SpellingFrame {
    Objects.requireNonNull(consonants, "consonants");
    vowels = List.copyOf(vowels);
    if (vowels.size() != consonants.length() + 1) {
      throw new IllegalArgumentException("one vowel group around each consonant");
    }
  }

  /** The frame of {@code word} (any script). */
  public static SpellingFrame of(String word) {
    boolean arabic = Scripts.hasArabicScript(word);
    boolean hebrew = word.chars().anyMatch(c -> c >= 0x0590 && c <= 0x05FF);
    boolean latin =
        word.codePoints()
            .anyMatch(
                c ->
                    Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    String a = NameKeys.ascii(arabic ? word : NameRules.stripApostrophe(word));
    List<StringBuilder> letters = new ArrayList<>(); // each group's vowel letters
    letters.add(new StringBuilder());
    StringBuilder cons = new StringBuilder();
    List<Integer> groups = new ArrayList<>();
    groups.add(0);
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      char next = i + 1 < a.length() ? a.charAt(i + 1) : 0;
      String add;
      if (next == 'h' && "gkscdtp".indexOf(c) >= 0) {
        add =
            switch (c) {
              case 'k' -> "h";
              case 'c' -> "k";
              case 'p' -> "f";
              default -> String.valueOf(c);
            };
        i++;
      } else if (c == 'c' && next == 'k') {
        add = "k";
        i++;
      } else {
        int v =
            switch (c) {
              case 'a' -> A;
              case 'e' -> E;
              case 'i', 'y' -> I;
              case 'o', 'u', 'w' -> U;
              default -> 0;
            };
        if (v != 0) {
          groups.set(groups.size() - 1, groups.get(groups.size() - 1) | v);
          letters.get(letters.size() - 1).append(c);
          continue;
        }
        add =
            switch (c) {
              case 'v' -> "f";
              case 'q', 'c' -> "k";
              case 'z' -> "s";
              case 'x' -> "ks";
              default -> c >= 'a' && c <= 'z' ? String.valueOf(c) : "";
            };
      }
      for (int k = 0; k < add.length(); k++) {
        char x = add.charAt(k);
        // doubled consonants collapse, even across vowels, as in the skeleton
        if (cons.length() > 0 && base(cons.charAt(cons.length() - 1)) == base(x)) {
          continue;
        }
        cons.append(x);
        groups.add(0);
        letters.add(new StringBuilder());
      }
    }
    if (cons.length() > 2 && cons.charAt(cons.length() - 1) == 'h') {
      cons.setLength(cons.length() - 1); // the skeleton drops a final h
      int last = groups.remove(groups.size() - 1);
      groups.set(groups.size() - 1, groups.get(groups.size() - 1) | last);
      letters.get(letters.size() - 2).append(letters.remove(letters.size() - 1));
    }
    String alone = latin ? "u" : "a";
    for (int k = 0; k < groups.size(); k++) {
      if (letters.get(k).toString().equals(alone)) {
        groups.set(k, groups.get(k) | (latin ? U_ALONE : A_ALONE));
      }
    }
    return new SpellingFrame(cons.toString(), groups, arabic || hebrew, arabic);
  }

  private static char base(char c) {
    return c == 'p' ? 'b' : c;
  }

  /** True when {@code a} and {@code b} may write the same name (see the class comment). */
  public static boolean compatible(SpellingFrame a, SpellingFrame b) {
    int n = a.consonants.length();
    if (n != b.consonants.length()) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char x = a.consonants.charAt(i);
      char y = b.consonants.charAt(i);
      if (x != y) {
        boolean pb = base(x) == base(y);
        boolean bIsArabic = (x == 'b' && a.arabic) || (y == 'b' && b.arabic);
        if (!pb || !bIsArabic) {
          return false;
        }
      }
    }
    for (int k = 1; k < n; k++) {
      int va = a.vowels.get(k);
      int vb = b.vowels.get(k);
      boolean ok;
      if (aForU(va, vb)) {
        ok = true;
      } else if (a.abjad && b.abjad) {
        ok = (va & ~MARKS) == (vb & ~MARKS);
      } else if (a.abjad || b.abjad) {
        int written = (a.abjad ? va : vb) & ~MARKS;
        int full = a.abjad ? vb : va;
        ok = written == 0 || (written & ~reach(full)) == 0;
      } else {
        ok = (va == 0 && vb == 0) || (reach(va) & vb & ~MARKS) != 0;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** True when one group is an a alone in another script, the other a Latin u alone. */
  private static boolean aForU(int x, int y) {
    return (x == (A | A_ALONE) && y == (U | U_ALONE)) || (y == (A | A_ALONE) && x == (U | U_ALONE));
  }

  /** The classes a written vowel set may stand for: e goes with a and with i. */
  private static int reach(int v) {
    int r = v & ~MARKS;
    if ((v & E) != 0) {
      r |= A | I;
    }
    if ((v & (A | I)) != 0) {
      r |= E;
    }
    return r;
  }
}
