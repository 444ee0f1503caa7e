package dev.storylink.cluster;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongCursor;
import dev.storylink.features.ArticleFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The in-memory inverted index from candidate keys (names, name skeletons, places, numbers,
 * keywords; see {@link CandidateKeys#keys}; and for other languages concepts, dates and quantities,
 * see {@link CandidateKeys#crossKeys}) to the active events whose representatives hold them, and
 * the candidate lookup over it: the events sharing the most keys with an article, and places kept
 * for events in other languages.
 *
 * <p>Event slots: each indexed event holds a slot in a few primitive arrays, so the lookup counts
 * overlaps in small contiguous arrays instead of updating a field on each event object it meets
 * (the lookup is mostly memory traffic). A slot is released when its event is {@linkplain #unindex
 * unindexed}, and its generation grows then, so index entries left behind by the event no longer
 * match; postings drop such entries lazily.
 *
 * <p>Not thread-safe: confined to the clusterer's thread.
 */
final class CandidateIndex {
  /** Keys held by more active events than this are too common to count. */
  static final int MAX_POSTING = 2000;

  /** Places kept for events in other languages beyond the first {@code maxCandidates}. */
  static final int OTHER_LANGUAGE = 6;

  private final int maxCandidates;
  private final LongObjectHashMap<Posting> keyIndex = new LongObjectHashMap<>();
  private int lookup; // stamp of the current candidate lookup (slotStamp)
  private int[] slotGen = new int[1024];
  private int[] slotStamp = new int[1024]; // candidate lookup that last counted the slot
  private int[] slotOverlap = new int[1024]; // keys shared with the article of that lookup
  private int[] slotCross = new int[1024]; // cross-language keys shared with it (crossKeys)
  private ActiveEvent[] slotEvent = new ActiveEvent[1024];
  // the slot's event number and language, so that a lookup ranks the touched slots without
  // reading each event object (a cache miss per event touched)
  private long[] slotNumber = new long[1024];
  private String[] slotLang = new String[1024];
  private int slotsUsed; // slots ever handed out
  private final IntArrayList freeSlots = new IntArrayList();
  private int[] touchedSlots = new int[1024];

  /** An index whose lookups return at most {@code maxCandidates} events. */
  CandidateIndex(int maxCandidates) {
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be positive: " + maxCandidates);
    }
    this.maxCandidates = maxCandidates;
  }

  /** Stamp of the latest {@link #candidates} lookup (changes with every lookup). */
  int lookup() {
    return lookup;
  }

  /** Number of distinct keys indexed for at least one event. */
  int keyCount() {
    return keyIndex.size();
  }

  /** Indexes the keys of all of the event's representatives. */
  void index(ActiveEvent ev) {
    for (ArticleFeatures rep : ev.reps) {
      index(ev, CandidateKeys.keys(rep));
      index(ev, CandidateKeys.crossKeys(rep));
    }
  }

  /** Indexes the event under these keys (those it is indexed under already are skipped). */
  void index(ActiveEvent ev, long[] keys) {
    for (long k : keys) {
      if (ev.keys.add(k)) {
        Posting p = keyIndex.get(k);
        if (p == null) {
          p = new Posting();
          keyIndex.put(k, p);
        }
        p.add(entry(ev));
      }
    }
  }

  /** Removes the event from the index: later lookups no longer find it. */
  void unindex(ActiveEvent ev) {
    releaseSlot(ev); // its entries stop matching now
    for (LongCursor cursor : ev.keys) {
      long k = cursor.value;
      Posting p = keyIndex.get(k);
      if (p != null && --p.live == 0) {
        keyIndex.remove(k);
      } else if (p != null && p.size > 2 * p.live + 8) {
        p.compact(); // closed events hold no more than about half of a posting
      }
    }
    ev.keys.clear();
  }

  /**
   * The (at most {@code maxCandidates}) indexed events sharing the most keys with the article, best
   * first (ties: lower event number first). Keys of more than {@link #MAX_POSTING} events are too
   * common to count. Sets each returned event's {@code overlap}.
   */
  List<ActiveEvent> candidates(long[] keys) {
    return candidates(keys, new long[0], "");
  }

  /**
   * As {@link #candidates(long[])}, followed by up to {@link #OTHER_LANGUAGE} more events in
   * languages other than {@code lang} (the article's) that did not make that list, best first by
   * the keys and the {@code crossKeys} ({@link #crossKeys}) they share with the article. An article
   * shares its words only with events of its own language, so events in other languages (which meet
   * it through name skeletons, places, numbers, concepts and dates) rarely rank among the first
   * {@code maxCandidates}, and a short article may share none of its keys with them: these reserved
   * places keep the story linker's candidates across languages. The first list does not depend on
   * {@code crossKeys} or {@code lang}; an empty {@code lang} reserves none.
   */
  List<ActiveEvent> candidates(long[] keys, long[] crossKeys, String lang) {
    int stamp = ++lookup;
    if (stamp == 0) { // wrapped around: no slot may look counted already
      Arrays.fill(slotStamp, 0);
      stamp = ++lookup;
    }
    int nKeyed = count(keys, stamp, slotOverlap, 0);
    int[] overlaps = slotOverlap;
    long[] numbers = slotNumber;
    int[] touched = touchedSlots;
    // the best `maxCandidates` slots by (overlap descending, number ascending), kept sorted
    int[] best = new int[Math.min(maxCandidates, nKeyed)];
    int size = 0;
    for (int t = 0; t < nKeyed; t++) {
      int s = touched[t];
      int ov = overlaps[s];
      if (size == best.length && ov < overlaps[best[size - 1]]) {
        continue; // most touched slots: the event number need not be read
      }
      long num = numbers[s];
      if (size == best.length && !ranksBefore(ov, num, best[size - 1])) {
        continue;
      }
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && ranksBefore(ov, num, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = s;
    }
    ActiveEvent[] bestEvents = new ActiveEvent[size];
    for (int b = 0; b < size; b++) {
      bestEvents[b] = slotEvent[best[b]];
      bestEvents[b].overlap = overlaps[best[b]];
    }
    if (lang.isEmpty()) {
      return Arrays.asList(bestEvents);
    }
    int nTouched = count(crossKeys, stamp, slotCross, nKeyed);
    // the best OTHER_LANGUAGE events in other languages outside `best`, by all keys shared
    int[] other = new int[OTHER_LANGUAGE];
    int[] otherShared = new int[OTHER_LANGUAGE];
    int nOther = 0;
    String[] langs = slotLang;
    for (int t = 0; t < nTouched; t++) {
      int s = touched[t];
      if (t >= nKeyed) {
        overlaps[s] = 0; // met through cross keys only (its overlap is not counted)
      } else if (size == nKeyed || !ranksBefore(best[size - 1], s)) {
        continue; // in `best` already
      }
      if (langs[s].equals(lang)) {
        continue;
      }
      int shared = overlaps[s] + slotCross[s];
      long num = numbers[s];
      if (nOther == other.length
          && !sharesMore(shared, num, otherShared[nOther - 1], numbers[other[nOther - 1]])) {
        continue;
      }
      int at = nOther == other.length ? nOther - 1 : nOther++;
      while (at > 0 && sharesMore(shared, num, otherShared[at - 1], numbers[other[at - 1]])) {
        other[at] = other[at - 1];
        otherShared[at] = otherShared[at - 1];
        at--;
      }
      other[at] = s;
      otherShared[at] = shared;
    }
    List<ActiveEvent> out = new ArrayList<>(size + nOther);
    out.addAll(Arrays.asList(bestEvents));
    for (int o = 0; o < nOther; o++) {
      ActiveEvent e = slotEvent[other[o]];
      e.overlap = overlaps[other[o]];
      out.add(e);
    }
    return out;
  }

  /**
   * Counts the live events of the keys' postings into {@code counts} for lookup {@code stamp}: a
   * slot not yet counted in this lookup is appended to {@code touchedSlots} (from {@code nTouched})
   * with both its counts reset. Returns the new number of touched slots.
   */
  private int count(long[] keys, int stamp, int[] counts, int nTouched) {
    int[] gen = slotGen;
    int[] stamps = slotStamp;
    int[] touched = touchedSlots;
    for (long k : keys) {
      Posting p = keyIndex.get(k);
      if (p == null || p.live > MAX_POSTING) {
        continue; // too common to discriminate
      }
      if (p.size > 2 * p.live + 8) {
        p.compact();
      }
      long[] es = p.entries;
      for (int i = 0, n = p.size; i < n; i++) {
        long e = es[i];
        int s = (int) e;
        if (gen[s] != (int) (e >>> 32)) {
          continue; // its event has closed
        }
        if (stamps[s] != stamp) {
          stamps[s] = stamp;
          slotOverlap[s] = 0;
          slotCross[s] = 0;
          touched[nTouched++] = s;
        }
        counts[s]++;
      }
    }
    return nTouched;
  }

  private static boolean sharesMore(int sharedA, long numberA, int sharedB, long numberB) {
    return sharedA > sharedB || sharedA == sharedB && numberA < numberB;
  }

  /** True when a slot with this overlap and event number ranks before slot {@code s}. */
  private boolean ranksBefore(int overlap, long number, int s) {
    return overlap > slotOverlap[s] || overlap == slotOverlap[s] && number < slotNumber[s];
  }

  /**
   * True when slot {@code s} ranks before slot {@code o} (the event numbers read only when their
   * overlaps tie).
   */
  private boolean ranksBefore(int s, int o) {
    int so = slotOverlap[s];
    int oo = slotOverlap[o];
    return so > oo || so == oo && slotNumber[s] < slotNumber[o];
  }

  private int slotOf(ActiveEvent ev) {
    if (ev.slot < 0) {
      int s;
      if (!freeSlots.isEmpty()) {
        s = freeSlots.removeLast();
      } else {
        s = slotsUsed++;
        if (s == slotEvent.length) {
          int cap = 2 * s;
          slotGen = Arrays.copyOf(slotGen, cap);
          slotStamp = Arrays.copyOf(slotStamp, cap);
          slotOverlap = Arrays.copyOf(slotOverlap, cap);
          slotCross = Arrays.copyOf(slotCross, cap);
          slotEvent = Arrays.copyOf(slotEvent, cap);
          slotNumber = Arrays.copyOf(slotNumber, cap);
          slotLang = Arrays.copyOf(slotLang, cap);
          touchedSlots = new int[cap]; // a lookup touches each slot at most once
        }
      }
      ev.slot = s;
      slotEvent[s] = ev;
      slotNumber[s] = ev.number;
      slotLang[s] = ev.lang;
      slotStamp[s] = 0;
    }
    return ev.slot;
  }

  private void releaseSlot(ActiveEvent ev) {
    if (ev.slot >= 0) {
      slotGen[ev.slot]++;
      slotEvent[ev.slot] = null;
      slotLang[ev.slot] = null;
      freeSlots.add(ev.slot);
      ev.slot = -1;
    }
  }

  /** An index entry: an event's slot and the slot's generation when the event took it. */
  private long entry(ActiveEvent ev) {
    int s = slotOf(ev);
    return (long) slotGen[s] << 32 | s;
  }

  private boolean isLive(long entry) {
    return slotGen[(int) entry] == (int) (entry >>> 32);
  }

  /**
   * The events indexed under one key, as slot entries. Entries of unindexed events are dropped
   * lazily: {@code live} counts the others, and the list is compacted when most entries are dead.
   */
  private final class Posting {
    long[] entries = new long[2];
    int size;
    int live;

    void add(long entry) {
      if (size == entries.length) {
        if (live < size / 2) {
          compact();
        }
        if (size == entries.length) {
          entries = Arrays.copyOf(entries, size * 2);
        }
      }
      entries[size++] = entry;
      live++;
    }

    void compact() {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (isLive(entries[i])) {
          entries[n++] = entries[i];
        }
      }
      size = n;
    }
  }
}
