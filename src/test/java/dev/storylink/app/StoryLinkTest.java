package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.core.Language;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root: one ingest loop that no single article can stop, and the read side. */
class StoryLinkTest {
  @TempDir Path tmp;

  /** What a listener heard. */
  static class Heard implements IngestListener {
    final List<String> stored = new ArrayList<>();
    final List<IngestProblem> failed = new ArrayList<>();
    final List<String> known = new ArrayList<>();
    final List<String> repeats = new ArrayList<>(); // id -> stored id, by which key

    @Override
    public void stored(IngestItem item, StoryClusterer.Outcome outcome) {
      stored.add(outcome.articleId());
    }

    @Override
    public void failed(IngestItem item, IngestProblem problem) {
      failed.add(problem);
    }

    @Override
    public void known(IngestItem item, dev.storylink.store.Repeat repeat) {
      known.add(item.article().id());
      repeats.add(item.article().id() + " -> " + repeat.storedId() + " " + repeat.by());
    }
  }

  static List<IngestItem> items(int n, int longWordAt, int longIdAt) {
    List<IngestItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Article a = ComposedArticles.article(i == longIdAt ? "i".repeat(40_000) : "a" + i, i);
      if (i == longWordAt) {
        a =
            new Article(
                a.id(),
                a.lang(),
                a.title(),
                a.text() + " " + "x".repeat(40_000) + " end.",
                a.date(),
                a.source(),
                a.url());
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
      assertThat(heard.stored)
          .containsExactly(
              "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12");
    }
    assertThat(storedCount(data)).isEqualTo(12);
  }

