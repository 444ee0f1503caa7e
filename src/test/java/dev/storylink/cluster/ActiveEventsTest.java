package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event life-cycle and what it leaves in {@link PendingWrites}. */
class ActiveEventsTest {
  @TempDir Path tmp;

  private static ArticleFeatures features(String id, LocalDate date) {
    return BareFeatures.of(id).date(date).ownKeyword().build();
  }

  /** Adds an article dated {@code date} to {@code ev} as the clusterer does. */
  private static void add(
      ActiveEvents events,
      CandidateIndex index,
      PendingWrites pending,
      ActiveEvent ev,
      String articleId,
      LocalDate date,
      long seq) {
    ArticleFeatures f = features(articleId, date);
    ev.add(
        new Article(articleId, "en", "t", "Some text of " + articleId, f.date(), "", ""),
        f,
        seq,
        false,
        6);
    index.index(ev, CandidateKeys.keys(f));
    events.added(ev, articleId);
    events.seeDate(date);
    pending.markChanged(ev);
  }

  @Test
  void eventsBeyondTheCapCloseLeastRecentlyUpdatedFirstAndIdleOnesCloseByDate() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      ClusterConfig config = ClusterConfig.defaults().withMaxActiveEvents(2);
      CandidateIndex index = new CandidateIndex(10);
      PendingWrites pending = new PendingWrites();
      NearDuplicateDetector duplicates = new NearDuplicateDetector();
      ActiveEvents events = new ActiveEvents(store, config, index, duplicates, pending);
      LocalDate day = LocalDate.parse("2021-05-01");
      ActiveEvent e1 = events.open("e1", "s1", "en", "one");
      add(events, index, pending, e1, "a1", day, 1);
      ActiveEvent e2 = events.open("e2", "s2", "en", "two");
      add(events, index, pending, e2, "a2", day, 2);
      add(events, index, pending, e1, "a3", day, 3); // e1 is now the most recently updated
      ActiveEvent e3 = events.open("e3", "s3", "en", "three");
      add(events, index, pending, e3, "a4", day, 4);
      events.closeInactive(4);
      assertThat(events.size()).isEqualTo(2);
      assertThat(events.get("e2")).as("least recently updated").isNull();
      assertThat(e2.slot).as("unindexed").isEqualTo(-1);
      assertThat(e2.reps).isEmpty();
      assertThat(pending.event("e2")).hasValueSatisfying(r -> assertThat(r.open()).isFalse());
      assertThat(events.record("e2").orElseThrow().articleIds()).containsExactly("a2");
      assertThat(events.eventOf("a2")).isEqualTo("e2");
      assertThat(events.isRecent("a3")).isTrue();

      // e1 idle for more than inactiveDays before the newest date: closed at the next idle check
      add(events, index, pending, e3, "a5", day.plusDays(config.inactiveDays() + 1), 5);
      events.closeInactive(5);
      assertThat(events.get("e1")).as("checked every 500 articles only").isNotNull();
      events.closeInactive(ActiveEvents.IDLE_CHECK_EVERY);
      assertThat(events.get("e1")).isNull();
      assertThat(events.size()).isEqualTo(1);

      // the commit writes the closed events and the still active one's record
      pending.writeTo(store);
      store.commit(Map.of());
      pending.clear();
      assertThat(store.openEvents()).extracting(EventRecord::id).containsExactly("e3");
      assertThat(store.event("e1").orElseThrow().articleIds()).containsExactly("a1", "a3");
    }
  }

  @Test
  void movingEventsToAnotherStory() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      CandidateIndex index = new CandidateIndex(10);
      PendingWrites pending = new PendingWrites();
      ActiveEvents events =
          new ActiveEvents(
              store, ClusterConfig.defaults(), index, new NearDuplicateDetector(), pending);
      ActiveEvent active = events.open("e1", "s5", "en", "one");
      pending.putEvent(
          new EventRecord(
              "e2",
              "s5",
              "de",
              List.of("x"),
              1,
              Optional.empty(),
              Optional.empty(),
              1,
              "two",
              false));
      events.moveToStory("e1", "s1");
      events.moveToStory("e2", "s1");
      events.moveToStory("e404", "s1"); // unknown: nothing to move
      assertThat(active.storyId).isEqualTo("s1");
      assertThat(active.changed).isTrue();
      assertThat(pending.event("e2").orElseThrow().storyId()).isEqualTo("s1");
      assertThat(pending.event("e404")).isEmpty();
    }
  }
}
