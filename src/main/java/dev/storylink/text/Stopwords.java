package dev.storylink.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stop words per language, as cross-lingual terms (folded by the same {@link CrossLingualAnalyzer}
 * as the text, so they match its terms). Lists come from Lucene (Arabic, Persian, Turkish, and the
 * Snowball lists for English, German, Spanish, French, Russian, Italian, Portuguese, Dutch); Urdu
 * and Polish lists, which Lucene's common analysis module lacks, and a Hebrew one, are StoryLink's
 * own resources (with a few news-specific words added for Arabic and Persian). Other languages get
 * Lucene's list where it has one (Greek, Hindi, Thai, Swedish, Czech...). Thread-safe; sets are
 * built lazily once per language and are read-only.
 */
public final class Stopwords {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Stopwords() {}

  /**
   * Stop words of {@code lang}; for a language outside {@link Languages#SUPPORTED} the list Lucene
   * has for it (Greek, Hindi, Thai, Swedish, Czech...), or none.
   */
  public static Set<String> of(String lang) {
    Set<String> s = CACHE.get(lang);
    if (s == null) {
      // not computeIfAbsent: analysing the words may look up other languages' lists
      s = load(lang);
      CACHE.putIfAbsent(lang, s);
    }
    return s;
  }

  private static Set<String> load(String lang) {
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
          case "el" -> GreekAnalyzer.getDefaultStopSet();
          case "hi" -> HindiAnalyzer.getDefaultStopSet();
          case "th" -> ThaiAnalyzer.getDefaultStopSet();
          case "sv" -> SwedishAnalyzer.getDefaultStopSet();
          case "da" -> DanishAnalyzer.getDefaultStopSet();
          case "no", "nb" -> NorwegianAnalyzer.getDefaultStopSet();
          case "fi" -> FinnishAnalyzer.getDefaultStopSet();
          case "hu" -> HungarianAnalyzer.getDefaultStopSet();
          case "ro" -> RomanianAnalyzer.getDefaultStopSet();
          case "cs" -> CzechAnalyzer.getDefaultStopSet();
          case "bg" -> BulgarianAnalyzer.getDefaultStopSet();
          case "ca" -> CatalanAnalyzer.getDefaultStopSet();
          case "id" -> IndonesianAnalyzer.getDefaultStopSet();
          case "hy" -> ArmenianAnalyzer.getDefaultStopSet();
          case "ga" -> IrishAnalyzer.getDefaultStopSet();
          case "lv" -> LatvianAnalyzer.getDefaultStopSet();
          case "lt" -> LithuanianAnalyzer.getDefaultStopSet();
          case "eu" -> BasqueAnalyzer.getDefaultStopSet();
          case "gl" -> GalicianAnalyzer.getDefaultStopSet();
          case "bn" -> BengaliAnalyzer.getDefaultStopSet();
          case "ne" -> NepaliAnalyzer.getDefaultStopSet();
          case "ta" -> TamilAnalyzer.getDefaultStopSet();
          case "te" -> TeluguAnalyzer.getDefaultStopSet();
          case "et" -> EstonianAnalyzer.getDefaultStopSet();
          case "sr" -> SerbianAnalyzer.getDefaultStopSet();
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
    // a HashSet behind a read-only view, not Set.copyOf: its look-up masks the hash where
    // Set.copyOf's divides by the table size (it runs for every token of every article, twice)
    return new StopSet(out);
  }

  /**
   * A read-only set of words whose look-up first tests a bit of the word's hash code: most words of
   * a text are no stop word, and the bit answers them without probing the set (a bit may be set by
   * another word's hash: the set then answers). Thread-safe: immutable.
   */
  private static final class StopSet extends AbstractSet<String> {
    private static final int BITS = 1 << 15;
    private final Set<String> words;
    private final long[] bits = new long[BITS / 64];

    StopSet(Set<String> words) {
      this.words = Collections.unmodifiableSet(words);
      for (String w : words) {
        int b = bit(w.hashCode());
        bits[b >>> 6] |= 1L << b;
      }
    }

    private static int bit(int h) {
      return (h ^ (h >>> 15)) & (BITS - 1);
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String s)) {
        return false;
      }
      int b = bit(s.hashCode());
      return (bits[b >>> 6] & (1L << b)) != 0 && words.contains(s);
    }

    @Override
    public Iterator<String> iterator() {
      return words.iterator();
    }

    @Override
    public int size() {
      return words.size();
    }
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
