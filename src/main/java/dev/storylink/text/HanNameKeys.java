package dev.storylink.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Consonant keys of foreign names written in Chinese characters ({@link #hanSkeleton}) and the
 * coarse form of a {@link NameKeys#skeleton} they are compared with ({@link #coarse}).
 *
 * <p>Thread-safe: stateless (the transliterator is per thread).
 */
public final class HanNameKeys {
  private HanNameKeys() {}

  /** Chinese characters to pinyin syllables without tones, separated by spaces. */
  private static final ThreadLocal<Transliterator> HAN_TO_PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  /**
   * The consonant key of a foreign name written in Chinese characters (克林顿 → {@code klntn}),
   * comparable with the {@link #coarse} form of another script's {@link NameKeys#skeleton} (Clinton
   * {@code klntn}). Chinese writes a foreign name with one syllable per sound group, so the key is
   * read from the pinyin syllables (ICU Han-Latin), by a rule and no table: each syllable gives its
   * initial (b/p → b, d/t → t, g/k/q → k, zh/j → j, ch → k, sh/x/z/c/s → s, r → l, the glides y and
   * w nothing) and a nasal coda (n, ng) gives n unless an m follows (詹姆斯 = James); the syllable er,
   * which writes a syllable-final l or r, gives l. 尼科尔斯 {@code nkls} = Nichols, 富尔顿 {@code fltn} =
   * Fulton, 布赖恩 {@code bln} = Brian. Empty for a word with no Chinese character.
   */
  public static String hanSkeleton(String han) {
    if (Scripts.scriptOf(han) != com.ibm.icu.lang.UScript.HAN) {
      return "";
    }
    String[] syllables =
        HAN_TO_PINYIN.get().transliterate(han).toLowerCase(Locale.ROOT).split("[^a-z]+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables.length; i++) {
      String y = syllables[i];
      if (y.isEmpty()) {
        continue;
      }
      if (y.equals("er")) {
        sb.append('l');
        continue;
      }
      int rest = 1;
      char c = y.charAt(0);
      if (y.length() > 1 && y.charAt(1) == 'h' && "zcs".indexOf(c) >= 0) {
        rest = 2;
        sb.append(c == 'z' ? 'j' : c == 'c' ? 'k' : 's');
      } else {
        switch (c) {
          case 'b', 'p' -> sb.append('b');
          case 'd', 't' -> sb.append('t');
          case 'g', 'k', 'q' -> sb.append('k');
          case 'x', 'z', 'c', 's' -> sb.append('s');
          case 'r', 'l' -> sb.append('l');
          case 'j', 'f', 'h', 'm', 'n' -> sb.append(c);
          case 'y', 'w' -> {}
          default -> rest = 0; // a syllable that starts with its vowel
        }
      }
      String fin = y.substring(rest);
      boolean nextM = i + 1 < syllables.length && syllables[i + 1].startsWith("m");
      if ((fin.endsWith("n") || fin.endsWith("ng")) && !nextM) {
        sb.append('n');
      }
    }
    return NameKeys.collapse(sb);
  }

  /**
   * A skeleton as Chinese transliteration hears it: r is l (Chinese has no r before a vowel: 克林顿 =
   * Clinton, 马克龙 = Macron) and d is t (pinyin d and t are both unvoiced), doubled letters
   * collapsed. Idempotent; a {@link #hanSkeleton} is already coarse.
   */
  public static String coarse(String skeleton) {
    if (skeleton.indexOf('r') < 0 && skeleton.indexOf('d') < 0) {
      return skeleton;
    }
    return NameKeys.collapse(new StringBuilder(skeleton.replace('r', 'l').replace('d', 't')));
  }
}
