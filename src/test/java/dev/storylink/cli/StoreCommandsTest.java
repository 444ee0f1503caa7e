package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cli.LinkCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylink ingest / stories / story / search} end to end on the cluster fixtures. */
class StoreCommandsTest {
  @TempDir Path tmp;

  private Path fixtureWithACorruptLine() throws Exception {
    Path src = Path.of(getClass().getResource("/fixtures/cluster/articles.jsonl").toURI());
    List<String> lines = new ArrayList<>(Files.readAllLines(src, StandardCharsets.UTF_8));
    lines.add(3, "{\"id\": \"broken\", \"text\": \"unterminated");
    Path out = tmp.resolve("in.jsonl");
    Files.write(out, lines, StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void compareAndLinkReadStoredArticlesById() throws Exception {
    Path data = tmp.resolve("data");
    Path src = Path.of(getClass().getResource("/fixtures/cluster/articles.jsonl").toURI());
    assertThat(LinkCommandTest.run("ingest", "--data", data.toString(), src.toString()).code())
        .isZero();
    Run c =
        LinkCommandTest.run(
            "compare", "--data", data.toString(), "en_rouhani_putin", "ru_rouhani_putin");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("A: en_rouhani_putin (en").contains("<->").contains("only in B");
    // only-in lists never hold a name link gives as shared (issue 12)
    assertThat(c.out()).doesNotContainPattern("name +(Putin|Rouhani|Idlib|Astana|Kremlin) ");
    Run l =
        LinkCommandTest.run(
            "link", "--id", "--data", data.toString(), "en_rouhani_putin", "ru_rouhani_putin");
    assertThat(l.code()).as(l.err()).isZero();
    assertThat(l.out()).contains("SAME EVENT");
    Run missing =
        LinkCommandTest.run("link", "--id", "--data", data.toString(), "en_rouhani_putin", "nope");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no article with id 'nope'");
  }

  @Test
  void ingestReportsTheBadRecordAndKeepsTheRest() throws Exception {
    Path data = tmp.resolve("data");
    Run r =
        LinkCommandTest.run(
            "ingest", "--data", data.toString(), fixtureWithACorruptLine().toString());
    assertThat(r.code()).as("some input was bad").isEqualTo(2);
    assertThat(r.err()).contains("in.jsonl:4");
    assertThat(r.out())
        .contains("ingested 11 articles")
        .contains("(1 near-duplicate,")
        .contains("1 problem")
        .doesNotContain("1 problems");

    Run again =
        LinkCommandTest.run(
            "ingest", "--data", data.toString(), fixtureWithACorruptLine().toString());
    assertThat(again.out())
        .contains("ingested 0 articles")
        .contains("11 duplicates of stored articles skipped")
        .contains("store now has 11 articles");
  }

  /**
   * 30 articles, line 17 with a 40,000-character word and line 23 with a 40 KB id: both are over
   * the input limits (ingest.ArticleLimits), refused and reported by their line. The 28 others are
   * stored and committed; exit code 2, as records were skipped.
   */
  @Test
  void articlesTheClustererFailsOnAreReportedByLineAndTheRestIsStored() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int line = 1; line <= 30; line++) {
      var a =
          dev.storylink.app.ComposedArticles.article(
              line == 23 ? "i".repeat(40_000) : "art" + line, line);
      String text = line == 17 ? a.text() + " " + "x".repeat(40_000) + " end." : a.text();
      lines.add(
          json.writeValueAsString(
              java.util.Map.of(
                  "id",
                  a.id(),
                  "lang",
                  a.lang(),
                  "title",
                  a.title(),
                  "text",
                  text,
                  "date",
                  a.date().get().toString())));
    }
    Path in = Files.write(tmp.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");

    Run r =
        LinkCommandTest.run("ingest", "--batch", "10", "--data", data.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("storylink: skipped")))
        .containsExactly(
            "storylink: skipped "
                + in
                + ":17: text holds a word of over 16000 bytes without a space (at character "
                + (lines.get(16).indexOf("xxxx")
                    - lines.get(16).indexOf("\"text\":\"")
                    - 8
                    + 16_001)
                + "); at most 16000",
            "storylink: skipped " + in + ":23: id of 40000 characters; at most 512");
    assertThat(r.out())
        .contains("ingested 28 articles")
        .contains("store now has 28 articles")
        .contains("2 problems");

    Run again = LinkCommandTest.run("ingest", "--data", data.toString(), in.toString());
    assertThat(again.code()).as("the huge id is skipped again").isEqualTo(2);
    assertThat(again.out())
        .contains("ingested 0 articles")
        .contains("28 duplicates of stored articles skipped")
        .contains("store now has 28 articles");
  }

