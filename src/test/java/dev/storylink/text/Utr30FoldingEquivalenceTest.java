package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.text.ur.UrduFolder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Session 23: the analysis folds terms with {@link Utr30FoldingFilter} (a table for the chars that
 * fold on their own) instead of Lucene's {@link ICUFoldingFilter}; it must give the same term for
 * every BMP char alone, random mixes of table chars with chars ICU must fold in context, and every
 * term of the real news.
 */
class Utr30FoldingEquivalenceTest {
  private static String fold(String term, UnaryOperator<TokenStream> filter) {
    KeywordTokenizer source = new KeywordTokenizer(Math.max(1, term.length()));
    source.setReader(new StringReader(term));
    try (TokenStream ts = filter.apply(source)) {
      CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? att.toString() : null;
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSame(String term) {
    assertThat(fold(term, Utr30FoldingFilter::new))
        .as("fold of %s", term.codePoints().mapToObj(Integer::toHexString).toList())
        .isEqualTo(fold(term, ICUFoldingFilter::new));
  }

  @Test
  void everyCharAlone() {
    for (int c = 1; c < 0x10000; c++) {
      assertSame(String.valueOf((char) c));
    }
  }

  @Test
  void randomMixes() {
    List<Character> table = new ArrayList<>();
    List<Character> other = new ArrayList<>();
    for (int c = 1; c < 0x10000; c++) {
      (Utr30FoldingFilter.alone((char) c) != 0 ? table : other).add((char) c);
    }
    assertThat(table).hasSizeGreaterThan(40_000);
    Random rnd = new Random(42);
    char[] near = "AaZzÉéİıßΣςﬁ０Ａ٣۳ىيكک\u0301\u064B\u200C\u0308\u0345".toCharArray();
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + rnd.nextInt(10); k > 0; k--) {
        int pick = rnd.nextInt(10);
        sb.append(
            pick < 6
                ? table.get(rnd.nextInt(table.size()))
                : pick < 9 ? near[rnd.nextInt(near.length)] : other.get(rnd.nextInt(other.size())));
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void everyTermOfTheRealNews() {
    Set<String> terms = new LinkedHashSet<>();
    for (JsonNode a : RealNews.articles()) {
      String text = a.path("title").asText() + "\n" + a.path("text").asText();
      ICUTokenizer source = new ICUTokenizer();
      source.setReader(new StringReader(text));
      try (TokenStream ts = new ArabicScriptFoldingFilter(source, UrduFolder.INSTANCE)) {
        CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(att.toString());
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(terms).hasSizeGreaterThan(10_000);
    for (String t : terms) {
      assertSame(t);
    }
  }
}
