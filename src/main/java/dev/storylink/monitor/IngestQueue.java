package dev.storylink.monitor;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.ingest.IngestProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The single writer of a live server: batches of articles from the feed poller are clustered and
 * committed one batch after another on one thread ({@code storylink-writer}), through {@link
 * StoryLink#ingest}, so pollers never wait for the clusterer and never write concurrently. A commit
 * reopens the store's searcher at once: readers see the new stories within a second. Thread-safe.
 */
public final class IngestQueue implements AutoCloseable {
  private final StoryLink storyLink;
  private final Consumer<List<IngestItem>> beforeWrite;
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
    this(storyLink, batch -> {});
  }

  /**
   * A queue that calls {@code beforeWrite} on the writer's thread before each batch is written (the
   * tests hold the writer there to reproduce what happens while a batch is being written).
   */
  IngestQueue(StoryLink storyLink, Consumer<List<IngestItem>> beforeWrite) {
    this.storyLink = Objects.requireNonNull(storyLink, "storyLink");
    this.beforeWrite = Objects.requireNonNull(beforeWrite, "beforeWrite");
  }

  /** True if an article with this id is stored (committed). */
  public boolean isStored(String id) {
    return storyLink.read(s -> s.article(id).isPresent());
  }

  /**
   * The language of {@code text} as the store's identifier reads it ({@code "und"} when it cannot
   * tell); the identifier is built on first use.
   */
  String identify(String text) {
    return storyLink.languageIdentifier().identify(text);
  }

  /** Queues a batch; the future completes once it is committed (or failed as a whole). */
  public CompletableFuture<Result> submit(List<IngestItem> items) {
    List<IngestItem> batch = List.copyOf(items);
    return CompletableFuture.supplyAsync(() -> write(batch), writer);
  }

  private Result write(List<IngestItem> batch) {
    beforeWrite.accept(batch);
    List<String> stored = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<IngestProblem> failed = new ArrayList<>();
    storyLink.ingest(
        batch,
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
          public void known(IngestItem item) {
            known.add(item.article().id());
          }
        });
    return new Result(stored, known, failed);
  }

  /** Stops taking batches; waits up to 30 s for the one being written. */
  @Override
  public void close() {
    writer.shutdown();
    try {
      writer.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
