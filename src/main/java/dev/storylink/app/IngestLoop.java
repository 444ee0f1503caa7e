package dev.storylink.app;

import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.Repeat;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The one ingest loop behind {@link StoryLink#ingest}: cuts the items into chunks of {@link
 * StoryClusterer#CHUNK}, skips repeats ({@link RepeatRule}: of a stored article, or of one still on
 * its way through the clusterer), clusters the chunks, and commits once {@code batch} articles were
 * clustered since the last commit (and at the end). An article is acknowledged ({@link
 * IngestListener#stored}) only once committed.
 *
 * <p>One bad article never stops the ingest. When the clusterer throws (for instance an id or a
 * word over Lucene's 32,766-byte term limit), everything since the last commit is rolled back (the
 * store is closed without committing and opened again, with a new clusterer) and those articles are
 * clustered again one at a time: the one that fails is reported with its position and the store
 * rolled back once more, the ones before it are clustered again and committed, and the ingest goes
 * on. Nothing committed is touched. Failures of the store itself (I/O) and of the listener end the
 * ingest: what was committed is kept, the rest is rolled back (the store opened again), and the
 * next ingest starts from the last commit. A failure of the input ends the ingest after what was
 * read is committed.
 *
 * <p>Not thread-safe: one run on one thread, under the facade's ingest lock.
 */
final class IngestLoop {
  private static final int MAX_REASON = 300;

  private final StoryLink owner;
  private final Iterator<IngestItem> items;
  private final IngestListener listener;
  private final int batch;

  private final ArrayDeque<List<IngestItem>> inFlight =
      new ArrayDeque<>(); // handed over, not placed
  private final RepeatRule rule;
  private RepeatRule.Check repeats; // made on the first chunk
  // copies held on an article the clusterer then refused: read again, before the next items
  private final ArrayDeque<IngestItem> again = new ArrayDeque<>();
  private final List<Placed> pending = new ArrayList<>(); // placed since the last commit, in order
  private RuntimeException inputFailure; // thrown by the items while a chunk was being filled
  private long
      committedPlaced; // outcomes committed so far: batch boundaries are multiples of batch
  private long stored;
  private long duplicates;
  private long newEvents;
  private long known;
  private long failed;

  private record Placed(IngestItem item, StoryClusterer.Outcome outcome) {}

  /** A failure that ends the ingest: of the store's commit, or of the listener. */
  private static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fatal(RuntimeException cause) {
      super(cause);
    }

    RuntimeException cause() {
      return (RuntimeException) getCause();
    }
  }

  /** A failure of the input iterator, to be rethrown once what was read is committed. */
  private static final class InputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputFailure(RuntimeException cause) {
      super(cause);
    }
  }

  IngestLoop(
      StoryLink owner,
      Iterator<IngestItem> items,
      IngestListener listener,
      int batch,
      RepeatRule rule) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.items = Objects.requireNonNull(items, "items");
    this.listener = Objects.requireNonNull(listener, "listener");
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1: " + batch);
    }
    this.batch = batch;
  }

  IngestSummary run() {
    RuntimeException inputEnded = null;
    try {
      while (true) {
        try {
          owner.clusterer().addChunks(new Chunks(), this::placed);
          if (again.isEmpty()) {
            break;
          }
        } catch (InputFailure e) {
          inputEnded = (RuntimeException) e.getCause();
          break;
        } catch (Fatal | UncheckedIOException e) {
          throw e;
        } catch (RuntimeException e) {
          recover(e); // the clusterer failed on an article since the last commit
        }
      }
      commit();
    } catch (RuntimeException e) {
      RuntimeException thrown = e instanceof Fatal f ? f.cause() : e;
      rollBack(thrown);
      throw thrown;
    }
    if (inputEnded != null) {
      throw inputEnded; // what was read is committed
    }
    return summary(List.of());
  }

  /**
   * The ingest ends on {@code failure}: drops what was not committed (the store is opened again,
   * with a new clusterer), so that the next ingest starts from the last commit rather than from a
   * clusterer left halfway through a chunk.
   */
  private void rollBack(RuntimeException failure) {
    if (owner.dataDir().isEmpty()) {
      return; // no store: nothing was written
    }
    try {
      owner.reopen();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** The counts so far, with {@code uncommitted} counted as stored. */
  private IngestSummary summary(List<Placed> uncommitted) {
    long s = stored;
    long d = duplicates;
    long n = newEvents;
    long f = failed;
    for (Placed p : uncommitted) {
      if (p.outcome.assignment().isPresent()) {
        s++;
        d += p.outcome.assignment().get().duplicateOf().isPresent() ? 1 : 0;
        n += p.outcome.assignment().get().newEvent() ? 1 : 0;
      } else {
        f++;
      }
    }
    return new IngestSummary(s, d, n, known, f);
  }

  /** Chunks of the items not stored yet; remembers what it handed over until it is placed. */
  private final class Chunks implements Iterator<List<Article>> {
    @Override
    public boolean hasNext() {
      if (inputFailure != null) {
        RuntimeException e = inputFailure;
        inputFailure = null;
        throw new InputFailure(e);
      }
      try {
        return !again.isEmpty() || items.hasNext();
      } catch (RuntimeException e) {
        throw new InputFailure(e);
      }
    }

    @Override
    public List<Article> next() {
      if (repeats == null) {
        repeats = rule.check(owner);
      }
      List<IngestItem> chunk = new ArrayList<>(StoryClusterer.CHUNK);
      List<Article> articles = new ArrayList<>(StoryClusterer.CHUNK);
      try {
        while (chunk.size() < StoryClusterer.CHUNK && (!again.isEmpty() || items.hasNext())) {
          IngestItem item = again.isEmpty() ? items.next() : again.poll();
          RepeatRule.Verdict v = repeats.of(item);
          switch (v.kind()) {
            case REPEAT -> known(item, v.repeat().orElseThrow());
            case HELD -> {} // decided when the article it repeats is placed
            case NEW -> {
              chunk.add(item);
              articles.add(item.article());
            }
          }
        }
      } catch (Fatal e) {
        throw e;
      } catch (RuntimeException e) {
        inputFailure = e; // the chunk read so far is still clustered; hasNext() rethrows
      }
      inFlight.add(chunk);
      return articles;
    }
  }

  /** A repeat is skipped: nothing new (a feed or folder read again, or a copy). */
  private void known(IngestItem item, Repeat repeat) {
    known++;
    tell(() -> listener.known(item, repeat));
  }

  /**
   * The article {@code id} is placed: the copies held on it are its repeats when it was stored,
   * else read again.
   */
  private void settle(String id, boolean stored) {
    for (RepeatRule.Held h : repeats.placed(id, stored)) {
      if (stored) {
        known(h.item(), new Repeat(id, h.by()));
      } else {
        again.add(h.item());
      }
    }
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      throw new Fatal(e);
    }
  }

  /** A chunk is clustered: its outcomes wait for the commit. */
  private void placed(List<StoryClusterer.Outcome> outcomes) {
    List<IngestItem> chunk = inFlight.poll();
    if (chunk == null || chunk.size() != outcomes.size()) {
      throw new Fatal(new IllegalStateException("the clusterer placed a chunk it was not given"));
    }
    for (int i = 0; i < chunk.size(); i++) {
      pending.add(new Placed(chunk.get(i), outcomes.get(i)));
      settle(chunk.get(i).article().id(), outcomes.get(i).assignment().isPresent());
    }
    try {
      commitAtBatchEnd();
    } catch (RuntimeException e) {
      throw e instanceof Fatal ? e : new Fatal(e);
    }
    tell(() -> listener.progress(summary(pending)));
  }

  private void commitAtBatchEnd() {
    if ((committedPlaced + pending.size()) / batch > committedPlaced / batch) {
      commit();
    }
  }

  /** Commits and acknowledges what was placed since the last commit. */
  private void commit() {
    owner.clusterer().commit();
    committedPlaced += pending.size();
    List<Placed> done = List.copyOf(pending);
    pending.clear();
    for (Placed p : done) {
      if (repeats != null) {
        repeats.committed(p.item.article().id());
      }
      if (p.outcome.assignment().isPresent()) {
        stored++;
        duplicates += p.outcome.assignment().get().duplicateOf().isPresent() ? 1 : 0;
        newEvents += p.outcome.assignment().get().newEvent() ? 1 : 0;
        tell(() -> listener.stored(p.item, p.outcome));
      } else {
        fail(p.item, p.outcome.problem().get());
      }
    }
  }

  private void fail(IngestItem item, String reason) {
    failed++;
    if (repeats != null) {
      repeats.committed(item.article().id()); // refused: a later copy is tried
    }
    String where = item.position();
    IngestProblem problem = IngestProblem.of(where, named(where, item.article().id(), reason));
    tell(() -> listener.failed(item, problem));
  }

  /**
   * The reason naming the article once, by a short id: the clusterer's reasons start with the id
   * (whole, or its first 200 characters), and the position may name it too ({@code feed.xml:
   * article 'id'}). That leading id is dropped, and the {@link SourceItems#clip clipped} id put in
   * front unless the position shows it already.
   */
  static String named(String where, String id, String reason) {
    String why = reason;
    int clipped = reason.indexOf("…: "); // a long id's first characters, then "…"
    if (reason.startsWith(id + ": ")) {
      why = reason.substring(id.length() + 2);
    } else if (clipped > 60 && id.startsWith(reason.substring(0, clipped))) {
      why = reason.substring(clipped + 3);
    }
    String shortId = SourceItems.clip(id);
    return where.contains(shortId) ? why : shortId + ": " + why;
  }

  /**
   * The clusterer failed on one of the articles since the last commit: rolls back to that commit
   * and clusters them again one at a time, reporting the ones that fail.
   */
  private void recover(RuntimeException failure) {
    List<IngestItem> replay = new ArrayList<>();
    pending.forEach(p -> replay.add(p.item));
    inFlight.forEach(replay::addAll);
    if (replay.isEmpty()) {
      throw failure; // no article to blame: the clusterer or the store failed on its own
    }
    pending.clear();
    inFlight.clear();
    owner.reopen();
    List<IngestItem> good = new ArrayList<>(); // clustered again since the last commit
    for (IngestItem item : replay) {
      StoryClusterer.Outcome o;
      try {
        o = owner.clusterer().addAll(List.of(item.article())).get(0);
      } catch (UncheckedIOException e) {
        throw e;
      } catch (RuntimeException e) {
        owner.reopen();
        if (!good.isEmpty()) {
          redo(good);
          good.clear();
        }
        settle(item.article().id(), false);
        fail(item, "not stored, the clusterer failed on it: " + reason(e));
        continue;
      }
      settle(item.article().id(), o.assignment().isPresent());
      good.add(item);
      pending.add(new Placed(item, o));
    }
    commitAtBatchEnd();
  }

  /** Clusters again the articles that went through before the failure, and commits them. */
  private void redo(List<IngestItem> good) {
    List<StoryClusterer.Outcome> again;
    try {
      again = owner.clusterer().addAll(good.stream().map(IngestItem::article).toList());
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "clustering failed again on articles it had accepted: " + reason(e), e);
    }
    pending.clear();
    for (int i = 0; i < good.size(); i++) {
      pending.add(new Placed(good.get(i), again.get(i)));
    }
    commit();
  }

  /** One line, clipped: Lucene's messages quote the offending term. */
  static String reason(Throwable e) {
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) {
      msg = e.getClass().getSimpleName();
    }
    msg = msg.replace('\n', ' ').replace('\r', ' ').strip();
    return Texts.abbreviate(msg, MAX_REASON - 1);
  }
}
