package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.IngestItem;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.ingest.IngestProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing the writer while it writes (Ctrl-C on {@code serve}): it stops taking items after the
 * chunk under way, commits what it clustered, does not start the queued batches, and reports the
 * rest as not written; the store opened again holds exactly the articles reported stored, and takes
 * the others.
 */
class IngestQueueCloseTest {
  @TempDir Path tmp;

  private final CountDownLatch taking = new CountDownLatch(1);
  private final CountDownLatch closing = new CountDownLatch(1);

  private StoryLink open() {
    return StoryLink.builder().dataDir(tmp.resolve("data")).languages(() -> t -> "en").build();
  }

  private static List<IngestItem> articles(String prefix, int n) {
    List<IngestItem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text =
          String.format(
              Locale.ROOT,
              "Report %d: the council of town %s%d voted on budget line %d and river bridge %d.",
              i,
              prefix,
              i,
              i * 7,
              i * 13);
      out.add(IngestItem.at(Article.of(prefix + i, "en", text), prefix + " item " + i));
    }
    return out;
  }

  /** On the writer's thread: at item {@code at} of the first batch, waits until close began. */
  private void hold(IngestItem item, String at) {
    if (item.article().id().equals(at)) {
      taking.countDown();
      try {
        assertThat(closing.await(60, TimeUnit.SECONDS)).as("close began").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void closingMidBatchCommitsTheChunkUnderWayAndLeavesTheRestForTheNextStart() throws Exception {
    int n = StoryClusterer.CHUNK * 3;
    String at = "a" + (StoryClusterer.CHUNK + 10); // in the second chunk
    IngestQueue.Result first;
    IngestQueue.Result queued;
    try (StoryLink sl = open()) {
      IngestQueue q = new IngestQueue(sl, batch -> {}, item -> hold(item, at));
      CompletableFuture<IngestQueue.Result> a = q.submit(articles("a", n));
      CompletableFuture<IngestQueue.Result> b = q.submit(articles("b", 5));
      assertThat(taking.await(60, TimeUnit.SECONDS)).isTrue();
      Thread closer = new Thread(q::close, "closer");
      closer.start();
      while (!q.closing()) {
        TimeUnit.MILLISECONDS.sleep(5);
      }
      closing.countDown();
      closer.join(TimeUnit.SECONDS.toMillis(60));
      assertThat(closer.isAlive()).as("close returned").isFalse();
      first = a.get(1, TimeUnit.SECONDS);
      queued = b.get(1, TimeUnit.SECONDS);
      // a batch submitted after close is not written either
      IngestQueue.Result late = q.submit(articles("c", 2)).get(1, TimeUnit.SECONDS);
      assertThat(late.failed())
          .extracting(IngestProblem::reason)
          .containsOnly(IngestQueue.STOPPING);
    }
    int taken = StoryClusterer.CHUNK + 11; // the first chunk, and the second up to the held item
    assertThat(first.stored()).hasSize(taken);
    assertThat(first.failed()).hasSize(n - taken);
    assertThat(first.failed()).extracting(IngestProblem::reason).containsOnly(IngestQueue.STOPPING);
    assertThat(queued.stored()).isEmpty();
    assertThat(queued.failed()).hasSize(5);
    try (StoryLink again = open()) {
      long count = again.read(s -> s.articleCount());
      assertThat(count).isEqualTo(taken);
      for (String id : first.stored()) {
        boolean there = again.read(s -> s.article(id).isPresent());
        assertThat(there).as(id).isTrue();
      }
      IngestQueue q = new IngestQueue(again);
      IngestQueue.Result rest = q.submit(articles("a", n)).get(120, TimeUnit.SECONDS);
      q.close();
      assertThat(rest.known()).hasSize(taken);
      assertThat(rest.stored()).hasSize(n - taken);
      long all = again.read(s -> s.articleCount());
      assertThat(all).isEqualTo(n);
    }
  }
}
