package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.app.ComposedArticles;
import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.StoryLink;
import dev.storylink.core.Article;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/link} scores a pair within the store's articles of its language (Session 20).
 */
class LinkCorpusRouteTest {
  @TempDir Path dir;

  private static JsonNode link(ApiServer server, String body) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/link"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void theLinkRouteUsesTheStoreAsCorpus() throws Exception {
    try (StoryLink sl = StoryLink.builder().dataDir(dir.resolve("data")).build()) {
      List<IngestItem> items = new ArrayList<>();
      for (int i = 1; i <= 24; i++) {
        items.add(IngestItem.at(ComposedArticles.article("c" + i, i), "item " + i));
      }
      sl.ingest(items, IngestListener.onStored(o -> {}));
      Article a = ComposedArticles.article("c3", 3);
      Article b = ComposedArticles.article("c4", 4);
      StoryLink.LinkVerdict scored = sl.link(a, b);
      assertThat(scored.corpus().used()).isTrue();
      double alone =
          sl.linkScorer()
              .link(sl.featureExtractor().extract(a), sl.featureExtractor().extract(b))
              .similarity();
      assertThat(scored.result().similarity()).isNotCloseTo(alone, within(1e-6));
      StoreStoryRepository repo = new StoreStoryRepository(sl);
      try (ApiServer server =
          new ApiServer(repo, sl.featureExtractor(), sl.comparer(), sl.linkScorer())
              .start("127.0.0.1", 0)) {
        JsonNode byIds = link(server, "{\"idA\":\"c3\",\"idB\":\"c4\"}");
        assertThat(byIds.get("similarity").asDouble())
            .isCloseTo(scored.result().similarity(), within(1e-9));
      }
    }
  }
}
