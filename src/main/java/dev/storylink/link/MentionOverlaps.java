package dev.storylink.link;

import dev.storylink.features.Mention;
import dev.storylink.text.NameKeys;
import dev.storylink.text.NameRomanizer;
import dev.storylink.text.Scripts;
import java.util.List;

/**
 * The mention overlaps of {@link PairFeatures}: names, places, numbers, dates, concepts and
 * quantities two articles share, and their reasons. They run for every pair the clusterer scores,
 * on lists of a few to a few dozen mentions, so they scan the other side's key hash codes ({@link
 * String#hashCode}, cached by the strings) instead of building hash maps and sets per pair; the
 * results are those of the maps they replaced (the last mention of a key where a map's {@code put}
 * kept the last, the first where {@code putIfAbsent} kept the first). When a scan would compare
 * many pairs (at least {@link #CHAINS_FROM} mention pairs, as the long real articles' names do),
 * the other side's positions are first chained by hash code ({@link Chains}), so each look-up
 * visits only the positions of its hash bucket, in the order the scan would: the same results.
 * Stateless and thread-safe.
 */
final class MentionOverlaps {
  private MentionOverlaps() {}

  static double nameOverlap(
      List<Mention> as, List<Mention> bs, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    int nb = bs.size();
    int[] keyHash = new int[nb];
    int[] skeletonHash = new int[nb];
    double sumB = 0;
    for (int j = 0; j < nb; j++) {
      Mention m = bs.get(j);
      keyHash[j] = m.key().hashCode();
      skeletonHash[j] = m.skeleton().hashCode();
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    int[] usedB = new int[Math.min(as.size(), nb)]; // matched mentions of b, one per key
    int nUsed = 0;
    boolean chained = chained(as.size(), nb);
    Chains keyChains = chained ? new Chains(keyHash, true) : null;
    Chains skeletonChains = null; // made at the first skeleton look-up
    for (Mention m : as) {
      sumA += m.weight();
      int o = last(bs, keyHash, m.key(), keyChains);
      Reason.MatchType type = Reason.MatchType.FOLDED;
      if (o < 0 && !m.skeleton().isEmpty()) {
        if (chained && skeletonChains == null) {
          skeletonChains = new Chains(skeletonHash, false);
        }
        int c = first(bs, skeletonHash, m.skeleton(), skeletonChains);
        if (c >= 0 && Scripts.scriptOf(bs.get(c).key()) != Scripts.scriptOf(m.key())) {
          o = c;
          type = Reason.MatchType.TRANSLITERATED;
        }
      }
      if (o < 0 || isUsed(bs, keyHash, usedB, nUsed, o)) {
        continue;
      }
      usedB[nUsed++] = o;
      Mention other = bs.get(o);
      double w = Math.min(m.weight(), other.weight());
      shared += w;
      if (matches != null) {
        matches[0]++;
      }
      if (reasons != null) {
        // the reason names the partner whose own word sounds like m's (the score is unchanged)
        Mention shown =
            type == Reason.MatchType.TRANSLITERATED && m.multiToken()
                ? bs.get(ownWordPartner(bs, skeletonHash, m, o))
                : other;
        reasons.add(
            new Reason(
                Mention.Kind.NAME, nameLabel(m, shown), m.surfaces(), shown.surfaces(), w, type));
      }
    }
    return Math.min(1.0, 2 * shared / (sumA + sumB));
  }

  /**
   * The last of {@code bs} whose key is {@code key} ({@code hashes}: their keys'), or -1; through
   * {@code chains} (last first) when not null.
   */
  private static int last(List<Mention> bs, int[] hashes, String key, Chains chains) {
    int h = key.hashCode();
    if (chains != null) {
      for (int j = chains.start(h); j >= 0; j = chains.next(j)) {
        if (hashes[j] == h && bs.get(j).key().equals(key)) {
          return j;
        }
      }
      return -1;
    }
    for (int j = hashes.length - 1; j >= 0; j--) {
      if (hashes[j] == h && bs.get(j).key().equals(key)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The first of {@code bs} whose skeleton is {@code skeleton}, or -1; through {@code chains}
   * (first first) when not null.
   */
  private static int first(List<Mention> bs, int[] hashes, String skeleton, Chains chains) {
    int h = skeleton.hashCode();
    if (chains != null) {
      for (int j = chains.start(h); j >= 0; j = chains.next(j)) {
        if (hashes[j] == h && bs.get(j).skeleton().equals(skeleton)) {
          return j;
        }
      }
      return -1;
    }
    for (int j = 0; j < hashes.length; j++) {
      if (hashes[j] == h && bs.get(j).skeleton().equals(skeleton)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The mention of {@code bs} that the reason of {@code m}, a name matched by its pair skeleton
   * ({@link Mention#multiToken}: the two short names of Royal Irish = رائل آئرش share {@code
   * rlrs}), names (the match and its weight stay those of the first with that skeleton, as the link
   * model was fitted; matching the own word's partner cost the xling pairs CV Pearson 0.772 → 0.759
   * with the session-25 copula rule): of the mentions of another script with that skeleton, the
   * first whose own word has the skeleton of {@code m}'s own (آئرش {@code rs} = Irish, not Royal
   * {@code rl}), else {@code first}, the first with that skeleton.
   */
  private static int ownWordPartner(List<Mention> bs, int[] hashes, Mention m, int first) {
    int h = m.skeleton().hashCode();
    String own = NameKeys.skeleton(m.key());
    int script = Scripts.scriptOf(m.key());
    for (int j = first; j < hashes.length; j++) {
      Mention o = bs.get(j);
      if (hashes[j] == h
          && o.skeleton().equals(m.skeleton())
          && Scripts.scriptOf(o.key()) != script
          && NameKeys.skeleton(o.key()).equals(own)) {
        return j;
      }
    }
    return first;
  }

  /** True when one of the {@code n} used mentions of {@code bs} has the key of {@code bs[o]}. */
  private static boolean isUsed(List<Mention> bs, int[] keyHash, int[] used, int n, int o) {
    String key = bs.get(o).key();
    for (int u = 0; u < n; u++) {
      if (keyHash[used[u]] == keyHash[o] && bs.get(used[u]).key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Dice overlap of mentions by key, weighted by their weights; concepts give their reasons. */
  static double weightedDice(List<Mention> as, List<Mention> bs, List<Reason> reasons) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    int nb = bs.size();
    int[] keyHash = new int[nb];
    double sumB = 0;
    for (int j = 0; j < nb; j++) {
      Mention m = bs.get(j);
      keyHash[j] = m.key().hashCode();
      sumB += m.weight();
    }
    double sumA = 0;
    double shared = 0;
    Chains chains = chained(as.size(), nb) ? new Chains(keyHash, true) : null;
    for (Mention m : as) {
      sumA += m.weight();
      int o = last(bs, keyHash, m.key(), chains);
      if (o >= 0) {
        shared += m.weight();
        if (reasons != null) {
          reasons.add(
              new Reason(
                  m.kind(),
                  m.label(),
                  m.surfaces(),
                  bs.get(o).surfaces(),
                  0.5 * m.weight(),
                  Reason.MatchType.CONCEPT));
        }
      }
    }
    return 2 * shared / (sumA + sumB);
  }

  static double dice(
      List<Mention> as, List<Mention> bs, Mention.Kind kind, List<Reason> reasons, int[] matches) {
    if (as.isEmpty() || bs.isEmpty()) {
      return 0;
    }
    int nb = bs.size();
    int[] keyHash = new int[nb];
    for (int j = 0; j < nb; j++) {
      keyHash[j] = matchHash(bs.get(j));
    }
    int shared = 0;
    int[] usedA = new int[as.size()]; // matched mentions of a, one per match key
    Chains chains = chained(as.size(), nb) ? new Chains(keyHash, false) : null;
    for (int i = 0; i < as.size(); i++) {
      Mention m = as.get(i);
      int h = matchHash(m);
      int o = -1; // the first of bs with m's match key
      if (chains != null) {
        for (int j = chains.start(h); j >= 0 && o < 0; j = chains.next(j)) {
          if (keyHash[j] == h && sameMatchKey(m, bs.get(j))) {
            o = j;
          }
        }
      }
      for (int j = 0; chains == null && j < nb && o < 0; j++) {
        if (keyHash[j] == h && sameMatchKey(m, bs.get(j))) {
          o = j;
        }
      }
      if (o < 0 || usedKey(as, usedA, shared, m, h)) {
        continue;
      }
      usedA[shared++] = i;
      if (matches != null) {
        matches[0]++;
      }
      if (reasons != null) {
        Mention other = bs.get(o);
        reasons.add(
            new Reason(
                kind,
                m.label(),
                m.surfaces(),
                other.surfaces(),
                kind == Mention.Kind.PLACE ? 3.0 : 2.0,
                kind == Mention.Kind.PLACE ? Reason.MatchType.PLACE : Reason.MatchType.VALUE));
      }
    }
    return 2.0 * shared / (as.size() + bs.size());
  }

  /** True when one of the {@code n} used mentions of {@code as} has the match key of {@code m}. */
  private static boolean usedKey(List<Mention> as, int[] used, int n, Mention m, int h) {
    for (int u = 0; u < n; u++) {
      Mention x = as.get(used[u]);
      if (matchHash(x) == h && sameMatchKey(x, m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Start of the match key in {@code m}'s key: dates match on month and day (from 5 in 2020-02-29).
   */
  private static int matchFrom(Mention m) {
    return m.kind() == Mention.Kind.DATE && m.key().length() == 10 ? 5 : 0;
  }

  /** The {@link String#hashCode} of the match key, without its substring. */
  private static int matchHash(Mention m) {
    int from = matchFrom(m);
    if (from == 0) {
      return m.key().hashCode();
    }
    String k = m.key();
    int h = 0;
    for (int i = from; i < k.length(); i++) {
      h = 31 * h + k.charAt(i);
    }
    return h;
  }

  /** True when the match keys are equal, without their substrings. */
  private static boolean sameMatchKey(Mention a, Mention b) {
    int fa = matchFrom(a);
    int fb = matchFrom(b);
    int len = a.key().length() - fa;
    return len == b.key().length() - fb && a.key().regionMatches(fa, b.key(), fb, len);
  }

  /** Mention pairs from which a look-up goes through {@link Chains} instead of a scan. */
  static final int CHAINS_FROM = 128;

  /** True when lists of {@code na} and {@code nb} mentions are matched through {@link Chains}. */
  private static boolean chained(int na, int nb) {
    return (long) na * nb >= CHAINS_FROM;
  }

  /**
   * The positions of a list chained by their hash codes: {@link #start} gives the first position of
   * a hash code's bucket and {@link #next} the following one, the last position first or the first
   * first as made; a chain also holds other hash codes of the bucket (the caller compares). Not
   * thread-safe: one per look-up of a pair.
   */
  private static final class Chains {
    private final int[] head; // per bucket, position + 1 (0: empty)
    private final int[] next; // per position, the next position of its bucket + 1
    private final int mask;

    /** Chains of {@code hashes}, walked from the last position or from the first. */
    Chains(int[] hashes, boolean lastFirst) {
      int n = hashes.length;
      int buckets = Integer.highestOneBit(Math.max(1, n)) * 4; // at least 2n, a power of two
      head = new int[buckets];
      next = new int[n];
      mask = buckets - 1;
      for (int k = 0; k < n; k++) {
        int j = lastFirst ? k : n - 1 - k; // pushed in reverse: the chain is walked in order
        int b = bucket(hashes[j]);
        next[j] = head[b];
        head[b] = j + 1;
      }
    }

    private int bucket(int h) {
      return (h ^ h >>> 16) * 0x9E3779B9 >>> 8 & mask;
    }

    int start(int h) {
      return head[bucket(h)] - 1;
    }

    int next(int j) {
      return next[j] - 1;
    }
  }

  /**
   * Display label of a matched name: a Latin-script form when either side has one, else the ICU
   * transliteration of a side in another cased script (Путин → Putin), else the romanisation of the
   * Arabic-script side that writes more sounds (Persian پ/چ/ژ/گ).
   */
  static String nameLabel(Mention a, Mention b) {
    for (Mention m : List.of(a, b)) {
      if (Scripts.scriptOf(m.label()) == com.ibm.icu.lang.UScript.LATIN) {
        return m.label();
      }
    }
    for (Mention m : List.of(a, b)) {
      if (!Scripts.hasArabicScript(m.label())) {
        return NameRomanizer.transliterate(m.label());
      }
    }
    String richer = b.label().matches(".*[\\u067E\\u0686\\u0698\\u06AF].*") ? b.label() : a.label();
    return NameRomanizer.romanize(richer);
  }
}
