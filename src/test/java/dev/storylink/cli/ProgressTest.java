package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest progress line: its total comes from the sources, and it shows total and rate. */
class ProgressTest {
  @Test
  void theTotalIsCountedFromJsonlLinesAndArticleFiles(@TempDir Path dir) throws IOException {
    Path jsonl = dir.resolve("a.jsonl");
    Files.writeString(
        jsonl, "{\"id\":\"1\"}\n\n  \n{\"id\":\"2\"}\n{\"id\":\"3\"}", StandardCharsets.UTF_8);
    Path folder = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(folder.resolve("one.txt"), "one", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("two.html"), "<p>two</p>", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.bin"), "x", StandardCharsets.UTF_8);
    assertThat(ItemCount.of(List.of(jsonl.toString()))).isEqualTo(3);
    assertThat(ItemCount.of(List.of(jsonl.toString(), folder.toString()))).isEqualTo(5);
    assertThat(ItemCount.of(List.of(jsonl.toString(), "-"))).isEqualTo(-1);
  }

  @Test
  void theBarShowsTheTotalAndTheRate() throws InterruptedException {
    StringWriter out = new StringWriter();
    try (ProgressDisplay p =
        ProgressDisplay.start("ingest", "articles", 40, true, new PrintWriter(out))) {
      p.stepTo(10);
      Thread.sleep(1_200);
      p.stepTo(20);
    }
    assertThat(out.toString()).contains("ingest").contains("/40 articles").contains("articles/s");
  }
}
