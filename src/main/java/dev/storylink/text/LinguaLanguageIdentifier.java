package dev.storylink.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.lang.UScript;
import dev.storylink.core.Article;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@link LanguageIdentifier}: a text mostly in a script of {@link Languages#SCRIPT_LANGUAGES}
 * (Chinese, Korean, Greek, Hebrew, Hindi...) is identified by its script; any other by Lingua,
 * restricted to {@link Languages#SUPPORTED} so only those models are ever loaded, and built lazily
 * on first use (the models take a few hundred MB and a second or two to load; a process that never
 * needs language id never pays). Only the first 2,000 characters of a text are looked at; a text
 * with fewer than three letters in words of two letters or more ("12345 67890", "x y z") is in no
 * identifiable language ({@link #wordLetters}). Thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {
  private static final int MAX_CHARS = 2000;
  private final dev.storylink.core.Lazy<LanguageDetector> detector =
      new dev.storylink.core.Lazy<>(this::build);
  private final double minimumRelativeDistance;

  /** Identifier with Lingua's default settings (no minimum distance). */
  public LinguaLanguageIdentifier() {
    this(0.0);
  }

  /** Identifier that answers "und" unless the best language leads by {@code minDistance}. */
  public LinguaLanguageIdentifier(double minDistance) {
    this.minimumRelativeDistance = minDistance;
  }

  private LanguageDetector detector() {
    return detector.get();
  }

  private LanguageDetector build() {
    Language[] langs =
        Languages.SUPPORTED.stream()
            .map(code -> Language.getByIsoCode639_1(isoCode(code)))
            .toArray(Language[]::new);
    return LanguageDetectorBuilder.fromLanguages(langs)
        .withMinimumRelativeDistance(minimumRelativeDistance)
        .build();
  }

  private static com.github.pemistahl.lingua.api.IsoCode639_1 isoCode(String code) {
    return com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
  }

  @Override
  public String identify(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (wordLetters(sample) < MIN_WORD_LETTERS) {
      return Article.UNKNOWN_LANG;
    }
    String byScript = byScript(sample);
    if (byScript != null) {
      return byScript;
    }
    Language l = detector().detectLanguageOf(sample);
    if (l == Language.UNKNOWN) {
      return Article.UNKNOWN_LANG;
    }
    return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** Fewest letters, in words of two letters or more, of a text that is identified. */
  private static final int MIN_WORD_LETTERS = 3;

  /**
   * The letters of {@code text} that stand in words of two letters or more, counted up to {@value
   * #MIN_WORD_LETTERS}: a word is a run of letters, combining marks and ZWNJ (U+200C), so Arabic
   * written with harakat (بِسْمِ) and Persian with ZWNJ (می‌رود) are one word each. A text with
   * fewer (digits only, "12345 67890"; one-letter words only, "x y z") is in no identifiable
   * language.
   */
  static int wordLetters(String text) {
    int counted = 0;
    int run = 0;
    for (int i = 0; i <= text.length() && counted < MIN_WORD_LETTERS; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        run++;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\u200C') {
        counted += run >= 2 ? run : 0;
        run = 0;
      }
    }
    return counted;
  }

  /**
   * The language of {@link Languages#SCRIPT_LANGUAGES} whose script writes most of the letters of
   * {@code text} (at least half), or null. Chinese characters with any kana are Japanese.
   */
  static String byScript(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        counts.merge(UScript.getScript(cp), 1, Integer::sum);
      }
    }
    int kana = counts.getOrDefault(UScript.HIRAGANA, 0) + counts.getOrDefault(UScript.KATAKANA, 0);
    if (kana > 0 && kana + counts.getOrDefault(UScript.HAN, 0) >= letters / 2.0) {
      return "ja";
    }
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      String lang = Languages.SCRIPT_LANGUAGES.get(e.getKey());
      if (lang != null && e.getValue() >= letters / 2.0) {
        return lang;
      }
    }
    return null;
  }
}
