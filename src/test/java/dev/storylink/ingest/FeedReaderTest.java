package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading RSS and Atom feeds, from files and over HTTP, and the pages they link to. */
class FeedReaderTest extends LocalFeedServerTest {
  @Test
  void readsRssFile() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(Fixtures.path("feed-rss.xml"), problems::add);
    assertThat(list).hasSize(2);
    Article first = list.get(0);
    assertThat(first.id()).isEqualTo("haber-1001");
    assertThat(first.title()).isEqualTo("Köprü trafiğe açıldı");
    assertThat(first.text())
        .isEqualTo(
            "Yeni köprü salı sabahı trafiğe açıldı.\nAçılış törenine binlerce kişi katıldı.");
    assertThat(first.date()).contains(LocalDate.of(2024, 5, 14));
    assertThat(first.lang()).isEqualTo("tr");
    assertThat(first.source()).isEqualTo("Örnek Haber");
    assertThat(first.url()).isEqualTo("https://haber.example.com.tr/kopru");
    assertThat(list.get(1).id()).isEqualTo("https://haber.example.com.tr/liman");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.input()).endsWith("feed-rss.xml entry 3");
              assertThat(p.reason()).isEqualTo("entry has neither title nor text");
            });
  }

  @Test
  void readsAtomFile() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list =
        new FeedReader().read(Fixtures.path("feed-atom.xml").toString(), problems::add);
    assertThat(problems).isEmpty();
    assertThat(list)
        .extracting(Article::id)
        .containsExactly("urn:example:nachrichten:42", "urn:example:nachrichten:43");
    Article a = list.get(0);
    assertThat(a.title()).isEqualTo("Hochwasser am Rhein geht zurück");
    assertThat(a.text())
        .isEqualTo(
            "Der Pegel des Rheins ist in der Nacht deutlich gesunken.\nDie Sperrungen am Ufer bleiben vorerst bestehen.");
    assertThat(a.date()).contains(LocalDate.of(2024, 6, 1));
    assertThat(a.source()).isEqualTo("Beispiel Nachrichten");
    assertThat(a.url()).isEqualTo("https://nachrichten.example.de/hochwasser");
    assertThat(list.get(1).date()).contains(LocalDate.of(2024, 6, 2));
    assertThat(list.get(1).text())
        .isEqualTo("Der neue Bahnhof im Süden der Stadt ist seit heute in Betrieb.");
  }

  @Test
  void readsFeedFromHttpUrl() {
    List<Article> list = new FeedReader().read(base + "/rss", p -> {});
    assertThat(list)
        .extracting(Article::title)
        .containsExactly("Köprü trafiğe açıldı", "Liman kapatıldı");
  }

  @Test
  void doesNotFetchLinkedPagesByDefault() {
    List<Article> list = new FeedReader().read(base + "/linked", p -> {});
    assertThat(list)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.text()).isEqualTo("ملخص.");
              assertThat(a.lang()).isEqualTo("ar");
            });
  }

  @Test
  void fetchesLinkedPagesWhenAsked() {
    InputGuard guard = InputGuard.defaults();
    FeedReader reader = new FeedReader(guard, privateAllowed(guard), true);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = reader.read(base + "/linked", problems::add);
    assertThat(problems).isEmpty();
    assertThat(list)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.title()).isEqualTo("عنوان قصير");
              assertThat(a.text()).startsWith("افتتحت البلدية");
              assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
            });
  }

  @Test
  void singleArticleFromUrl() {
    Article a = new ArticleReader().read(base + "/page");
    assertThat(a.id()).isEqualTo("127.0.0.1:" + port() + "/page");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.text()).startsWith("افتتحت البلدية");
  }

  @Test
  void sourcesDispatchUrlsByResponseType() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list;
    try (var s =
        new Sources()
            .open(List.of(base + "/rss", base + "/page", base + "/missing"), problems::add)) {
      list = s.toList();
    }
    assertThat(list)
        .extracting(Article::title)
        .containsExactly(
            "Köprü trafiğe açıldı", "Liman kapatıldı", "افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(problems)
        .extracting(IngestProblem::message)
        .containsExactly(
            base + "/rss entry 3: entry has neither title nor text",
            base + "/missing: HTTP status 404");
  }

  @Test
  void oversizeDownloadIsRejected() {
    InputGuard tiny = new InputGuard(256);
    assertThatThrownBy(() -> new HttpFetcher(tiny).fetch(base + "/page"))
        .isInstanceOf(IngestInputException.class)
        .hasMessageContaining("exceeds the 256 bytes limit");
  }

  @Test
  void httpErrorsAreInputExceptions() {
    assertThatThrownBy(() -> new FeedReader().read(base + "/missing", p -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessage(base + "/missing: HTTP status 404");
  }

  @Test
  void anEmptyResponseSaysSoNotThatAFileIsEmpty() {
    assertThatThrownBy(() -> new FeedReader().read(base + "/empty", p -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessage(base + "/empty: empty response");
  }

  @Test
  void brokenFeedIsInputException() throws IOException {
    Path f = Files.writeString(tmp.resolve("broken.xml"), "<rss><channel><title>x</title>");
    assertThatThrownBy(() -> new FeedReader().read(f, p -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessageStartingWith(f + ": not a valid RSS or Atom feed");
  }

  @Test
  void anHtmlPageGivenAsAFeedIsNamedAsSuch() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("page.xml"),
            "\uFEFF\n<!DOCTYPE html><html><head><title>News</title></head>"
                + "<body><p>Read our feed</p></body></html>");
    assertThatThrownBy(() -> new FeedReader().read(f, p -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessage(
            f + ": an HTML page, not an RSS or Atom feed (give the address of the site's feed)");
  }

  @Test
  void rss091WithNetscapeDoctypeIsRead() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("rss091.xml"),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old News</title><link>https://old.example/</link>"
                + "<description>d</description><language>en-us</language>"
                + "<item><title>Harbour reopens</title><link>https://old.example/harbour</link>"
                + "<description>The harbour reopened on Monday after repairs.</description></item>"
                + "<item><title>Bridge closes</title><link>https://old.example/bridge</link>"
                + "<description>The bridge closed for repairs.</description></item>"
                + "</channel></rss>",
            StandardCharsets.ISO_8859_1);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(f, problems::add);
    assertThat(problems).isEmpty();
    assertThat(list).extracting(Article::title).containsExactly("Harbour reopens", "Bridge closes");
    assertThat(list.get(0).lang()).isEqualTo("en");
    assertThat(list.get(0).source()).isEqualTo("Old News");
  }

  @Test
  void hugeGuidIsThatItemsProblemAndTheRestIsRead() throws IOException {
    String huge = "g".repeat(40 * 1024);
    Path f =
        Files.writeString(
            tmp.resolve("guid.xml"),
            "<rss version=\"2.0\"><channel><title>F</title>"
                + "<item><guid isPermaLink=\"false\">one</guid><title>First</title><description>a</description></item>"
                + "<item><guid isPermaLink=\"false\">"
                + huge
                + "</guid><title>Second</title><description>b</description></item>"
                + "<item><guid isPermaLink=\"false\">a\u202Eb</guid><title>Spoof</title><description>c</description></item>"
                + "<item><guid isPermaLink=\"false\">four</guid><title>Fourth</title><link>javascript:alert(1)</link>"
                + "<description>d</description></item>"
                + "</channel></rss>");
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(f, problems::add);
    assertThat(list).extracting(Article::title).containsExactly("First", "Fourth");
    assertThat(list.get(1).url()).isEmpty();
    assertThat(problems)
        .extracting(IngestProblem::message)
        .satisfiesExactly(
            m -> assertThat(m).endsWith("guid.xml entry 2: id of 40960 characters; at most 512"),
            m -> assertThat(m).contains("guid.xml entry 3: id holds the control character U+202E"),
            m -> assertThat(m).contains("guid.xml entry 4: warning: url dropped"));
  }

  @Test
  void binaryAtomContentIsNotReadAsTextAndEachProblemNamesItsEntry() {
    String png =
        java.util.Base64.getEncoder()
            .encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    String atom =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id>"
            + "<updated>2025-06-05T10:00:00Z</updated>"
            + "<entry><id>urn:t:photo</id><title>Photo of the day</title>"
            + "<updated>2025-06-05T10:00:00Z</updated><content type=\"image/png\">"
            + png
            + "</content></entry>"
            + "<entry><id>urn:t:blob</id><updated>2025-06-05T10:00:00Z</updated>"
            + "<link href=\"https://t.example/blob\"/>"
            + "<content type=\"application/octet-stream\">"
            + png
            + "</content></entry>"
            + "<entry><id>urn:t:x</id><title>X</title><updated>2025-06-05T10:00:00Z</updated>"
            + "<content type=\"application/xhtml+xml\">Plain words.</content></entry></feed>";
    List<String> told = new ArrayList<>();
    List<Article> list =
        new FeedReader()
            .parseLabelled(
                atom.getBytes(StandardCharsets.UTF_8),
                "t.xml",
                "t",
                "",
                (p, label, id) -> told.add(p.message() + " | " + label + " | " + id));
    assertThat(list).extracting(Article::id).containsExactly("urn:t:photo", "urn:t:x");
    assertThat(list.get(0).text()).as("not the Base64 of the image").isEmpty();
    assertThat(list.get(1).text()).isEqualTo("Plain words.");
    assertThat(told)
        .containsExactly(
            "t.xml entry 1: warning: content of type image/png not read (not text)"
                + " | Photo of the day | urn:t:photo",
            "t.xml entry 2: warning: content of type application/octet-stream not read (not text)"
                + " | https://t.example/blob | ",
            "t.xml entry 2: entry has neither title nor text | https://t.example/blob | ");
    assertThat(FeedReader.isText("text/html; charset=utf-8")).isTrue();
    assertThat(FeedReader.isText("audio/mpeg")).isFalse();
  }
}
