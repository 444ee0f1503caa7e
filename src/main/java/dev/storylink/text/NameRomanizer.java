package dev.storylink.text;

/**
 * Readable Latin spellings of names for display: Arabic-script names by their letters ({@link
 * #romanize}), any other script by ICU ({@link #transliterate}). Display only: names are matched by
 * {@link NameKeys}.
 *
 * <p>Thread-safe: stateless (the transliterator is per thread).
 */
public final class NameRomanizer {
  private NameRomanizer() {}

  /**
   * A readable Latin spelling of an Arabic-script name for display (پوتین → Putin, روحاني → Ruhani,
   * آستانه → Astana, إدلب → Idlb): long vowels from alef/waw/yeh, a final heh or teh marbuta read
   * as "a", Arabic تش as ch ({@link NameSpellings#arabicCh}: تشيليك → Chilik); short vowels,
   * unwritten in the script, stay unwritten (ادلب → Adlb). Words in other scripts are returned
   * unchanged.
   */
  public static String romanize(String word) {
    if (!Scripts.hasArabicScript(word)) {
      return word;
    }
    String w = NameSpellings.arabicCh(dev.storylink.text.ur.UrduFolder.INSTANCE.fold(word));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean first = sb.length() == 0;
      boolean last = i == w.length() - 1;
      String r =
          switch (c) {
            case 'ا' -> "a";
            case 'ب' -> "b";
            case 'پ' -> "p";
            case 'ت', 'ط', 'ٹ' -> "t";
            case 'ث', 'س', 'ص' -> "s";
            case 'ج' -> "j";
            case 'چ' -> "ch";
            case 'ح' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ڈ' -> "d";
            case 'ذ', 'ز', 'ض', 'ظ' -> "z";
            case 'ر', 'ڑ' -> "r";
            case 'ژ' -> "zh";
            case 'ش' -> "sh";
            case 'ع' -> "";
            case 'غ' -> "gh";
            case 'ف', 'ڤ' -> "f";
            case 'ق' -> "q";
            case 'ك' -> "k";
            case 'گ' -> "g";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'ه' -> last && !first ? "a" : "h";
            case 'و' -> first ? "v" : "u";
            case 'ي' -> first ? "y" : "i";
            default -> Character.isLetterOrDigit(c) ? NameKeys.ascii(String.valueOf(c)) : "";
          };
      sb.append(r);
    }
    if (sb.length() == 0) {
      return word;
    }
    if (word.charAt(0) == '\u0625' && sb.charAt(0) == 'a') {
      sb.setCharAt(0, 'i'); // alef with hamza below starts with i (إدلب → Idlb)
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  /** Readable Latin transliteration of a word in any script, first letter capitalised. */
  public static String transliterate(String word) {
    String t = NameKeys.TO_ASCII.get().transliterate(word).replaceAll("[^\\p{ASCII}]", "");
    return t.isEmpty() ? word : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
