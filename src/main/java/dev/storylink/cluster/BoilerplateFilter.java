package dev.storylink.cluster;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import dev.storylink.core.Article;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Text an outlet repeats around its articles (consent banners, newsletter prompts, press-release
 * headers and contact footers), found online and cut from an article before its event evidence is
 * computed (docs/clustering-quality.md, twentieth round).
 *
 * <p>An article's body is read as word shingles: runs of {@link ClusterConfig.Boilerplate#words}
 * consecutive words (letters and digits, lower-cased), each keyed by the article's outlet (its
 * source, or the host of its url) and the words. A word is boilerplate when a shingle holding it
 * was seen in at least {@link ClusterConfig.Boilerplate#seen} <em>earlier</em> articles of the same
 * outlet; {@link #strip} cuts each run of such words from the body (the cut ends a sentence),
 * unless they are more than {@link ClusterConfig.Boilerplate#maxShare} of the body's words (then
 * the article is another version of an earlier one, which the near-duplicate detector handles, and
 * it is kept whole), and then counts the article's own shingles. Text shared by two outlets is not
 * boilerplate (that is how an agency's report reads in its clients' copies). An article without an
 * outlet is kept whole and not counted.
 *
 * <p>Memory is bounded: the table holds at most {@link ClusterConfig.Boilerplate#capacity}
 * shingles; when it is over, every count is halved (counts of one dropped), so an outlet's lasting
 * template stays while one-off text goes. Deterministic for a given order of articles.
 *
 * <p>Not thread-safe: {@link #strip} is called for one article at a time in stream order (the
 * clusterer's sequential index step); {@link #shingles} is a pure function and may run anywhere.
 */
final class BoilerplateFilter {
  private final ClusterConfig.Boilerplate config;

  /** The multiplier of the shingles' rolling hash (odd, so every power is invertible mod 2^64). */
  private static final long ROLL = 0x9e3779b97f4a7c15L;

  /**
   * Per ASCII character: its lower-case form when it is a letter or digit (as {@link
   * Character#isLetterOrDigit} and {@link Character#toLowerCase} read it), else 0.
   */
  private static final char[] ASCII_WORD = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  /** Shingles per article above which {@link #count}'s reused set drops its buffer. */
  private static final int ONCE_KEPT = 1 << 14;

  private LongIntHashMap seen = new LongIntHashMap();
  private final LongHashSet once = new LongHashSet();

  BoilerplateFilter(ClusterConfig.Boilerplate config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The words of a body with their outlet-keyed shingles; immutable. */
  record Shingles(int[] starts, int[] ends, long[] keys) {
    static final Shingles NONE = new Shingles(new int[0], new int[0], new long[0]);

    Shingles {
      Objects.requireNonNull(starts, "starts");
      Objects.requireNonNull(ends, "ends");
      Objects.requireNonNull(keys, "keys");
      if (starts.length != ends.length || keys.length > starts.length) {
        throw new IllegalArgumentException("one start and end per word, at most one key per word");
      }
    }

    int words() {
      return starts.length;
    }
  }

  /**
   * The body's words and shingles for {@code words}-word shingles keyed by {@code outlet}; {@link
   * Shingles#NONE} for an empty outlet.
   */
  static Shingles shingles(String outlet, String body, int words) {
    if (outlet.isEmpty()) {
      return Shingles.NONE;
    }
    int[] starts = new int[16];
    int[] ends = new int[16];
    long[] hashes = new long[16];
    int n = 0;
    int i = 0;
    int len = body.length();
    while (i < len) {
      char c = body.charAt(i);
      if (c < 128 ? ASCII_WORD[c] == 0 : !Character.isLetterOrDigit(body.codePointAt(i))) {
        i += c < 128 ? 1 : Character.charCount(body.codePointAt(i));
        continue;
      }
      int start = i;
      long h = 0xcbf29ce484222325L;
      while (i < len) {
        c = body.charAt(i);
        if (c < 128) {
          char lower = ASCII_WORD[c];
          if (lower == 0) {
            break;
          }
          h = (h ^ lower) * 0x100000001b3L;
          i++;
        } else {
          int cp = body.codePointAt(i);
          if (!Character.isLetterOrDigit(cp)) {
            break;
          }
          h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
          i += Character.charCount(cp);
        }
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, 2 * n);
        ends = Arrays.copyOf(ends, 2 * n);
        hashes = Arrays.copyOf(hashes, 2 * n);
      }
      starts[n] = start;
      ends[n] = i;
      hashes[n] = mix(h);
      n++;
    }
    long base = mix(outlet.toLowerCase(Locale.ROOT).hashCode() * 0x9e3779b97f4a7c15L + words);
    long[] keys = new long[Math.max(0, n - words + 1)];
    if (keys.length > 0) {
      // a polynomial rolling hash of the window's word hashes: window = sum h[s+j] *
      // ROLL^(words-1-j)
      long top = 1; // ROLL^(words-1)
      for (int w = 1; w < words; w++) {
        top *= ROLL;
      }
      long window = 0;
      for (int w = 0; w < words; w++) {
        window = window * ROLL + hashes[w];
      }
      keys[0] = mix(base ^ window);
      for (int s = 1; s < keys.length; s++) {
        window = (window - hashes[s - 1] * top) * ROLL + hashes[s + words - 1];
        keys[s] = mix(base ^ window);
      }
    }
    return new Shingles(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), keys);
  }

  /** The article's outlet: its source, else its url's host, else empty; lower-cased. */
  static String outlet(Article a) {
    if (!a.source().isBlank()) {
      return a.source().strip().toLowerCase(Locale.ROOT);
    }
    if (a.url().isBlank()) {
      return "";
    }
    try {
      String host = URI.create(a.url().strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /**
   * The article with the boilerplate cut from its body (empty when nothing is cut), then its
   * shingles counted for later articles. {@code s} must be {@link #shingles} of the article's body
   * and outlet.
   */
  Optional<Article> strip(Article a, Shingles s) {
    Optional<Article> out = Optional.empty();
    int n = s.words();
    long[] keys = s.keys();
    boolean[] cut = new boolean[keys.length > 0 ? n : 0];
    int covered = 0;
    once.clear();
    for (int k = 0; k < keys.length; k++) {
      // counted as it is looked up (one probe of the table per key): the count the earlier
      // articles gave is the one before this article's own count of the key
      if (earlier(keys[k]) >= config.seen()) {
        for (int w = k; w < k + config.words(); w++) {
          covered += cut[w] ? 0 : 1;
          cut[w] = true;
        }
      }
    }
    if (covered > 0 && covered <= config.maxShare() * n) {
      String body = cut(a.text(), s, cut);
      if (!body.isBlank() || !a.title().isBlank()) {
        out =
            Optional.of(
                new Article(a.id(), a.lang(), a.title(), body, a.date(), a.source(), a.url()));
      }
    }
    if (keys.length > ONCE_KEPT) {
      once.release(); // a huge body's buffer is not kept for the next article's clear()
    }
    if (seen.size() > config.capacity()) {
      halve();
    }
    return out;
  }

  /**
   * The count of shingle {@code key} in the earlier articles, and the key counted once for the
   * article being stripped (its first time in the article; {@link #once} holds its keys so far).
   */
  private int earlier(long key) {
    int slot = seen.indexOf(key);
    if (!once.add(key)) {
      return seen.indexGet(slot) - 1; // this article counted it already
    }
    if (seen.indexExists(slot)) {
      int before = seen.indexGet(slot);
      seen.indexReplace(slot, before + 1);
      return before;
    }
    seen.indexInsert(slot, key, 1);
    return 0;
  }

  /** The shingle length in words. */
  int words() {
    return config.words();
  }

  /** Shingles currently counted (for tests and the memory bound). */
  int size() {
    return seen.size();
  }

  /**
   * Every count halved, counts of one dropped: the table's slots read in order (not through its
   * iterator, which visits them in a scattered order), the kept counts in a new table.
   */
  private void halve() {
    LongIntHashMap kept = new LongIntHashMap(seen.size() / 2);
    long[] keys = seen.keys;
    int[] values = seen.values;
    // the last slot holds the key 0 when the table has it; the others hold 0 when empty
    for (int slot = 0; slot < keys.length - 1; slot++) {
      if (keys[slot] != 0 && values[slot] > 1) {
        kept.put(keys[slot], values[slot] / 2);
      }
    }
    int zero = seen.getOrDefault(0L, 0);
    if (zero > 1) {
      kept.put(0L, zero / 2);
    }
    seen = kept;
  }

  /**
   * The body without the cut words: each run of cut words, with what follows it up to the next kept
   * word, becomes a line end.
   */
  static String cut(String body, Shingles s, boolean[] cut) {
    StringBuilder b = new StringBuilder(body.length());
    int from = 0; // body text not yet copied
    int w = 0;
    while (w < cut.length) {
      if (!cut[w]) {
        w++;
        continue;
      }
      int runStart = w;
      while (w < cut.length && cut[w]) {
        w++;
      }
      b.append(body, from, s.starts()[runStart]).append('\n');
      // the run's trailing punctuation goes with it: the body resumes at the next kept word
      from = w < cut.length ? s.starts()[w] : body.length();
    }
    b.append(body, from, body.length());
    return b.toString().strip();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
