package dev.storylink.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.InputException;
import dev.storylink.ingest.InputGuard;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@dev.storylink.core.SuppressForbidden(reason = "a local feed server (jdk.httpserver)")
class FeedFetcherTest {
  @TempDir Path tmp;
  private FeedHttp http;
  private final FeedFetcher fetcher =
      new FeedFetcher(new InputGuard(64 * 1024), Duration.ofSeconds(2), Duration.ofMillis(800));

  @BeforeEach
  void start() throws Exception {
    http = new FeedHttp();
  }

  @AfterEach
  void stop() {
    http.close();
  }

  @Test
  void etagMakesTheNextFetchConditionalAndA304HasNoBody() {
    String feed = FeedHttp.rss("Wire", FeedHttp.item("a", "", "Title", "Text"));
    http.on(
        "/rss",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          FeedHttp.respond(ex, 200, "application/rss+xml", feed);
        });
    FeedSource src = FeedSource.of(http.url("/rss"));
    FeedFetcher.Fetched first = fetcher.fetch(src, FeedFetcher.Validators.NONE);
    assertThat(first.notModified()).isFalse();
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).contains("<title>Wire</title>");
    assertThat(first.validators().etag()).isEqualTo("\"v1\"");

    FeedFetcher.Fetched second = fetcher.fetch(src, first.validators());
    assertThat(second.notModified()).isTrue();
    assertThat(second.status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(http.hitsOf("/rss").get(0).header("If-None-Match")).isEmpty();
    assertThat(http.hitsOf("/rss").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() {
    String stamp = "Tue, 03 Jun 2025 09:00:00 GMT";
    http.on(
        "/atom",
        ex -> {
          ex.getResponseHeaders().set("Last-Modified", stamp);
          if (stamp.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
          }
          FeedHttp.respond(ex, 200, "application/rss+xml", FeedHttp.rss("W"));
        });
    FeedSource src = FeedSource.of(http.url("/atom"));
    FeedFetcher.Fetched first = fetcher.fetch(src, FeedFetcher.Validators.NONE);
    assertThat(first.validators().lastModified()).isEqualTo(stamp);
    assertThat(fetcher.fetch(src, first.validators()).notModified()).isTrue();
  }

  @Test
  void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() {
    http.on("/big", ex -> FeedHttp.respond(ex, 200, "application/rss+xml", "x".repeat(100_000)));
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(http.url("/big")), FeedFetcher.Validators.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("exceeds the 65536 bytes limit");
  }

  @Test
  void aStreamedBodyIsCutAtTheLimit() {
    http.on(
        "/stream",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0); // chunked: no length declared
          byte[] kb = new byte[1024];
          try (OutputStream o = ex.getResponseBody()) {
            for (int i = 0; i < 10 * 1024; i++) {
              o.write(kb);
            }
          } catch (java.io.IOException e) {
            // the client hung up at its limit
          }
        });
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(http.url("/stream")), FeedFetcher.Validators.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("over the 65536 bytes limit")
        .hasMessageContaining("download stopped");
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    http.on(
        "/slow",
        ex -> {
          try {
            TimeUnit.SECONDS.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(http.url("/slow")), FeedFetcher.Validators.NONE))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("timed out after 800 ms");
  }

  @Test
  void anErrorStatusCarriesRetryAfter() {
    http.on(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "120");
          FeedHttp.respond(ex, 503, "text/plain", "busy");
        });
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(http.url("/busy")), FeedFetcher.Validators.NONE))
        .isInstanceOfSatisfying(
            FeedFetcher.HttpStatusException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            })
        .hasMessageContaining("HTTP status 503");
  }

  @Test
  void aRedirectLoopSaysThatARedirectWasNotFollowed() {
    http.on(
        "/loop",
        ex -> {
          ex.getResponseHeaders().set("Location", http.url("/loop"));
          FeedHttp.respond(ex, 302, "text/plain", "");
        });
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(http.url("/loop")), FeedFetcher.Validators.NONE))
        .hasMessage(
            "HTTP status 302 (a redirect not followed: more than 5 in a row, or from https to"
                + " http)");
    assertThat(http.hitsOf("/loop")).hasSizeGreaterThan(1);
  }

  @Test
  void aLocalFileIsNotModifiedWhileItStaysTheSame() throws Exception {
    Path f = tmp.resolve("feed.xml");
    Files.writeString(f, FeedHttp.rss("Local"), StandardCharsets.UTF_8);
    FeedSource src = FeedSource.of(f.toString());
    FeedFetcher.Fetched first = fetcher.fetch(src, FeedFetcher.Validators.NONE);
    assertThat(first.notModified()).isFalse();
    assertThat(fetcher.fetch(src, first.validators()).notModified()).isTrue();
    Files.writeString(f, FeedHttp.rss("Local, longer now"), StandardCharsets.UTF_8);
    assertThat(fetcher.fetch(src, first.validators()).notModified()).isFalse();
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    FeedSource.of(tmp.resolve("none.xml").toString()), FeedFetcher.Validators.NONE))
        .hasMessageContaining("no such file");
  }

  @Test
  void anEmptyResponseIsCalledAnEmptyResponseAndAnEmptyFileAnEmptyFile() throws Exception {
    http.on(
        "/empty",
        ex -> {
          ex.sendResponseHeaders(200, -1);
          ex.close();
        });
    String url = http.url("/empty");
    assertThatThrownBy(() -> fetcher.fetch(FeedSource.of(url), FeedFetcher.Validators.NONE))
        .isInstanceOf(InputException.class)
        .hasMessage(url + ": empty response");
    Path file = Files.writeString(tmp.resolve("feed.xml"), "");
    assertThatThrownBy(
            () -> fetcher.fetch(FeedSource.of(file.toString()), FeedFetcher.Validators.NONE))
        .hasMessage(file + ": file is empty");
  }
}
