package dev.storylink.text;

/** Character-script tests used across the pipeline. Stateless and thread-safe. */
public final class Scripts {
  private Scripts() {}

  /** True for letters and marks of the Arabic script blocks (Arabic, Persian, Urdu, Pashto...). */
  public static boolean isArabicScript(char c) {
    if (c < '\u0600') {
      return false; // Latin, Cyrillic, Greek...: one comparison
    }
    return (c >= '\u0600' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFF');
  }

  /** True if any character of {@code s} is in the Arabic script. */
  public static boolean hasArabicScript(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isArabicScript(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if any of the first {@code length} chars of {@code chars} is in the Arabic script (a
   * token's buffer: no call per char through {@link CharSequence}).
   */
  public static boolean hasArabicScript(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (isArabicScript(chars[i])) {
        return true;
      }
    }
    return false;
  }

  /** ICU {@code UScript} code of the first letter of {@code s} ({@code UScript.COMMON} if none). */
  public static int scriptOf(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (Character.isLetter(cp)) {
        return script(cp);
      }
      i += Character.charCount(cp);
    }
    return com.ibm.icu.lang.UScript.COMMON;
  }

  /**
   * ICU {@code UScript} code of code point {@code cp}, the same as {@code UScript.getScript(cp)}:
   * the Basic Multilingual Plane from a table built once (this runs for every letter of every
   * article ingested), other planes from ICU.
   */
  public static int script(int cp) {
    return cp >= 0 && cp < BmpScripts.TABLE.length
        ? BmpScripts.TABLE[cp]
        : com.ibm.icu.lang.UScript.getScript(cp);
  }

  /** The script of every BMP code point, built on first use (128 KB). */
  private static final class BmpScripts {
    static final short[] TABLE = build();

    private static short[] build() {
      short[] t = new short[0x10000];
      for (int cp = 0; cp < t.length; cp++) {
        t[cp] = (short) com.ibm.icu.lang.UScript.getScript(cp);
      }
      return t;
    }
  }

  /** True for scripts that mark proper names with capital letters (Latin, Cyrillic, Greek...). */
  public static boolean isCased(char c) {
    return Character.isUpperCase(c) || Character.isLowerCase(c);
  }

  /** True if every character of {@code s} is a decimal digit in any script. */
  public static boolean isAllDigits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