  /**
   * Item 7 has a 40,000-character word, which the analyzer drops: it is stored. Item 9 has a 40 KB
   * id, over what the store can index: the clusterer refuses it alone, and it is reported with its
   * position and one short id prefix.
   */
  @Test
  void oneBadArticleIsReportedWithItsPositionAndTheRestIsStored() {
    Path data = tmp.resolve("d");
    Heard heard = new Heard();
    try (StoryLink sl = StoryLink.builder().dataDir(data).batch(5).build()) {
      IngestSummary s = sl.ingest(items(12, 7, 9), heard);
      assertThat(s.stored()).isEqualTo(11);
      assertThat(s.failed()).isEqualTo(1);
      assertThat(heard.failed)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.input()).isEqualTo("item 9");
                assertThat(p.reason())
                    .startsWith("i".repeat(57) + "…: ")
                    .contains("an article id of 40000 bytes")
                    .hasSizeLessThan(200);
              });
      assertThat(heard.stored)
          .containsExactly("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a10", "a11", "a12");
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(11);
      assertThat(sl.read(st -> st.article("a7")).orElseThrow().article().text()).endsWith(" end.");

      // the clusterer is not poisoned: the next ingest goes on, and knows what is stored
      Heard again = new Heard();
      IngestSummary s2 = sl.ingest(items(14, 0, 0), again);
      assertThat(s2.known()).isEqualTo(11);
      assertThat(again.stored).containsExactly("a9", "a13", "a14");
    }
    assertThat(storedCount(data)).isEqualTo(14);
  }

  /** The clustering scorer, throwing for the articles in {@link #failOn}. */
  static final class FailingScorer implements PairScorer {
    final PairScorer inner = FeaturePairScorer.forClustering();
    final Set<String> failOn = ConcurrentHashMap.newKeySet();
    final Function<String, RuntimeException> failure;
    final AtomicInteger threw = new AtomicInteger();

    FailingScorer(Function<String, RuntimeException> failure, String... ids) {
      this.failure = failure;
      failOn.addAll(List.of(ids));
    }

    private void check(ArticleFeatures a) {
      if (failOn.contains(a.id())) {
        threw.incrementAndGet();
        throw failure.apply(a.id());
      }
    }

    @Override
    public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
      check(a);
      return inner.link(a, b);
    }

    @Override
    public double probability(ArticleFeatures a, ArticleFeatures b) {
      check(a);
      return inner.probability(a, b);
    }
  }

  private static List<String> ids(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "a" + i).toList();
  }

  /**
   * The clusterer throws on article 260 of 264 (batch 100): the first chunk of 256 is committed
   * already, articles 257 to 259 are clustered again and committed before the failure is reported
   * with its position, articles 261 to 264 are stored, and the next ingest works.
   */
  @Test
  void whenTheClustererThrowsTheArticleIsReportedAndTheOthersAreStored() {
    Path data = tmp.resolve("d");
    FailingScorer scorer =
        new FailingScorer(id -> new IllegalStateException("scorer failed on " + id), "a260");
    List<Long> committedWhenReported = new ArrayList<>();
    Heard heard =
        new Heard() {
          @Override
          public void failed(IngestItem item, IngestProblem problem) {
            super.failed(item, problem);
            committedWhenReported.add(
                storedCount(data)); // what another process sees: committed only
          }
        };
    try (StoryLink sl =
        StoryLink.builder().dataDir(data).batch(100).clusterScorer(scorer).build()) {
      IngestSummary s = sl.ingest(items(264, 0, 0), heard);
      assertThat(scorer.threw)
          .as("the clusterer really failed, and again when replayed")
          .hasValueGreaterThan(1);
      assertThat(s.stored()).isEqualTo(263);
      assertThat(s.failed()).isEqualTo(1);
      assertThat(heard.failed)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.input()).isEqualTo("item 260");
                assertThat(p.reason())
                    .isEqualTo(
                        "a260: not stored, the clusterer failed on it: scorer failed on a260");
              });
      assertThat(committedWhenReported).containsExactly(259L);
      List<String> expected = new ArrayList<>(ids(1, 259));
      expected.addAll(ids(261, 264));
      assertThat(heard.stored).containsExactlyElementsOf(expected);
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(263);
      assertThat((boolean) sl.read(st -> st.containsArticle("a260"))).isFalse();

      scorer.failOn.clear();
      Heard again = new Heard();
      IngestSummary s2 = sl.ingest(items(266, 0, 0), again);
      assertThat(s2.known()).isEqualTo(263);
      assertThat(s2.failed()).isZero();
      assertThat(again.stored).containsExactly("a260", "a265", "a266");
    }
    assertThat(storedCount(data)).isEqualTo(266);
  }

  /**
   * A failure of the store (I/O) is not one article's fault: it ends the ingest, what was committed
   * is kept, what was not is rolled back, and the next ingest starts from the last commit.
   */
  @Test
  void anIoFailureEndsTheIngestAndKeepsWhatWasCommitted() {
    Path data = tmp.resolve("d");
    FailingScorer scorer =
        new FailingScorer(id -> new UncheckedIOException(new IOException("disk failed")), "a280");
    Heard heard = new Heard();
    try (StoryLink sl =
        StoryLink.builder().dataDir(data).batch(100).clusterScorer(scorer).build()) {
      assertThatThrownBy(() -> sl.ingest(items(300, 0, 0), heard))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("disk failed");
      assertThat(heard.stored).containsExactlyElementsOf(ids(1, 256));
      assertThat(heard.failed).isEmpty();
      assertThat(storedCount(data)).isEqualTo(256);

      // the uncommitted articles were rolled back: once the store works again, they are ingested
      scorer.failOn.clear();
      Heard again = new Heard();
      IngestSummary s = sl.ingest(items(300, 0, 0), again);
      assertThat(s.known()).isEqualTo(256);
      assertThat(again.stored).containsExactlyElementsOf(ids(257, 300));
    }
    assertThat(storedCount(data)).isEqualTo(300);
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
      assertThat(sl.identify("Der Bundestag hat am Dienstag das neue Gesetz beschlossen."))
          .isEqualTo(Language.of("de"));
      assertThat(sl.languageIdentifier()).isSameAs(sl.languageIdentifier());
      assertThatThrownBy(() -> sl.read(ArticleStore::articleCount))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
