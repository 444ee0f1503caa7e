package dev.storylink.monitor;

import dev.storylink.app.IngestItem;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.RepeatKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of polled feeds on their way to the single writer: each is looked up in {@link
 * SeenItems}; a new one is looked up in the store ({@link IngestQueue#storedCopy}: by id, URL key
 * or content key, which outlive a restart), completed (its linked page), looked up again by its
 * completed content when that changed, and handed to the {@link IngestQueue}: an item found stored
 * is a duplicate of its feed and settled in {@link SeenItems}, never written; once the writer has
 * decided, its keys are settled (stored, or stored already) or its URL and content forgotten
 * (refused). An item that duplicates one still being written waits for that one's outcome: a
 * duplicate when it is stored, sighted again (and written when new) when it is refused, on the
 * {@code retry} executor. So a refused item never hides the same story from another feed, and an
 * accepted one is never handed to the writer twice.
 *
 * <p>Each item's feed counts it once as new, duplicate, ingested or rejected ({@link
 * FeedState#count}); each refusal, and each linked page that was not used, is remembered with its
 * reason in the feed's recent rejections ({@link FeedState#reject}).
 *
 * <p>Thread-safe: called by the polling threads and by the writer's completions at once; the shared
 * state is {@link SeenItems} (synchronized) and each feed's {@link FeedState} (its own lock).
 */
final class FeedItems {
  private static final Logger LOG = LoggerFactory.getLogger(FeedItems.class);

  /**
   * A feed item on its way.
   *
   * @param feed the feed that listed it
   * @param item the item as the feed gave it
   * @param keys its repeat keys (the keys it is seen by), computed once
   * @param where its position in messages ({@code <feed>: '<id>'})
   * @param notes what the feed reader dropped from it (its link...), remembered as rejections of
   *     the feed when the item is new
   */
  record Candidate(
      FeedState feed, Article item, RepeatKeys keys, String where, List<String> notes) {
    Candidate {
      Objects.requireNonNull(feed, "feed");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(keys, "keys");
      Objects.requireNonNull(where, "where");
      notes = List.copyOf(notes);
    }

    /** An item listed by {@code feed}, named by its id after the feed's location. */
    static Candidate of(FeedState feed, Article item, List<String> notes) {
      return new Candidate(
          feed,
          item,
          RepeatKeys.of(item),
          feed.source.location() + ": '" + Texts.abbreviate(item.id(), 80) + "'",
          notes);
    }

    /** Its URL, else its title, else its id: how a rejection names it. */
    String label() {
      if (!item.url().isBlank()) {
        return item.url();
      }
      return item.title().isBlank() ? item.id() : item.title();
    }
  }

  /** Completes a new item before it is written (its linked page); called on a polling thread. */
  interface Completion {
    /** {@code c}'s item, completed; {@code notUsed} hears why a part was not used. */
    Article complete(Candidate c, java.util.function.Consumer<String> notUsed);
  }

  private final SeenItems<Candidate> seen;
  private final IngestQueue queue;
  private final Completion completion;
  private final Executor retry;

  /**
   * Items written to {@code queue}, remembered in {@code seen}, completed by {@code completion};
   * items sighted again after a refusal are admitted on {@code retry}.
   */
  FeedItems(SeenItems<Candidate> seen, IngestQueue queue, Completion completion, Executor retry) {
    this.seen = Objects.requireNonNull(seen, "seen");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.completion = Objects.requireNonNull(completion, "completion");
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  /** No completion: items are written as their feed gave them. */
  static Completion asGiven() {
    return (c, notUsed) -> c.item();
  }

  /**
   * Sights each candidate, completes the new ones and hands them to the writer in one batch. When
   * this throws, the items claimed and not handed over are forgotten again.
   */
  void admit(List<Candidate> candidates) {
    List<Candidate> claimed = new ArrayList<>();
    List<IngestItem> items = new ArrayList<>();
    boolean handedOver = false;
    try {
      for (Candidate c : candidates) {
        switch (seen.sight(c.item(), c.keys(), c)) {
          case SEEN -> c.feed().count(0, 0, 1, 0);
          case WAITING -> {} // counted once the item it duplicates is decided
          case NEW -> {
            if (queue.storedCopy(c.item(), c.keys()).isPresent()) {
              c.feed().count(0, 0, 1, 0); // stored before, maybe before a restart
              duplicates(seen.accepted(c.item()));
              continue;
            }
            claimed.add(c);
            List<String> notUsed = new ArrayList<>();
            Article full = completion.complete(c, notUsed::add);
            RepeatKeys fullKeys = full.equals(c.item()) ? c.keys() : RepeatKeys.of(full);
            if (fullKeys != c.keys() && queue.storedCopy(full, fullKeys).isPresent()) {
              claimed.remove(c); // its page holds a stored article's title and text
              c.feed().count(0, 0, 1, 0);
              duplicates(seen.accepted(c.item()));
              continue;
            }
            c.feed().count(1, 0, 0, 0);
            c.notes().forEach(n -> c.feed().reject(c.label(), n, true));
            notUsed.forEach(why -> c.feed().reject(c.label(), why, true));
            items.add(IngestItem.at(full, c.where()).withKeys(fullKeys));
          }
        }
      }
      if (!items.isEmpty()) {
        List<Candidate> batch = List.copyOf(claimed);
        queue.submit(items).whenComplete((res, err) -> decided(batch, items, res, err));
      }
      handedOver = true;
    } finally {
      if (!handedOver) {
        for (Candidate c : claimed) {
          again(seen.released(c.item()));
        }
      }
    }
  }

  /** The writer decided on a batch (or failed it as a whole: {@code err}). */
  private void decided(
      List<Candidate> batch, List<IngestItem> items, IngestQueue.Result res, Throwable err) {
    try {
      Set<String> stored = err == null ? new HashSet<>(res.stored()) : Set.of();
      Set<String> known = err == null ? new HashSet<>(res.known()) : Set.of();
      Map<String, String> why = new HashMap<>();
      if (err == null) {
        for (IngestProblem p : res.failed()) {
          why.putIfAbsent(p.input(), p.reason());
        }
      } else {
        LOG.warn("ingest of {} feed items failed: {}", batch.size(), FeedPoller.reason(err), err);
      }
      List<Candidate> retry = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        Candidate c = batch.get(i);
        String id = c.item().id();
        if (stored.contains(id) || known.contains(id)) {
          boolean isNew = stored.contains(id);
          c.feed().count(0, isNew ? 1 : 0, isNew ? 0 : 1, 0);
          duplicates(seen.accepted(c.item()));
        } else {
          String reason =
              err != null
                  ? "not written: " + FeedPoller.reason(err)
                  : why.getOrDefault(items.get(i).position(), "not stored by the writer");
          c.feed().reject(c.label(), reason, false); // listed before counted: a reader of
          c.feed().count(0, 0, 0, 1); // the count finds its reason
          LOG.debug("{}: refused: {}", c.where(), reason);
          retry.addAll(seen.refused(c.item()));
        }
      }
      again(retry);
    } catch (RuntimeException e) {
      LOG.warn("feed items: outcome not recorded", e);
    }
  }

  private static void duplicates(List<Candidate> parked) {
    parked.forEach(p -> p.feed().count(0, 0, 1, 0));
  }

  /** Admits items again on the retry executor (not on the writer's thread: pages are fetched). */
  private void again(List<Candidate> parked) {
    if (parked.isEmpty()) {
      return;
    }
    try {
      retry.execute(
          () -> {
            try {
              admit(parked);
            } catch (RuntimeException e) {
              LOG.warn("feed items sighted again: {}", FeedPoller.reason(e), e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("closing: {} parked feed items dropped", parked.size());
    }
  }
}
