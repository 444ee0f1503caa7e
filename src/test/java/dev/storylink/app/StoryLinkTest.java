package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Language;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.ArticleStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root: one ingest loop that no single article can stop, and the read side. */
class StoryLinkTest {
  @TempDir Path tmp;

  /** What a listener heard. */
  static final class Heard implements IngestListener {
    final List<String> stored = new ArrayList<>();
    final List<IngestProblem> failed = new ArrayList<>();
    final List<String> known = new ArrayList<>();

    @Override
    public void stored(IngestItem item, StoryClusterer.Outcome outcome) {
      stored.add(outcome.articleId());
    }

    @Override
    public void failed(IngestItem item, IngestProblem problem) {
      failed.add(problem);
    }

    @Override
    public void known(IngestItem item) {
      known.add(item.article().id());
    }
  }

  static List<IngestItem> items(int n, int longWordAt, int longIdAt) {
    List<IngestItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Article a = ComposedArticles.article(i == longIdAt ? "i".repeat(40_000) : "a" + i, i);
      if (i == longWordAt) {
        a = new Article(a.id(), a.lang(), a.title(), a.text() + " " + "x".repeat(40_000) + " end.", a.date(),
            a.source(), a.url());
      }
      items.add(IngestItem.at(a, "item " + i));
    }
    return items;
  }

  private long storedCount(Path data) {
    try (StoryLink ro = StoryLink.builder().dataDir(data).readOnly(true).build()) {
      return ro.read(ArticleStore::articleCount);
    }
  }

  @Test
  void articlesAreAcknowledgedInOrderOnceCommitted() {
    Path data = tmp.resolve("d");
    Heard heard = new Heard();
    try (StoryLink sl = StoryLink.builder().dataDir(data).batch(5).build()) {
      IngestSummary s = sl.ingest(items(12, 0, 0), heard);
      assertThat(s.stored()).isEqualTo(12);
      assertThat(s.failed()).isZero();
      assertThat(heard.stored).containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11",
          "a12");
    }
    assertThat(storedCount(data)).isEqualTo(12);
  }

  @Test
  void oneBadArticleIsReportedWithItsPositionAndTheRestIsStored() {
    Path data = tmp.resolve("d");
    Heard heard = new Heard();
    try (StoryLink sl = StoryLink.builder().dataDir(data).batch(5).build()) {
      IngestSummary s = sl.ingest(items(12, 7, 9), heard);
      assertThat(s.stored()).isEqualTo(10);
      assertThat(s.failed()).isEqualTo(2);
      assertThat(heard.failed).extracting(IngestProblem::input).containsExactly("item 7", "item 9");
      assertThat(heard.stored).hasSize(10).doesNotContain("a7").contains("a6", "a8", "a10", "a12");
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(10);

      // the clusterer is not poisoned: the next ingest goes on, and knows what is stored
      Heard again = new Heard();
      IngestSummary s2 = sl.ingest(items(14, 0, 0), again);
      assertThat(s2.known()).isEqualTo(10);
      assertThat(again.stored).containsExactly("a7", "a9", "a13", "a14");
    }
    assertThat(storedCount(data)).isEqualTo(14);
  }

  @Test
  void aRepeatedIdIsSkippedEvenWhileItsFirstCopyIsOnItsWay() {
    List<IngestItem> items = new ArrayList<>(items(3, 0, 0));
    items.add(IngestItem.at(ComposedArticles.article("a2", 2), "item 2 again"));
    Heard heard = new Heard();
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      IngestSummary s = sl.ingest(items, heard);
      assertThat(s.stored()).isEqualTo(3);
      assertThat(s.known()).isEqualTo(1);
      assertThat(heard.known).containsExactly("a2");
    }
  }

  @Test
  void aReadOnlyStoreRefusesIngestAndAnswersQueries() {
    Path data = tmp.resolve("d");
    try (StoryLink sl = StoryLink.builder().dataDir(data).build()) {
      sl.ingest(items(2, 0, 0), new Heard());
      try (StoryLink ro = StoryLink.builder().dataDir(data).readOnly(true).build()) {
        assertThat(ro.readOnly()).isTrue();
        assertThat(ro.read(ArticleStore::articleCount)).isEqualTo(2);
        assertThatThrownBy(() -> ro.ingest(items(1, 0, 0), new Heard()))
            .isInstanceOf(InputException.class)
            .hasMessageContaining("read-only");
      }
      assertThatThrownBy(() -> StoryLink.builder().dataDir(data).build())
          .isInstanceOf(InputException.class)
          .hasMessageContaining("locked");
    }
  }

  @Test
  void withoutAStoreItLinksAndComparesOnly() {
    try (StoryLink sl = StoryLink.builder().build()) {
      Article a = sl.withLanguage(ComposedArticles.article("x", 3));
      Article b = sl.withLanguage(ComposedArticles.article("y", 3));
      StoryLink.LinkVerdict v = sl.link(a, b);
      assertThat(v.langA()).isEqualTo(Language.of("en"));
      assertThat(v.result().sameStory()).isTrue();
      assertThat(sl.compare(a, b).links()).isNotEmpty();
      assertThat(sl.identify("Der Bundestag hat am Dienstag das neue Gesetz beschlossen.")).isEqualTo(Language.of("de"));
      assertThat(sl.languageIdentifier()).isSameAs(sl.languageIdentifier());
      assertThatThrownBy(() -> sl.read(ArticleStore::articleCount)).isInstanceOf(IllegalStateException.class);
    }
  }
}
