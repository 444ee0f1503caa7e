package dev.storylink.text;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakScope;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's random-data checks ({@link BaseTokenStreamTestCase#checkRandomData}) over every chain
 * {@link TextAnalysis} can use: both tokenizers, each language's term rules, and the wrapper
 * itself. Random text from every Unicode plane, HTML-ish and "realistic" strings, short and huge;
 * the checks cover offsets (in order, within the text, consistent with the position increments),
 * reset/end/close contracts, reuse of the components and several threads at once. A JUnit 4 test
 * (Lucene's framework), run by the vintage engine; a failure prints the seed to repeat it with
 * ({@code -Dtests.seed=...}). Thread-leak checks are off: the suite shares its JVM with the JUnit 5
 * tests, whose pools may start threads while it runs.
 */
@ThreadLeakScope(ThreadLeakScope.Scope.NONE)
public class LanguageAnalyzersRandomDataTest extends BaseTokenStreamTestCase {
  private static final List<String> LANGS = List.of("ar", "ko", "fa", "en", "und");

  private static Analyzer chain(LanguageAnalyzers wrapper, String lang) {
    return wrapper.getWrappedAnalyzer(lang);
  }

  public void testRandomStringsEveryLanguageBothTokenizers() throws IOException {
    for (LanguageAnalyzers wrapper :
        List.of(LanguageAnalyzers.INSTANCE, LanguageAnalyzers.STANDARD)) {
      for (String lang : LANGS) {
        checkRandomData(random(), chain(wrapper, lang), 100 * RANDOM_MULTIPLIER);
      }
      // through the wrapper and its delegating reuse strategy ("dummy" field: no rules)
      checkRandomData(random(), wrapper, 100 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws IOException {
    for (LanguageAnalyzers wrapper :
        List.of(LanguageAnalyzers.INSTANCE, LanguageAnalyzers.STANDARD)) {
      for (String lang : List.of("ar", "ko", "und")) {
        checkRandomData(random(), chain(wrapper, lang), 3 * RANDOM_MULTIPLIER, 8192);
      }
    }
  }

  /** Random texts made of the pieces the rules act on: articles, clitics, particles, folding. */
  public void testRandomTextsOfRulePieces() throws IOException {
    String[] pieces = {
      "ال", "وال", "بال", "كال", "فال", "لل", "و", "كرملين", "سورية", "أستانة", "روحانی", "ـ",
      "\u200C", "\u064E", "ﷲ", "١٢", "은", "는", "에서는", "으로", "의", "푸틴", "빈", "시리아", "G20", " ", ". ",
      "\n", "Putin", "Köln", "ß", "ﬁ", "😀", "_", "𠀀"
    };
    Random r = random();
    for (int i = 0; i < 300 * RANDOM_MULTIPLIER; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(16); k > 0; k--) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      for (String lang : List.of("ar", "ko")) {
        checkAnalysisConsistency(
            r, chain(LanguageAnalyzers.forText(text), lang), r.nextBoolean(), text);
      }
    }
  }
}
