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
      Path file = Files.writeString(tmp.resolve("feeds.txt"), text);
      LiveOptions o = new LiveOptions();
      o.feedsFile = file;
      StringWriter err = new StringWriter();
      assertThat(o.feeds(new PrintWriter(err))).as(text).isEmpty();
      assertThat(err.toString())
          .as(text)
          .isEqualTo("storylink: warning: no feeds listed in " + file + System.lineSeparator());
    }
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
