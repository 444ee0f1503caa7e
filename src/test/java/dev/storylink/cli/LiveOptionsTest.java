package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveOptionsTest {
  @TempDir Path tmp;

  @Test
  void aFeedsListWithNoFeedIsAcceptedWithOneWarningLine() throws Exception {
    for (String text : new String[] {"", "# none yet\n", "<opml><body></body></opml>"}) {
      noFeedsWarned(Files.writeString(tmp.resolve("feeds.txt"), text), text);
    }
  }

  @Test
  void aFeedsListOfOnlyAByteOrderMarkIsEmptyWithTheSameWarning() throws Exception {
    byte[][] texts = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n', '\t', '\n'},
      {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'},
    };
    for (byte[] bytes : texts) {
      noFeedsWarned(
          Files.write(tmp.resolve("feeds.txt"), bytes), java.util.HexFormat.of().formatHex(bytes));
    }
  }

  /** The list {@code file} gives no feed, and one warning line. */
  private static void noFeedsWarned(Path file, String as) {
    LiveOptions o = new LiveOptions();
    o.feedsFile = file;
    StringWriter err = new StringWriter();
    assertThat(o.feeds(new PrintWriter(err))).as(as).isEmpty();
    assertThat(err.toString())
        .as(as)
        .isEqualTo("storylink: warning: no feeds listed in " + file + System.lineSeparator());
  }

  @Test
  void aByteOrderMarkBeforeAFeedIsNotPartOfIt() throws Exception {
    LiveOptions o = new LiveOptions();
    o.feedsFile = Files.writeString(tmp.resolve("feeds.txt"), "\uFEFFhttps://news.example/rss\n");
    assertThat(o.feeds(new PrintWriter(new StringWriter())))
        .extracting(dev.storylink.monitor.FeedSource::location)
        .containsExactly("https://news.example/rss");
  }

  @Test
  void aFeedsListWithFeedsWarnsNothing() throws Exception {
    LiveOptions o = new LiveOptions();
    o.feedsFile = Files.writeString(tmp.resolve("feeds.txt"), "https://news.example/rss\n");
    StringWriter err = new StringWriter();
    assertThat(o.feeds(new PrintWriter(err))).hasSize(1);
    assertThat(err.toString()).isEmpty();
  }
}
