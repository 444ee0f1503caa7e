package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest: a child JVM ingests and acknowledges batches; it is killed
 * without warning after a few acknowledgements; the reopened store holds every acknowledged
 * article, and every article, event and story it holds is consistent with the others. A store
 * opened read-only beside the child sees its commits as they come.
 */
class CrashSafetyTest {
  @TempDir Path tmp;

  @Test
  void killDashNineLosesNoAcknowledgedArticleAndLeavesNoHalfWrittenEvent() throws Exception {
    Path data = tmp.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                CrashIngestChild.class.getName(),
                data.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int acked = 0;
    ArticleStore reader =
        null; // read-only beside the child's ingest, opened after its first commit
    long seenAtOpen = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ACK ")) {
          acked = Integer.parseInt(line.substring(4));
          if (reader == null) {
            reader = ArticleStore.openReadOnly(data);
            seenAtOpen = reader.articleCount();
          }
          if (acked >= Math.max(100, seenAtOpen + 25)) { // and one commit after the reader opened
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acked).isGreaterThanOrEqualTo(100);
    // the read-only store saw the other process's later commits by itself
    try (ArticleStore r = reader) {
      int lastAck = acked;
      assertThat(ReadOnlyRefreshTest.eventually(() -> r.articleCount() >= lastAck)).isTrue();
    }

    try (ArticleStore store = ArticleStore.open(data)) { // also proves the lock was released
      for (int i = 0; i < acked; i++) {
        assertThat(store.containsArticle("gen-" + i)).as("acknowledged gen-%d", i).isTrue();
      }
      long articles = store.articleCount();
      assertThat(store.committedState().get("seq")).isEqualTo(Long.toString(articles));
      Set<String> seen = new HashSet<>();
      for (StoredArticle a : store.allArticles()) {
        EventRecord e =
            store
                .event(a.eventId())
                .orElseThrow(() -> new AssertionError("no event for " + a.article().id()));
        assertThat(e.articleIds()).contains(a.article().id());
        assertThat(store.story(e.storyId())).as("story of %s", e.id()).isPresent();
        seen.add(a.article().id());
      }
      long members = 0;
      for (StoryRecord s : store.stories(StoryFilter.all(), 0, Integer.MAX_VALUE)) {
        for (String ev : s.eventIds()) {
          EventRecord e =
              store
                  .event(ev)
                  .orElseThrow(() -> new AssertionError("story " + s.id() + " lost event " + ev));
          assertThat(e.storyId()).isEqualTo(s.id());
          assertThat(seen).containsAll(e.articleIds());
          members += e.articleIds().size();
        }
      }
      assertThat(members).isEqualTo(articles);
    }
  }
}
