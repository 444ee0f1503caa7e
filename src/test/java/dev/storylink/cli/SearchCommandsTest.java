package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stories} and {@code search} on the cluster fixtures plus an undated article with a
 * 200-character headline: filters that mean what they say, one ranking, readable output, and the
 * ingest's progress bar.
 */
class SearchCommandsTest {
  @TempDir Path tmp;
  private Path data;
  private LinkCommandTest.Run ingest;

  @BeforeEach
  void ingest() throws Exception {
    Path src = Path.of(getClass().getResource("/fixtures/cluster/articles.jsonl").toURI());
    List<String> lines = new ArrayList<>(Files.readAllLines(src, StandardCharsets.UTF_8));
    String longTitle =
        "A very long headline about the volunteers who restored the old lighthouse on the cliffs"
            + " above the harbour over three summers of patient work, told at length by the trust"
            + " that looks after it now";
    lines.add(
        "{\"id\": \"undated_lighthouse\", \"lang\": \"en\", \"title\": \""
            + longTitle
            + "\", \"text\": \"Volunteers finished restoring the old lighthouse on the cliffs.\"}");
    Path in = tmp.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    data = tmp.resolve("data");
    ingest = LinkCommandTest.run("ingest", "--progress", "--data", data.toString(), in.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
  }

  private LinkCommandTest.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data.toString());
    return LinkCommandTest.run(all.toArray(String[]::new));
  }

  @Test
  void theProgressBarShowsTheTotal() {
    assertThat(ingest.err()).contains("ingest").contains("/12").contains("articles/s");
  }

  @Test
  void evalShowsTheProgressBarToo() throws Exception {
    Path fixtures = Path.of(getClass().getResource("/fixtures/cluster/clusters.tsv").toURI());
    LinkCommandTest.Run r =
        LinkCommandTest.run("eval", "clusters", "--progress", fixtures.getParent().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("cluster").contains("/11").contains("articles/s");
  }

  @Test
  void aDateFilterLeavesUndatedStoriesOutAndSaysHowMany() {
    LinkCommandTest.Run all = run("stories");
    assertThat(all.out()).contains("A very long headline");
    LinkCommandTest.Run window = run("stories", "--from", "2020-02-01", "--to", "2020-03-31");
    assertThat(window.out())
        .doesNotContain("A very long headline")
        .contains("1 undated story left out by the date filter");
  }

  @Test
  void anEmptyQueryIsAUsageErrorNotEveryStory() {
    for (String q : List.of("", "   ", "\t\u3000")) {
      LinkCommandTest.Run search = run("search", q);
      assertThat(search.code()).as("search '%s'", q).isEqualTo(2);
      assertThat(search.err().strip())
          .startsWith("storylink: the search query is empty")
          .doesNotContain("\n");
      assertThat(search.out()).isEmpty();
      LinkCommandTest.Run stories = run("stories", "-q", q);
      assertThat(stories.code()).isEqualTo(2);
      assertThat(stories.err()).contains("--query is empty");
      assertThat(stories.out()).isEmpty();
    }
    assertThat(run("search", "  snow ").code()).isZero();
  }

  /**
   * A new user's run, session 25: {@code search "*"} (or {@code :}, a quote) said {@code no stories
   * match "*"} with exit 0, as if the store held nothing; a query with no letter or digit has no
   * word to search for and is the same usage error as an empty one, in {@code stories -q} too.
   */
  @Test
  void aQueryOfOnlyPunctuationIsAUsageError() {
    for (String q : new String[] {"*", ":", "\"", "« »"}) {
      LinkCommandTest.Run search = run("search", q);
      assertThat(search.code()).as(q).isEqualTo(2);
      assertThat(search.err()).contains("has no word to search for").contains("are not read");
      assertThat(run("stories", "-q", q).code()).as(q).isEqualTo(2);
    }
    assertThat(run("search", "۱۲").code()).isZero();
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsAnErrorNotAList() {
    LinkCommandTest.Run r = run("stories", "--from", "2020-03-02", "--to", "2020-03-01");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("from 2020-03-02 is after to 2020-03-01");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void storiesAsJsonSayWhatTheQueryMatchedToo() throws Exception {
    com.fasterxml.jackson.databind.JsonNode found =
        dev.storylink.core.Json.MAPPER.readTree(run("stories", "-q", "Путин", "--json").out());
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).get("matched").toString()).contains("Путин ≈");
    com.fasterxml.jackson.databind.JsonNode all =
        dev.storylink.core.Json.MAPPER.readTree(run("stories", "--json").out());
    assertThat(all.get(0).has("matched")).isFalse();
    assertThat(all.get(0).has("id")).isTrue();
  }

  @Test
  void aLimitBelowOneIsAnErrorAsInSearch() {
    for (String limit : List.of("0", "-1")) {
      LinkCommandTest.Run stories = run("stories", "--limit", limit);
      assertThat(stories.code()).as(limit).isEqualTo(2);
      assertThat(stories.err()).contains("--limit must be at least 1");
      assertThat(run("search", "--limit", limit, "Putin").code()).as(limit).isEqualTo(2);
    }
  }

  @Test
  void aLongQueryThatMatchesNothingIsEchoedAbbreviated() {
    LinkCommandTest.Run r = run("search", "x".repeat(10_000));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("no stories match \"xxx").contains("…");
    assertThat(r.out().length()).isLessThan(200);
  }

  @Test
  void multilingualListsOnlyStoriesInTwoLanguagesOrMore() {
    LinkCommandTest.Run r = run("stories", "--multilingual");
    List<String> rows = r.out().lines().skip(1).filter(l -> l.startsWith("s")).toList();
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      assertThat(row.split("\\s+")[1]).as(row).contains(",");
    }
  }

  @Test
  void anUnknownLanguageIsAnErrorListingTheSupportedOnes() {
    LinkCommandTest.Run r = run("stories", "--lang", "xx");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown language 'xx'").contains("ar, fa, ur, en");
  }

  @Test
  void headlinesAreAbbreviatedInTheTerminal() {
    LinkCommandTest.Run r = run("stories");
    assertThat(r.out()).contains("A very long headline").contains("…");
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(140));
    assertThat(run("stories", "--json").out()).contains("told at length by the trust");
  }

  @Test
  void storiesQueryAndSearchShareOneRankingAndSayWhatMatched() {
    LinkCommandTest.Run search = run("search", "Путин");
    LinkCommandTest.Run stories = run("stories", "-q", "Путин");
    List<String> a =
        search.out().lines().filter(l -> l.startsWith("s")).map(l -> l.split(" ")[0]).toList();
    List<String> b =
        stories
            .out()
            .lines()
            .skip(1)
            .filter(l -> l.startsWith("s"))
            .map(l -> l.split(" ")[0])
            .toList();
    assertThat(a).isNotEmpty().isEqualTo(b);
    assertThat(search.out()).contains("matched:").contains("Путин ≈ Putin");
    assertThat(stories.out()).contains("matched: ");
  }
}
