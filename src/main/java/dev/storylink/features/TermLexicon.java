package dev.storylink.features;

import com.carrotsearch.hppc.LongObjectHashMap;
import dev.storylink.core.Hashing;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lexicon of words and phrases, each with a value, matched against the analysed tokens of a text
 * after the same folding as the text (entries are analysed with {@link TextAnalysis} in their
 * language when added).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>An entry of several words matches them as consecutive tokens ("death toll", "كانون
 *       الثاني").
 *   <li>A word ending in {@code *} matches every token it begins ("قتيل*" matches قتيلا and قتيلاً;
 *       "verletzt*" matches verletzten): a stem for languages whose words inflect; any word of a
 *       phrase may be one ("подземн* толч*").
 *   <li>In Arabic texts a token may carry one glued conjunction or preposition (و، ف، ب، ل) that
 *       the analysis does not strip: "وإصابة" matches "إصابة". Not in Persian or Urdu, where the
 *       same letters begin ordinary words (برای, بامداد).
 * </ul>
 *
 * <p>Build with {@link Builder} on one thread; the built lexicon is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class TermLexicon<T> {
  /** One entry: its analysed terms (the last may end in {@code *}) and its value. */
  public record Entry<T>(List<String> terms, T value) {
    public Entry {
      terms = List.copyOf(terms);
      Objects.requireNonNull(value, "value");
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("an entry needs a term");
      }
    }
  }

  /** Arabic conjunctions and prepositions written glued to the next word (و، ف، ب، ل). */
  static final String CLITICS = "وفبل";

  /** Entries by their first term; a stem's key ends in "*". */
  private final Map<String, List<Entry<T>>> byFirst;

  /** {@link #byFirst} for the look-ups of the tokens. */
  private final FirstTerms<List<Entry<T>>> firstTerms;

  /** Entries whose first term is a stem, by the FNV-1a hash of the stem (without "*"). */
  private final LongObjectHashMap<List<Entry<T>>> byStemHash = new LongObjectHashMap<>();

  /**
   * The FNV-1a hashes of every prefix of every stem, as bits ({@link #prefixBit}): a walk stops
   * where no stem goes on. A bit may be set by another prefix (the walk then goes one char further
   * and finds nothing), never unset for a real prefix.
   */
  private final long[] prefixBits = new long[BITS / 64];

  /** The stems' own hashes as bits: most prefixes of a word are no stem, and need no map probe. */
  private final long[] stemBits = new long[BITS / 64];

  private final int longestStem;

  /**
   * Bits of the first terms' hash codes ({@link #mayBeFirst}): most words of a text begin no entry,
   * and one bit answers that without probing the map (this runs for every token of every article,
   * once per lexicon).
   */
  private final long[] firstBits = new long[BITS / 64];

  private static final int BITS = 1 << 16;

  private TermLexicon(Map<String, List<Entry<T>>> byFirst) {
    // a HashMap, never changed after this: its look-up masks the hash where Map.copyOf's divides
    // (it runs for every token whose bit is set, once per lexicon)
    this.byFirst = new HashMap<>(byFirst);
    this.firstTerms = new FirstTerms<>(byFirst);
    int longest = 0;
    for (Map.Entry<String, List<Entry<T>>> e : byFirst.entrySet()) {
      String key = e.getKey();
      int bit = firstBit(key);
      firstBits[bit >>> 6] |= 1L << bit;
      if (key.endsWith("*")) {
        String stem = key.substring(0, key.length() - 1);
        long h = Hashing.fnv1a(stem);
        List<Entry<T>> same = byStemHash.get(h); // another stem with the same hash: both kept
        List<Entry<T>> all = new ArrayList<>(e.getValue());
        if (same != null) {
          all.addAll(same);
        }
        byStemHash.put(h, List.copyOf(all));
        int sb = prefixBit(h);
        stemBits[sb >>> 6] |= 1L << sb;
        longest = Math.max(longest, stem.length());
        long p = Hashing.FNV_OFFSET;
        for (int k = 0; k < stem.length(); k++) {
          p = Hashing.fnv1a(p, stem.charAt(k));
          int pb = prefixBit(p);
          prefixBits[pb >>> 6] |= 1L << pb;
        }
      }
    }
    this.longestStem = longest;
  }

  /** A new builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Builds a lexicon. Not thread-safe. */
  public static final class Builder<T> {
    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    private Builder() {}

    /**
     * Adds {@code phrase} (words of {@code lang}; a trailing {@code *} marks a stem) with {@code
     * value}; a phrase that analyses to no term is skipped. Returns false when skipped.
     */
    public boolean add(String phrase, String lang, T value) {
      List<String> terms = new ArrayList<>();
      for (String word : phrase.strip().split("\\s+")) {
        boolean stem = word.endsWith("*");
        String plain = stem ? word.substring(0, word.length() - 1) : word;
        List<Token> tokens = TextAnalysis.analyze(plain, lang).tokens();
        if (tokens.isEmpty()) {
          continue;
        }
        for (Token t : tokens) {
          terms.add(t.term());
        }
        if (stem) {
          String last = terms.get(terms.size() - 1);
          if (last.length() < 2) {
            return false;
          }
          terms.set(terms.size() - 1, last + "*");
        }
      }
      if (terms.isEmpty()) {
        return false;
      }
      Entry<T> e = new Entry<>(terms, value);
      List<Entry<T>> list = byFirst.computeIfAbsent(terms.get(0), k -> new ArrayList<>());
      if (!list.contains(e)) {
        list.add(e);
      }
      return true;
    }

    /** The lexicon; entries of more words are tried first. */
    public TermLexicon<T> build() {
      Map<String, List<Entry<T>>> out = new HashMap<>();
      byFirst.forEach(
          (k, v) -> {
            List<Entry<T>> sorted = new ArrayList<>(v);
            sorted.sort((a, b) -> Integer.compare(b.terms().size(), a.terms().size()));
            out.put(k, List.copyOf(sorted));
          });
      return new TermLexicon<>(out);
    }
  }

  /** A lexicon with the entries of both. */
  public static <T> TermLexicon<T> union(TermLexicon<T> a, TermLexicon<T> b) {
    Map<String, List<Entry<T>>> out = new HashMap<>(a.byFirst);
    b.byFirst.forEach(
        (k, v) ->
            out.merge(
                k,
                v,
                (x, y) -> {
                  List<Entry<T>> all = new ArrayList<>(x);
                  y.stream().filter(e -> !all.contains(e)).forEach(all::add);
                  all.sort((p, q) -> Integer.compare(q.terms().size(), p.terms().size()));
                  return List.copyOf(all);
                }));
    return new TermLexicon<>(out);
  }

  /**
   * The entries that match at {@code tokens[i]} of a text in language {@code lang}, longest first;
   * empty when none.
   */
  public List<Entry<T>> matchAt(List<Token> tokens, int i, String lang) {
    if (i < 0 || i >= tokens.size()) {
      return List.of();
    }
    String term = tokens.get(i).term();
    List<Entry<T>> out = collect(term, 0, tokens, i, null);
    if ("ar".equals(lang) && term.length() > 3 && CLITICS.indexOf(term.charAt(0)) >= 0) {
      out = collect(term, 1, tokens, i, out); // the word after the clitic
    }
    if (out == null) {
      return List.of();
    }
    if (out.size() > 1) {
      out.sort(MORE_SPECIFIC_FIRST);
    }
    return out;
  }

  /**
   * The order of {@link #matchAt}'s entries: more words first; among equals, the more specific
   * first term (a whole word, a longer stem).
   */
  static final Comparator<Entry<?>> MORE_SPECIFIC_FIRST =
      (a, b) ->
          a.terms().size() != b.terms().size()
              ? Integer.compare(b.terms().size(), a.terms().size())
              : Integer.compare(b.terms().get(0).length(), a.terms().get(0).length());

  /**
   * Adds the entries whose first term is {@code first} ({@code term} from char {@code from} on: 0,
   * or 1 after a clitic) or a stem of it: a bit test, then a map lookup only when the bit is set,
   * for the word; a bit test and a hash lookup per prefix while some stem may begin with it (its
   * FNV-1a hash grows char by char). Nothing is allocated unless the word's bit is set.
   */
  private List<Entry<T>> collect(
      String term, int from, List<Token> tokens, int i, List<Entry<T>> out) {
    int hash = from == 0 ? term.hashCode() : hashFrom(term, from);
    if (mayBeFirst(hash)) {
      out = addMatching(firstTerms.get(term, from, hash), null, 0, tokens, i, out); // equal
    }
    long h = Hashing.FNV_OFFSET;
    for (int len = 1, n = Math.min(term.length() - from, longestStem); len <= n; len++) {
      h = Hashing.fnv1a(h, term.charAt(from + len - 1));
      int bit = prefixBit(h);
      if ((prefixBits[bit >>> 6] & (1L << bit)) == 0) {
        break; // no stem begins with these chars
      }
      if (len >= 2 && (stemBits[bit >>> 6] & (1L << bit)) != 0) {
        List<Entry<T>> stems = byStemHash.get(h);
        if (stems != null) {
          out = addMatching(stems, term, from, tokens, i, out);
        }
      }
    }
    return out;
  }

  /**
   * False when no entry's first term has the hash code {@code hash} (true may be a false positive).
   */
  private boolean mayBeFirst(int hash) {
    int bit = firstBit(hash);
    return (firstBits[bit >>> 6] & (1L << bit)) != 0;
  }

  /** {@code term.substring(from).hashCode()}, without the substring. */
  static int hashFrom(String term, int from) {
    int h = 0;
    for (int k = from; k < term.length(); k++) {
      h = 31 * h + term.charAt(k);
    }
    return h;
  }

  private static int prefixBit(long h) {
    return (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (BITS - 1);
  }

  private static int firstBit(String term) {
    return firstBit(term.hashCode());
  }

  private static int firstBit(int h) {
    return (h ^ (h >>> 16)) & (BITS - 1);
  }

  /**
   * Adds those of {@code entries} that match with first term {@code term} from char {@code from};
   * {@code term} null when every entry's first term is the token's (its word's entries).
   */
  private static <T> List<Entry<T>> addMatching(
      List<Entry<T>> entries,
      String term,
      int from,
      List<Token> tokens,
      int i,
      List<Entry<T>> out) {
    if (entries == null) {
      return out;
    }
    for (int k = 0; k < entries.size(); k++) { // by index: no iterator per token
      Entry<T> e = entries.get(k);
      if (matches(e.terms(), term, from, tokens, i)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        if (!out.contains(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static boolean matches(
      List<String> terms, String term, int from, List<Token> tokens, int i) {
    if (i + terms.size() > tokens.size()
        || (term != null && !termMatches(terms.get(0), term, from))) {
      return false;
    }
    for (int k = 1; k < terms.size(); k++) {
      if (!termMatches(terms.get(k), tokens.get(i + k).term(), 0)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code got} from char {@code from} on is {@code want}, or begins with it when {@code want} is a
   * stem (no allocation).
   */
  private static boolean termMatches(String want, String got, int from) {
    int n = want.length() - 1;
    if (n >= 0 && want.charAt(n) == '*') {
      return got.length() - from >= n && got.regionMatches(from, want, 0, n);
    }
    return from == 0
        ? got.equals(want)
        : got.length() - from == want.length() && got.regionMatches(from, want, 0, want.length());
  }
}
