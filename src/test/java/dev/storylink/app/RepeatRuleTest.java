package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.store.Repeat;
import dev.storylink.store.RepeatKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one repeat rule of every ingest path: by id, URL key and content key, once per item. */
class RepeatRuleTest {
  @TempDir Path tmp;

  private static Article with(Article a, String id, String text, String url) {
    return new Article(id, a.lang(), a.title(), text, a.date(), a.source(), url);
  }

  private static List<IngestItem> items(Article... as) {
    return IngestItem.numbered(List.of(as));
  }

  @Test
  void aCopyUnderAnotherIdIsSkippedInTheSameIngestAndInALaterOne() {
    Article a = ComposedArticles.article("a1", 1);
    Article copy = with(a, "copy", a.text(), ""); // same title and text
    Article sameUrl =
        with(ComposedArticles.article("b", 2), "b1", "Other words.", "HTTP://News.Example/x#top");
    Article sameUrlLater =
        with(ComposedArticles.article("c", 3), "c1", "Yet other words.", "http://news.example/x");
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoryLinkTest.Heard first = new StoryLinkTest.Heard();
      sl.ingest(items(a, copy, sameUrl).iterator(), first, RepeatRule.BY_KEYS);
      assertThat(first.stored).containsExactly("a1", "b1");
      assertThat(first.repeats).containsExactly("copy -> a1 CONTENT");

      StoryLinkTest.Heard later = new StoryLinkTest.Heard();
      IngestSummary s =
          sl.ingest(items(copy, sameUrlLater, a).iterator(), later, RepeatRule.BY_KEYS);
      assertThat(later.stored).isEmpty();
      assertThat(later.repeats)
          .containsExactly("copy -> a1 CONTENT", "c1 -> b1 URL", "a1 -> a1 ID");
      assertThat(s.known()).isEqualTo(3);
    }
  }

  @Test
  void byIdOnlyKeepsCopiesUnderOtherIds() {
    Article a = ComposedArticles.article("a1", 1);
    Article copy = with(a, "copy", a.text(), "");
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoryLinkTest.Heard heard = new StoryLinkTest.Heard();
      sl.ingest(items(a, copy, a).iterator(), heard); // evaluations and benchmarks
      assertThat(heard.stored).containsExactly("a1", "copy");
      assertThat(heard.repeats).containsExactly("a1 -> a1 ID");
    }
  }

  @Test
  void aRefusedArticleHidesNoLaterCopy() {
    Article a = ComposedArticles.article("a1", 1);
    Article refused = with(a, "i".repeat(40_000), a.text(), ""); // an id the store cannot index
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoryLinkTest.Heard heard = new StoryLinkTest.Heard();
      sl.ingest(items(refused, a).iterator(), heard, RepeatRule.BY_KEYS);
      assertThat(heard.stored).containsExactly("a1");
      assertThat(heard.repeats).isEmpty();
    }
  }

  @Test
  void keysGivenWithTheItemAreUsedAsGiven() {
    Article a = ComposedArticles.article("a1", 1);
    Article b = ComposedArticles.article("b1", 2);
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoryLinkTest.Heard heard = new StoryLinkTest.Heard();
      // b carries a's keys: the rule reads them, not b's text (the feed monitor computes them once)
      sl.ingest(
          List.of(IngestItem.at(a, "a"), IngestItem.at(b, "b").withKeys(RepeatKeys.of(a)))
              .iterator(),
          heard,
          RepeatRule.BY_KEYS);
      assertThat(heard.repeats).containsExactly("b1 -> a1 CONTENT");
    }
  }

  @Test
  void theStoreIndexesTheKeysTheCheckComputedNotNewOnes() {
    // session 22: the check's keys are passed to the write (one pass over title and text); keys
    // that no text gives prove it: the stored article is found by them afterwards
    Article a = ComposedArticles.article("a1", 1);
    RepeatKeys checked = new RepeatKeys("", "0123456789abcdef0123456789abcdef");
    Article other = with(ComposedArticles.article("z", 9), "z1", "Unrelated words.", "");
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      sl.ingest(
          List.of(IngestItem.at(a, "a").withKeys(checked)).iterator(),
          new StoryLinkTest.Heard(),
          RepeatRule.BY_KEYS);
      Optional<Repeat> byChecked = sl.read(s -> s.storedCopy(other, checked));
      assertThat(byChecked.map(Repeat::storedId)).contains("a1");
      // the keys were not computed again from a's text
      Optional<Repeat> byText = sl.read(s -> s.storedCopy(other, RepeatKeys.of(a)));
      assertThat(byText).isEmpty();
    }
  }

  @Test
  void byIdOnlyTheWriteComputesTheKeys() {
    // the evaluations' and benchmarks' path checks no keys: the write computes and indexes them
    Article a = ComposedArticles.article("a1", 1);
    Article copy = with(a, "copy", a.text(), "");
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      sl.ingest(items(a).iterator(), new StoryLinkTest.Heard());
      Optional<Repeat> found = sl.read(s -> s.storedCopy(copy, RepeatKeys.of(copy)));
      assertThat(found.map(Repeat::storedId)).contains("a1");
    }
  }
}
