package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.FoundStory;
import dev.storylink.store.StoryRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Table cells by display width: wide CJK, zero-width marks and ZWNJ, cuts with an ellipsis. */
class CellsTest {
  @Test
  void widthCountsColumnsNotCharacters() {
    assertThat(Cells.width("abc")).isEqualTo(3);
    assertThat(Cells.width("東京地震")).isEqualTo(8);
    assertThat(Cells.width("ｔｅｓｔ")).isEqualTo(8); // fullwidth
    assertThat(Cells.width("e\u0301t\u00e9")).isEqualTo(3); // a combining acute takes none
    assertThat(Cells.width("کشته\u200Cها")).isEqualTo(6); // nor does the ZWNJ
    assertThat(Cells.width("\u200D")).isZero();
    assertThat(Cells.width("…")).isEqualTo(1);
  }

  @Test
  void fitCutsByWidthWithAnEllipsisAndKeepsClustersWhole() {
    assertThat(Cells.fit("東京地震", 8)).isEqualTo("東京地震");
    assertThat(Cells.fit("東京地震", 7)).isEqualTo("東京地…");
    assertThat(Cells.fit("東京地震", 6)).isEqualTo("東京…"); // no half of a wide character
    assertThat(Cells.width(Cells.fit("東京地震", 6))).isEqualTo(5);
    assertThat(Cells.fit("cafe\u0301st", 5)).isEqualTo("cafe\u0301…"); // é keeps its accent
    assertThat(Cells.fit("cafe\u0301st", 4)).isEqualTo("caf…");
    assertThat(Cells.pad("東京", 6)).isEqualTo("東京  ");
    assertThat(Cells.pad("en,fa,ar,ru,de,fr,tr", 14)).isEqualTo("en,fa,ar,ru,d…");
  }

  @Test
  void theStoriesTableLinesUpWhateverTheScript() {
    List<FoundStory> stories =
        List.of(
            story("s1", List.of("en"), "Snow closes the pass"),
            story("s22", List.of("ja", "zh"), "東京で大きな地震、多くの建物が倒壊した。".repeat(3)),
            story("s3", List.of("fa"), "شمار کشته\u200Cها بالا رفت"),
            story("s4", List.of("en", "fa", "ar", "ru", "de", "fr", "tr"), "Cafe\u0301 news"));
    StringWriter w = new StringWriter();
    StoriesCommand.table(new PrintWriter(w, true), stories);
    List<String> lines = w.toString().lines().toList();
    assertThat(lines).hasSize(5);
    int datesColumn = lines.get(0).indexOf("dates");
    int headlineColumn = lines.get(0).indexOf("headline");
    for (String line : lines.subList(1, lines.size())) {
      // the dates, and so the headlines, start in the same column, counted in display width
      int dates = line.indexOf("2024-05-01");
      assertThat(Cells.width(line.substring(0, dates))).as(line).isEqualTo(datesColumn);
      assertThat(line.substring(dates, dates + 25)).isEqualTo("2024-05-01" + " ".repeat(15));
      assertThat(Cells.width(line)).as(line).isLessThanOrEqualTo(headlineColumn + 70);
    }
    assertThat(lines.get(2)).endsWith("…");
    assertThat(lines.get(4)).contains("en,fa,ar,ru,d… ");
  }

  private static FoundStory story(String id, List<String> langs, String headline) {
    LocalDate d = LocalDate.of(2024, 5, 1);
    return new FoundStory(
        new StoryRecord(
            id,
            List.of("e" + id),
            langs,
            2,
            headline,
            Optional.of(d),
            Optional.of(d),
            1,
            List.of()),
        Optional.empty());
  }
}
