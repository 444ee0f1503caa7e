package dev.storylink.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the store commands. Not thread-safe. */
public final class StoreOptions {
  /** Default data directory: {@code ./storylink-data}. */
  public static final Path DEFAULT = Path.of("storylink-data");

  @Option(
      names = {"-d", "--data"},
      paramLabel = "DIR",
      description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).")
  Path data = DEFAULT;

  public Path data() {
    return data;
  }
}
