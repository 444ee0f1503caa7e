package dev.storylink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a trained model's JSON (the `train` commands' output): pretty-printed, UTF-8, a final
 * newline, the parent folders created. Stateless and thread-safe.
 */
final class ModelFiles {
  private ModelFiles() {}

  /** Writes {@code model} to {@code out}, replacing it. */
  static void write(Path out, JsonNode model) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, Json.PRETTY.writeValueAsString(model) + "\n", StandardCharsets.UTF_8);
  }
}
