package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code storylink link}: output formats and one-line errors for bad input. */
class LinkCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int code = cl.execute(args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path good() throws IOException {
    return write(
        "good.txt",
        "Putin and Rouhani discussed Idlib by phone\nThe Kremlin said Vladimir Putin and Hassan Rouhani "
            + "spoke on Saturday about the situation in Idlib and the Astana agreements on Syria.");
  }

  private static void assertOneLineError(Run r) {
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip())
        .startsWith("storylink: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void linksTwoEnglishTextsAndPrintsReasons() throws IOException {
    Path b =
        write(
            "b.txt",
            "Rouhani tells Putin Idlib situation worrying\nIranian President Hassan Rouhani told "
                + "Vladimir Putin in a phone call on Saturday that the situation in Idlib was worrying "
                + "and the Astana process on Syria must be implemented.");
    Run r = run("link", good().toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("SAME EVENT").contains("Putin").contains("Idlib");
  }

  @Test
  void jsonOutputHasProbabilitySimilarityAndReasons() throws IOException {
    Run r = run("link", "--json", good().toString(), good().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("\"probability\"")
        .contains("\"similarity\"")
        .contains("\"reasons\"");
  }

  @Test
  void aStoreOfTheLanguageIsTheCorpusUnlessToldOtherwise() throws IOException {
    Path data = dir.resolve("store");
    try (dev.storylink.app.StoryLink sl =
        dev.storylink.app.StoryLink.builder().dataDir(data).build()) {
      java.util.List<dev.storylink.app.IngestItem> items = new java.util.ArrayList<>();
      for (int i = 1; i <= 24; i++) {
        items.add(
            dev.storylink.app.IngestItem.at(
                dev.storylink.app.ComposedArticles.article("c" + i, i), "item " + i));
      }
      sl.ingest(items, dev.storylink.app.IngestListener.onStored(o -> {}));
    }
    dev.storylink.core.Article x = dev.storylink.app.ComposedArticles.article("x", 40);
    Path a = write("a.txt", x.title() + "\n" + x.text());
    Path b = write("b.txt", x.title() + "\n" + x.text() + " The mayor thanked the residents.");
    Run r = run("link", "--data", data.toString(), a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("corpus: scored within 24 stored articles in its language");
    Run json = run("link", "--json", "--data", data.toString(), a.toString(), b.toString());
    assertThat(json.out()).contains("\"corpusArticles\" : 24");
    Run none = run("link", "--no-corpus", "--data", data.toString(), a.toString(), b.toString());
    assertThat(none.out()).contains("corpus: none");
  }

  @Test
  void emptyFileIsAOneLineError() throws IOException {
    Run r = run("link", write("empty.txt", "").toString(), good().toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("empty");
  }

  @Test
  void binaryFileIsAOneLineError() throws IOException {
    Path bin = dir.resolve("x.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    Files.write(bin, bytes);
    assertOneLineError(run("link", bin.toString(), good().toString()));
  }

  @Test
  void fiftyMegabyteTextIsAOneLineError() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line =
        "Putin spoke with Rouhani about Idlib and the Astana talks. "
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream o = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
        o.write(line);
      }
    }
    Run r = run("link", big.toString(), good().toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("MB");
  }

  @Test
  void invalidUtf8IsAOneLineError() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(
        bad, new byte[] {'a', 'b', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'c', 'd', (byte) 0xFF, 'e'});
    Run r = run("link", bad.toString(), good().toString());
    assertOneLineError(r);
    assertThat(r.err()).containsIgnoringCase("UTF-8");
  }

  @Test
  void unknownLanguageIsAOneLineError() throws IOException {
    Path klingon =
        write("x.json", "{\"id\":\"k\",\"lang\":\"tlh\",\"text\":\"nuqneH, Qapla' batlh\"}");
    Run r = run("link", klingon.toString(), good().toString());
    assertOneLineError(r);
    assertThat(r.err()).contains("unknown language 'tlh'");
    Run digits = run("link", write("d.txt", "12345 67890 !!! ???").toString(), good().toString());
    assertOneLineError(digits);
    assertThat(digits.err()).contains("could not identify the language");
  }

  @Test
  void missingFileIsAOneLineError() {
    assertOneLineError(
        run("link", dir.resolve("nope.txt").toString(), dir.resolve("nope2.txt").toString()));
  }

  @Test
  void compareCountsSentencesAndPairsInTheRightNumber() throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(
        a, "A magnitude 6.1 earthquake struck Van in eastern Turkey, killing 12 people.");
    Files.writeString(
        b,
        "Ein Erdbeben der Stärke 6,1 erschütterte Van im Osten der Türkei, 12 Menschen starben.");
    Run r = run("compare", a.toString(), b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(en, 1 sentence)").contains("(de, 1 sentence)");
    assertThat(r.out()).containsPattern("(?m)^1 aligned sentence pair \\(");
  }

  @Test
  void compareShowsFiguresThatDiffer() throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(
        a,
        "زمین‌لرزه‌ای به بزرگی ۶٫۴ ریشتر شهر کرمان را لرزاند. به گفته مجتبی خالدی دست‌کم ۳۴ نفر"
            + " کشته و ۲۱۰ نفر زخمی شدند.");
    Files.writeString(
        b,
        "ضرب زلزال بقوة ٦٫١ درجات مدينة كرمان. وقال مجتبى خالدي إن ٤٣ شخصاً على الأقل لقوا حتفهم"
            + " وأصيب ٢١٠ آخرون.");
    Run r = run("compare", a.toString(), b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("figures that differ: magnitude 6.4 (A1) ≠ 6.1 (B1), killed 34 (A2) ≠ 43 (B2)");
    // --json says the same as POST /api/compare
    Run j = run("compare", a.toString(), b.toString(), "--json");
    assertThat(j.code()).as(j.err()).isZero();
    assertThat(j.out()).contains("\"differingFigures\"").contains("\"role\" : \"killed\"");
  }

  @Test
  void stdinForBothArticlesIsAClearErrorNotAnEmptySecondFile() {
    for (String cmd : new String[] {"compare", "link"}) {
      Run r = run(cmd, "-", "-");
      assertThat(r.code()).as(cmd).isEqualTo(2);
      assertThat(r.err()).as(cmd).contains("A and B are both - (stdin)");
    }
  }
}
