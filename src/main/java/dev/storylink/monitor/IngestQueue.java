package dev.storylink.monitor;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.RepeatRule;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.Repeat;
import dev.storylink.store.RepeatKeys;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The single writer of a live server: batches of articles from the feed poller are clustered and
 * committed one batch after another on one thread ({@code storylink-writer}), through {@link
 * StoryLink#ingest}, so pollers never wait for the clusterer and never write concurrently. A commit
 * reopens the store's searcher at once: readers see the new stories within a second.
 *
 * <p>Closing is prompt and leaves a consistent store: {@link #close} stops the writer taking items;
 * the batch being written ends after the chunk it is clustering (at most {@link
 * dev.storylink.cluster.StoryClusterer#CHUNK} articles) and commits what was clustered, and the
 * batches still queued are not started. The items not taken are reported failed ({@value
 * #STOPPING}); nothing is half-written, and the writer thread is never interrupted (an interrupt
 * would close the index's files under it). Thread-safe.
 */
public final class IngestQueue implements AutoCloseable {
  /** The reason given for an item the writer did not take because it was closing. */
  static final String STOPPING = "not written: the server is stopping";

  private final StoryLink storyLink;
  private final Consumer<List<IngestItem>> beforeWrite;
  private final Consumer<IngestItem> onTake;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "storylink-writer");
            t.setDaemon(true);
            return t;
          });

  /**
   * What became of a batch.
   *
   * @param stored ids stored and committed
   * @param known ids skipped as stored already
   * @param failed problems of the articles not stored
   */
  public record Result(List<String> stored, List<String> known, List<IngestProblem> failed) {
    public Result {
      stored = List.copyOf(stored);
      known = List.copyOf(known);
      failed = List.copyOf(failed);
    }
  }

  /** A queue writing into {@code storyLink} (which must have a writable store). */
  public IngestQueue(StoryLink storyLink) {
    this(storyLink, batch -> {}, item -> {});
  }

  /**
   * A queue that calls {@code beforeWrite} on the writer's thread before each batch is written, and
   * {@code onTake} as the writer takes each item (the tests hold the writer there to reproduce what
   * happens while a batch is being written, or closed).
   */
  IngestQueue(
      StoryLink storyLink, Consumer<List<IngestItem>> beforeWrite, Consumer<IngestItem> onTake) {
    this.storyLink = Objects.requireNonNull(storyLink, "storyLink");
    this.beforeWrite = Objects.requireNonNull(beforeWrite, "beforeWrite");
    this.onTake = Objects.requireNonNull(onTake, "onTake");
  }

  /**
   * The id of a committed article that {@code a} repeats: by id, URL key or content key ({@link
   * dev.storylink.store.ArticleStore#storedCopy}), which survive a restart.
   */
  public Optional<String> storedCopy(Article a) {
    return storedCopy(a, RepeatKeys.of(a));
  }

  /** As {@link #storedCopy(Article)}, with {@code a}'s keys computed once by the caller. */
  public Optional<String> storedCopy(Article a, RepeatKeys keys) {
    return storyLink.read(s -> s.storedCopy(a, keys)).map(Repeat::storedId);
  }

  /**
   * The language of {@code text} as the store's identifier reads it ({@code "und"} when it cannot
   * tell); the identifier is built on first use.
   */
  String identify(String text) {
    return storyLink.languageIdentifier().identify(text);
  }

  /**
   * Queues a batch; the future completes once it is committed (or failed as a whole). After {@link
   * #close}, every item of the batch is reported failed ({@value #STOPPING}).
   */
  public CompletableFuture<Result> submit(List<IngestItem> items) {
    List<IngestItem> batch = List.copyOf(items);
    CompletableFuture<Result> done = new CompletableFuture<>();
    try {
      writer.execute(
          () -> {
            try {
              done.complete(write(batch));
            } catch (RuntimeException | Error e) {
              done.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      done.complete(new Result(List.of(), List.of(), notTaken(batch, 0)));
    }
    return done;
  }

  private Result write(List<IngestItem> batch) {
    if (closing.get()) {
      return new Result(List.of(), List.of(), notTaken(batch, 0));
    }
    beforeWrite.accept(batch);
    List<String> stored = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<IngestProblem> failed = new ArrayList<>();
    int[] taken = {0};
    Iterator<IngestItem> items =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return taken[0] < batch.size() && !closing.get();
          }

          @Override
          public IngestItem next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            IngestItem item = batch.get(taken[0]++);
            onTake.accept(item);
            return item;
          }
        };
    storyLink.ingest(
        items,
        new IngestListener() {
          @Override
          public void stored(IngestItem item, StoryClusterer.Outcome outcome) {
            stored.add(item.article().id());
          }

          @Override
          public void failed(IngestItem item, IngestProblem problem) {
            failed.add(problem);
          }

          @Override
          public void known(IngestItem item, Repeat repeat) {
            known.add(item.article().id());
          }
        },
        RepeatRule.BY_KEYS);
    failed.addAll(notTaken(batch, taken[0]));
    return new Result(stored, known, failed);
  }

  private static List<IngestProblem> notTaken(List<IngestItem> batch, int from) {
    return batch.subList(from, batch.size()).stream()
        .map(i -> IngestProblem.of(i.position(), STOPPING))
        .toList();
  }

  /** True once {@link #close} was called. */
  boolean closing() {
    return closing.get();
  }

  /**
   * Stops taking items and waits for the writer to commit what it clustered: the rest of the chunk
   * being clustered, then a commit (up to 30 s, which only a store that cannot commit reaches).
   */
  @Override
  public void close() {
    closing.set(true);
    writer.shutdown();
    try {
      writer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
