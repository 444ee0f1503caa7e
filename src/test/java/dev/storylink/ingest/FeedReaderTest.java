package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.storylink.core.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@dev.storylink.core.SuppressForbidden(reason = "a local feed server: jdk.httpserver is a supported JDK module")
class FeedReaderTest {

  @TempDir Path tmp;

  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss", ex -> respond(ex, 200, "application/rss+xml; charset=utf-8",
        Files.readAllBytes(Fixtures.path("feed-rss.xml"))));
    server.createContext("/linked", ex -> respond(ex, 200, "application/rss+xml",
        ("<rss version=\"2.0\"><channel><title>Linked</title><language>ar</language><item>"
            + "<title>عنوان قصير</title><link>" + base + "/page</link><description>ملخص.</description>"
            + "</item></channel></rss>").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/page", ex -> respond(ex, 200, "text/html; charset=utf-8",
        Files.readAllBytes(Fixtures.path("page-ar.html"))));
    server.createContext("/missing", ex -> respond(ex, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void readsRssFile() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(Fixtures.path("feed-rss.xml"), problems::add);
    assertThat(list).hasSize(2);
    Article first = list.get(0);
    assertThat(first.id()).isEqualTo("haber-1001");
    assertThat(first.title()).isEqualTo("Köprü trafiğe açıldı");
    assertThat(first.text()).isEqualTo("Yeni köprü salı sabahı trafiğe açıldı.\nAçılış törenine binlerce kişi katıldı.");
    assertThat(first.date()).contains(LocalDate.of(2024, 5, 14));
    assertThat(first.lang()).isEqualTo("tr");
    assertThat(first.source()).isEqualTo("Örnek Haber");
    assertThat(first.url()).isEqualTo("https://haber.example.com.tr/kopru");
    assertThat(list.get(1).id()).isEqualTo("https://haber.example.com.tr/liman");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.input()).endsWith("feed-rss.xml entry 3");
      assertThat(p.reason()).isEqualTo("entry has neither title nor text");
    });
  }

  @Test
  void readsAtomFile() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = new FeedReader().read(Fixtures.path("feed-atom.xml").toString(), problems::add);
    assertThat(problems).isEmpty();
    assertThat(list).extracting(Article::id)
        .containsExactly("urn:example:nachrichten:42", "urn:example:nachrichten:43");
    Article a = list.get(0);
    assertThat(a.title()).isEqualTo("Hochwasser am Rhein geht zurück");
    assertThat(a.text()).isEqualTo(
        "Der Pegel des Rheins ist in der Nacht deutlich gesunken.\nDie Sperrungen am Ufer bleiben vorerst bestehen.");
    assertThat(a.date()).contains(LocalDate.of(2024, 6, 1));
    assertThat(a.source()).isEqualTo("Beispiel Nachrichten");
    assertThat(a.url()).isEqualTo("https://nachrichten.example.de/hochwasser");
    assertThat(list.get(1).date()).contains(LocalDate.of(2024, 6, 2));
    assertThat(list.get(1).text()).isEqualTo("Der neue Bahnhof im Süden der Stadt ist seit heute in Betrieb.");
  }

  @Test
  void readsFeedFromHttpUrl() {
    List<Article> list = new FeedReader().read(base + "/rss", p -> {});
    assertThat(list).extracting(Article::title).containsExactly("Köprü trafiğe açıldı", "Liman kapatıldı");
  }

  @Test
  void doesNotFetchLinkedPagesByDefault() {
    List<Article> list = new FeedReader().read(base + "/linked", p -> {});
    assertThat(list).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("ملخص.");
      assertThat(a.lang()).isEqualTo("ar");
    });
  }

  @Test
  void fetchesLinkedPagesWhenAsked() {
    InputGuard guard = InputGuard.defaults();
    FeedReader reader = new FeedReader(guard, new HttpFetcher(guard), true);
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list = reader.read(base + "/linked", problems::add);
    assertThat(problems).isEmpty();
    assertThat(list).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("عنوان قصير");
      assertThat(a.text()).startsWith("افتتحت البلدية");
      assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    });
  }

  @Test
  void singleArticleFromUrl() {
    Article a = new ArticleReader().read(base + "/page");
    assertThat(a.id()).isEqualTo("127.0.0.1:" + server.getAddress().getPort() + "/page");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.text()).startsWith("افتتحت البلدية");
  }

  @Test
  void sourcesDispatchUrlsByResponseType() {
    List<IngestProblem> problems = new ArrayList<>();
    List<Article> list;
    try (var s = new Sources().open(List.of(base + "/rss", base + "/page", base + "/missing"), problems::add)) {
      list = s.toList();
    }
    assertThat(list).extracting(Article::title)
        .containsExactly("Köprü trafiğe açıldı", "Liman kapatıldı", "افتتاح مكتبة عامة جديدة في وسط المدينة");
    assertThat(problems).extracting(IngestProblem::message)
        .containsExactly(base + "/rss entry 3: entry has neither title nor text", base + "/missing: HTTP status 404");
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
  void brokenFeedIsInputException() throws IOException {
    Path f = Files.writeString(tmp.resolve("broken.xml"), "<rss><channel><title>x</title>");
    assertThatThrownBy(() -> new FeedReader().read(f, p -> {}))
        .isInstanceOf(IngestInputException.class)
        .hasMessageStartingWith(f + ": not a valid RSS or Atom feed");
  }

  @Test
  void doctypeIsRefused() throws IOException {
    Path f = Files.writeString(tmp.resolve("xxe.xml"),
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title><item><title>t</title></item></channel></rss>");
    assertThatThrownBy(() -> new FeedReader().read(f, p -> {})).isInstanceOf(IngestInputException.class);
  }
}
