package dev.storylink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-16 byte stream that begins with its byte order mark, read back as UTF-8 bytes without the
 * mark, so a line reader that splits UTF-8 bytes at {@code '\n'} reads UTF-16 input too. Malformed
 * UTF-16 (an unpaired surrogate) becomes U+FFFD, which the article checks then see. Not
 * thread-safe.
 */
final class Utf16Input extends InputStream {
  private final Reader in;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 8);
  private boolean eof;

  /** {@code in} must begin with a UTF-16 byte order mark (big or little endian). */
  Utf16Input(InputStream in) {
    this.in = new InputStreamReader(in, StandardCharsets.UTF_16);
    bytes.flip();
  }

  /** True when {@code head} begins with a UTF-16 byte order mark. */
  static boolean hasBom(byte[] head) {
    return InputGuard.startsWith(head, 0xFE, 0xFF) || InputGuard.startsWith(head, 0xFF, 0xFE);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (!bytes.hasRemaining()) {
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  private void fill() throws IOException {
    int r = in.read(chars);
    if (r < 0) {
      eof = true;
    }
    chars.flip();
    bytes.clear();
    encoder.encode(chars, bytes, eof);
    if (eof) {
      encoder.flush(bytes);
    }
    chars.compact();
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
