package dev.storylink.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real news of {@code ../shared/data} (SemEval-2022 Task 8 dev and xling-dev pairs, and with
 * {@link #withEcb} ECB+ and its xling-dev renderings) for tests that hold a rewritten rule to its
 * old form on real text: each article's JSON line, read from the files present; a test calling it
 * is skipped with a clear message when both are absent. Test scope; stateless and thread-safe.
 */
public final class RealNews {
  private static final List<Path> FILES =
      List.of(
          Path.of("../shared/data/semeval2022-task8/articles.jsonl"),
          Path.of("../shared/data/xling-dev/pairs/articles.jsonl"));

  private static final List<Path> WITH_ECB =
      List.of(
          Path.of("../shared/data/semeval2022-task8/articles.jsonl"),
          Path.of("../shared/data/ecbplus/articles.jsonl"),
          Path.of("../shared/data/xling-dev/ecb/articles.jsonl"),
          Path.of("../shared/data/xling-dev/pairs/articles.jsonl"));

  private RealNews() {}

  /** Every article (its {@code lang}, {@code text} ...) of the files present, in file order. */
  public static List<JsonNode> articles() {
    return read(FILES, "SemEval-2022 Task 8, xling-dev");
  }

  /**
   * As {@link #articles}, with the English ECB+ articles and their xling-dev renderings too (dated
   * and undated news, date lines at their heads).
   */
  public static List<JsonNode> withEcb() {
    return read(WITH_ECB, "SemEval-2022 Task 8, ECB+, xling-dev");
  }

  private static List<JsonNode> read(List<Path> files, String names) {
    assumeTrue(
        files.stream().anyMatch(Files::isRegularFile),
        "../shared/data (" + names + ") is absent: real news skipped");
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          for (String line : Files.readAllLines(f)) {
            out.add(json.readTree(line));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
