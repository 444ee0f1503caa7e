package dev.storylink.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed whose XML declaration names another encoding than the one its bytes are in, read as UTF-8
 * when that is plain: the declaration names an encoding other than UTF-8, UTF-16 or UTF-32
 * (ISO-8859-1, windows-1252, windows-1256...), there is no byte order mark, and the whole document
 * is valid UTF-8 with at least one multi-byte sequence. Text truly in a one-byte encoding is almost
 * never valid UTF-8 as well (Latin-1 "Müller" has the byte FC before an ASCII letter, which UTF-8
 * forbids), while UTF-8 Arabic, Persian or German read as ISO-8859-1 becomes letters such as {@code
 * Ø§Ù„} in every word (an Arabic item stored as French, its headline unreadable).
 *
 * <p>Stateless and thread-safe.
 */
final class FeedEncoding {
  private static final Pattern DECLARATION =
      Pattern.compile(
          "\\A\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  private FeedEncoding() {}

  /**
   * The encoding the document declares when its bytes are UTF-8 instead (the rule above), else
   * empty.
   */
  static Optional<String> mislabelledUtf8(byte[] xml) {
    if (xml.length >= 2 && ((xml[0] & 0xff) >= 0xfe || (xml[0] & 0xff) == 0xef)) {
      return Optional.empty(); // a byte order mark decides
    }
    String head =
        new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1)
            .replace("\u0000", "");
    Matcher m = DECLARATION.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String declared = m.group(1);
    if (declared.toUpperCase(Locale.ROOT).startsWith("UTF")) {
      return Optional.empty();
    }
    boolean multiByte = false;
    for (byte b : xml) {
      if (b < 0) {
        multiByte = true;
        break;
      }
    }
    if (!multiByte) {
      return Optional.empty();
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(xml));
      return Optional.of(declared);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The warning told with the feed's first entry when it was read as UTF-8. */
  static String warning(String declared) {
    return "the feed declares encoding '" + declared + "' but its bytes are UTF-8: read as UTF-8";
  }
}
