package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cli.LinkCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user met on the command line (session 22), each as it reads now. */
class UserRunCliTest {
  @TempDir Path tmp;

  private static final String QUAKE =
      "An earthquake of magnitude 6.1 struck Van province in eastern Turkey on Sunday, killing 34"
          + " people and injuring 120, the interior minister said.";

  @Test
  void aTextInNoLanguageIsNamedAsTyped() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), QUAKE, StandardCharsets.UTF_8);
    Path num = Files.writeString(tmp.resolve("num.txt"), "12345 67890\n", StandardCharsets.UTF_8);
    for (String command : new String[] {"link", "compare"}) {
      Run r = LinkCommandTest.run(command, a.toString(), num.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.err())
          .as(command)
          .startsWith("storylink: " + num + ": could not identify the language");
    }
  }

  @Test
  void searchCountsOneArticleInTheSingular() throws Exception {
    Path a = Files.writeString(tmp.resolve("quake.txt"), QUAKE, StandardCharsets.UTF_8);
    Path data = tmp.resolve("data");
    assertThat(LinkCommandTest.run("ingest", "--data", data.toString(), a.toString()).code())
        .isZero();
    Run r = LinkCommandTest.run("search", "earthquake", "--data", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("[en] 1 article  ").doesNotContain("1 articles");
  }
}
