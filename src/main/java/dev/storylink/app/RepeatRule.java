package dev.storylink.app;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.Repeat;
import dev.storylink.store.RepeatKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which incoming articles an ingest skips as repeats, the one rule of every ingest path. {@link
 * #BY_KEYS} (the command line's {@code ingest}, {@code POST /api/articles}, {@code POST
 * /api/ingest/url} and the feed monitor): an article whose id is stored, or whose URL key or
 * content key ({@link RepeatKeys}) a stored article has ({@link ArticleStore#storedCopy(
 * dev.storylink.core.Article, RepeatKeys)}), or that repeats an article read earlier in the same
 * ingest by id, URL key or content key (the keys are computed once per article, or taken from the
 * caller's {@link IngestItem#keys}, and the store's write of a new article indexes the same keys:
 * {@link ArticleStore#storedCopyOrExpect}); {@link #BY_ID} (evaluations and benchmarks, whose
 * records are distinct articles by definition even when two carry the same text): by id only.
 *
 * <p>A {@link Check} is one ingest's memory of the articles handed to the clusterer and not yet
 * committed; not thread-safe (the ingest's thread).
 */
public enum RepeatRule {
  /** By id only. */
  BY_ID,
  /** By id, URL key or content key. */
  BY_KEYS;

  /** One ingest's check, against {@code owner}'s clusterer and store (as they are at each call). */
  Check check(StoryLink owner) {
    return new Check(this, owner);
  }

  /**
   * What {@link Check#of} found: a new article, a repeat (of a stored article or of one placed in
   * this ingest), or a copy of one still on its way through the clusterer, held until that one is
   * placed ({@link Check#placed}).
   */
  enum Kind {
    NEW,
    REPEAT,
    HELD
  }

  /** {@link Check#of}'s answer; {@code repeat} is present for {@link Kind#REPEAT}. */
  record Verdict(Kind kind, Optional<Repeat> repeat) {
    static final Verdict NEW = new Verdict(Kind.NEW, Optional.empty());
    static final Verdict HELD = new Verdict(Kind.HELD, Optional.empty());

    static Verdict repeat(Repeat r) {
      return new Verdict(Kind.REPEAT, Optional.of(r));
    }
  }

  /** A copy held until the article it repeats is placed. */
  record Held(IngestItem item, Repeat.By by) {}

  /**
   * The repeats of one ingest: the articles handed to the clusterer and not yet committed, by id,
   * URL key and content key, and the copies held on them. Not thread-safe.
   */
  static final class Check {
    private final RepeatRule rule;
    private final StoryLink owner;
    private final Map<String, String> inFlight = new HashMap<>(); // id, u:URL, c:content → id
    private final Map<String, RepeatKeys> keysOf = new HashMap<>(); // id → its keys
    private final Map<String, List<Held>> held = new HashMap<>(); // id → copies waiting on it

    private Check(RepeatRule rule, StoryLink owner) {
      this.rule = rule;
      this.owner = owner;
    }

    /** Whether {@code item} repeats an article; a new one is remembered as in flight. */
    Verdict of(IngestItem item) {
      String id = item.article().id();
      if (inFlight.containsKey(id) || owner.clusterer().isStored(id)) {
        return Verdict.repeat(new Repeat(id, Repeat.By.ID));
      }
      if (rule == BY_ID) {
        inFlight.put(id, id);
        return Verdict.NEW;
      }
      RepeatKeys k = item.repeatKeys();
      String byUrl = k.url().isEmpty() ? null : inFlight.get("u:" + k.url());
      String byContent = inFlight.get("c:" + k.content());
      if (byUrl != null || byContent != null) {
        String first = byUrl != null ? byUrl : byContent;
        Repeat.By by = byUrl != null ? Repeat.By.URL : Repeat.By.CONTENT;
        if (inFlight.containsKey(first)) { // not placed yet: its outcome decides
          held.computeIfAbsent(first, f -> new ArrayList<>()).add(new Held(item, by));
          return Verdict.HELD;
        }
        return Verdict.repeat(new Repeat(first, by));
      }
      // a new article's keys are kept for its write, which indexes them (computed once)
      Optional<Repeat> stored =
          owner.dataDir().isEmpty()
              ? Optional.<Repeat>empty()
              : owner.read(s -> s.storedCopyOrExpect(item.article(), k));
      if (stored.isPresent()) {
        return Verdict.repeat(stored.get());
      }
      inFlight.put(id, id);
      if (!k.url().isEmpty()) {
        inFlight.putIfAbsent("u:" + k.url(), id);
      }
      inFlight.putIfAbsent("c:" + k.content(), id);
      keysOf.put(id, k);
      return Verdict.NEW;
    }

    /**
     * The clusterer placed the article {@code id}: its id is found by the clusterer from now on,
     * its keys stay in flight until it is committed unless it was refused ({@code stored} false).
     * Returns the copies held on it: repeats of it when it was stored, to be read again when not.
     */
    List<Held> placed(String id, boolean stored) {
      inFlight.remove(id, id);
      if (!stored) {
        committed(id);
      }
      List<Held> h = held.remove(id);
      return h == null ? List.of() : h;
    }

    /** The article {@code id} is committed (the store finds it) or refused: its keys are let go. */
    void committed(String id) {
      RepeatKeys k = keysOf.remove(id);
      if (k != null) {
        inFlight.remove("u:" + k.url(), id);
        inFlight.remove("c:" + k.content(), id);
      }
    }
  }
}
