package dev.storylink.cluster;

import dev.storylink.core.Hashing;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.util.Arrays;

/**
 * The keys an article is looked up and its events are indexed under in the {@link CandidateIndex}:
 * {@link #keys} (same language) and {@link #crossKeys} (other languages), 64-bit hashes tagged by
 * kind.
 *
 * <p>Thread-safe: stateless.
 */
final class CandidateKeys {
  private CandidateKeys() {}

  /**
   * The candidate keys of an article's features: its names, name skeletons, places, numbers and
   * keywords, each hashed to 64 bits with its kind, distinct and sorted.
   */
  static long[] keys(ArticleFeatures f) {
    long[] keys =
        new long
            [2 * f.names().size() + f.places().size() + f.numbers().size() + f.keywords().length];
    int n = 0;
    for (Mention m : f.names()) {
      keys[n++] = keyHash('n', m.key());
      if (!m.skeleton().isEmpty()) {
        keys[n++] = keyHash('k', m.skeleton());
      }
    }
    for (Mention m : f.places()) {
      keys[n++] = keyHash('p', m.key());
    }
    for (Mention m : f.numbers()) {
      keys[n++] = keyHash('#', m.key());
    }
    for (long k : f.keywords()) {
      keys[n++] = Hashing.mix64(k ^ 0x77L); // keywords are hashed terms already
    }
    return sortedDistinct(keys, n);
  }

  /**
   * The keys by which an article meets events in other languages beyond {@link #keys}: its news
   * concepts, dates and quantities with their role (language-neutral ids), hashed with their kind,
   * distinct and sorted. Indexed for every event, counted only for the places {@link
   * CandidateIndex#candidates(long[], long[], String)} keeps for other languages.
   */
  static long[] crossKeys(ArticleFeatures f) {
    long[] keys = new long[f.concepts().size() + f.dates().size() + f.quantities().size()];
    int n = 0;
    for (Mention m : f.concepts()) {
      keys[n++] = keyHash('c', m.key());
    }
    for (Mention m : f.dates()) {
      keys[n++] = keyHash('d', m.key());
    }
    for (Mention m : f.quantities()) {
      keys[n++] = keyHash('q', m.key());
    }
    return sortedDistinct(keys, n);
  }

  /** The first {@code n} of {@code keys}, sorted, each once. */
  private static long[] sortedDistinct(long[] keys, int n) {
    Arrays.sort(keys, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || keys[i] != keys[distinct - 1]) {
        keys[distinct++] = keys[i];
      }
    }
    return Arrays.copyOf(keys, distinct);
  }

  /** 64-bit hash of a key of one kind ({@code kind} is its one-character tag). */
  private static long keyHash(char kind, String key) {
    long h = (0xcbf29ce484222325L ^ kind) * 0x100000001b3L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return Hashing.mix64(h);
  }
}
