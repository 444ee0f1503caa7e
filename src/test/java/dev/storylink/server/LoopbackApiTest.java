package dev.storylink.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server on loopback over a fresh store for the API hardening tests ({@link ApiHardeningTest},
 * {@link ApiInputHardeningTest}): one per test class, started before its first test and closed
 * after its last; with the helpers they share. Not thread-safe (JUnit runs a class's tests one at a
 * time).
 */
abstract class LoopbackApiTest {
  static final String EN =
      "The central bank raised its main interest rate by half a percentage point on Thursday,"
          + " saying inflation had stayed above its target for a third month in a row.";

  @TempDir static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(dir.resolve("data"), ServerConfig.loopback());
  }

  @AfterAll
  static void stop() {
    if (t != null) {
      t.close();
    }
  }

  /** A JSON error reply with {@code status} whose message contains {@code contains}. */
  static void assertError(TestServer.Reply r, int status, String contains) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("content-type")).as(r.body()).startsWith("application/json");
    assertThat(r.json().get("error").asText()).contains(contains);
  }

  /**
   * A JSON article with the English text {@link #EN}, ending in its id (every ingest path skips a
   * text already stored under another id, {@code app.RepeatRule}), and the {@code extra} fields.
   */
  static String article(String id, String extra) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + EN + " Ref. " + id + "\"" + extra + "}";
  }
}
