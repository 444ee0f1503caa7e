package dev.storylink.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the store commands ({@code --data}, {@code --json}). Not thread-safe. */
public final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("storylink-data");

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
