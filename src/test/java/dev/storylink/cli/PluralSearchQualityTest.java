package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search quality for singular query words against articles that write only their plural: the
 * composed Arabic, Persian and Urdu articles of {@code fixtures/search-plurals} (one topic each,
 * and two that write names ending as plurals do: بوتين, ماكرون, الكرملين) are ingested through the
 * command line into a temporary store, and each query of {@code queries.tsv} is searched (top
 * {@value #CUT}, the path of {@code storylink search}, {@code stories -q} and the API). Gold: the
 * hand-labelled articles that write the word, singular or plural; a story is relevant when one of
 * its articles is. Precision and recall are micro-averaged over the queries and printed.
 */
class PluralSearchQualityTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/search-plurals");

  static final int CUT = 10;

  /** Recall at least this: every query but at most one finds its articles. */
  static final double MIN_RECALL = 0.95;

  /** Precision at least this. */
  static final double MIN_PRECISION = 0.95;

  @TempDir static Path tmp;
  private static ArticleStore store;
  private static final Map<String, String> STORY_OF_ARTICLE = new HashMap<>();

  @BeforeAll
  static void ingest() throws Exception {
    store = SearchQualityDataTest.ingested(tmp.resolve("data"), FIXTURE.resolve("articles.jsonl"));
    for (StoryRecord s : store.stories(StoryFilter.all(), 0, 1000)) {
      for (EventRecord e : store.eventsOf(s.id())) {
        for (StoredArticle a : store.articlesOf(e.id())) {
          STORY_OF_ARTICLE.put(a.article().id(), s.id());
        }
      }
    }
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void singularQueriesFindTheArticlesThatWriteOnlyThePlural() throws Exception {
    long found = 0;
    long returned = 0;
    long relevant = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(FIXTURE.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Set<String> gold = new HashSet<>();
      for (String id : f[1].split(",")) {
        if (!id.equals("-")) {
          gold.add(STORY_OF_ARTICLE.get(id.strip()));
        }
      }
      List<String> top =
          store.search(f[0], CUT).stream().map(ArticleStore.SearchHit::storyId).toList();
      long hit = top.stream().filter(gold::contains).count();
      found += hit;
      returned += top.size();
      relevant += gold.size();
      if (hit < gold.size() || hit < top.size()) {
        misses.add(f[0] + " → " + top + " (gold " + gold + ")");
      }
    }
    double precision = returned == 0 ? 0 : found / (double) returned;
    double recall = found / (double) relevant;
    System.out.printf(
        Locale.ROOT,
        "plural search: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
        precision,
        found,
        returned,
        recall,
        found,
        relevant);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(recall).as("recall; misses %s", misses).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(precision).as("precision; misses %s", misses).isGreaterThanOrEqualTo(MIN_PRECISION);
  }
}
