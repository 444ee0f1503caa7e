package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.cli.LinkCommandTest.Run;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylink story ID --facts [--json]} on a composed story (fixtures/facts/quake.json). */
class StoryFactsCommandTest {
  @TempDir Path tmp;

  @Test
  void printsTheFactMatrixAsTextAndJson() throws Exception {
    String json;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/facts/quake.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // the fixture is a JSON array: one article per line for ingest
    Path jsonl = tmp.resolve("quake.jsonl");
    StringBuilder lines = new StringBuilder();
    for (var node : dev.storylink.core.Json.MAPPER.readTree(json)) {
      lines.append(dev.storylink.core.Json.MAPPER.writeValueAsString(node)).append('\n');
    }
    Files.writeString(jsonl, lines.toString());
    Path data = tmp.resolve("data");
    assertThat(
            LinkCommandTest.run("ingest", "--quiet", "--data", data.toString(), jsonl.toString())
                .code())
        .isZero();
    Run text = LinkCommandTest.run("story", "s1", "--facts", "--data", data.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains("facts: ")
        .contains("CONFLICT: 43 [1,2,3] vs 34 [4]")
        .contains("CONFLICT: 2025-03-04 [1,3,4] vs 2025-03-03 [2]")
        .contains("only one outlet reports:")
        .contains("sentences that align with nothing");
    Run asJson = LinkCommandTest.run("story", "s1", "--facts", "--json", "--data", data.toString());
    assertThat(asJson.code()).isZero();
    var m = dev.storylink.core.Json.MAPPER.readTree(asJson.out());
    assertThat(m.get("columns")).hasSize(4);
    assertThat(m.get("rows").get(0).get("conflicting").asBoolean()).isTrue();
  }
}
