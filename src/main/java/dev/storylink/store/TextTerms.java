package dev.storylink.store;

import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * An article's analysed terms counted once, for every key of its document that reads them: its
 * distinct terms in the order of their first occurrence ({@link #distinct}), each with the number
 * of times the text has it ({@link #count}).
 *
 * <p>Exact rules. {@link #distinct} holds each term of {@code tokens} once, at the place of its
 * first occurrence; {@link #count}{@code (i)} is the number of tokens equal to {@code
 * distinct().get(i)}; the counts sum to the number of tokens. {@link #stream} gives each distinct
 * term once, in that order, with its count as its term frequency: indexed in a field with
 * frequencies and without positions it gives the field the postings, frequencies, length (the sum
 * of the frequencies: the norm) and distinct-term count that the tokens one by one give it, while
 * Lucene hashes each distinct term once instead of once per token.
 *
 * <p>Immutable after {@link #of} (the stream is not thread-safe: Lucene consumes it once).
 */
final class TextTerms {
  private final List<String> distinct;
  private final int[] counts;

  private TextTerms(List<String> distinct, int[] counts) {
    this.distinct = distinct;
    this.counts = counts;
  }

  /** The distinct terms of {@code tokens} (in text order) with their counts. */
  static TextTerms of(List<String> tokens) {
    ObjectIntHashMap<String> index = new ObjectIntHashMap<>(Math.max(4, tokens.size() / 2));
    List<String> distinct = new ArrayList<>();
    int[] counts = new int[Math.max(4, tokens.size() / 2)];
    for (String t : tokens) {
      int slot = index.indexOf(t);
      if (index.indexExists(slot)) {
        counts[index.indexGet(slot)]++;
      } else {
        int i = distinct.size();
        index.indexInsert(slot, t, i);
        distinct.add(t);
        if (i == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[i] = 1;
      }
    }
    return new TextTerms(List.copyOf(distinct), counts);
  }

  /** The distinct terms, in the order of their first occurrence. */
  List<String> distinct() {
    return distinct;
  }

  /** How many tokens write {@code distinct().get(i)}. */
  int count(int i) {
    return counts[i];
  }

  /** The distinct terms with their counts as term frequencies (class comment). */
  TokenStream stream() {
    return new Counted();
  }

  private final class Counted extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
    private int i;

    @Override
    public boolean incrementToken() {
      if (i >= distinct.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(distinct.get(i));
      freq.setTermFrequency(counts[i]);
      i++;
      return true;
    }

    @Override
    public void reset() {
      i = 0;
    }
  }
}
