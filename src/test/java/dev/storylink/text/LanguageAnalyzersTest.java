package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {
  private static final String LONG_LATIN = "a".repeat(40_000);
  private static final String LONG_ARABIC = "\u0628".repeat(40_000); // ب

  private static List<String> terms(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> analyzed(String text, String lang) {
    return TextAnalysis.analyze(text, lang).tokens().stream().map(Token::term).toList();
  }

  @Test
  void theFieldNameIsTheLanguageThatChoosesTheRules() {
    String arabic = "والسورية في الكرملين";
    assertThat(terms(LanguageAnalyzers.forText(arabic), "ar", arabic))
        .containsExactly("سوريه", "في", "كرملين");
    assertThat(terms(LanguageAnalyzers.forText(arabic), "fa", arabic))
        .containsExactly("والسوريه", "في", "الكرملين");
    assertThat(terms(LanguageAnalyzers.forText("푸틴은"), "ko", "푸틴은")).containsExactly("푸틴");
    assertThat(terms(LanguageAnalyzers.forText("푸틴은"), "und", "푸틴은")).containsExactly("푸틴은");
  }

  @Test
  void keepsTheChoiceOfTokenizerOfCrossLingualAnalyzer() {
    assertThat(LanguageAnalyzers.forText("Putin in Köln")).isSameAs(LanguageAnalyzers.STANDARD);
    assertThat(LanguageAnalyzers.forText("بوتين في موسكو")).isSameAs(LanguageAnalyzers.STANDARD);
    assertThat(LanguageAnalyzers.forText("习近平 Putin")).isSameAs(LanguageAnalyzers.INSTANCE);
    assertThat(LanguageAnalyzers.forText("푸틴은")).isSameAs(LanguageAnalyzers.INSTANCE);
    // without rules, each is the plain chain
    String text = "Erdoğan in Köln, بوتين في الكرملين";
    assertThat(terms(LanguageAnalyzers.STANDARD, "und", text))
        .isEqualTo(terms(CrossLingualAnalyzer.STANDARD, "t", text));
    assertThat(terms(LanguageAnalyzers.INSTANCE, "und", text))
        .isEqualTo(terms(CrossLingualAnalyzer.INSTANCE, "t", text));
  }

  @Test
  void aThreadReusesTheComponentsOfEachLanguage() throws IOException {
    for (String lang : List.of("ar", "ko", "und")) {
      TokenStream first = LanguageAnalyzers.INSTANCE.tokenStream(lang, "a");
      first.close();
      TokenStream second = LanguageAnalyzers.INSTANCE.tokenStream(lang, "b");
      second.close();
      assertThat(second).as(lang).isSameAs(first);
    }
    TokenStream ar = LanguageAnalyzers.INSTANCE.tokenStream("ar", "a");
    ar.close();
    TokenStream und = LanguageAnalyzers.INSTANCE.tokenStream("und", "a");
    und.close();
    assertThat(ar).isNotSameAs(und);
  }

  @Test
  void queryVariantsAddTheFormArabicArticlesAreIndexedWith() {
    assertThat(LanguageAnalyzers.queryVariants("الكرملين")).containsExactly("الكرملين", "كرملين");
    assertThat(LanguageAnalyzers.queryVariants("والسوريه")).containsExactly("والسوريه", "سوريه");
    assertThat(LanguageAnalyzers.queryVariants("للاتفاق")).containsExactly("للاتفاق", "اتفاق");
    assertThat(LanguageAnalyzers.queryVariants("الى")).containsExactly("الى");
    assertThat(LanguageAnalyzers.queryVariants("وروحاني"))
        .containsExactly("وروحاني"); // no waw rule
    assertThat(LanguageAnalyzers.queryVariants("putin")).containsExactly("putin");
    assertThat(LanguageAnalyzers.queryVariants("푸틴은")).containsExactly("푸틴은");
    // each variant is a term TextAnalysis gives Arabic text
    assertThat(analyzed("الكرملين", "ar")).containsExactly("كرملين");
  }

  @Test
  void aFortyThousandCharLatinWordIsDroppedAndItsNeighboursKept() {
    String text = "Putin " + LONG_LATIN + " met Xi.";
    assertThat(analyzed(text, "en")).containsExactly("putin", "met", "xi");
    // on the ICU tokenizer too (which cuts it into 4,096-char pieces, each dropped)
    String mixed = "פוטין " + LONG_LATIN + " Putin"; // Hebrew: ICU
    assertThat(CrossLingualAnalyzer.standardTokenizerSuffices(mixed)).isFalse();
    assertThat(analyzed(mixed, "en")).containsExactly("פוטין", "putin");
  }

  @Test
  void aFortyThousandCharArabicWordIsDroppedAndItsNeighboursKept() {
    String text = "بوتين " + "ال" + LONG_ARABIC + " في الكرملين";
    assertThat(analyzed(text, "ar")).containsExactly("بوتين", "في", "كرملين");
    assertThat(analyzed(text, "fa")).containsExactly("بوتين", "في", "الكرملين");
  }

  @Test
  void theLimitIsAThousandChars() {
    String longest = "b".repeat(CrossLingualAnalyzer.MAX_TERM_LENGTH);
    assertThat(CrossLingualAnalyzer.MAX_TERM_LENGTH).isEqualTo(1000);
    assertThat(analyzed("x " + longest + " y", "en")).containsExactly("x", longest, "y");
    assertThat(analyzed("x " + longest + "b y", "en")).containsExactly("x", "y");
  }

  @Test
  void theLuceneIndexTakesTheTermsOfAbsurdWords() throws IOException {
    String text = "Putin " + LONG_LATIN + " بوتين " + LONG_ARABIC + " 푸틴은 " + LONG_LATIN + "习";
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(LanguageAnalyzers.INSTANCE))) {
      // without the limit Lucene refuses the document (a term over 32,766 UTF-8 bytes)
      StandardTokenizer raw = new StandardTokenizer();
      raw.setMaxTokenLength(StandardTokenizer.MAX_TOKEN_LENGTH_LIMIT);
      raw.setReader(new StringReader(LONG_LATIN));
      Document refused = new Document();
      refused.add(new TextField("raw", raw));
      assertThatThrownBy(() -> w.addDocument(refused)).isInstanceOf(IllegalArgumentException.class);
      for (String lang : List.of("ar", "ko", "en")) {
        Document d = new Document();
        d.add(new TextField(lang, text, org.apache.lucene.document.Field.Store.NO));
        d.add(
            new TextField("std", LanguageAnalyzers.STANDARD.tokenStream(lang, "x " + LONG_ARABIC)));
        w.addDocument(d);
      }
      w.commit();
      assertThat(w.getDocStats().numDocs).isEqualTo(3);
    }
  }
}
