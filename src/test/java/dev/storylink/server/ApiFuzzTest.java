package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storylink.ingest.Adversarial;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the API over a real store: random and adversarial articles (huge words, control
 * and bidi characters, every Unicode plane, huge ids, broken JSON) posted alone and in arrays,
 * random compare and link requests. No 5xx, every good article stored, every bad one reported with
 * its position, and the server still ingests afterwards (no poisoned state).
 */
class ApiFuzzTest {
  private static final ObjectMapper M = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void randomAndAdversarialRequestsNeverGive5xx() throws Exception {
    Adversarial g = new Adversarial(20260229L);
    Set<String> stored = new LinkedHashSet<>();
    try (TestServer t = new TestServer(dir.resolve("data"), ServerConfig.loopback())) {
      for (int round = 0; round < 120; round++) {
        int what = g.nextInt(10);
        if (what < 6) {
          int n = 1 + g.nextInt(5);
          List<Object> items = new ArrayList<>();
          List<Boolean> good = new ArrayList<>();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            String id = "f-" + round + "-" + i;
            int kind = g.nextInt(10);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id);
            a.put("lang", "en");
            a.put("title", g.noise(g.nextInt(60)));
            a.put(
                "text",
                Adversarial.ENGLISH
                    + " round "
                    + round
                    + " item "
                    + i
                    + " "
                    + g.noise(g.nextInt(1_500)));
            a.put("source", g.noise(g.nextInt(30)));
            a.put("url", g.chance(0.2) ? "javascript:alert(1)" : "https://news.example/" + id);
            boolean ok = true;
            switch (kind) {
              case 1 -> {
                a.put("id", "x".repeat(513 + g.nextInt(40_000)));
                ok = false;
              }
              case 2 -> {
                a.put("id", id + "\u202E");
                ok = false;
              }
              case 3 -> {
                a.put("lang", "klingon");
                ok = false;
              }
              case 4 -> {
                a.put("date", "0000-01-01");
                ok = false;
              }
              case 5 -> {
                a.put("colour", "red");
                ok = false;
              }
              case 6 -> a.put("date", "2020-02-29T10:00:00");
              default -> {}
            }
            items.add(a);
            good.add(ok);
            ids.add(id);
          }
          String body = M.writeValueAsString(n == 1 && g.chance(0.5) ? items.get(0) : items);
          TestServer.Reply r = t.post("/api/articles", body);
          assertThat(r.status()).as(r.body()).isLessThan(500);
          JsonNode json = r.json();
          for (int i = 0; i < n; i++) {
            if (good.get(i)) {
              assertThat(r.status()).as(r.body()).isEqualTo(201);
              stored.add(ids.get(i));
            }
          }
          if (good.contains(false)) {
            String errors =
                json.has("rejected") ? json.get("rejected").toString() : json.get("error").asText();
            for (int i = 0; i < n; i++) {
              if (!good.get(i)) {
                String where = body.startsWith("[") ? "article [" + i + "]" : "article";
                assertThat(errors)
                    .as(body.length() > 300 ? body.substring(0, 300) : body)
                    .contains(where);
              }
            }
          }
        } else if (what == 6) {
          // a huge word: refused or stored, never a 5xx, and the next article is still stored
          String id = "huge-" + round;
          String body =
              M.writeValueAsString(
                  Map.of(
                      "id",
                      id,
                      "lang",
                      "en",
                      "text",
                      Adversarial.ENGLISH + " " + g.hugeWord(33_000 + g.nextInt(20_000))));
          TestServer.Reply r = t.post("/api/articles", body);
          assertThat(r.status()).as(r.body()).isIn(201, 400, 413, 422);
          if (r.status() == 201) {
            stored.add(id);
          }
        } else if (what == 7) {
          String good =
              M.writeValueAsString(Map.of("id", "m-" + round, "text", Adversarial.ENGLISH));
          String broken =
              g.chance(0.5) ? g.mutate(good) : good.substring(0, g.nextInt(good.length()));
          TestServer.Reply r = t.post("/api/articles", broken);
          assertThat(r.status()).as(broken).isLessThan(500);
          if (r.status() == 201) {
            stored.add(r.json().get("added").get(0).get("id").asText());
          }
        } else if (what == 8) {
          Map<String, Object> req =
              Map.of(
                  "articles",
                  List.of(
                      Map.of(
                          "lang",
                          "en",
                          "text",
                          Adversarial.ENGLISH + " " + g.noise(g.nextInt(3_000))),
                      g.chance(0.5)
                          ? g.noise(1 + g.nextInt(500)) + "x"
                          : Map.of("lang", "en", "text", Adversarial.ENGLISH)));
          TestServer.Reply r = t.post("/api/compare", M.writeValueAsString(req));
          assertThat(r.status()).as(r.body()).isLessThan(500);
        } else {
          Map<String, Object> req =
              Map.of(
                  "a",
                  Adversarial.ENGLISH + g.noise(g.nextInt(500)),
                  "b",
                  Map.of(
                      "lang",
                      g.chance(0.5) ? "en" : "xx",
                      "text",
                      g.noise(1 + g.nextInt(800)) + "x"));
          TestServer.Reply r = t.post("/api/link", M.writeValueAsString(req));
          assertThat(r.status()).as(r.body()).isLessThan(500);
        }
      }
      // not poisoned: a plain article is still stored, and every acknowledged one is there
      TestServer.Reply last =
          t.post(
              "/api/articles",
              M.writeValueAsString(Map.of("id", "after", "text", Adversarial.ENGLISH)));
      assertThat(last.status()).as(last.body()).isEqualTo(201);
      stored.add("after");
      for (String id : stored) {
        TestServer.Reply r =
            t.get(
                "/api/articles/"
                    + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
        assertThat(r.status()).as(id).isEqualTo(200);
        String url = r.json().get("article").get("url").asText();
        assertThat(url)
            .satisfiesAnyOf(
                u -> assertThat(u).isEmpty(), u -> assertThat(u).startsWith("https://"));
      }
      assertThat(t.get("/api/stories?limit=100").status()).isEqualTo(200);
    }
  }
}
