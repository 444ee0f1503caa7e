package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options get one clear line and exit code 2 (issue 14: CLI friction). */
class CliErrorsTest {
  @TempDir Path tmp;

  @Test
  void aBadDateIsOneLineWithAHintNotAStackTraceAndTheUsage() {
    LinkCommandTest.Run r =
        LinkCommandTest.run("stories", "--from", "2020-13-45", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("storylink: ")
        .contains("--from")
        .contains("2020-13-45")
        .contains("storylink stories --help")
        .doesNotContain("Exception")
        .doesNotContain("Usage:");
  }

  @Test
  void anUnknownLanguageCodeIsAnErrorNotAnEmptyList() {
    LinkCommandTest.Run r =
        LinkCommandTest.run("stories", "--lang", "xx", "--data", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("storylink: ").contains("'xx'").contains("ISO 639-1");
    // a region is accepted, as in articles
    LinkCommandTest.Run ok =
        LinkCommandTest.run("stories", "--lang", "fa-IR", "--data", tmp.resolve("s").toString());
    assertThat(ok.err()).doesNotContain("ISO 639-1");
  }

  @Test
  void serveRefusesAStoreThatIsNotThere() {
    Path typo = tmp.resolve("storylink-dta");
    LinkCommandTest.Run r = LinkCommandTest.run("serve", "--port", "0", "--data", typo.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("storylink: no store at " + typo).contains("serve --create");
    assertThat(typo).doesNotExist();
  }
}
