package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store opened read-only beside a writer (no lock) sees the writer's later commits: at once after
 * {@link ArticleStore#refresh}, and by itself shortly after (a periodic refresh), so a server
 * opened read-only while an ingest runs does not serve the snapshot it opened with forever.
 */
class ReadOnlyRefreshTest {
  private static final long WAIT_MILLIS = 30_000; // a bound, not a speed requirement

  @TempDir Path tmp;

  /** Polls {@code condition} until it holds or the bound passes; returns whether it held. */
  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return condition.getAsBoolean();
  }

  private static StoryRecord story(String id, long seq) {
    return Records.story(id, List.of("en"), "2020-03-01", "2020-03-01", seq, "e-" + id);
  }

  @Test
  void aReadOnlyStoreSeesACommitOfTheWriterWithoutBeingAsked() throws Exception {
    Path data = tmp.resolve("d");
    try (ArticleStore writer = ArticleStore.open(data)) {
      writer.putStory(story("s1", 1));
      writer.commit(Map.of("seq", "1"));
      try (ArticleStore reader = ArticleStore.openReadOnly(data)) {
        assertThat(reader.storyCount()).isEqualTo(1);

        writer.putStory(story("s2", 2));
        writer.putEvent(Records.event("e-s2", "s2", "en", 2, true, "a2"));
        writer.commit(Map.of("seq", "2"));

        assertThat(eventually(() -> reader.story("s2").isPresent()))
            .as("the read-only store lists the committed story")
            .isTrue();
        assertThat(reader.stories(StoryFilter.all(), 0, 10))
            .extracting(StoryRecord::id)
            .containsExactly("s2", "s1");
        assertThat(reader.eventsOf("s2")).extracting(EventRecord::id).containsExactly("e-s2");
        assertThat(reader.committedState()).containsEntry("seq", "2");
      }
    }
  }

  @Test
  void uncommittedWritesStayInvisibleAndRefreshShowsACommitAtOnce() throws Exception {
    Path data = tmp.resolve("d");
    try (ArticleStore writer = ArticleStore.open(data)) {
      writer.commit(Map.of());
      try (ArticleStore reader = ArticleStore.openReadOnly(data)) {
        writer.putStory(story("s1", 1));
        writer.refresh(); // the writer sees its own write (near-real-time), the reader cannot
        assertThat(writer.story("s1")).isPresent();
        reader.refresh();
        assertThat(reader.story("s1")).isEmpty();

        writer.commit(Map.of("seq", "1"));
        reader.refresh();
        assertThat(reader.story("s1")).isPresent();
      }
    }
  }

  @Test
  void closingAReadOnlyStoreStopsItsRefreshThread() throws Exception {
    Path data = tmp.resolve("d");
    try (ArticleStore writer = ArticleStore.open(data)) {
      writer.commit(Map.of());
    }
    Set<Thread> before = refreshThreads();
    ArticleStore reader = ArticleStore.openReadOnly(data);
    Set<Thread> mine = refreshThreads();
    mine.removeAll(before);
    assertThat(mine).hasSize(1).allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    reader.close();
    for (Thread t : mine) {
      t.join(WAIT_MILLIS);
      assertThat(t.isAlive()).isFalse();
    }
    try (ArticleStore writable = ArticleStore.open(data)) {
      assertThat(refreshThreads())
          .as("a writable store refreshes at its commits only")
          .isEqualTo(before);
    }
  }

  private static Set<Thread> refreshThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("storylink-store-refresh") && t.isAlive())
        .collect(Collectors.toSet());
  }
}
