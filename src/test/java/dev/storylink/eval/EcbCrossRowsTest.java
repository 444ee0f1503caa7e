package dev.storylink.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.link.CrossLanguageTrainer;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of {@link EcbCrossRows} on a composed clustering set: a topic of two look-alike events
 * (a coach fired by one club in 2008, another club's coach fired in 2005) with one Persian
 * rendering, and a second topic.
 */
class EcbCrossRowsTest {
  @TempDir Path dir;

  private static String article(String id, String lang, String text) {
    return "{\"id\": \""
        + id
        + "\", \"lang\": \""
        + lang
        + "\", \"title\": \"\", \"text\": \""
        + text
        + "\"}\n";
  }

  private void write() throws IOException {
    String jsonl =
        article(
                "1_1a",
                "en",
                "The Sixers fired coach Maurice Cheeks on Saturday after a 9-14 start.")
            + article(
                "1_2a", "en", "Maurice Cheeks was fired by the Philadelphia 76ers, the team said.")
            + article(
                "1_3b", "en", "The Hornets fired coach Paul Silas in 2005 after a losing season.")
            + article(
                "1_4a.fa",
                "fa",
                "باشگاه فیلادلفیا سونی سیکسرز موریس چیکس مربی خود را روز شنبه اخراج کرد.")
            + article("2_1c", "en", "A magnitude 6.1 earthquake struck northern Peru on Monday.");
    Files.writeString(dir.resolve("articles.jsonl"), jsonl, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("clusters.tsv"),
        "article_id\tgold_cluster_id\n1_1a\t1_a\n1_2a\t1_a\n1_3b\t1_b\n1_4a.fa\t1_a\n2_1c\t2_c\n");
    Files.writeString(
        dir.resolve("topics.tsv"),
        "article_id\ttopic_id\n1_1a\t1\n1_2a\t1\n1_3b\t1\n1_4a.fa\t1\n2_1c\t2\n");
  }

  @Test
  void eachRenderingMeetsItsTopicsEnglishDocumentsLabelledByEvent() throws IOException {
    write();
    Map<String, Article> articles = PairsDataset.readArticles(dir.resolve("articles.jsonl"));
    EcbCrossRows.Settings s = new EcbCrossRows.Settings(1, 3.5, 4, 1, 0.1);
    List<EcbCrossRows.Labeled> pairs = EcbCrossRows.pairs(dir, articles, s);
    assertThat(pairs)
        .containsExactly(
            new EcbCrossRows.Labeled("1_4a.fa", "1_1a", 1, "1"),
            new EcbCrossRows.Labeled("1_4a.fa", "1_2a", 1, "1"),
            new EcbCrossRows.Labeled("1_4a.fa", "1_3b", 3.5, "1"),
            new EcbCrossRows.Labeled("1_4a.fa", "2_1c", 4, "1"));
    // without other topics: the topic's documents only
    assertThat(EcbCrossRows.pairs(dir, articles, new EcbCrossRows.Settings(1, 3, 4, 0, 0.1)))
        .extracting(EcbCrossRows.Labeled::english)
        .containsExactly("1_1a", "1_2a", "1_3b");
  }

  @Test
  void rowsTrainAcrossLanguagesWithTheirWeightButDoNotCalibrate() throws IOException {
    write();
    List<CrossLanguageTrainer.Row> rows =
        EcbCrossRows.rows(
            dir, new LinguaLanguageIdentifier(), new EcbCrossRows.Settings(1, 3.5, 4, 1, 0.1));
    assertThat(rows).hasSize(4);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.crossLanguage()).isTrue();
              assertThat(r.calibrates()).isFalse();
              assertThat(r.weight()).isEqualTo(0.1);
              // an ECB+ id never names a SemEval article: sources are the ECB+ documents
              assertThat(r.sources()).contains("1_4a");
            });
    assertThat(rows.get(0).gold()).isEqualTo(1);
    assertThat(rows.get(2).gold()).isEqualTo(3.5);
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new EcbCrossRows.Settings(3, 2, 4, 0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EcbCrossRows.Settings(1, 3.5, 4, -1, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EcbCrossRows.Settings(1, 3.5, 4, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
