package dev.storylink.features;

import dev.storylink.text.AnalyzedText;
import dev.storylink.text.Token;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Document frequencies counted over a growing collection of analysed texts. Thread-safe: documents
 * may be added from several threads while others read.
 *
 * <p>Can be saved as and loaded from a small TSV ({@code N} on the first line, then {@code term \t
 * df} lines); the classpath resource {@code background-df.tsv} is such a file and serves when no
 * collection is at hand ({@link #background()}).
 */
public final class CorpusStats implements TermStats {
  private final Map<String, LongAdder> df = new ConcurrentHashMap<>();
  private final AtomicLong docs = new AtomicLong();

  /** Counts the distinct terms and the distinct long sentences of one document. */
  public void add(AnalyzedText text) {
    addTerms(countedKeys(text));
  }

  /** Prefix of the pseudo-terms that count sentences (for boilerplate detection). */
  public static final String SENTENCE_PREFIX = dev.storylink.core.CountedKeys.SENTENCE_PREFIX;

  /** Minimum tokens for a sentence to be counted. */
  public static final int MIN_SENTENCE_TOKENS = 6;

  /**
   * One key per sentence of at least {@link #MIN_SENTENCE_TOKENS} tokens, indexed like {@code
   * text.sentences()} (empty string for shorter ones): the sentence's terms, hashed.
   */
  public static java.util.List<String> sentenceKeysBySentence(AnalyzedText text) {
    int n = text.sentences().size();
    // the hash of each sentence's "term term ... " grows char by char (no string is built)
    long[] hashes = new long[n];
    java.util.Arrays.fill(hashes, dev.storylink.core.Hashing.FNV_OFFSET);
    int[] counts = new int[n];
    for (Token t : text.tokens()) {
      int s = t.sentence();
      String term = t.term();
      long h = hashes[s];
      for (int i = 0; i < term.length(); i++) {
        h = dev.storylink.core.Hashing.fnv1a(h, term.charAt(i));
      }
      hashes[s] = dev.storylink.core.Hashing.fnv1a(h, ' ');
      counts[s]++;
    }
    java.util.List<String> keys = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      keys.add(
          counts[s] >= MIN_SENTENCE_TOKENS ? SENTENCE_PREFIX + Long.toHexString(hashes[s]) : "");
    }
    return keys;
  }

  /** Counts one document given its distinct terms. */
  public void addTerms(Set<String> distinctTerms) {
    for (String term : distinctTerms) {
      df.computeIfAbsent(term, k -> new LongAdder()).increment();
    }
    docs.incrementAndGet();
  }

  @Override
  public long docCount() {
    return Math.max(1, docs.get());
  }

  /** Number of documents counted (0 for empty statistics, where {@link #docCount} says 1). */
  public long documents() {
    return docs.get();
  }

  /** The distinct keys {@link #add} counts for a text: its terms and its long sentences. */
  public static Set<String> countedKeys(AnalyzedText text) {
    return countedKeys(text, sentenceKeysBySentence(text));
  }

  /** As {@link #countedKeys(AnalyzedText)}, given the text's {@link #sentenceKeysBySentence}. */
  public static Set<String> countedKeys(AnalyzedText text, List<String> sentenceKeys) {
    Set<String> seen = new HashSet<>();
    for (Token t : text.tokens()) {
      seen.add(t.term());
    }
    for (String k : sentenceKeys) {
      if (!k.isEmpty()) {
        seen.add(k);
      }
    }
    return seen;
  }

  @Override
  public long docFreq(String term) {
    LongAdder a = df.get(term);
    return a == null ? 0 : a.sum();
  }

  /** Number of distinct terms seen. */
  public int termCount() {
    return df.size();
  }

  /** Writes the statistics of terms seen in at least {@code minDf} documents. */
  public void write(Writer w, int minDf) throws IOException {
    BufferedWriter out = new BufferedWriter(w);
    out.write(Long.toString(docCount()));
    out.write('\n');
    List<Map.Entry<String, LongAdder>> entries = new ArrayList<>(df.entrySet());
    entries.sort(
        (a, b) -> {
          int c = Long.compare(b.getValue().sum(), a.getValue().sum());
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
    for (Map.Entry<String, LongAdder> e : entries) {
      long n = e.getValue().sum();
      if (n >= minDf
          && !e.getKey().startsWith(SENTENCE_PREFIX)
          && e.getKey().indexOf('\t') < 0
          && e.getKey().indexOf('\n') < 0) {
        out.write(e.getKey());
        out.write('\t');
        out.write(Long.toString(n));
        out.write('\n');
      }
    }
    out.flush();
  }

  /** Statistics with the given document count and document frequencies. */
  public static CorpusStats fromCounts(long docCount, Map<String, Long> docFreqs) {
    CorpusStats s = new CorpusStats();
    s.docs.set(docCount);
    docFreqs.forEach(
        (term, n) -> {
          LongAdder a = new LongAdder();
          a.add(n);
          s.df.put(term, a);
        });
    return s;
  }

  /** Reads statistics written by {@link #write}. */
  public static CorpusStats read(InputStream in) throws IOException {
    CorpusStats s = new CorpusStats();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = r.readLine();
    if (first == null) {
      return s;
    }
    s.docs.set(Long.parseLong(first.strip()));
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        LongAdder a = new LongAdder();
        a.add(Long.parseLong(line.substring(tab + 1)));
        s.df.put(line.substring(0, tab), a);
      }
    }
    return s;
  }

  private static volatile CorpusStats background;

  /**
   * Background statistics shipped with StoryLink (document frequencies of frequent terms in news
   * text; no text is shipped), for scoring a lone pair when no store is at hand.
   */
  public static CorpusStats background() {
    CorpusStats b = background;
    if (b == null) {
      synchronized (CorpusStats.class) {
        b = background;
        if (b == null) {
          try (InputStream in = CorpusStats.class.getResourceAsStream("background-df.tsv")) {
            b = in == null ? new CorpusStats() : read(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          background = b;
        }
      }
    }
    return b;
  }
}
