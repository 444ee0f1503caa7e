package dev.storylink.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stop words per language, as cross-lingual terms (folded by the same {@link CrossLingualAnalyzer}
 * as the text, so they match its terms). Lists come from Lucene (Arabic, Persian, Turkish, and the
 * Snowball lists for English, German, Spanish, French, Russian, Italian, Portuguese, Dutch); Urdu
 * and Polish lists, which Lucene's common analysis module lacks, are StoryLink's own resources
 * (with a few news-specific words added for Arabic and Persian). Thread-safe; sets are built
 * lazily once per language and are read-only.
 */
public final class Stopwords {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Stopwords() {}

  /** Stop words of {@code lang}; for an unknown language the union of all lists. */
  public static Set<String> of(String lang) {
    return CACHE.computeIfAbsent(lang, Stopwords::load);
  }

  private static Set<String> load(String lang) {
    if (!Languages.isSupported(lang)) {
      Set<String> all = new HashSet<>();
      for (String l : Languages.SUPPORTED) {
        all.addAll(of(l));
      }
      return Set.copyOf(all);
    }
    CharArraySet raw =
        switch (lang) {
          case "ar" -> ArabicAnalyzer.getDefaultStopSet();
          case "fa" -> PersianAnalyzer.getDefaultStopSet();
          case "tr" -> TurkishAnalyzer.getDefaultStopSet();
          case "de" -> GermanAnalyzer.getDefaultStopSet();
          case "es" -> SpanishAnalyzer.getDefaultStopSet();
          case "fr" -> FrenchAnalyzer.getDefaultStopSet();
          case "ru" -> RussianAnalyzer.getDefaultStopSet();
          case "it" -> ItalianAnalyzer.getDefaultStopSet();
          case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
          case "nl" -> DutchAnalyzer.getDefaultStopSet();
          case "en" -> snowball("english_stop.txt");
          default -> CharArraySet.EMPTY_SET;
        };
    Set<String> out = new HashSet<>();
    for (Object o : raw) {
      addFolded(out, new String((char[]) o), lang);
    }
    try (InputStream in = Stopwords.class.getResourceAsStream("stopwords/" + lang + ".txt")) {
      if (in != null) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String w = line.strip();
          if (!w.isEmpty() && !w.startsWith("#")) {
            addFolded(out, w, lang);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private static CharArraySet snowball(String file) {
    try (Reader r =
        new InputStreamReader(
            SnowballFilter.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addFolded(Set<String> out, String word, String lang) {
    for (Token t : TextAnalysis.analyze(word, lang).tokens()) {
      out.add(t.term());
    }
    // keep the plain folded form too, in case the stripper changed it
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream("t", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