  /**
   * The feed's third item has a 40 KB guid (its id): it is refused by its entry number, the rest
   * stored.
   */
  @Test
  void aFeedItemWithAHugeGuidIsReportedAndTheRestOfTheFeedIsStored() throws Exception {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                + "<link>https://news.example/</link><description>Council news</description>");
    for (int i = 0; i < 5; i++) {
      var a = dev.storylink.app.ComposedArticles.article("x", i);
      rss.append("<item><title>")
          .append(a.title())
          .append("</title><link>https://news.example/item")
          .append(i)
          .append("</link><guid>")
          .append(i == 2 ? "g".repeat(40_000) : "https://news.example/item" + i)
          .append("</guid><description>")
          .append(a.text())
          .append("</description></item>");
    }
    Path feed =
        Files.writeString(
            tmp.resolve("feed.xml"), rss.append("</channel></rss>"), StandardCharsets.UTF_8);
    Run r =
        LinkCommandTest.run("ingest", "--data", tmp.resolve("data").toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.startsWith("storylink: skipped")))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l)
                  .isEqualTo(
                      "storylink: skipped "
                          + feed
                          + " entry 3: id of 40000 characters; at most 512");
            });
    assertThat(r.out())
        .contains("ingested 4 articles")
        .contains("store now has 4 articles")
        .contains("1 problem")
        .doesNotContain("1 problems");
  }

  @Test
  void storiesStoryAndSearchShowTheMultilingualStory() throws Exception {
    Path data = tmp.resolve("data");
    LinkCommandTest.run(
        "ingest", "--quiet", "--data", data.toString(), fixtureWithACorruptLine().toString());

    Run stories = LinkCommandTest.run("stories", "--data", data.toString(), "--multilingual");
    assertThat(stories.code()).isZero();
    assertThat(stories.out()).contains("de,en,ru").contains("Rouhani and Putin");

    Run story = LinkCommandTest.run("story", "s1", "--data", data.toString());
    assertThat(story.out())
        .contains("[de]")
        .contains("[en]")
        .contains("[ru]")
        .contains("near-duplicate of en_rouhani_putin");

    Run search = LinkCommandTest.run("search", "Путин", "--data", data.toString());
    assertThat(search.out()).contains("s1").contains("[de,en,ru]");

    Run json = LinkCommandTest.run("stories", "--json", "--lang", "ru", "--data", data.toString());
    assertThat(json.out()).contains("\"langs\"").contains("\"ru\"");
  }

  @Test
  void readingAMissingStoreOrUnknownStoryIsAOneLineError() throws IOException {
    Run missing = LinkCommandTest.run("stories", "--data", tmp.resolve("none").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).startsWith("storylink: no StoryLink store");
    Path data = tmp.resolve("data");
    Files.writeString(
        tmp.resolve("one.txt"),
        "Putin and Rouhani spoke by phone about Idlib and the Astana process on Syria.");
    Run one =
        LinkCommandTest.run("ingest", "--data", data.toString(), tmp.resolve("one.txt").toString());
    // counts in the right number
    assertThat(one.out())
        .contains("ingested 1 article (0 near-duplicates, 1 new event,")
        .contains("store now has 1 article, 1 event, 1 story;");
    Run story = LinkCommandTest.run("story", "s1", "--data", data.toString());
    assertThat(story.out()).contains("(1 article):");
    Run unknown = LinkCommandTest.run("story", "s999", "--data", data.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no story 's999'");
  }
}
