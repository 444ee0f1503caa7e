package dev.storylink.text;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cross-script keys for names, so that بوتين (Arabic), پوتین (Persian), Путин (Russian) and Putin
 * can meet without translation.
 *
 * <p>Two keys:
 *
 * <ul>
 *   <li>{@link #arabicScriptKey}: for Arabic-script words already folded by a {@link Folder}, maps
 *       the letters Persian and Urdu add onto the Arabic letters used to write the same sound in
 *       Arabic loans: پ→ب, چ→ج, ژ→ز, گ→ك, ڤ→ف, ٹ→ت, ڈ→د, ڑ→ر. (بوتين and پوتين share the key.)
 *   <li>{@link #skeleton}: ICU {@code Any-Latin; Latin-ASCII} transliteration, every remaining
 *       non-ASCII character removed (ICU leaves ʿ ʾ), lower-cased, digraphs reduced (gh→g, kh→h,
 *       sh→s, ch→c, th→t, dh→d, ph→f, ck→k), similar consonants merged (p→b, v→f, q→k, c→k, z→s,
 *       x→ks), vowels and the semivowels w and y dropped (Arabic script writes long vowels with
 *       them), doubled letters collapsed and a final h dropped (Arabic-script ه / ة often writes a
 *       final vowel). Putin, Путин, بوتين and پوتین all give {@code btn}; Rouhani and روحاني give
 *       {@code rhn}. Also: g is k (Persian گ is keyed as ك, Arabic writes g as غ or ق: Geralt =
 *       گرالت) but a final ge is j (Page = پیج, George = جورج), a soft c (before e, i, y) is s
 *       (Cintra = سینترا), tch is ch (Witcher = ویچر), dzh and zh are j, ts is s; Arabic تش is چ,
 *       ch ({@link NameSpellings#arabicCh}: تشيليك {@code klk} = چلیک = Çelik); Cyrillic is
 *       romanised by BGN/PCGN (Джонсон → Dzhonson = Johnson) after dropping a case ending that adds
 *       a consonant (Трампом → Трамп); a Cyrillic й before a vowel writes a consonant y and is kept
 *       (Тайип {@code tyb} = Tayyip = طیب), and so does an и between two vowels, as the analysis
 *       folds й to и (таиип), but not an и after such a letter (Майами {@code mym}).
 *   <li>{@link #skeleton(String, String)}: the skeleton of a word as its language spells it. In
 *       Turkish (the language {@code tr}, or any Latin word with one of the Turkish letters ç ğ ı ş
 *       İ) ç is ch, never a soft c (Çelik {@code klk} = Челик), and c is j (Turkish c = Russian дж
 *       = Arabic ج: Recep {@code rjb} = Реджеп = رجب, Palancıoğlu): in a word with a Turkish letter
 *       every c, in other words of a Turkish text only a c before e, i or ı (Cengiz, Recep, Cizre),
 *       since Turkish news writes foreign names as their own language does and most of those have
 *       their c before a, o, u or a consonant (Macron, Covid, Clinton).
 * </ul>
 *
 * <p>Skeletons are short and ambiguous (Arabic roots are three consonants): use them only between
 * name-like tokens of different scripts, never as the only evidence for common words.
 *
 * <p>Built on these keys: {@link FactNameKeys} (the keys of story facts and comparisons, with the
 * short key of a short name), {@link HanNameKeys} (names in Chinese characters) and {@link
 * NameRomanizer} (a readable Latin spelling for display).
 *
 * <p>Thread-safe: the transliterator is per thread and the cache is concurrent.
 */
public final class NameKeys {
  static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /**
   * Cyrillic by the BGN/PCGN romanisation, the one English-language news uses (Дж → dzh, ж → zh, х
   * → kh, ц → ts, й → y), not ICU's scholarly one (ž, c, j).
   */
  private static final ThreadLocal<Transliterator> CYRILLIC_TO_ASCII =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

  /** Russian case endings that add a consonant to a name (Трампом, Джонсоном, Путиным). */
  private static final java.util.List<String> RUSSIAN_ENDINGS =
      java.util.List.of("ами", "ому", "ему", "ом", "ем", "ым", "им");

  private static final int CACHE_LIMIT = 200_000;
  private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

  private NameKeys() {}

  /** Maps Persian/Urdu-specific letters of a folded Arabic-script word onto Arabic ones. */
  public static String arabicScriptKey(String folded) {
    StringBuilder sb = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      char m =
          switch (c) {
            case '\u067E' -> '\u0628'; // پ → ب
            case '\u0686' -> '\u062C'; // چ → ج
            case '\u0698' -> '\u0632'; // ژ → ز
            case '\u06AF' -> '\u0643'; // گ → ك
            case '\u06A4' -> '\u0641'; // ڤ → ف
            case '\u0679' -> '\u062A'; // ٹ → ت
            case '\u0688' -> '\u062F'; // ڈ → د
            case '\u0691' -> '\u0631'; // ڑ → ر
            default -> c;
          };
      if (m != c && sb == null) {
        sb = new StringBuilder(folded);
      }
      if (sb != null) {
        sb.setCharAt(i, m);
      }
    }
    return sb == null ? folded : sb.toString();
  }

  /**
   * ASCII transliteration of {@code word} with every non-ASCII character removed, lower case. A
   * word of ASCII chars only skips the transliterator, which leaves such a word as it is (its
   * letters are Latin, the rest common to every script; {@code NameKeysTest} holds the two paths
   * equal on every ASCII char and pair and on random ASCII words): the skeletons of the generated
   * and the Latin-script names met for the first time cost the transliterator's rule engine
   * otherwise.
   */
  public static String ascii(String word) {
    return isAscii(word) ? asciiLetters(word) : asciiLetters(TO_ASCII.get().transliterate(word));
  }

  /** {@link #ascii} through the transliterator always (for the test of the ASCII short cut). */
  static String asciiByTransliterator(String word) {
    return asciiLetters(TO_ASCII.get().transliterate(word));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII letters and digits of {@code t}, lower case. */
  private static String asciiLetters(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Shortest skeleton that is evidence of a name across scripts: two consonants match far too many
   * unrelated words.
   */
  public static final int MIN_SKELETON = 3;

  /** True when {@code skeleton} is long enough to match a name across scripts. */
  public static boolean matchable(String skeleton) {
    return skeleton.length() >= MIN_SKELETON;
  }

  /** The {@link #skeleton} of {@code word} when it is {@link #matchable}. */
  public static java.util.Optional<String> matchableSkeleton(String word) {
    String s = skeleton(word);
    return matchable(s) ? java.util.Optional.of(s) : java.util.Optional.empty();
  }

  /**
   * The skeleton of {@code word} as language {@code lang} (ISO 639-1) spells it: Turkish c and ç
   * (see class comment), otherwise {@link #skeleton(String)}.
   */
  public static String skeleton(String word, String lang) {
    return skeleton(NameSpellings.turkish(word, lang));
  }

  /** The {@link #skeleton(String, String)} of {@code word} when it is {@link #matchable}. */
  public static java.util.Optional<String> matchableSkeleton(String word, String lang) {
    return matchableSkeleton(NameSpellings.turkish(word, lang));
  }

  /** Consonant skeleton of {@code word} in any script (see class comment); may be empty. */
  public static String skeleton(String word) {
    String cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    String w = NameSpellings.arabicCh(word);
    String key = skeletonOfAscii(markConsonantY(w, asciiForSkeleton(w)));
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(word, key);
    return key;
  }

  /**
   * ASCII spelling for the skeleton: Cyrillic by BGN/PCGN without its case ending, a consonant y
   * (class comment) marked {@code Y}.
   */
  static String asciiForSkeleton(String word) {
    if (Scripts.scriptOf(word) != com.ibm.icu.lang.UScript.CYRILLIC) {
      return ascii(word);
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String end : RUSSIAN_ENDINGS) {
      if (w.length() >= end.length() + 4 && w.endsWith(end)) {
        w = w.substring(0, w.length() - end.length());
        break;
      }
    }
    // a consonant y (class comment): romanise the parts around it apart and mark it Y
    StringBuilder sb = new StringBuilder(w.length() + 4);
    int from = 0;
    boolean prevVowel = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean nextVowel = i + 1 < w.length() && CYRILLIC_VOWELS.indexOf(w.charAt(i + 1)) >= 0;
      if (nextVowel && (c == 'й' || c == 'и' && prevVowel)) {
        appendCyrillic(w.substring(from, i), sb);
        sb.append('Y');
        from = i + 1;
        prevVowel = false;
      } else {
        prevVowel = CYRILLIC_VOWELS.indexOf(c) >= 0;
      }
    }
    appendCyrillic(w.substring(from), sb);
    return sb.toString();
  }

  private static final String CYRILLIC_VOWELS = "аеёиоуыэюя";

  private static void appendCyrillic(String part, StringBuilder sb) {
    String t = CYRILLIC_TO_ASCII.get().transliterate(part);
    for (int i = 0; i < t.length(); i++) {
      char c = Character.toLowerCase(t.charAt(i));
      if (c < 128 && Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
  }

  /**
   * Marks (as {@code Y}) each y of {@code ascii} that writes the consonant, not a vowel, so the
   * skeleton keeps it: in Latin and Cyrillic spellings a doubled y (Tayyip) and a first y before a
   * vowel (Yemen, Ельцин = Yeltsin); in Arabic script a first ي/ی (يمن, ياسر) and the middle ي/ی of
   * a three-letter word (طيب = Tayyib, whose ي is doubled). Elsewhere Arabic script writes a long
   * vowel with it (بوتين = Putin), so it stays a vowel.
   */
  static String markConsonantY(String word, String ascii) {
    if (ascii.indexOf('y') < 0) {
      return ascii;
    }
    if (Scripts.hasArabicScript(word)) {
      char first = word.charAt(0);
      boolean yFirst = (first == '\u064A' || first == '\u06CC') && ascii.charAt(0) == 'y';
      boolean yMiddle =
          word.length() == 3
              && (word.charAt(1) == '\u064A' || word.charAt(1) == '\u06CC')
              && ascii.indexOf('y') == ascii.lastIndexOf('y');
      if (yFirst) {
        return 'Y' + ascii.substring(1);
      }
      return yMiddle ? ascii.replace('y', 'Y') : ascii;
    }
    String a = ascii.replace("yy", "Y");
    if (a.length() > 1 && a.charAt(0) == 'y' && "aeiou".indexOf(a.charAt(1)) >= 0) {
      a = 'Y' + a.substring(1);
    }
    return a;
  }

  /** {@code sb} with each run of one letter written once. */
  static String collapse(CharSequence sb) {
    StringBuilder out = new StringBuilder(sb.length());
    for (int i = 0; i < sb.length(); i++) {
      if (out.length() == 0 || out.charAt(out.length() - 1) != sb.charAt(i)) {
        out.append(sb.charAt(i));
      }
    }
    return out.toString();
  }

  static String skeletonOfAscii(String a) {
    return skeletonOfAscii(a, false);
  }

  /**
   * The skeleton of an ASCII spelling; with {@code vowels}, each vowel letter is kept as its class
   * (a; e, i and a vowel y as i; o, u as u) instead of dropped.
   */
  static String skeletonOfAscii(String a, boolean vowels) {
    StringBuilder sb = new StringBuilder(a.length());
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      char next = i + 1 < a.length() ? a.charAt(i + 1) : 0;
      if (c == 'd' && a.startsWith("zh", i + 1) || c == 'z' && next == 'h') {
        sb.append('j'); // dzh, zh: the j of Джонсон = Johnson
        i += c == 'd' ? 2 : 1;
        continue;
      }
      if (c == 't' && next == 'c' && i + 2 < a.length() && a.charAt(i + 2) == 'h') {
        continue; // tch: the ch of Witcher = ویچر
      }
      if (c == 't' && next == 's') {
        sb.append('s'); // ts: ц = tz = z
        i++;
        continue;
      }
      if (c == 'g' && next == 'e' && i + 2 == a.length() && i > 0) {
        sb.append('j'); // a final -ge is soft: Page = پیج, George = جورج
        i++;
        continue;
      }
      if (c == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
        sb.append('s'); // soft c: Cintra = سینترا
        continue;
      }
      if (next == 'h' && "gkscdtp".indexOf(c) >= 0) {
        sb.append(
            switch (c) {
              case 'g' -> 'k';
              case 'k' -> 'h';
              case 's' -> 's';
              case 'c' -> 'k';
              case 'd' -> 'd';
              case 't' -> 't';
              default -> 'f'; // ph
            });
        i++;
        continue;
      }
      if (c == 'c' && next == 'k') {
        sb.append('k');
        i++;
        continue;
      }
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> {
          if (vowels && c != 'w') {
            sb.append(c == 'a' ? 'a' : c == 'o' || c == 'u' ? 'u' : 'i');
          }
        }
        case 'Y' -> sb.append('y'); // a consonant y (markConsonantY)
        case 'p' -> sb.append('b');
        case 'v' -> sb.append('f');
        case 'q', 'c', 'g' -> sb.append('k'); // Persian گ is written ك, Arabic writes g as غ/ق
        case 'z' -> sb.append('s');
        case 'x' -> sb.append("ks");
        default -> {
          if (c >= 'a' && c <= 'z') {
            sb.append(c);
          }
        }
      }
    }
    StringBuilder out = new StringBuilder(collapse(sb));
    if (out.length() > 2 && out.charAt(out.length() - 1) == 'h') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }
}
