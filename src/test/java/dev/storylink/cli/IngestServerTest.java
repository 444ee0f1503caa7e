package dev.storylink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.app.StoryLink;
import dev.storylink.server.ApiServer;
import dev.storylink.server.FeedRoutes;
import dev.storylink.server.ServerConfig;
import dev.storylink.server.StoreStoryRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storylink ingest --server URL}, and a running server found through the data folder. */
class IngestServerTest {
  private static final String TOKEN = "live-test-token-0123456789";
  @TempDir Path tmp;
  private StoryLink sl;
  private ApiServer api;

  private String start(Optional<String> token) {
    sl = StoryLink.builder().dataDir(tmp.resolve("data")).languages(() -> text -> "en").build();
    api =
        new ApiServer(
                new StoreStoryRepository(sl), sl.featureExtractor(), sl.comparer(), sl.linkScorer())
            .routes(new FeedRoutes(sl, Optional.empty())::register)
            .start(ServerConfig.of("127.0.0.1", token), 0);
    return "http://127.0.0.1:" + api.port();
  }

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
      sl.close();
    }
  }

  private Path articles() throws Exception {
    return Files.write(
        tmp.resolve("in.jsonl"),
        List.of(
            "{\"id\": \"fire-1\", \"lang\": \"en\", \"date\": \"2025-06-03\", \"title\": \"Wildfire"
                + " near Marseille\", \"text\": \"A wildfire near Marseille forced 1,200 people to"
                + " leave on Tuesday.\"}",
            "{\"id\": \"fire-2\", \"lang\": \"en\", \"title\": \"Marseille fire\", \"text\":"
                + " \"Firefighters fought a wildfire near Marseille; 1,200 were evacuated.\"}",
            "{\"id\": \"bad\", \"lang\": \"klingon\", \"text\": \"x\"}"),
        StandardCharsets.UTF_8);
  }

  @Test
  void articlesGoThroughTheServerWhichStaysTheOneWriter() throws Exception {
    String url = start(Optional.empty());
    LinkCommandTest.Run r = LinkCommandTest.run("ingest", "--server", url, articles().toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2); // one bad record
    assertThat(r.out()).contains("ingested 2 articles").contains("through " + url);
    assertThat(r.err()).contains("in.jsonl:3");
    assertThat(sl.read(s -> s.articleCount()).longValue()).isEqualTo(2L);

    LinkCommandTest.Run again =
        LinkCommandTest.run("ingest", "--server", url, articles().toString());
    assertThat(again.out())
        .contains("ingested 0 articles")
        .contains("2 duplicates of stored articles skipped");
  }

  @Test
  void anArticleTheServerRefusesIsReportedAtItsOwnLine() throws Exception {
    String url = start(Optional.empty());
    Path in =
        Files.write(
            tmp.resolve("reserved.jsonl"),
            List.of(
                "{\"id\": \"storm-1\", \"lang\": \"en\", \"title\": \"Storm hits Lisbon\","
                    + " \"text\": \"A storm hit Lisbon on Monday.\"}",
                "{\"id\": \"e7\", \"lang\": \"en\", \"title\": \"Storm\", \"text\": \"A storm"
                    + " hit Porto.\"}"),
            StandardCharsets.UTF_8);
    LinkCommandTest.Run r = LinkCommandTest.run("ingest", "--server", url, in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).contains("ingested 1 article (");
    assertThat(r.err())
        .contains("reserved.jsonl:2: an article id of the form e<number>")
        .doesNotContain("article [1]")
        .doesNotContain("skipped 127.0.0.1");
  }

  @Test
  void anUnreachableServerIsNamedWithAReason() throws Exception {
    LinkCommandTest.Run r =
        LinkCommandTest.run("ingest", "--server", "http://127.0.0.1:1", articles().toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("cannot reach the server at").doesNotContain("null");
  }

  @Test
  void aRunningServerIsFoundThroughTheDataFolder() throws Exception {
    String url = start(Optional.empty());
    Files.writeString(tmp.resolve("data").resolve(LiveOptions.SERVER_FILE), url + "\n");
    LinkCommandTest.Run r =
        LinkCommandTest.run(
            "ingest", "--data", tmp.resolve("data").toString(), articles().toString());
    assertThat(r.err()).contains("a server holds").contains(url);
    assertThat(r.out()).contains("ingested 2 articles");
    assertThat(sl.read(s -> s.articleCount()).longValue()).isEqualTo(2L);
  }

  @Test
  void aStaleServerFileIsIgnored() throws Exception {
    Path data = tmp.resolve("other");
    Files.createDirectories(data);
    Files.writeString(data.resolve(LiveOptions.SERVER_FILE), "http://127.0.0.1:1\n");
    LinkCommandTest.Run r =
        LinkCommandTest.run("ingest", "--data", data.toString(), articles().toString());
    assertThat(r.err()).doesNotContain("a server holds");
    assertThat(r.out()).contains("ingested 2 articles").contains("into " + data);
  }

  @Test
  void aStaleServerFileNamingAServerOfAnotherStoreIsIgnored() throws Exception {
    // a server of "other" was killed (its server.url stayed); a server of "data" now answers there
    Path other = tmp.resolve("other");
    try (dev.storylink.store.ArticleStore closed = dev.storylink.store.ArticleStore.open(other)) {
      closed.commit(java.util.Map.of()); // a store nobody holds
    }
    String url = start(Optional.empty());
    Files.writeString(other.resolve(LiveOptions.SERVER_FILE), url + "\n");
    LinkCommandTest.Run r =
        LinkCommandTest.run("ingest", "--data", other.toString(), articles().toString());
    assertThat(r.err()).doesNotContain("a server holds");
    assertThat(r.out()).contains("ingested 2 articles").contains("into " + other);
    assertThat(sl.read(s -> s.articleCount()).longValue())
        .as("nothing sent to the other store's server")
        .isZero();
  }

  @Test
  void aServerWithATokenNeedsIt() throws Exception {
    String url = start(Optional.of(TOKEN));
    LinkCommandTest.Run refused =
        LinkCommandTest.run("ingest", "--server", url, articles().toString());
    assertThat(refused.code()).isNotZero();
    assertThat(refused.err()).contains("refused the articles");
    Path tokenFile = Files.writeString(tmp.resolve("token"), TOKEN);
    LinkCommandTest.Run ok =
        LinkCommandTest.run(
            "ingest", "--server", url, "--token-file", tokenFile.toString(), articles().toString());
    assertThat(ok.out()).contains("ingested 2 articles");
  }
}
