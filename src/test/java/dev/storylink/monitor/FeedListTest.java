package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.InputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedListTest {
  @Test
  void plainListSkipsCommentsResolvesPathsAndKeepsOwnIntervals() {
    String text =
        "# my feeds\n"
            + "https://news.example/rss.xml\n"
            + "\n"
            + "  http://127.0.0.1:8081/atom.xml   every=90s\n"
            + "local/feed.xml every=500ms\n"
            + "https://news.example/rss.xml\n";
    List<FeedSource> feeds = FeedList.parse(text, "feeds.txt", Optional.of(Path.of("/srv/lists")));
    assertThat(feeds)
        .extracting(FeedSource::location)
        .containsExactly(
            "https://news.example/rss.xml",
            "http://127.0.0.1:8081/atom.xml",
            Path.of("/srv/lists/local/feed.xml").toString());
    assertThat(feeds.get(0).interval()).isEmpty();
    assertThat(feeds.get(1).interval()).contains(Duration.ofSeconds(90));
    assertThat(feeds.get(2).interval()).contains(Duration.ofMillis(500));
    assertThat(feeds.get(2).isHttp()).isFalse();
  }

  @Test
  void aFeedWrittenAnotherWayIsKeptOnceAsFirstWritten() {
    String text =
        "http://news.example/rss.xml?a=1\n"
            + "HTTP://News.Example:80/rss.xml?a=1#top\n"
            + "http://news.example/RSS.xml?a=1\n";
    assertThat(FeedList.parse(text, "feeds.txt", Optional.empty()))
        .extracting(FeedSource::location)
        .containsExactly("http://news.example/rss.xml?a=1", "http://news.example/RSS.xml?a=1");
  }

  @Test
  void anEmptyFileListsNoFeedAsAFileOfCommentsDoes(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path empty = java.nio.file.Files.writeString(tmp.resolve("empty.txt"), "");
    Path comments = java.nio.file.Files.writeString(tmp.resolve("c.txt"), "# none yet\n\n");
    assertThat(FeedList.read(empty)).isEmpty();
    assertThat(FeedList.read(comments)).isEmpty();
  }

  @Test
  void opmlOutlinesWithXmlUrlAreFeedsAtAnyDepth() {
    String opml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE opml SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
            + "<opml version=\"2.0\"><head><title>subs</title></head><body>"
            + "<outline text=\"World\">"
            + "<outline text=\"Wire\" type=\"rss\" xmlUrl=\"https://wire.example/rss\"/>"
            + "<outline title=\"Zeitung\" text=\"z\" xmlUrl=\"https://zeitung.example/atom\""
            + " pollInterval=\"5m\"/>"
            + "</outline></body></opml>";
    List<FeedSource> feeds = FeedList.parse(opml, "subs.opml", Optional.empty());
    assertThat(feeds).hasSize(2);
    assertThat(feeds.get(0).title()).isEqualTo("Wire");
    assertThat(feeds.get(1).title()).isEqualTo("Zeitung");
    assertThat(feeds.get(1).interval()).contains(Duration.ofMinutes(5));
  }

  @Test
  void badEntriesNameTheirLine() {
    assertThatThrownBy(
            () ->
                FeedList.parse("https://a.example/rss\nftp://b.example/x\n", "f", Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("f:2")
        .hasMessageContaining("only http(s)");
    assertThatThrownBy(
            () -> FeedList.parse("https://a.example/rss every=soon\n", "f", Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("f:1")
        .hasMessageContaining("not a duration");
    assertThatThrownBy(
            () -> FeedList.parse("https://a.example/rss every=10ms\n", "f", Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("under 100 ms");
  }

  @Test
  void durations() {
    assertThat(FeedList.duration("250ms", "x")).isEqualTo(Duration.ofMillis(250));
    assertThat(FeedList.duration("45", "x")).isEqualTo(Duration.ofSeconds(45));
    assertThat(FeedList.duration("2h", "x")).isEqualTo(Duration.ofHours(2));
  }
}
