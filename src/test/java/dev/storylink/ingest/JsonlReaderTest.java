package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

  @TempDir Path tmp;

  private final JsonlReader reader = new JsonlReader();

  @Test
  void malformedLineInTheMiddleIsReportedAndTheRestRead() {
    Path file = Fixtures.path("articles.jsonl");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s = reader.read(file, problems::add)) {
      articles = s.toList();
    }
    assertThat(articles).extracting(Article::id).containsExactly("j1", "j2", "articles-L4", "j6");
    assertThat(articles.get(0).date()).contains(LocalDate.of(2024, 4, 2));
    assertThat(articles.get(2).lang()).isEqualTo("fa");
    assertThat(articles.get(3).date()).contains(LocalDate.of(2024, 4, 3));

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0).line()).hasValue(3);
    assertThat(problems.get(0).reason()).startsWith("malformed JSON at column");
    assertThat(problems.get(0).message()).startsWith(file + ":3: malformed JSON");
    assertThat(problems.get(1).line()).hasValue(6);
    assertThat(problems.get(1).reason()).isEqualTo("article 'j5' has neither title nor text");
    assertThat(problems.get(2).line()).hasValue(8);
    assertThat(problems.get(2).reason()).isEqualTo("duplicate id 'j1' (first used on line 1)");
  }

  @Test
  void derivedIdsAreStable() {
    List<String> first = ids(Fixtures.path("articles.jsonl"));
    List<String> second = ids(Fixtures.path("articles.jsonl"));
    assertThat(first).isEqualTo(second);
    assertThat(JsonlReader.derivedId("feed", 12)).isEqualTo("feed-L12");
  }

  @Test
  void isLazy() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      sb.append("{\"text\":\"Article number ").append(i).append("\"}\n");
    }
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s =
        reader.read(
            new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
            "mem",
            "mem",
            problems::add)) {
      assertThat(s.limit(2).map(Article::id).toList()).containsExactly("mem-L1", "mem-L2");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void invalidUtf8LineAndCrlfAndBom() throws IOException {
    byte[] good1 =
        "\uFEFF{\"id\":\"a\",\"text\":\"Birinci haber\"}\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good2 = "{\"id\":\"c\",\"text\":\"Üçüncü haber\"}".getBytes(StandardCharsets.UTF_8);
    Path f = tmp.resolve("mixed.jsonl");
    Files.write(f, concat(good1, bad, good2));
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list;
    try (Stream<Article> s = reader.read(f, problems::add)) {
      list = s.toList();
    }
    assertThat(list).extracting(Article::id).containsExactly("a", "c");
    assertThat(list.get(1).text()).isEqualTo("Üçüncü haber");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).hasValue(2);
              assertThat(p.reason()).isEqualTo("invalid UTF-8 in line");
            });
  }

  @Test
  void overlongLineIsReported() throws IOException {
    JsonlReader small = new JsonlReader(new InputGuard(64));
    Path f = tmp.resolve("long.jsonl");
    Files.writeString(
        f, "{\"text\":\"" + "x".repeat(200) + "\"}\n{\"id\":\"ok\",\"text\":\"short\"}\n");
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s = small.read(f, problems::add)) {
      assertThat(s.map(Article::id).toList()).containsExactly("ok");
    }
    assertThat(problems)
        .singleElement()
        .extracting(IngestProblem::message)
        .isEqualTo(f + ":1: line exceeds the 64 bytes limit");
  }

  @Test
  void emptyAndBinaryFilesAreRejected() throws IOException {
    Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
    assertThatThrownBy(() -> reader.read(empty, p -> {})).hasMessage(empty + ": file is empty");
    Path bin = Files.write(tmp.resolve("bin.jsonl"), new byte[] {'{', 0, 1, 2, 0, '}'});
    assertThatThrownBy(() -> reader.read(bin, p -> {}))
        .hasMessage(bin + ": looks like binary data, not text (a NUL byte at byte offset 1)");
  }

  @Test
  void aBinaryLineAfterGoodOnesIsThatLinesProblemAlone() throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(
        "{\"id\": \"n1\", \"title\": \"Storm\", \"text\": \"A storm.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    b.writeBytes(new byte[] {'{', 0, 1, 2, 0, '}', '\n'});
    b.writeBytes(
        "{\"id\": \"n3\", \"title\": \"Flood\", \"text\": \"A flood.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    Path f = Files.write(tmp.resolve("nul.jsonl"), b.toByteArray());
    List<IngestProblem> problems = new ArrayList<>();
    try (Stream<Article> s = reader.read(f, problems::add)) {
      assertThat(s.map(Article::id).toList()).containsExactly("n1", "n3");
    }
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(f + ":2: line looks like binary data, not text");
  }

  @Test
  void utf16WithAByteOrderMarkIsReadLineByLine() throws IOException {
    String jsonl =
        "\ufeff{\"id\": \"u1\", \"lang\": \"fa\", \"title\": \"زمین\u200cلرزه\", \"text\":"
            + " \"زمین\u200cلرزه در شرق ترکیه\"}\n"
            + "{\"id\": \"u2\", \"title\": \"broken\n"
            + "{\"id\": \"u3\", \"lang\": \"ur\", \"title\": \"زلزلہ\", \"text\": \"ترکی میں"
            + " زلزلہ\"}\n";
    for (java.nio.charset.Charset cs :
        List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path f = Files.write(tmp.resolve("u16-" + cs.name() + ".jsonl"), jsonl.getBytes(cs));
      List<IngestProblem> problems = new ArrayList<>();
      List<Article> read;
      try (Stream<Article> s = reader.read(f, problems::add)) {
        read = s.toList();
      }
      assertThat(read).extracting(Article::id).containsExactly("u1", "u3");
      assertThat(read.get(0).title()).isEqualTo("زمین\u200cلرزه");
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).line()).hasValue(2);
      assertThat(problems.get(0).reason()).startsWith("malformed JSON");
    }
  }

  private List<String> ids(Path file) {
    try (Stream<Article> s = reader.read(file, p -> {})) {
      return s.map(Article::id).toList();
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] r = new byte[n];
    int off = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, r, off, p.length);
      off += p.length;
    }
    return r;
  }

  @Test
  void fieldLimitsAreEachLinesOwnProblem() {
    String huge = "i".repeat(33_000);
    String jsonl =
        String.join(
            "\n",
            "{\"id\":\"ok1\",\"text\":\"first\"}",
            "{\"id\":\"" + huge + "\",\"text\":\"huge id\"}",
            "{\"id\":\"k\",\"lang\":\"klingon\",\"text\":\"x\"}",
            "{\"id\":\"a\\u202Eb\",\"text\":\"spoof\"}",
            "{\"id\":\"u\",\"url\":\"java\\tscript:alert(1)\",\"text\":\"kept without url\"}",
            "{\"id\":\"d\",\"date\":\"0000-01-01\",\"text\":\"x\"}",
            "{\"id\":\"r\",\"lang\":\"ar-EG\",\"date\":\"2020-02-29T10:00:00\",\"text\":\"نص\"}",
            "{\"id\":\"n\",\"title\":\"a\\u0000b\",\"text\":\"c\\u0000d\"}",
            "{\"id\":\"ok2\",\"text\":\"last\"} trailing",
            "{\"id\":\"ok3\",\"text\":\"last\"}");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s =
        reader.read(
            new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
            "in.jsonl",
            "in",
            problems::add)) {
      articles = s.toList();
    }
    assertThat(articles).extracting(Article::id).containsExactly("ok1", "u", "r", "n", "ok3");
    assertThat(articles.get(1).url()).isEmpty();
    assertThat(articles.get(2).lang()).isEqualTo("ar");
    assertThat(articles.get(2).date()).contains(LocalDate.of(2020, 2, 29));
    assertThat(articles.get(3).title()).isEqualTo("ab");
    assertThat(articles.get(3).text()).isEqualTo("cd");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("in.jsonl:2: id of 33000 characters; at most 512"),
            m ->
                assertThat(m)
                    .startsWith("in.jsonl:3: unknown language 'klingon': not an ISO 639-1 code"),
            m -> assertThat(m).startsWith("in.jsonl:4: id holds the control character U+202E"),
            m -> assertThat(m).startsWith("in.jsonl:5: warning: url dropped"),
            m -> assertThat(m).startsWith("in.jsonl:6: date 0000-01-01 is out of range"),
            m ->
                assertThat(m)
                    .isEqualTo(
                        "in.jsonl:8: warning: text: 1 control character removed (the first,"
                            + " U+0000, at character 2)"),
            m -> assertThat(m).startsWith("in.jsonl:9: malformed JSON"));
  }

  /**
   * A new user's run, session 25 (the session-24 leftover): a line with several bad fields names
   * them all in its one problem, in the order of the fields, not only the first; the lines around
   * it are read.
   */
  @Test
  void aLineWithSeveralBadFieldsNamesThemAll() throws Exception {
    Path file = tmp.resolve("bad.jsonl");
    String longTitle = "خبر ".repeat(1_249) + "خبر!";
    Files.writeString(
        file,
        "{\"id\": \"g1\", \"lang\": \"fa\", \"title\": \"زلزله در وان\"}\n"
            + "{\"id\": \"b1\", \"lang\": \"xx\", \"title\": \""
            + longTitle
            + "\", \"date\": \"2020-13-45\"}\n"
            + "{\"id\": \"b2\", \"title\": \"Quake in Van\", \"source\": 7, \"date\":"
            + " \"2999-01-01\"}\n"
            + "{\"id\": \"g2\", \"lang\": \"ar\", \"title\": \"زلزال في وان\"}\n");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s = reader.read(file, problems::add)) {
      articles = s.toList();
    }
    assertThat(articles).extracting(Article::id).containsExactly("g1", "g2");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).line()).hasValue(2);
    assertThat(problems.get(0).reason())
        .startsWith("unknown language 'xx'")
        .contains("; date '2020-13-45' is not an ISO date")
        .endsWith("; title of 5000 characters; at most 2000");
    assertThat(problems.get(1).reason())
        .isEqualTo(
            "field 'source' must be a string, found a number; date 2999-01-01 is out of range"
                + " (years 1900 to 2100)");
  }

  /**
   * A misspelt field is told once per file with the field it was meant to be, and the record is
   * still read; a record whose text is only under another tool's name says so in its problem.
   */
  @Test
  void fieldsNoArticleHasAreToldOncePerFileWithAHint() throws Exception {
    Path file = tmp.resolve("fields.jsonl");
    Files.writeString(
        file,
        "{\"id\": \"a1\", \"titel\": \"Sel در مشهد\", \"text\": \"باران شدید در مشهد\","
            + " \"text_origin\": \"x\"}\n"
            + "{\"id\": \"a2\", \"titel\": \"Flood\", \"text\": \"Floods in Mashhad\"}\n"
            + "{\"id\": \"a3\", \"lang\": \"ar\", \"body\": \"فيضانات في مشهد\"}\n");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s = reader.read(file, problems::add)) {
      articles = s.toList();
    }
    assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
    assertThat(articles.get(0).title()).isEmpty();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0).isWarning()).isTrue();
    assertThat(problems.get(0).line()).hasValue(1);
    assertThat(problems.get(0).reason())
        .startsWith("warning: field 'titel' is not read (did you mean 'title'?)")
        .endsWith("(told once per input)");
    assertThat(problems.get(1).reason()).startsWith("warning: field 'text_origin' is not read;");
    assertThat(problems.get(2).isWarning()).isFalse();
    assertThat(problems.get(2).line()).hasValue(3);
    assertThat(problems.get(2).reason())
        .isEqualTo(
            "article 'a3' has neither title nor text (field 'body' is not read: did you mean"
                + " 'text'?)");
  }
}
