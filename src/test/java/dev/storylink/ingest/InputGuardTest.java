package dev.storylink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputGuardTest {

  @TempDir Path tmp;

  private final InputGuard guard = InputGuard.defaults();

  @Test
  void readsUtf8Text() throws IOException {
    Path f = Files.writeString(tmp.resolve("a.txt"), "Grüße — سلام", StandardCharsets.UTF_8);
    assertThat(guard.readText(f)).isEqualTo("Grüße — سلام");
  }

  @Test
  void rejectsEmptyFile() throws IOException {
    Path f = Files.createFile(tmp.resolve("empty.txt"));
    assertThatThrownBy(() -> guard.readText(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ": file is empty");
  }

  @Test
  void bomOnlyIsEmpty() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThatThrownBy(() -> guard.decode(bom, "x.txt")).hasMessage("x.txt: file is empty");
  }

  @Test
  void rejectsMissingFile() {
    Path f = tmp.resolve("nope.txt");
    assertThatThrownBy(() -> guard.readText(f)).hasMessage(f + ": no such file");
  }

  @Test
  void rejectsBinaryWithNulBytes() throws IOException {
    byte[] data = new byte[300];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 7);
    }
    Path f = Files.write(tmp.resolve("blob.bin"), data);
    assertThatThrownBy(() -> guard.readText(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ": looks like binary data, not text (a NUL byte at byte offset 0)");
  }

  @Test
  void rejectsControlCharacterSoupAndKnownSignatures() {
    byte[] soup = "a\u0001b\u0002c\u0003d\u0004e\u0005".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> guard.decode(soup, "s"))
        .hasMessage("s: looks like binary data, not text (5 control bytes in its first 10)");
    byte[] gzip = {0x1F, (byte) 0x8B, 8, 'a', 'b'};
    assertThatThrownBy(() -> guard.decode(gzip, "g.gz")).hasMessageContaining("binary");
  }

  @Test
  void rejectsInvalidUtf8WithByteOffset() {
    byte[] bytes = "ok line\nbad \u00e9 here".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> guard.decode(bytes, "latin1.txt"))
        .isInstanceOf(InputException.class)
        .hasMessage("latin1.txt: invalid UTF-8 at byte offset 12 (line 2)");
  }

  @Test
  void stripsUtf8Bom() {
    byte[] body = "Başlık\nmetin".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(guard.decode(withBom, "b.txt")).isEqualTo("Başlık\nmetin");
  }

  @Test
  void acceptsUtf16WithBom() {
    String text = "خبر فوری\nنص الخبر";
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertThat(guard.decode(le, "le.txt")).isEqualTo(text);
    assertThat(guard.decode(be, "be.txt")).isEqualTo(text);
  }

  @Test
  void utf16WithoutBomIsBinary() {
    byte[] le = "plain words here".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> guard.decode(le, "u16.txt")).hasMessageContaining("binary");
  }

  @Test
  void rejectsOversizeFileWithSizeInMessage() throws IOException {
    Path f = tmp.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024); // sparse, not written
    }
    assertThatThrownBy(() -> guard.readText(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ": 50.0 MB exceeds the 20 MB limit");
  }

  @Test
  void rejectsOversizeStreamWithoutReadingItAll() {
    InputGuard small = new InputGuard(1024);
    byte[] data = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> small.readText(new ByteArrayInputStream(data), "stdin"))
        .hasMessage("stdin: input exceeds the 1 KB limit");
    assertThat(small.readText(new ByteArrayInputStream(new byte[] {'h', 'i'}), "stdin"))
        .isEqualTo("hi");
  }

  @Test
  void rejectsBadLimit() {
    assertThatThrownBy(() -> new InputGuard(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
