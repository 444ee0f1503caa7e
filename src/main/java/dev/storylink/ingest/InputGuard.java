package dev.storylink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads text input defensively: enforces a size limit and rejects empty input, binary data and
 * undecodable bytes with a one-line {@link IngestInputException} naming the input.
 *
 * <p>Text must be UTF-8 (a UTF-8 byte order mark is stripped) or UTF-16 with a byte order mark.
 * Immutable and thread-safe.
 */
public final class InputGuard {

  private static final String BINARY = "looks like binary data, not text";

  /** Default limit for one article file: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final long MB = 1024L * 1024;
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final double MAX_CONTROL_RATIO = 0.05;

  private final long maxBytes;

  /** A guard with the given limit in bytes (must be positive). */
  public InputGuard(long maxBytes) {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16));
    }
    this.maxBytes = maxBytes;
  }

  /** A guard with the 20 MB default limit. */
  public static InputGuard defaults() {
    return new InputGuard(DEFAULT_MAX_BYTES);
  }

  /** The size limit in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads a file completely, checking that it exists, is a regular file, is not empty and is not
   * over the limit. Does not look at the content.
   */
  public byte[] readBytes(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new IngestInputException(name, "is a directory, expected a file");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new IngestInputException(name, tooBig(size));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readBytes(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new IngestInputException(name, "no such file");
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream completely (without closing it), stopping with an error as soon as more than the
   * limit has been read; an empty stream is refused ({@code file is empty}).
   */
  public byte[] readBytes(InputStream in, String name) {
    byte[] bytes = readAll(in, name);
    if (bytes.length == 0) {
      throw new IngestInputException(name, "file is empty");
    }
    return bytes;
  }

  /**
   * Like {@link #readBytes(InputStream, String)}, but an empty stream gives an empty array (for a
   * caller that names an empty input in its own words, such as an empty HTTP response).
   */
  public byte[] readAll(InputStream in, String name) {
    byte[] buf = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
    int len = 0;
    try {
      while (true) {
        if (len == buf.length) {
          if (len > maxBytes) {
            throw new IngestInputException(name, "input exceeds the " + mb(maxBytes) + " limit");
          }
          buf = Arrays.copyOf(buf, (int) Math.min(maxBytes + 1, (long) buf.length * 2));
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
          break;
        }
        len += n;
      }
    } catch (IOException e) {
      throw new IngestInputException(name, "cannot read: " + e.getMessage(), e);
    }
    if (len > maxBytes) {
      throw new IngestInputException(name, "input exceeds the " + mb(maxBytes) + " limit");
    }
    return len == buf.length ? buf : Arrays.copyOf(buf, len);
  }

  /** Reads and decodes a text file; see {@link #decode(byte[], String)}. */
  public String readText(Path path) {
    return decode(readBytes(path), path.toString());
  }

  /** Reads and decodes a text stream (without closing it); see {@link #decode(byte[], String)}. */
  public String readText(InputStream in, String name) {
    return decode(readBytes(in, name), name);
  }

  /**
   * Decodes bytes as UTF-8 (or UTF-16 when a UTF-16 byte order mark is present), stripping the BOM.
   * Rejects empty input, input that is only a BOM, binary data and malformed byte sequences.
   */
  public String decode(byte[] bytes, String name) {
    if (bytes.length == 0) {
      throw new IngestInputException(name, "file is empty");
    }
    if (bytes.length > maxBytes) {
      throw new IngestInputException(name, tooBig(bytes.length));
    }
    Charset charset = charsetByMark(bytes);
    int start = byteOrderMarkLength(bytes);
    if (start == bytes.length) {
      throw new IngestInputException(name, "file is empty");
    }
    if (charset == StandardCharsets.UTF_8) {
      checkNotBinary(bytes, name);
    }
    String text = strictDecode(bytes, start, charset, name);
    if (charset != StandardCharsets.UTF_8 && looksBinary(text)) {
      throw new IngestInputException(name, "looks like binary data, not text");
    }
    return text;
  }

  /**
   * Rejects data that looks binary: known binary file signatures, NUL bytes, or a high ratio of
   * control characters in the first 64 KB. UTF-16 input with a byte order mark is accepted. The
   * message says which and where ({@code looks like binary data, not text (a NUL byte at byte
   * offset 1)}), never the bytes.
   */
  public void checkNotBinary(byte[] bytes, String name) {
    if (Utf16Input.hasBom(bytes)) {
      return;
    }
    if (hasBinarySignature(bytes)) {
      throw new IngestInputException(name, BINARY + " (a binary file signature at byte offset 0)");
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new IngestInputException(name, BINARY + " (a NUL byte at byte offset " + i + ")");
      }
      if (isControl(b)) {
        control++;
      }
    }
    if (control > MAX_CONTROL_RATIO * n) {
      throw new IngestInputException(
          name, BINARY + " (" + control + " control bytes in its first " + n + ")");
    }
  }

  /** "50.0 MB exceeds the 20 MB limit". */
  String tooBig(long size) {
    return human(size) + " exceeds the " + mb(maxBytes) + " limit";
  }

  /** A size with one decimal in MB or KB, or in bytes. */
  static String human(long bytes) {
    if (bytes >= MB) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  /** A limit: whole MB or KB when exact, else like {@link #human(long)}. */
  static String mb(long bytes) {
    if (bytes % MB == 0) {
      return (bytes / MB) + " MB";
    }
    if (bytes < MB) {
      return bytes % 1024 == 0 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
  }

  /**
   * {@code bytes} from {@code start} decoded as {@code charset}, refusing malformed and unmappable
   * input with its byte offset and line ({@link #decode}; a page in the charset its meta tag
   * declares, {@link ArticleReader}).
   */
  static String strictDecode(byte[] bytes, int start, Charset charset, String name) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      String enc = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
      throw new IngestInputException(
          name,
          "invalid " + enc + " at byte offset " + offset + " (line " + lineAt(bytes, offset) + ")");
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("decoder overflow");
    }
    out.flip();
    return out.toString();
  }

  private static long lineAt(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean looksBinary(String text) {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x80 && isControl(c)) {
        control++;
      }
    }
    return control > MAX_CONTROL_RATIO * n;
  }

  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
  }

  static boolean hasBinarySignature(byte[] b) {
    return startsWith(b, '%', 'P', 'D', 'F', '-')
        || startsWith(b, 'P', 'K', 3, 4)
        || startsWith(b, 0x1F, 0x8B)
        || startsWith(b, 0x89, 'P', 'N', 'G')
        || startsWith(b, 0xFF, 0xD8, 0xFF)
        || startsWith(b, 'G', 'I', 'F', '8')
        || startsWith(b, 0x7F, 'E', 'L', 'F')
        || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)
        || startsWith(b, 'B', 'Z', 'h')
        || startsWith(b, 0xFD, '7', 'z', 'X', 'Z');
  }

  /**
   * The length of the byte order mark {@code bytes} begins with: 3 for UTF-8 ({@code EF BB BF}), 2
   * for UTF-16 ({@code FE FF}, {@code FF FE}), else 0.
   */
  public static int byteOrderMarkLength(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    return Utf16Input.hasBom(bytes) ? 2 : 0;
  }

  /**
   * The charset the byte order mark {@code bytes} begins with names: UTF-16BE for {@code FE FF},
   * UTF-16LE for {@code FF FE}, else (a UTF-8 mark or none) UTF-8.
   */
  public static Charset charsetByMark(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    return startsWith(bytes, 0xFF, 0xFE) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "InputGuard[maxBytes=" + maxBytes + "]";
  }
}
