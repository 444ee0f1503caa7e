package dev.storylink.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Clean-up of the temporary stores that evaluations and benchmarks create. Stateless and
 * thread-safe.
 */
public final class TempDirs {
  private TempDirs() {}

  /** Deletes {@code dir} and everything below it, best effort (temporary files only). */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temporary files: best effort
    }
  }
}
