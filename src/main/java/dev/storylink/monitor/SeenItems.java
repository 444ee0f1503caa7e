package dev.storylink.monitor;

import dev.storylink.core.Article;
import dev.storylink.store.ArticleKeys;
import dev.storylink.store.RepeatKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The feed items seen so far, by id, by URL ({@link ArticleKeys#url}: scheme and host lower-cased,
 * default port and fragment dropped) and by content ({@link ArticleKeys#content}: a SHA-256 of the
 * title and text, lower case, white space collapsed), the keys the store indexes too, so an item
 * that a feed lists again, that another feed syndicates under another URL, or that reappears with a
 * new guid but the same text is not fetched and ingested twice.
 *
 * <p>An item's keys are <em>claimed</em> by it from the moment it is first seen until the writer
 * has decided on it, and <em>settled</em> after:
 *
 * <ul>
 *   <li>{@link #sight}: {@link Sight#SEEN} when one of its keys is settled (its keys are then all
 *       settled, except those another item claims); else {@link Sight#WAITING} when one is claimed
 *       by an item still being written (the item is parked with that claim, once per id; nothing is
 *       marked); else {@link Sight#NEW}: the item claims all its keys.
 *   <li>{@link #accepted} (stored, or its id was stored already): the claim's keys are settled, and
 *       so are the parked items' keys; the parked items are returned (they are duplicates).
 *   <li>{@link #refused} (the writer would not store it): its id is settled (the feed that lists it
 *       does not try it again), its URL and content are forgotten, and the parked items are
 *       returned, to be sighted again: so one feed's bad item never hides the same story arriving
 *       from another feed, even while the bad one is still being written.
 *   <li>{@link #released} (it was never handed to the writer): all its keys are forgotten.
 * </ul>
 *
 * <p>Bounded: at most {@code capacity} settled keys are remembered, the oldest settled first
 * forgotten (the store still skips ids it holds). A claimed key is never forgotten while its claim
 * holds: claims are kept apart from the settled keys, outside the capacity, and are as many as the
 * items being written (each holds its 2 or 3 keys until its outcome, which {@link FeedItems} always
 * reports: stored, refused, or released when never handed to the writer). Thread-safe
 * (synchronized).
 *
 * @param <W> what a parked item is returned as
 */
final class SeenItems<W> {
  /** What {@link #sight} found. */
  enum Sight {
    /** Not seen: the item's keys are now claimed by it; it must be written, then settled. */
    NEW,
    /** A duplicate of a settled item. */
    SEEN,
    /** A duplicate of an item being written: parked until that one is accepted or refused. */
    WAITING
  }

  /** The keys of an item being written, and the items parked on it by id. */
  private record Claim<W>(List<String> keys, Map<String, Parked<W>> parked) {}

  private record Parked<W>(List<String> keys, W waiter) {}

  /**
   * Settled keys, oldest first; at most {@code capacity}. A key is settled or claimed, not both.
   */
  private final Set<String> settled;

  /** Claimed keys, to the {@link Claim} holding them (never evicted). */
  private final Map<String, Claim<W>> claimedKeys = new HashMap<>();

  /** Claims by the id of the item that holds them. */
  private final Map<String, Claim<W>> claims = new HashMap<>();

  /** Remembers at most {@code capacity} settled keys (at least 1). */
  SeenItems(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + "; at least 1");
    }
    Map<String, Boolean> lru =
        new LinkedHashMap<>(1024, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
    this.settled = Collections.newSetFromMap(lru);
  }

  /**
   * Looks {@code a} up by id, URL and content, and claims, settles or parks it as the class javadoc
   * says; {@code waiter} is what {@link #accepted} or {@link #refused} return for a parked item.
   */
  Sight sight(Article a, W waiter) {
    return sight(a, RepeatKeys.of(a), waiter);
  }

  /** As {@link #sight(Article, Object)}, with {@code a}'s keys computed once by the caller. */
  synchronized Sight sight(Article a, RepeatKeys keys, W waiter) {
    List<String> ks = keysOf(a, keys);
    Claim<W> holder = claims.get(a.id());
    if (holder == null && ks.stream().anyMatch(settled::contains)) {
      settle(ks);
      return Sight.SEEN;
    }
    for (String k : ks) {
      if (holder == null) {
        holder = claimedKeys.get(k);
      }
    }
    if (holder != null) {
      holder.parked().putIfAbsent(a.id(), new Parked<>(ks, waiter));
      return Sight.WAITING;
    }
    Claim<W> claim = new Claim<>(ks, new LinkedHashMap<>());
    claims.put(a.id(), claim);
    ks.forEach(k -> claimedKeys.put(k, claim));
    return Sight.NEW;
  }

  /**
   * {@code a}, which {@link #sight} found new, is stored (or was stored already): its keys and
   * those of the items parked on it are settled; returns the parked items (duplicates).
   */
  synchronized List<W> accepted(Article a) {
    Claim<W> c = claims.remove(a.id());
    if (c == null) {
      return List.of();
    }
    for (String k : c.keys()) {
      if (claimedKeys.get(k) == c) {
        claimedKeys.remove(k);
        settled.add(k);
      }
    }
    List<W> out = new ArrayList<>(c.parked().size());
    for (Parked<W> p : c.parked().values()) {
      settle(p.keys());
      out.add(p.waiter());
    }
    return out;
  }

  /**
   * {@code a}, which {@link #sight} found new, was refused by the writer: its id stays seen, its
   * URL and content are forgotten; returns the items parked on it, to be sighted again.
   */
  synchronized List<W> refused(Article a) {
    return drop(a, true);
  }

  /**
   * {@code a}, which {@link #sight} found new, was never handed to the writer: all its keys are
   * forgotten; returns the items parked on it, to be sighted again.
   */
  synchronized List<W> released(Article a) {
    return drop(a, false);
  }

  private List<W> drop(Article a, boolean keepId) {
    Claim<W> c = claims.remove(a.id());
    if (c == null) {
      return List.of();
    }
    String id = idKey(a);
    for (String k : c.keys()) {
      if (claimedKeys.get(k) == c) {
        claimedKeys.remove(k);
        if (keepId && k.equals(id)) {
          settled.add(k);
        }
      }
    }
    return c.parked().values().stream().map(Parked::waiter).toList();
  }

  /** Settles {@code ks}, leaving the keys that an item being written claims to it. */
  private void settle(List<String> ks) {
    for (String k : ks) {
      if (!claimedKeys.containsKey(k)) {
        settled.add(k);
      }
    }
  }

  /** Items being written (claims not yet accepted, refused or released). */
  synchronized int claimed() {
    return claims.size();
  }

  /** Keys remembered: settled ones (at most the capacity) and claimed ones. */
  synchronized int keys() {
    return settled.size() + claimedKeys.size();
  }

  private static List<String> keysOf(Article a, RepeatKeys k) {
    String id = idKey(a);
    String content = "content:" + k.content();
    return k.url().isEmpty() ? List.of(id, content) : List.of(id, "url:" + k.url(), content);
  }

  private static String idKey(Article a) {
    return "id:" + a.id();
  }
}
