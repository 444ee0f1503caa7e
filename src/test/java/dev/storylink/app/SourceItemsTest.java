package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.ingest.IngestProblem;
import dev.storylink.ingest.Sources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceItemsTest {
  @TempDir Path tmp;

  @Test
  void jsonlItemsArePositionedByTheirLine() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("news.jsonl"),
            String.join(
                    "\n",
                    "{\"id\": \"one\", \"text\": \"Rain in Lisbon closed three schools on Tuesday morning.\"}",
                    "",
                    "{\"id\": \"broken\", \"text\": ",
                    "{\"text\": \"A record without an id gets one from its line: snow in Tabriz closed schools.\"}",
                    "{\"title\": \"one two\", \"id\": \"caf\\u00e9 \\\"x\\\"\", \"text\": \"An id written with escapes.\"}")
                + "\n",
            StandardCharsets.UTF_8);
    List<IngestProblem> problems = new ArrayList<>();
    List<String> positions = new ArrayList<>();
    try (SourceItems items =
        new SourceItems(
            new Sources(),
            List.of(f.toString(), tmp.resolve("none.txt").toString()),
            problems::add)) {
      items.forEachRemaining(i -> positions.add(i.position()));
    }
    assertThat(positions).containsExactly(f + ":1", f + ":4", f + ":5");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith(f + ":3"))
        .anySatisfy(m -> assertThat(m).contains("none.txt"));
  }

  @Test
  void otherInputsArePositionedByTheirIdClipped() throws Exception {
    Path f =
        Files.writeString(
            tmp.resolve("a.txt"),
            "Putin and Rouhani spoke by phone about Idlib.",
            StandardCharsets.UTF_8);
    assertThat(SourceItems.position(f.toString(), "x".repeat(500)))
        .startsWith(f + ": article 'xxx")
        .endsWith("…'")
        .hasSizeLessThan(f.toString().length() + 80);
    assertThat(SourceItems.position(tmp.resolve("gone.jsonl").toString(), "id"))
        .endsWith("gone.jsonl: article 'id'");
  }
}
