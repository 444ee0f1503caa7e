package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cli.LinkCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storylink ingest} on a feed whose items are all stored, some with a warning (a new user's
 * run, session 22): a warning is no skipped record, so it is printed without "skipped" and the exit
 * code is 0; an RSS guid Rome also gives as the link is no link, and a relative link is resolved
 * against the channel's link (neither is a warning).
 */
class FeedWarningsCliTest {
  @TempDir Path tmp;

  private static final String EN =
      "Heavy rain flooded parts of Lisbon on Tuesday, closing schools and stopping trains across"
          + " the city, the mayor said.";
  private static final String FA =
      "باران شدید روز سه‌شنبه بخش‌هایی از لیسبون را زیر آب برد و مدارس و قطارهای شهر را تعطیل کرد،"
          + " شهردار لیسبون گفت.";

  @Test
  void warningsAreNotSkippedRecordsAndGuidsAndRelativeLinksAreNoWarnings() throws Exception {
    String rss =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire"
            + "</title><link>https://news.example/world/</link><language>en</language>"
            // a relative link: resolved against the channel link, no warning
            + "<item><title>Floods in Lisbon</title><link>/world/lisbon-floods.html</link>"
            + "<guid isPermaLink=\"false\">w-1</guid><description>"
            + EN
            + "</description></item>"
            // a guid that is no address and no link: the guid is the id, the article has no URL
            + "<item><title>Lisbon floods close schools</title><guid>4711</guid><description>"
            + EN.replace("Tuesday", "Wednesday")
            + "</description></item>"
            // a Persian item in an English feed: stored as fa, with a warning
            + "<item><title>سیل در لیسبون</title><guid isPermaLink=\"false\">w-3</guid>"
            + "<description>"
            + FA
            + "</description></item>"
            // a javascript: link: dropped, with a warning
            + "<item><title>Lisbon rain</title><link>javascript:alert(1)</link>"
            + "<guid isPermaLink=\"false\">w-4</guid><description>"
            + EN.replace("the mayor said", "officials said")
            + "</description></item>"
            + "</channel></rss>";
    Path feed = Files.writeString(tmp.resolve("feed.xml"), rss, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    Run r = LinkCommandTest.run("ingest", "--data", data.toString(), feed.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines())
        .containsExactly(
            "storylink: "
                + feed
                + " entry 3: warning: declared lang 'en' but the text reads as 'fa'; stored as 'fa'",
            "storylink: "
                + feed
                + " entry 4: warning: url dropped: 'javascript:alert(1)' is not an http(s) URL");
    assertThat(r.out()).contains("ingested 4 articles").endsWith("; 0 problems, 2 warnings\n");
  }

  @Test
  void aSkippedEntryStillMakesTheExitCode2AndIsCountedAsAProblem() throws Exception {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
            + "<item><title>Floods in Lisbon</title><guid isPermaLink=\"false\">w-1</guid>"
            + "<description>"
            + EN
            + "</description></item>"
            + "<item><title></title><guid isPermaLink=\"false\">w-2</guid></item>"
            + "</channel></rss>";
    Path feed = Files.writeString(tmp.resolve("feed.xml"), rss, StandardCharsets.UTF_8);
    Run r = LinkCommandTest.run("ingest", "--data", tmp.resolve("d").toString(), feed.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines())
        .containsExactly(
            "storylink: skipped " + feed + " entry 2: entry has neither title nor text");
    assertThat(r.out()).endsWith("; 1 problem\n");
  }
}
