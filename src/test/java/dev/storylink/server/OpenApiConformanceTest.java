package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document describes the answers the server really gives: every field of a real answer
 * of the read, compare and link routes (at any depth) is a property of its documented schema, and
 * every documented property appears in the answer, with the documented JSON type (a nullable one
 * may be null). Composed articles: {@code fixtures/facts/crash.json} (en, ar, fa).
 */
class OpenApiConformanceTest {
  @TempDir Path data;

  @Test
  void realAnswersHaveExactlyTheDocumentedFields() throws Exception {
    List<String> problems = new ArrayList<>();
    try (TestServer s = new TestServer(data, ServerConfig.loopback())) {
      Checker c = new Checker(s.get("/api/openapi.json").json(), problems);
      TestServer.Reply posted =
          s.post("/api/articles", TestServer.resource("/fixtures/facts/crash.json"));
      c.check("/api/articles", "post", posted);
      String story = posted.json().get("added").get(0).get("storyId").asText();
      List<String> ids = new ArrayList<>();
      posted.json().get("added").forEach(a -> ids.add(a.get("id").asText()));
      c.check("/api/stories", "get", s.get("/api/stories"));
      c.check("/api/stories", "get", s.get("/api/stories?q=Baghdad&from=2025-01-01"));
      c.check("/api/stories", "get", s.get("/api/stories?limit=0"));
      c.check("/api/stories/{id}", "get", s.get("/api/stories/" + story));
      c.check("/api/stories/{id}", "get", s.get("/api/stories/no-such-story"));
      c.check("/api/stories/{id}/facts", "get", s.get("/api/stories/" + story + "/facts"));
      c.check("/api/articles/{id}", "get", s.get("/api/articles/" + ids.get(0)));
      String pair = "{\"idA\": \"" + ids.get(0) + "\", \"idB\": \"" + ids.get(1) + "\"}";
      c.check("/api/compare", "post", s.post("/api/compare", pair));
      c.check("/api/link", "post", s.post("/api/link", pair));
      c.check("/api/compare", "post", s.post("/api/compare", "{\"idA\": \"x\"}"));
      assertThat(problems).isEmpty();
      assertThat(c.checked).isGreaterThanOrEqualTo(11);
    }
  }

  /** Walks an answer against its documented schema. Not thread-safe. */
  private static final class Checker {
    private final JsonNode api;
    private final List<String> problems;
    int checked;

    Checker(JsonNode api, List<String> problems) {
      this.api = api;
      this.problems = problems;
    }

    void check(String path, String method, TestServer.Reply reply) {
      JsonNode response =
          resolve(api.path("paths").path(path).path(method).path("responses"))
              .path(String.valueOf(reply.status()));
      String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path + " " + reply.status();
      if (response.isMissingNode()) {
        problems.add(where + ": status not documented");
        return;
      }
      JsonNode schema = resolve(response).path("content").path("application/json").path("schema");
      walk(schema, reply.json(), where);
      checked++;
    }

    private JsonNode resolve(JsonNode node) {
      JsonNode n = node;
      while (n.has("$ref")) {
        JsonNode target = api;
        for (String part : n.get("$ref").asText().substring(2).split("/")) {
          target = target.path(part);
        }
        n = target;
      }
      return n;
    }

    private void walk(JsonNode schemaNode, JsonNode value, String at) {
      JsonNode schema = resolve(schemaNode);
      if (schema.isMissingNode() || schema.has("oneOf") || schema.has("anyOf")) {
        return;
      }
      if (value.isNull()) {
        if (!schema.path("nullable").asBoolean(false)) {
          problems.add(at + ": null but not nullable");
        }
        return;
      }
      String type = schema.path("type").asText("");
      boolean typeOk =
          switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
          };
      if (!typeOk) {
        problems.add(at + ": " + value.getNodeType() + " where " + type + " is documented");
        return;
      }
      if (value.isArray()) {
        for (JsonNode item : value) {
          walk(schema.path("items"), item, at + "[]");
        }
      } else if (value.isObject() && schema.has("properties")) {
        JsonNode props = schema.get("properties");
        TreeSet<String> seen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          seen.add(f.getKey());
          if (!props.has(f.getKey())) {
            problems.add(at + "." + f.getKey() + ": in the answer, not in the OpenAPI document");
          } else {
            walk(props.get(f.getKey()), f.getValue(), at + "." + f.getKey());
          }
        }
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          if (!seen.contains(name)) {
            problems.add(at + "." + name + ": documented, not in the answer");
          }
        }
      }
    }
  }
}
