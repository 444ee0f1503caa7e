package dev.storylink.text;

import dev.storylink.text.ur.UrduFolder;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The analysis chain that produces StoryLink's cross-lingual terms. Used for the feature vectors,
 * the search index and the comparison, so the three always agree.
 *
 * <ol>
 *   <li>{@link ICUTokenizer}: Unicode word segmentation for every script (Arabic, Persian, Urdu,
 *       Latin, Cyrillic, CJK dictionary-based, Thai...).
 *   <li>{@link ArabicScriptFoldingFilter} with {@link UrduFolder}: Arabic, Persian and Urdu letters
 *       folded to one canonical form, ZWNJ removed, digits to ASCII. The Urdu rules are a superset
 *       of the Persian and Arabic ones and only touch letters other languages do not use, so one
 *       folder serves every Arabic-script language.
 *   <li>{@link ICUFoldingFilter}: UTR#30 folding for the other scripts: case, accents (Erdoğan →
 *       erdogan, Köln → koln), width, native digits.
 * </ol>
 *
 * <p>No stemming and no stop words here: callers decide (see {@link Stopwords}); stemming would cut
 * names. Thread-safe, like every Lucene Analyzer (components are reused per thread).
 */
public final class CrossLingualAnalyzer extends Analyzer {
  /** Shared instance. */
  public static final CrossLingualAnalyzer INSTANCE = new CrossLingualAnalyzer();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    ICUTokenizer source = new ICUTokenizer();
    TokenStream ts = new ArabicScriptFoldingFilter(source, UrduFolder.INSTANCE);
    ts = new ICUFoldingFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(new ArabicScriptFoldingFilter(in, UrduFolder.INSTANCE));
  }
}
