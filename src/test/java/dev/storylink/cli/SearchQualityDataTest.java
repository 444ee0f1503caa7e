package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search quality on the SemEval-2022 Task 8 dev articles (../shared, skipped when absent): the dev
 * articles are ingested into a temporary store and "Putin" is searched in four scripts.
 *
 * <p>Gold rule (transparent, independent of the search): a story mentions Putin when one of its
 * articles' title or text contains, ignoring case, one of {@link #PUTIN}'s spellings (Latin with
 * its inflections Putina, Putin'in..., French Poutine, Spanish Putín, Russian Путин..., Arabic
 * بوتين, Persian پوتین, Greek, Hebrew, Korean, Chinese and Japanese spellings), as a substring.
 * Every gold story must be in the top {@value #CUT} for each query, and no story outside the gold
 * set may rank above one in it.
 */
class SearchQualityDataTest {
  private static final Path SEMEVAL = Path.of("../shared/data/semeval2022-task8");

  /** The gold rule's spellings of Putin. */
  static final Pattern PUTIN =
      Pattern.compile(
          "putin|putín|poutine|путин|بوتين|پوتین|پوتين|πούτιν|פוטין|푸틴|普京|プーチン",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final int CUT = 10;

  @TempDir static Path tmp;
  private static ArticleStore store;
  private static Set<String> gold;

  @BeforeAll
  static void ingest() throws Exception {
    assumeTrue(
        Files.isRegularFile(SEMEVAL.resolve("articles.jsonl")),
        SEMEVAL + " is absent: search quality on the SemEval dev articles skipped");
    store = ingested(tmp.resolve("data"), SEMEVAL.resolve("articles.jsonl"));
    gold = new HashSet<>();
    for (StoryRecord s : store.stories(StoryFilter.all(), 0, 100_000)) {
      if (mentions(s)) {
        gold.add(s.id());
      }
    }
  }

  /** A store at {@code data} holding {@code jsonl}, ingested through the command line. */
  static ArticleStore ingested(Path data, Path jsonl) {
    LinkCommandTest.Run r =
        LinkCommandTest.run("ingest", "--quiet", "--data", data.toString(), jsonl.toString());
    assertThat(r.out()).contains("ingested");
    return ArticleStore.openReadOnly(data);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  private static boolean mentions(StoryRecord s) {
    for (EventRecord e : store.eventsOf(s.id())) {
      for (StoredArticle a : store.articlesOf(e.id())) {
        if (PUTIN.matcher(a.article().title() + " " + a.article().text()).find()) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void putinInFourScriptsFindsEveryStoryThatMentionsHimFirst() {
    assertThat(gold).as("gold stories").isNotEmpty();
    List<String> lines = new ArrayList<>();
    for (String q : List.of("Putin", "بوتين", "پوتین", "Путин")) {
      List<ArticleStore.SearchHit> hits = store.search(q, CUT);
      List<String> top = hits.stream().map(ArticleStore.SearchHit::storyId).toList();
      long found = top.stream().filter(gold::contains).count();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %d gold stories, %d results, precision@%d %.2f, recall@%d %.2f",
              q,
              gold.size(),
              top.size(),
              CUT,
              top.isEmpty() ? 0.0 : found / (double) top.size(),
              CUT,
              found / (double) gold.size()));
      assertThat(top).as("top %d for %s", CUT, q).containsAll(gold);
      // no story without Putin above one with him
      int lastGold = -1;
      int firstOther = Integer.MAX_VALUE;
      for (int i = 0; i < top.size(); i++) {
        if (gold.contains(top.get(i))) {
          lastGold = i;
        } else {
          firstOther = Math.min(firstOther, i);
        }
      }
      assertThat(lastGold).as("ranking for %s: %s, gold %s", q, hits, gold).isLessThan(firstOther);
    }
    System.out.println(String.join("\n", lines));
  }

  @Test
  void storiesQueryAndSearchShareOneRanking() {
    List<String> viaSearch =
        store.search("Putin", CUT).stream().map(ArticleStore.SearchHit::storyId).toList();
    List<String> viaStories =
        store
            .stories(
                new StoryFilter(
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.of("Putin")),
                0,
                CUT)
            .stream()
            .map(StoryRecord::id)
            .toList();
    assertThat(viaStories).isEqualTo(viaSearch);
  }
}
