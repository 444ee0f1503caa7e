package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path tmp;

  private final ArticleReader reader = new ArticleReader();

  @Test
  void readsJsonArticle() {
    Article a = reader.read(Fixtures.path("article-en.json").toString());
    assertThat(a.id()).isEqualTo("en-harbor-1");
    assertThat(a.lang()).isEqualTo("en");
    assertThat(a.title()).isEqualTo("Storm closes harbor in Port Ellery");
    assertThat(a.text()).startsWith("A winter storm").contains("\nFerries");
    assertThat(a.date()).contains(LocalDate.of(2024, 2, 13));
    assertThat(a.source()).isEqualTo("Ellery Gazette");
    assertThat(a.url()).isEqualTo("https://gazette.example/harbor-closed");
  }

  @Test
  void jsonDefaultsIdToFileNameAndLangToUnd() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("haber-7.json"),
            "{\"title\":\"Deprem\",\"text\":\"Hafif bir deprem hissedildi.\",\"date\":\"2024-05-01\"}");
    Article a = reader.read(f);
    assertThat(a.id()).isEqualTo("haber-7");
    assertThat(a.lang()).isEqualTo("und");
    assertThat(a.source()).isEmpty();
    assertThat(a.url()).isEmpty();
    assertThat(a.date()).contains(LocalDate.of(2024, 5, 1));
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws IOException {
    Path f =
        Files.writeString(tmp.resolve("bad.json"), "{\n  \"title\": \"x\",\n  \"text\": oops\n}");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ": malformed JSON at line 3, column ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aSavedPageInTheCharsetItsMetaTagDeclaresIsRead() throws IOException {
    String title = "زلزال يضرب شرق تركيا";
    String text = "ضرب زلزال بقوة 6.1 درجات شرق تركيا يوم الثلاثاء وقتل 12 شخصا.";
    Path ar =
        Files.write(
            tmp.resolve("ar.html"),
            ("<html><head><meta charset=\"windows-1256\"><title>"
                    + title
                    + "</title></head><body><article><p>"
                    + text
                    + "</p></article></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1256")));
    Article a = reader.read(ar);
    assertThat(a.title()).isEqualTo(title);
    assertThat(a.text()).contains("زلزال بقوة 6.1");
    Path latin =
        Files.write(
            tmp.resolve("de.html"),
            ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
                    + " charset=iso-8859-1\"><title>Café in München</title></head><body><p>Das Café"
                    + " in München öffnete am Montag wieder.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(reader.read(latin).title()).isEqualTo("Café in München");
    Path undeclared =
        Files.write(
            tmp.resolve("none.html"),
            "<html><title>Café</title><p>Café</p></html>".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> reader.read(undeclared))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void anUnclosedObjectSaysWhereItOpenedWithoutJacksonsNotes() throws IOException {
    Path f = Files.writeString(tmp.resolve("open.json"), "{\"id\": \"x\", \"title\": \"a\"");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("malformed JSON at line 1")
        .hasMessageContaining("(opened at line 1, column 1)")
        .hasMessageNotContaining("Source")
        .hasMessageNotContaining("REDACTED")
        .hasMessageNotContaining("StreamReadFeature");
  }

  @Test
  void jsonWithBadDateOrTypesIsRejected() throws IOException {
    Path d = Files.writeString(tmp.resolve("d.json"), "{\"text\":\"t\",\"date\":\"yesterday\"}");
    assertThatThrownBy(() -> reader.read(d))
        .hasMessageContaining("date 'yesterday' is not an ISO date");
    Path t = Files.writeString(tmp.resolve("t.json"), "{\"text\":[\"a\"]}");
    assertThatThrownBy(() -> reader.read(t))
        .hasMessage(t + ": field 'text' must be a string, found an array");
    Path e = Files.writeString(tmp.resolve("e.json"), "{\"id\":\"x\",\"title\":\" \"}");
    assertThatThrownBy(() -> reader.read(e))
        .hasMessage(e + ": article 'x' has neither title nor text");
  }

  @Test
  void plainTextWithTitleLine() {
    Article a = reader.read(Fixtures.path("article-de.txt"));
    assertThat(a.id()).isEqualTo("article-de");
    assertThat(a.title()).isEqualTo("Neue Brücke über die Lenne eröffnet");
    assertThat(a.text()).startsWith("Nach drei Jahren").endsWith("Passanten.");
    assertThat(a.lang()).isEqualTo(Article.UNKNOWN_LANG);
    assertThat(a.date()).isEmpty();
  }

  @Test
  void plainTextWithLongFirstLineHasNoTitle() {
    Article a = reader.read(Fixtures.path("article-tr-notitle.txt"));
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).startsWith("Belediye, kış aylarında");
  }

  @Test
  void singleLineIsTextNotTitle() throws IOException {
    Path f = Files.writeString(tmp.resolve("one.txt"), "Only one short line\n\n");
    Article a = reader.read(f);
    assertThat(a.title()).isEmpty();
    assertThat(a.text()).isEqualTo("Only one short line");
  }

  @Test
  void readsStdin() {
    ByteArrayInputStream in =
        new ByteArrayInputStream(
            "عنوان الخبر\nنص الخبر الكامل هنا.".getBytes(StandardCharsets.UTF_8));
    Article a = reader.read("-", in);
    assertThat(a.id()).isEqualTo("stdin");
    assertThat(a.title()).isEqualTo("عنوان الخبر");
    assertThat(a.text()).isEqualTo("نص الخبر الكامل هنا.");
  }

  @Test
  void readsHtmlFile() {
    Article a = reader.read(Fixtures.path("page-fa.html"));
    assertThat(a.id()).isEqualTo("page-fa");
    assertThat(a.lang()).isEqualTo("fa");
    assertThat(a.title()).isEqualTo("بارش برف راه‌های شمال را بست");
  }

  @Test
  void sniffsFormats() {
    assertThat(ArticleReader.sniff("  {\"a\":1}")).isEqualTo(ArticleReader.Format.JSON);
    assertThat(ArticleReader.sniff("<!DOCTYPE html><html></html>"))
        .isEqualTo(ArticleReader.Format.HTML);
    assertThat(ArticleReader.sniff("<html lang=\"ar\">")).isEqualTo(ArticleReader.Format.HTML);
    assertThat(ArticleReader.sniff("Title\n<p>para</p>")).isEqualTo(ArticleReader.Format.HTML);
    assertThat(ArticleReader.sniff("Title\nx < y and p > q")).isEqualTo(ArticleReader.Format.TEXT);
  }

  @Test
  void bomBeforeJsonIsIgnored() throws IOException {
    byte[] json = "{\"id\":\"b\",\"text\":\"Metin\"}".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[json.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(json, 0, bytes, 3, json.length);
    Path f = Files.write(tmp.resolve("bom.json"), bytes);
    assertThat(reader.read(f).id()).isEqualTo("b");
  }

  @Test
  void guardErrorsSurfaceAsInputExceptions() throws IOException {
    Path empty = Files.createFile(tmp.resolve("e.txt"));
    assertThatThrownBy(() -> reader.read(empty.toString())).hasMessage(empty + ": file is empty");
    Path missing = tmp.resolve("missing.txt");
    assertThatThrownBy(() -> reader.read(missing.toString()))
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> reader.read(tmp.toString())).hasMessageContaining("is a directory");
    Path ws = Files.writeString(tmp.resolve("ws.txt"), "  \n\t\n");
    assertThatThrownBy(() -> reader.read(ws)).hasMessage(ws + ": file is empty");
  }

  @Test
  void configurableLimit() throws IOException {
    ArticleReader small = new ArticleReader(new InputGuard(100));
    Path f = Files.writeString(tmp.resolve("big.txt"), "word ".repeat(100));
    assertThatThrownBy(() -> small.read(f)).hasMessageContaining("exceeds the 100 bytes limit");
  }

  @Test
  void aFetchedPageWithoutAUtf8HeaderIsParsedOnceAndReadAsBefore() throws IOException {
    // session 22: such a page was parsed to find its charset, written back and parsed again;
    // the one parse gives the article the two did
    String page =
        "<html><head><meta charset=\"windows-1256\"><title>زلزال يضرب شرق تركيا</title>"
            + "<meta property=\"article:published_time\" content=\"2023-02-07\"></head><body>"
            + "<nav>الرئيسية</nav><article><p>ضرب زلزال بقوة 6.1 درجات شرق تركيا.</p>"
            + "<p>وقتل 12 شخصا في <a href=\"/van\">وان</a>.</p></article></body></html>";
    HttpFetcher.Response r =
        new HttpFetcher.Response(
            java.net.URI.create("https://news.example/ar/quake"),
            "text/html",
            page.getBytes(java.nio.charset.Charset.forName("windows-1256")));
    HtmlArticleExtractor html = new HtmlArticleExtractor();
    Article once = ArticleReader.extractPage(r, InputGuard.defaults(), html, "quake", "q1");
    String twice =
        org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(r.body()), null, r.uri().toString())
            .outerHtml();
    assertThat(once).isEqualTo(html.extract(twice, "quake", "q1", r.uri().toString()));
    assertThat(once.title()).isEqualTo("زلزال يضرب شرق تركيا");
    assertThat(once.text()).contains("وقتل 12 شخصا في وان");
  }
}
