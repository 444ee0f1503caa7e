package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/stories/{id}/facts over a composed story posted to a real server. */
class FactRoutesTest {
  @TempDir Path data;

  @Test
  void answersTheFactMatrixWithThePlantedConflicts() throws Exception {
    String crash = TestServer.resource("/fixtures/facts/crash.json");
    try (TestServer s = new TestServer(data, ServerConfig.loopback())) {
      TestServer.Reply posted = s.post("/api/articles", crash);
      assertThat(posted.status()).isEqualTo(201);
      String story = posted.json().get("added").get(0).get("storyId").asText();
      TestServer.Reply r = s.get("/api/stories/" + story + "/facts");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.header("content-type")).startsWith("application/json");
      JsonNode m = r.json();
      assertThat(m.get("columns")).hasSize(3);
      List<String> conflicts = new ArrayList<>();
      for (JsonNode row : m.get("rows")) {
        assertThat(row.get("cells")).hasSize(3);
        if (row.get("conflicting").asBoolean()) {
          conflicts.add(row.get("key").asText());
        }
      }
      assertThat(conflicts).containsExactlyInAnyOrder("date:event", "quantity:injured");
      // the same answer again (cached), and the page code is served
      assertThat(s.get("/api/stories/" + story + "/facts").body()).isEqualTo(r.body());
      assertThat(s.get("/facts.js").status()).isEqualTo(200);
      assertThat(s.get("/facts.css").status()).isEqualTo(200);
      assertThat(s.get("/api/openapi.json").body()).contains("/api/stories/{id}/facts");
      TestServer.Reply missing = s.get("/api/stories/no-such-story/facts");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(missing.json().get("error").asText()).contains("no story with id");
    }
  }
}
