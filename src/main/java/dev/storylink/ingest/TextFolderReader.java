package dev.storylink.ingest;

import dev.storylink.core.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a folder of single-article files recursively: {@code .txt}, {@code .text}, {@code .html},
 * {@code .htm} and {@code .json} files, each one article (see {@link ArticleReader}). Files are
 * visited in path order so that results are deterministic; hidden files and folders (names starting
 * with a dot) and files with other extensions are ignored; a JSONL or feed file ({@code .jsonl},
 * {@code .ndjson}, {@code .xml}, {@code .rss}, {@code .atom}) is not read but told as a warning.
 *
 * <p>The id of an article without its own id is its path relative to the folder, without extension
 * and with {@code /} separators (for example {@code en/2024/flood}). A file that cannot be read is
 * reported as an {@link IngestProblem} and the rest is still read.
 *
 * <p>Immutable and thread-safe; each returned stream is single-threaded. Only the sorted list of
 * paths is held in memory, articles are read one at a time.
 */
public final class TextFolderReader {

  /** Extensions (lower case, without dot) of the files read. */
  public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "json");

  /** Extensions of the sources a folder does not read but tells of: JSONL and feed files. */
  private static final Set<String> OTHER_SOURCES = Set.of("jsonl", "ndjson", "xml", "rss", "atom");

  private final ArticleReader reader;

  /** A folder reader with the default 20 MB per-file limit. */
  public TextFolderReader() {
    this(new ArticleReader());
  }

  /** A folder reader that reads each file with the given reader. */
  public TextFolderReader(ArticleReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The sorted article files under a folder. */
  public List<Path> files(Path folder) {
    String name = folder.toString();
    if (!Files.isDirectory(folder)) {
      throw new IngestInputException(
          name, Files.exists(folder) ? "is not a folder" : "no such folder");
    }
    try {
      return listed(folder, EXTENSIONS);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IngestInputException(name, "cannot list folder: " + e.getMessage(), e);
    }
  }

  /**
   * Reads all article files under a folder lazily.
   *
   * @throws IngestInputException when the folder does not exist or cannot be listed
   */
  public Stream<Article> read(Path folder, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    List<Path> files = files(folder);
    for (Path other : otherSources(folder)) {
      problems.accept(
          IngestProblem.warning(
              other.toString(),
              "not read: a folder is read for its .txt, .text, .html, .htm and .json files; give"
                  + " a JSONL or feed file as a source of its own"));
    }
    return new LookaheadIterator() {
      private int i;

      @Override
      protected Article fetch() {
        while (i < files.size()) {
          Path file = files.get(i++);
          try {
            return reader.read(file, relativeId(folder, file));
          } catch (RuntimeException e) {
            problems.accept(IngestProblem.from(file.toString(), java.util.OptionalLong.empty(), e));
          }
        }
        return null;
      }
    }.stream();
  }

  /**
   * The JSONL and feed files under a folder (not hidden), which a folder does not read: each is
   * told as a warning, so a file a person put there is never passed over in silence.
   */
  static List<Path> otherSources(Path folder) {
    try {
      return listed(folder, OTHER_SOURCES);
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of(); // listing the folder for its articles reports this
    }
  }

  /** The regular files under {@code folder} (not hidden) with one of {@code extensions}, sorted. */
  private static List<Path> listed(Path folder, Set<String> extensions) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !isHidden(folder, p))
          .filter(Files::isRegularFile)
          .filter(p -> extensions.contains(extension(p)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** {@code en/2024/flood} for {@code <folder>/en/2024/flood.txt}. */
  static String relativeId(Path folder, Path file) {
    Path rel = folder.relativize(file);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rel.getNameCount(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(
          i == rel.getNameCount() - 1 ? ArticleReader.defaultId(rel.getName(i)) : rel.getName(i));
    }
    return sb.toString();
  }

  static String extension(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean isHidden(Path root, Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
