package dev.storylink.text;

import java.util.Map;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Same-language stemming of cross-lingual terms, for the within-language similarity only (never for
 * names or cross-lingual keys, which stemming would cut). Snowball stemmers for the European
 * languages and Turkish, Lucene's light stemmers for Arabic and Persian; other languages are
 * returned unchanged. Arabic and Persian use a light suffix strip (the suffix lists of Lucene's
 * light stemmers, which are not public API). Thread-safe: stemmer instances are per thread, the
 * stems they computed are remembered in concurrent maps.
 */
public final class Stemmers {
  private static final Map<String, Supplier<SnowballStemmer>> SNOWBALL =
      Map.of(
          "en", EnglishStemmer::new,
          "de", GermanStemmer::new,
          "es", SpanishStemmer::new,
          "fr", FrenchStemmer::new,
          "tr", TurkishStemmer::new,
          "ru", RussianStemmer::new,
          "it", ItalianStemmer::new,
          "pt", PortugueseStemmer::new,
          "nl", DutchStemmer::new);
  private static final ThreadLocal<Map<String, SnowballStemmer>> LOCAL =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /**
   * Stems computed, per language, shared by all threads and cleared when one holds {@link
   * #CACHE_LIMIT} words (at most a few MB): words recur across articles, and a Snowball stemmer
   * costs more than a map look-up.
   */
  private static final Map<String, Map<String, String>> STEMS = stemMaps();

  private static final int CACHE_LIMIT = 16_384;

  private static Map<String, Map<String, String>> stemMaps() {
    Map<String, Map<String, String>> m = new java.util.HashMap<>();
    for (String lang : SNOWBALL.keySet()) {
      m.put(lang, new java.util.concurrent.ConcurrentHashMap<>());
    }
    return Map.copyOf(m);
  }

  // Light suffix lists (folded letters), longest first, as in Lucene's Arabic/Persian stemmers.
  private static final String[] ARABIC_SUFFIXES = {
    "\u0647\u0627",
    "\u0627\u0646",
    "\u0627\u062A",
    "\u0648\u0646",
    "\u064A\u0646",
    "\u064A\u0647",
    "\u0647",
    "\u064A"
  };
  private static final String[] PERSIAN_SUFFIXES = {
    "\u0647\u0627\u064A", "\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u064A"
  };

  private Stemmers() {}

  /** Stem of {@code term} in {@code lang}; the term itself when there is no stemmer. */
  public static String stem(String term, String lang) {
    if (Scripts.hasArabicScript(term)) {
      String[] suffixes =
          switch (lang) {
            case "ar" -> ARABIC_SUFFIXES;
            case "fa" -> PERSIAN_SUFFIXES;
            default -> new String[0];
          };
      for (String suffix : suffixes) {
        if (term.endsWith(suffix) && term.length() - suffix.length() >= 3) {
          return term.substring(0, term.length() - suffix.length());
        }
      }
      return term;
    }
    Supplier<SnowballStemmer> factory = SNOWBALL.get(lang);
    if (factory == null) {
      return term;
    }
    Map<String, String> stems = STEMS.get(lang);
    String cached = stems.get(term);
    if (cached != null) {
      return cached;
    }
    SnowballStemmer s = LOCAL.get().computeIfAbsent(lang, k -> factory.get());
    s.setCurrent(term);
    s.stem();
    String out = s.getCurrent();
    String stem = out.length() >= 2 ? out : term;
    if (stems.size() >= CACHE_LIMIT) {
      stems.clear();
    }
    stems.put(term, stem);
    return stem;
  }
}
