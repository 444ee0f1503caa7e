package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderReaderTest {

  @TempDir Path tmp;

  private final TextFolderReader reader = new TextFolderReader();

  @Test
  void readsFolderRecursivelyInPathOrderAndReportsBadFiles() throws IOException {
    Path folder = Fixtures.path("folder");
    Files.createDirectories(folder.resolve("en"));
    if (!Files.exists(folder.resolve("en/empty.txt"))) {
      Files.createFile(folder.resolve("en/empty.txt")); // resource copying may skip empty files
    }
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list;
    try (Stream<Article> s = reader.read(folder, problems::add)) {
      list = s.toList();
    }
    assertThat(list)
        .extracting(Article::id)
        .containsExactly("folder-json", "de/a-markt", "en/b-fire");
    assertThat(list.get(0).lang()).isEqualTo("fa");
    assertThat(list.get(1).lang()).isEqualTo("de");
    assertThat(list.get(1).title()).isEqualTo("Wochenmarkt zieht um");
    assertThat(list.get(1).text())
        .isEqualTo(
            "Der Wochenmarkt zieht im Sommer auf den Rathausplatz um.\nDie Händler begrüßen den neuen Standort.");
    assertThat(list.get(2).title()).isEqualTo("Fire station opens in Lakeside");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.input()).endsWith("empty.txt");
              assertThat(p.reason()).isEqualTo("file is empty");
              assertThat(p.line()).isEmpty();
            });
  }

  @Test
  void aFeedOrJsonlFileInAFolderIsToldAsAWarningNotPassedOverInSilence() throws IOException {
    // session 24: a folder holding feed.jsonl and feed.xml ingested only its .txt files, silently
    Files.writeString(
        tmp.resolve("quake.txt"), "زلزله در جنوب ایران\nزلزله‌ای جنوب ایران را لرزاند.");
    Files.writeString(tmp.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"زلزله\"}\n");
    Files.writeString(tmp.resolve("feed.xml"), "<rss version=\"2.0\"><channel/></rss>");
    Files.writeString(tmp.resolve("photo.png"), "not an image");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list;
    try (Stream<Article> s = reader.read(tmp, problems::add)) {
      list = s.toList();
    }
    assertThat(list).extracting(Article::id).containsExactly("quake");
    assertThat(problems)
        .allMatch(IngestProblem::isWarning)
        .extracting(IngestProblem::input)
        .containsExactly(tmp.resolve("feed.jsonl").toString(), tmp.resolve("feed.xml").toString());
    assertThat(problems.get(0).reason())
        .contains("not read: a folder is read for its .txt, .text, .html, .htm and .json files");
  }

  @Test
  void binaryAndInvalidUtf8FilesAreReportedPerFile() throws IOException {
    Files.write(tmp.resolve("a.txt"), new byte[] {1, 0, 2, 0, 3});
    Files.write(tmp.resolve("b.txt"), new byte[] {'o', 'k', (byte) 0xC3, '(', '!'});
    Files.writeString(tmp.resolve("c.txt"), "Title\nBody of c.");
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s = reader.read(tmp, problems::add)) {
      assertThat(s.map(Article::id).toList()).containsExactly("c");
    }
    assertThat(problems)
        .extracting(IngestProblem::reason)
        .containsExactly(
            "looks like binary data, not text (a NUL byte at byte offset 1)",
            "invalid UTF-8 at byte offset 2 (line 1)");
  }

  @Test
  void missingFolder() {
    Path nope = tmp.resolve("nope");
    assertThatThrownBy(() -> reader.read(nope, p -> {})).hasMessage(nope + ": no such folder");
  }
}
