package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.ComposedArticles;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import dev.storylink.store.ArticleStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posted articles through the repository: a bad one is rejected alone and poisons nothing. */
class StoreStoryRepositoryTest {
  @TempDir Path tmp;

  private static Article withLongWord(Article a) {
    return new Article(a.id(), a.lang(), a.title(), a.text() + " " + "x".repeat(40_000), a.date(), a.source(),
        a.url());
  }

  @Test
  void afterABadPostGoodPostsStillSucceed() {
    try (StoryLink sl = StoryLink.builder().dataDir(tmp.resolve("d")).build()) {
      StoreStoryRepository repo = new StoreStoryRepository(sl);
      StoryRepository.IngestResult first = repo.ingest(List.of(ComposedArticles.article("a1", 1)));
      assertThat(first.added()).extracting(StoryRepository.Added::id).containsExactly("a1");

      StoryRepository.IngestResult bad = repo.ingest(List.of(withLongWord(ComposedArticles.article("a2", 2))));
      assertThat(bad.added()).isEmpty();
      assertThat(bad.rejected()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo("a2");
        assertThat(r.error()).startsWith("article: ").contains("not stored");
      });

      StoryRepository.IngestResult mixed = repo.ingest(List.of(
          ComposedArticles.article("a3", 3), withLongWord(ComposedArticles.article("a4", 4)),
          ComposedArticles.article("a5", 5), ComposedArticles.article("a1", 1)));
      assertThat(mixed.added()).extracting(StoryRepository.Added::id).containsExactly("a3", "a5");
      assertThat(mixed.rejected()).extracting(StoryRepository.Rejected::id).containsExactlyInAnyOrder("a4", "a1");
      assertThat(mixed.rejected()).anySatisfy(r -> assertThat(r.error()).startsWith("article [1]: "));
      assertThat(mixed.rejected()).anySatisfy(r -> assertThat(r.error()).contains("already stored"));

      StoryRepository.IngestResult good = repo.ingest(List.of(ComposedArticles.article("a6", 6)));
      assertThat(good.added()).extracting(StoryRepository.Added::id).containsExactly("a6");
      assertThat(good.rejected()).isEmpty();

      assertThat(repo.article("a5")).isPresent();
      assertThat(repo.article("a4")).isEmpty();
      assertThat(sl.read(ArticleStore::articleCount)).isEqualTo(4);
      StoryRepository.Page<StoryRepository.StorySummary> page = repo.stories(
          new StoryRepository.StoryQuery(java.util.Optional.empty(), java.util.Optional.empty(),
              java.util.Optional.empty(), java.util.Optional.empty(), 0, 100));
      assertThat(page.items()).isNotEmpty();
    }
  }
}
