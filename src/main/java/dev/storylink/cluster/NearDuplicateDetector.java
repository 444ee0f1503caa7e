package dev.storylink.cluster;

import com.carrotsearch.hppc.LongObjectHashMap;
import dev.storylink.core.Hashing;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Detects near-duplicate articles, i.e. the same wire copy republished with another headline or
 * small edits, using MinHash signatures over word 5-shingles and an LSH banding index.
 *
 * <p>Text is normalized before shingling: Unicode NFKC, lower case (per code point), Arabic
 * diacritics (U+064B to U+065F, U+0670) and tatweel (U+0640) removed, zero-width non-joiner and
 * other format characters removed, Arabic/Persian letter variants (ي/ى/ی, ك/ک) unified, punctuation
 * treated as space. Texts shorter than the shingle size form a single shingle.
 *
 * <p>Two texts are duplicates when their estimated Jaccard similarity (the fraction of equal
 * MinHash values) is at least the threshold (0.8 by default). With the defaults (100 hash functions
 * in 20 bands of 5 rows) a pair at Jaccard 0.8 becomes a candidate with probability above 0.999.
 * Each shingle is hashed once (FNV-1a words, combined and mixed to 64 bits); hash function {@code
 * i} is then the multiply-shift {@code (a_i * h + b_i) >>> 33} with fixed random {@code a_i} (odd)
 * and {@code b_i}, so results are deterministic across runs.
 *
 * <p>Thread-safe: {@link #findDuplicateOf} computes the signature without locking and then looks up
 * and registers atomically under the detector's lock, so concurrent callers see a consistent
 * "earlier article" order. Memory: about 400 bytes of signature and 20 index entries per registered
 * article, until it is {@linkplain #forget forgotten}.
 */
public final class NearDuplicateDetector {

  /** Default Jaccard threshold. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  private static final int BANDS = 20;
  private static final int ROWS = 5;
  private static final int HASHES = BANDS * ROWS;
  private static final long SEED = 0x5707_11A4_2024_0001L;

  private static final long[] MUL = new long[HASHES];
  private static final long[] ADD = new long[HASHES];

  static {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < HASHES; i++) {
      MUL[i] = r.nextLong() | 1L;
      ADD[i] = r.nextLong();
    }
  }

  private final double threshold;
  private final Object lock = new Object();
  private long registered; // registration counter: order of the entries
  private final Map<String, Entry> byId = new HashMap<>();
  // band key -> the entries with that band, in registration order: a primitive-keyed table (the
  // ingest looks up 20 keys per article and 20 more per article forgotten; a boxed Long per look-up
  // and a node per key cost more than the table does)
  private final LongObjectHashMap<Entry[]> buckets = new LongObjectHashMap<>();

  /** One registered article. */
  private record Entry(String id, long order, int[] signature) {}

  /** A detector with the 0.8 threshold. */
  public NearDuplicateDetector() {
    this(DEFAULT_THRESHOLD);
  }

  /** A detector with the given Jaccard threshold in (0, 1]. */
  public NearDuplicateDetector(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Returns the id of the earliest registered article whose text is a near duplicate of this one,
   * and registers this article for later calls. Texts without any word are never duplicates and are
   * not registered. Registering an id a second time does not add it again; its earlier registration
   * is not reported as its own duplicate.
   *
   * @param articleId the id of the article
   * @param text its body text (leave out the headline so that a changed headline does not hide
   *     republished copy)
   */
  public Optional<String> findDuplicateOf(String articleId, String text) {
    Objects.requireNonNull(text, "text");
    return findDuplicateOf(articleId, signatureOf(text));
  }

  /**
   * The MinHash signature of a text. Computing it touches no detector state, so callers may compute
   * signatures in parallel and register them in order with {@link #findDuplicateOf(String,
   * Signature)}. Immutable and thread-safe.
   */
  public static final class Signature {
    private final int[] values; // null: the text has no word

    private Signature(int[] values) {
      this.values = values;
    }

    /** The MinHash values (null: the text has no word); for tests. */
    int[] values() {
      return values;
    }
  }

  /** The signature of {@code text} (see {@link Signature}). */
  public static Signature signatureOf(String text) {
    return new Signature(signature(Objects.requireNonNull(text, "text")));
  }

  /** As {@link #findDuplicateOf(String, String)}, for a precomputed signature. */
  public Optional<String> findDuplicateOf(String articleId, Signature signature) {
    Objects.requireNonNull(articleId, "articleId");
    int[] sig = signature.values;
    if (sig == null) {
      return Optional.empty();
    }
    long[] bandKeys = bandKeys(sig);
    synchronized (lock) {
      Entry best = null;
      for (long key : bandKeys) {
        Entry[] bucket = buckets.get(key);
        if (bucket == null) {
          continue;
        }
        for (Entry e : bucket) {
          if ((best == null || e.order < best.order)
              && !e.id.equals(articleId)
              && similarity(sig, e.signature) >= threshold) {
            best = e;
          }
        }
      }
      if (!byId.containsKey(articleId)) {
        Entry entry = new Entry(articleId, registered++, sig);
        byId.put(articleId, entry);
        for (long key : bandKeys) {
          Entry[] bucket = buckets.get(key);
          if (bucket == null) {
            buckets.put(key, new Entry[] {entry});
          } else {
            Entry[] grown = Arrays.copyOf(bucket, bucket.length + 1);
            grown[bucket.length] = entry;
            buckets.put(key, grown);
          }
        }
      }
      return best == null ? Optional.empty() : Optional.of(best.id);
    }
  }

  /**
   * Forgets a registered article: later calls no longer report it as an original. For bounded
   * memory, the clusterer forgets the articles of events it closes (a copy of a closed event's
   * article is clustered as a new article anyway). Does nothing for an unknown id.
   */
  public void forget(String articleId) {
    synchronized (lock) {
      Entry entry = byId.remove(articleId);
      if (entry == null) {
        return;
      }
      for (long key : bandKeys(entry.signature)) {
        Entry[] bucket = buckets.get(key);
        if (bucket == null) {
          continue;
        }
        int at = -1;
        for (int i = 0; i < bucket.length && at < 0; i++) {
          if (bucket[i] == entry) {
            at = i;
          }
        }
        if (at < 0) {
          continue;
        }
        if (bucket.length == 1) {
          buckets.remove(key);
        } else {
          Entry[] kept = new Entry[bucket.length - 1];
          System.arraycopy(bucket, 0, kept, 0, at);
          System.arraycopy(bucket, at + 1, kept, at, bucket.length - at - 1);
          buckets.put(key, kept);
        }
      }
    }
  }

  /** Number of registered articles (not forgotten). */
  public int size() {
    synchronized (lock) {
      return byId.size();
    }
  }

  /**
   * Estimated Jaccard similarity of the word 5-shingle sets of two texts (0 when either has no
   * words). Does not register anything.
   */
  public static double estimatedSimilarity(String a, String b) {
    int[] sa = signature(a);
    int[] sb = signature(b);
    return sa == null || sb == null ? 0 : similarity(sa, sb);
  }

  /** The normalized text that is shingled: words separated by single spaces. */
  public static String normalize(String text) {
    String s = nfkc(text);
    char[] out = new char[s.length() * 2]; // lower-casing a code point can lengthen it
    return new String(out, 0, fold(s, out, false));
  }

  /** The text in NFKC (an ASCII text as it is: NFKC changes nothing there, the common case). */
  private static String nfkc(String text) {
    return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Writes the {@link #normalize normalized} form of {@code s} (already in NFKC) to {@code out} (at
   * least twice as long as {@code s}) and returns its length; with {@code asciiOnly}, returns -1 at
   * the first char that is not ASCII ({@code s} then needs NFKC first).
   */
  private static int fold(String s, char[] out, boolean asciiOnly) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      char ch = s.charAt(i);
      if (ch < 0x80) { // ASCII: letters lower-cased, digits kept, the rest separates words
        i++;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
          out[n++] = ch;
          space = false;
        } else if (ch >= 'A' && ch <= 'Z') {
          out[n++] = (char) (ch + ('a' - 'A'));
          space = false;
        } else if (!space) {
          out[n++] = ' ';
          space = true;
        }
        continue;
      }
      if (asciiOnly) {
        return -1;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640) {
        continue; // Arabic harakat, superscript alef, tatweel
      }
      int type = Character.getType(cp);
      if (type == Character.FORMAT) {
        continue; // ZWNJ, ZWJ, bidi marks, soft hyphen
      }
      cp =
          switch (cp) {
            case 0x064A, 0x0649 -> 0x06CC; // Arabic yeh, alef maksura -> Farsi yeh
            case 0x0643 -> 0x06A9; // Arabic kaf -> keheh
            default -> Character.toLowerCase(cp);
          };
      boolean wordChar =
          Character.isLetterOrDigit(cp)
              || type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK;
      if (wordChar) {
        n += Character.toChars(cp, out, n);
        space = false;
      } else if (!space) {
        out[n++] = ' ';
        space = true;
      }
    }
    if (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return n;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** MinHash signature, or null when the text has no words. */
  static int[] signature(String text) {
    // an ASCII text is folded as it is (NFKC changes none of it) in the same pass that finds it so
    char[] norm = new char[text.length() * 2];
    int length = fold(text, norm, true); // the normalized text, not copied into a string
    if (length < 0) {
      String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
      if (s.length() * 2 > norm.length) {
        norm = new char[s.length() * 2];
      }
      length = fold(s, norm, false);
    }
    if (length == 0) {
      return null;
    }
    int spaces = 0;
    for (int i = 0; i < length; i++) {
      spaces += norm[i] == ' ' ? 1 : 0;
    }
    // the words are the runs between single spaces: hashed in place, without splitting
    long[] wordHashes = new long[spaces + 1];
    int words = 0;
    long w = Hashing.FNV_OFFSET;
    for (int i = 0; i < length; i++) {
      char c = norm[i];
      if (c == ' ') {
        wordHashes[words++] = w;
        w = Hashing.FNV_OFFSET;
      } else {
        w = Hashing.fnv1a(w, c);
      }
    }
    wordHashes[words++] = w;
    return minHash(wordHashes, words);
  }

  /** The MinHash signature of the word hashes {@code wordHashes[0..words)}, in text order. */
  static int[] minHash(long[] wordHashes, int words) {
    int[] sig = new int[HASHES];
    Arrays.fill(sig, Integer.MAX_VALUE);
    int k = Math.min(SHINGLE_WORDS, words);
    for (int start = 0; start + k <= words; start++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = h * 31 + wordHashes[start + j];
      }
      h = Hashing.mix64(h);
      // hash function i: multiply-shift, (MUL[i] * h + ADD[i]) >>> 33, on the mixed shingle hash
      for (int i = 0; i < HASHES; i++) {
        sig[i] = Math.min(sig[i], (int) ((h * MUL[i] + ADD[i]) >>> 33));
      }
    }
    return sig;
  }

  static long[] bandKeys(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = Hashing.mix64(h * 0x100000001B3L + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }
}
