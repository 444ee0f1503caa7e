package dev.storylink.text;

import dev.storylink.text.ar.ArabicProcliticFilter;
import dev.storylink.text.ar.ArabicProcliticStripper;
import dev.storylink.text.ko.KoreanParticleFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

/**
 * The {@link CrossLingualAnalyzer} chain with each language's term rules, chosen by the language:
 * the field name given to {@link #tokenStream(String, String)} is the text's ISO-639-1 code ({@code
 * "und"} or any other code gets no rules). The rules, applied to the folded terms:
 *
 * <ul>
 *   <li>{@code ar}: {@link ArabicProcliticFilter}, the definite article and its fused clitics
 *       (الكرملين → كرملين, والسوريه → سوريه).
 *   <li>{@code ko}: {@link KoreanParticleFilter}, the trailing case particle (푸틴은 → 푸틴).
 * </ul>
 *
 * <p>{@link #forText} keeps {@link CrossLingualAnalyzer#forText}'s choice of tokenizer: the wrapper
 * over {@link org.apache.lucene.analysis.standard.StandardTokenizer}-based chains where that
 * tokenizer gives the same tokens as ICU's, else the one over ICU-based chains. Each language's
 * chain is its own Lucene {@link Analyzer}, whose components are reused per thread (this wrapper
 * delegates to their reuse strategy), so choosing a language costs one map lookup per text and
 * nothing per token.
 *
 * <p>Thread-safe, like every Lucene Analyzer.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {
  /** Term rules per ISO-639-1 code, applied after folding. */
  private static final Map<String, UnaryOperator<TokenStream>> TERM_RULES =
      Map.of("ar", ArabicProcliticFilter::new, "ko", KoreanParticleFilter::new);

  /** The chains on ICU's tokenizer: right for any text. */
  public static final LanguageAnalyzers INSTANCE =
      new LanguageAnalyzers(CrossLingualAnalyzer.INSTANCE, false);

  /** The chains on Lucene's StandardTokenizer, for texts it suffices for. */
  static final LanguageAnalyzers STANDARD =
      new LanguageAnalyzers(CrossLingualAnalyzer.STANDARD, true);

  private final Analyzer plain;
  private final Map<String, Analyzer> withRules;

  private LanguageAnalyzers(Analyzer plain, boolean standard) {
    super(GLOBAL_REUSE_STRATEGY);
    this.plain = plain;
    Map<String, Analyzer> m = new HashMap<>();
    TERM_RULES.forEach((lang, rules) -> m.put(lang, new CrossLingualAnalyzer(standard, rules)));
    this.withRules = Map.copyOf(m);
  }

  /**
   * The analyzers for {@code text}: {@link #INSTANCE}, or its faster twin on Lucene's
   * StandardTokenizer when {@link CrossLingualAnalyzer#standardTokenizerSuffices} (same terms and
   * offsets). Analyse with {@code forText(text).tokenStream(lang, text)}.
   */
  public static LanguageAnalyzers forText(String text) {
    return CrossLingualAnalyzer.standardTokenizerSuffices(text) ? STANDARD : INSTANCE;
  }

  /**
   * The terms a query term (analysed by {@link CrossLingualAnalyzer}, language unknown) must be
   * looked up as in an index of {@link TextAnalysis} terms: the term itself and, if an Arabic
   * article would be indexed in another form (the definite article stripped by {@link
   * ArabicProcliticFilter}: الكرملين → كرملين), that form. Only the Arabic rule has a query-side
   * variant (Korean particles are not stripped from query terms).
   */
  public static List<String> queryVariants(String term) {
    String stripped = ArabicProcliticStripper.strip(term, false);
    return stripped.equals(term) ? List.of(term) : List.of(term, stripped);
  }

  /** The chain of the language {@code lang} (ISO-639-1 code, or "und"). */
  @Override
  protected Analyzer getWrappedAnalyzer(String lang) {
    return withRules.getOrDefault(lang, plain);
  }
}
