package dev.storylink.store;

import dev.storylink.core.Article;
import dev.storylink.text.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of an article as it wrote them, for its indexed terms: a search hit shows the word a
 * query matched in the article's own spelling (زلزله‌ای with its ZWNJ and Persian yeh, Putin with
 * its capital), not in the folded form the index holds (زلزلهاي, putin).
 *
 * <p>Rule: the article's title and text ({@link Article#fullText}) are analysed as ingest indexes
 * them ({@link LanguageAnalyzers}, the article's language); a term's surface is the text of its
 * first token with that term (offsets into the text). A term no token gives (a record indexed from
 * other tokens) keeps its term. The analysis stops once every term asked for is found. A search hit
 * looks in its card's title first ({@link ArticleCard#title}, doc values) and reads the stored
 * record only for the terms the title does not hold.
 *
 * <p>Stateless and thread-safe.
 */
final class SurfaceForms {
  private SurfaceForms() {}

  /** The first surface in {@code a} of each of {@code terms} found; a term not found is absent. */
  static Map<String, String> of(Article a, Set<String> terms) {
    return of(a.lang(), a.fullText(), terms);
  }

  /**
   * The first surface in {@code text} (analysed as {@code lang}) of each of {@code terms} found; a
   * term not found is absent.
   */
  static Map<String, String> of(String lang, String text, Set<String> terms) {
    Map<String, String> out = new HashMap<>();
    if (terms.isEmpty() || text.isEmpty()) {
      return out;
    }
    try (TokenStream ts = LanguageAnalyzers.forText(text).tokenStream(lang, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (out.size() < terms.size() && ts.incrementToken()) {
        String term = t.toString();
        if (terms.contains(term) && !out.containsKey(term)) {
          out.put(term, text.substring(off.startOffset(), off.endOffset()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
