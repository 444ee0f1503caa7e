package dev.storylink.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a refusal names its article: once, by a short id. */
class IngestLoopTest {
  @Test
  void theClusterersLeadingIdIsReplacedByOneShortId() {
    String hugeId = "i".repeat(40_000);
    String refusal = "i".repeat(200) + "…: an article id of 40000 bytes";
    assertThat(IngestLoop.named("feed.jsonl:23", hugeId, refusal))
        .isEqualTo("i".repeat(57) + "…: an article id of 40000 bytes");
    assertThat(
            IngestLoop.named(
                "feed.xml: article '" + SourceItems.clip(hugeId) + "'", hugeId, refusal))
        .as("the position shows the id already")
        .isEqualTo("an article id of 40000 bytes");
    assertThat(IngestLoop.named("article [2]", "a: b", "a: b: unknown language 'zz'"))
        .isEqualTo("a: b: unknown language 'zz'");
    assertThat(IngestLoop.named("item 4", "a4", "the store failed"))
        .as("a reason without the id gets it")
        .isEqualTo("a4: the store failed");
    assertThat(IngestLoop.named("item 4", "a4", "i".repeat(70) + "…: not this article's id"))
        .isEqualTo("a4: " + "i".repeat(70) + "…: not this article's id");
  }
}
