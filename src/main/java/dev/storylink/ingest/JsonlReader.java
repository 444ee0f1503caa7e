package dev.storylink.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams a JSONL file (one JSON article object per line, UTF-8, or UTF-16 when the file begins
 * with its byte order mark) lazily, so inputs of any length can be read in constant memory apart
 * from the set of ids seen.
 *
 * <p>A field no article has ({@code titel}, {@code body}, {@code text_origin}) gets a warning once
 * per file on the first line that has it, with the field it was likely meant to be ({@link
 * ArticleFields#hint}); the record is read without it.
 *
 * <p>Every bad line (malformed JSON, wrong field types, neither title nor text, invalid UTF-8, a
 * NUL byte, a line over the size limit, an id already used earlier in the file) is reported as an
 * {@link IngestProblem} with its 1-based line number and skipped; the rest of the file is still
 * read. Empty lines are skipped. A record without an id gets the stable id {@code
 * <file-name-without-extension>-L<line>}.
 *
 * <p>The reader is immutable and thread-safe; each returned stream is single-threaded and must be
 * closed (it holds the file open).
 */
public final class JsonlReader {

  private final InputGuard lineGuard;

  /** A reader with the default per-line limit of 20 MB. */
  public JsonlReader() {
    this(InputGuard.defaults());
  }

  /** A reader whose guard limits the size of one line (one article). */
  public JsonlReader(InputGuard lineGuard) {
    this.lineGuard = Objects.requireNonNull(lineGuard, "lineGuard");
  }

  /**
   * Opens a JSONL file as a lazy stream of articles.
   *
   * @throws IngestInputException when the file is missing, empty or binary
   */
  public Stream<Article> read(Path file, Consumer<IngestProblem> problems) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new IngestInputException(name, "is a directory, expected a file");
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IngestInputException(name, "no such file");
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
    }
    try {
      return read(in, name, ArticleReader.defaultId(file), problems)
          .onClose(() -> closeQuietly(in));
    } catch (RuntimeException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /**
   * Reads JSONL from a stream as a lazy stream of articles; closing the returned stream closes
   * {@code in}.
   *
   * @param in the data
   * @param name input name for problems and messages
   * @param idPrefix prefix for derived ids of records without one
   * @param problems receives one problem per skipped line
   * @throws IngestInputException when the input is empty or binary
   */
  public Stream<Article> read(
      InputStream in, String name, String idPrefix, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    BufferedInputStream bin = new BufferedInputStream(in, 1 << 16);
    if (Utf16Input.hasBom(head(bin, 2, name))) {
      bin = new BufferedInputStream(new Utf16Input(bin), 1 << 16);
    }
    LineIterator it = new LineIterator(bin, name, idPrefix, problems);
    it.checkStart();
    return it.stream().onClose(() -> closeQuietly(in));
  }

  /** The first {@code n} bytes of {@code in}, which is left where it was. */
  private static byte[] head(BufferedInputStream in, int n, String name) {
    try {
      in.mark(n);
      byte[] head = in.readNBytes(n);
      in.reset();
      return head;
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The id given to a record without one. */
  public static String derivedId(String idPrefix, long line) {
    return (idPrefix.isBlank() ? "line" : idPrefix) + "-L" + line;
  }

  private final class LineIterator extends LookaheadIterator {
    private final BufferedInputStream in;
    private final String name;
    private final String idPrefix;
    private final Consumer<IngestProblem> problems;
    private final Map<String, Long> seenIds = new HashMap<>();
    private final Set<String> toldFields = new HashSet<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long lineNo;
    private boolean eof;

    LineIterator(BufferedInputStream in, String name, String idPrefix, Consumer<IngestProblem> p) {
      this.in = in;
      this.name = name;
      this.idPrefix = idPrefix;
      this.problems = p;
    }

    /**
     * Rejects empty input and input whose first line looks binary up front (a later line that does
     * is that line's problem); skips a UTF-8 BOM.
     */
    void checkStart() {
      try {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        if (head.length == 0) {
          throw new IngestInputException(name, "file is empty");
        }
        int firstLine = 0;
        while (firstLine < head.length && head[firstLine] != '\n') {
          firstLine++;
        }
        if (InputGuard.hasBinarySignature(head)) {
          throw new IngestInputException(name, "looks like binary data, not text");
        }
        lineGuard.checkNotBinary(java.util.Arrays.copyOf(head, firstLine), name);
        if (InputGuard.startsWith(head, 0xEF, 0xBB, 0xBF)) {
          in.skipNBytes(3);
        }
      } catch (IOException e) {
        throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
      }
    }

    @Override
    protected Article fetch() {
      while (!eof) {
        Article a = readRecord();
        if (a != null) {
          return a;
        }
      }
      return null;
    }

    /** Reads one line; returns its article or null when skipped. */
    private Article readRecord() {
      boolean tooLong = readLine();
      if (eof && line.size() == 0 && !tooLong) {
        return null;
      }
      lineNo++;
      if (tooLong) {
        problems.accept(
            IngestProblem.atLine(
                name,
                lineNo,
                "line exceeds the " + InputGuard.mb(lineGuard.maxBytes()) + " limit"));
        return null;
      }
      byte[] bytes = line.toByteArray();
      int len = bytes.length;
      if (len > 0 && bytes[len - 1] == '\r') {
        len--;
      }
      String text;
      try {
        text = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, len)).toString();
      } catch (CharacterCodingException e) {
        problems.accept(IngestProblem.atLine(name, lineNo, "invalid UTF-8 in line"));
        return null;
      }
      if (text.isBlank()) {
        return null;
      }
      if (text.indexOf('\0') >= 0) {
        problems.accept(
            IngestProblem.atLine(name, lineNo, "line looks like binary data, not text"));
        return null;
      }
      String id = derivedId(idPrefix, lineNo);
      try {
        JsonNode node = JsonArticles.MAPPER.readTree(text);
        long at = lineNo;
        Article a =
            JsonArticles.fromNode(
                node,
                name,
                id,
                w -> problems.accept(IngestProblem.atLine(name, at, "warning: " + w)),
                toldFields);
        Long first = seenIds.putIfAbsent(a.id(), lineNo);
        if (first != null) {
          problems.accept(
              IngestProblem.atLine(
                  name,
                  lineNo,
                  "duplicate id '" + a.id() + "' (first used on line " + first + ")"));
          return null;
        }
        return a;
      } catch (JsonProcessingException e) {
        String msg = JsonArticles.jsonError(e).replaceFirst(" at line 1, column", " at column");
        problems.accept(IngestProblem.atLine(name, lineNo, msg));
        return null;
      } catch (RuntimeException e) {
        problems.accept(IngestProblem.from(name, OptionalLong.of(lineNo), e));
        return null;
      }
    }

    /** Fills {@link #line} with the next line (without terminator); true when it was too long. */
    private boolean readLine() {
      line.reset();
      boolean tooLong = false;
      try {
        while (true) {
          if (pos == limit) {
            limit = in.read(buf);
            pos = 0;
            if (limit < 0) {
              limit = 0;
              eof = true;
              break;
            }
          }
          int start = pos;
          while (pos < limit && buf[pos] != '\n') {
            pos++;
          }
          int n = pos - start;
          if (!tooLong) {
            if (line.size() + (long) n > lineGuard.maxBytes()) {
              tooLong = true;
              line.reset();
            } else {
              line.write(buf, start, n);
            }
          }
          if (pos < limit) {
            pos++; // consume '\n'
            break;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
      }
      return tooLong;
    }
  }

  static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing useful to do
    }
  }
}
