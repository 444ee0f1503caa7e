package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry's link as a feed writes it (a new user's run, session 22): an RSS guid without {@code
 * isPermaLink="false"} is no address, a relative link is resolved against the feed, and a linked
 * page that cannot be used is a warning about a stored article, not a skipped one.
 */
class FeedEntryLinkTest {
  @TempDir Path tmp;

  @Test
  void aGuidRomeGivesAsTheLinkIsNoLinkAndARelativeLinkIsResolved() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("feed.xml"),
            "<rss version=\"2.0\"><channel><title>F</title><link>https://news.example/world/</link>"
                + "<item><guid>4711</guid><title>First</title><description>a</description></item>"
                + "<item><guid>urn:news:2</guid><title>Second</title><description>b</description>"
                + "</item>"
                + "<item><guid isPermaLink=\"false\">three</guid><title>Third</title>"
                + "<link>/world/third.html</link><description>c</description></item>"
                + "<item><guid isPermaLink=\"false\">four</guid><title>Fourth</title>"
                + "<link>fourth.html?x=1</link><description>d</description></item>"
                + "<item><guid>https://news.example/world/fifth</guid><title>Fifth</title>"
                + "<description>e</description></item>"
                + "</channel></rss>",
            StandardCharsets.UTF_8);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(f, problems::add);
    assertThat(problems).as("no warning: a guid is an id, a relative link an address").isEmpty();
    assertThat(list)
        .extracting(Article::id)
        .containsExactly("4711", "urn:news:2", "three", "four", "https://news.example/world/fifth");
    assertThat(list)
        .extracting(Article::url)
        .containsExactly(
            "",
            "",
            "https://news.example/world/third.html",
            "https://news.example/world/fourth.html?x=1",
            "https://news.example/world/fifth");
  }

  @Test
  void entryLinkRules() {
    String base = "https://news.example/feeds/rss.xml";
    assertThat(FeedReader.entryLink(" 4711 ", "4711", base)).isEmpty();
    assertThat(FeedReader.entryLink("a/b.html", "x", base))
        .isEqualTo("https://news.example/feeds/a/b.html");
    assertThat(FeedReader.entryLink("javascript:alert(1)", "x", base))
        .as("kept for ArticleLimits, which drops it with a warning")
        .isEqualTo("javascript:alert(1)");
    assertThat(FeedReader.entryLink("/p.html", "x", ""))
        .as("no base: as written")
        .isEqualTo("/p.html");
    assertThat(FeedReader.entryLink("", "x", base)).isEmpty();
  }

  @Test
  void aLinkedPageThatCannotBeFetchedIsAWarning() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("feed.xml"),
            "<rss version=\"2.0\"><channel><title>F</title>"
                + "<item><guid isPermaLink=\"false\">one</guid><title>First</title>"
                + "<link>http://127.0.0.1:9/page.html</link><description>a</description></item>"
                + "</channel></rss>",
            StandardCharsets.UTF_8);
    List<IngestProblem> problems = new ArrayList<>();
    InputGuard guard = InputGuard.defaults();
    List<Article> list = new FeedReader(guard, new HttpFetcher(guard), true).read(f, problems::add);
    assertThat(list).extracting(Article::title).containsExactly("First");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isWarning()).isTrue();
              assertThat(p.reason()).startsWith("warning: linked page not used: ");
            });
  }
}
