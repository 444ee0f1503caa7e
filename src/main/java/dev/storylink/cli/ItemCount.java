package dev.storylink.cli;

import dev.storylink.ingest.Sources;
import dev.storylink.ingest.TextFolderReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many articles the sources of an ingest hold, for the progress bar's total and ETA, counted
 * cheaply before the ingest: a JSONL file's non-blank lines, a folder's article files, one for a
 * single article. Unknown (-1) when a source is a feed, a URL, stdin or a JSON array. Stateless and
 * thread-safe.
 */
final class ItemCount {
  private ItemCount() {}

  /** The number of articles in {@code sources}, or -1 when it cannot be known beforehand. */
  static long of(List<String> sources) {
    long total = 0;
    for (String s : sources) {
      long n = of(s);
      if (n < 0) {
        return -1;
      }
      total += n;
    }
    return total;
  }

  private static long of(String source) {
    try {
      return switch (Sources.kindOf(source)) {
        case JSONL -> nonBlankLines(Path.of(source));
        case FOLDER -> articleFiles(Path.of(source));
        case ARTICLE -> 1;
        default -> -1;
      };
    } catch (IOException | RuntimeException e) {
      return -1; // the ingest reports the problem; the bar goes without a total
    }
  }

  /** Lines holding anything but white space (a byte scan, no decoding). */
  static long nonBlankLines(Path file) throws IOException {
    long lines = 0;
    boolean content = false;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            lines += content ? 1 : 0;
            content = false;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            content = true;
          }
        }
      }
    }
    return lines + (content ? 1 : 0);
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  private static long articleFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> TextFolderReader.EXTENSIONS.contains(extension(p)))
          .count();
    }
  }
}
