package dev.storylink.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a feed document with Rome, and reads a feed that XML refuses only for characters XML 1.0
 * does not allow (a control character such as U+0001 in one item's description, raw or as a
 * character reference {@code &#1;}; U+FFFE, U+FFFF, a lone surrogate) without them: one such
 * character would otherwise refuse every item of the feed. The characters are removed only after a
 * parse failed on one, so a well-formed feed is parsed exactly as before; the feed's first entry
 * gets a warning that says how many were removed and where the first was.
 *
 * <p>Stateless and thread-safe.
 */
final class FeedDocument {
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});");

  /**
   * A parsed feed.
   *
   * @param feed the feed
   * @param warning what was removed to read it, or {@code ""}
   */
  record Parsed(SyndFeed feed, String warning) {
    Parsed {
      java.util.Objects.requireNonNull(feed, "feed");
      java.util.Objects.requireNonNull(warning, "warning");
    }
  }

  private FeedDocument() {}

  /**
   * Parses {@code xml}, read as UTF-8 when {@code mislabelled} names the encoding its declaration
   * wrongly gives ({@link FeedEncoding}), else in the encoding its byte order mark or declaration
   * names.
   *
   * @throws FeedException when the document is no feed, also without the characters XML refuses
   * @throws IOException when it cannot be decoded
   */
  static Parsed parse(byte[] xml, Optional<String> mislabelled) throws FeedException, IOException {
    try (Reader reader = reader(xml, mislabelled)) {
      return new Parsed(input().build(reader), "");
    } catch (FeedException e) {
      if (!refusesCharacter(e)) {
        throw e;
      }
      String text;
      try (Reader reader = reader(xml, mislabelled)) {
        text = readAll(reader);
      }
      StringBuilder kept = new StringBuilder(text.length());
      int[] first = {-1, 0}; // code point, line
      int removed = removeRefused(text, kept, first);
      if (removed == 0) {
        throw e;
      }
      SyndFeed feed = input().build(new StringReader(kept.toString()));
      return new Parsed(
          feed,
          String.format(
              Locale.ROOT,
              "%d %s not allowed in XML removed (the first, U+%04X, on line %d)",
              removed,
              removed == 1 ? "character" : "characters",
              first[0],
              first[1]));
    }
  }

  /** True when XML refused the document for a character it does not allow. */
  static boolean refusesCharacter(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.contains("invalid XML character")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Appends {@code text} to {@code out} without the characters (raw or as character references) XML
   * 1.0 does not allow; returns how many were removed, {@code first} holding the first one's code
   * point and line.
   */
  static int removeRefused(String text, StringBuilder out, int[] first) {
    int removed = 0;
    int line = 1;
    Matcher ref = CHARACTER_REFERENCE.matcher(text);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp == '&' && ref.find(i) && ref.start() == i) {
        String v = ref.group(1);
        long value = v.startsWith("x") ? Long.parseLong(v.substring(1), 16) : Long.parseLong(v);
        if (!allowed(value)) {
          removed = note(removed, first, (int) Math.min(value, Integer.MAX_VALUE), line);
          i = ref.end();
          continue;
        }
      }
      if (cp == '\n') {
        line++;
      }
      if (allowed(cp)) { // a lone surrogate is no allowed code point
        out.appendCodePoint(cp);
      } else {
        removed = note(removed, first, cp, line);
      }
      i += width;
    }
    return removed;
  }

  private static int note(int removed, int[] first, int cp, int line) {
    if (removed == 0) {
      first[0] = cp;
      first[1] = line;
    }
    return removed + 1;
  }

  /** The characters XML 1.0 allows. */
  private static boolean allowed(long c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static SyndFeedInput input() {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(true);
    return input;
  }

  private static Reader reader(byte[] xml, Optional<String> mislabelled) throws IOException {
    return mislabelled.isPresent()
        ? new StringReader(new String(xml, StandardCharsets.UTF_8))
        : new XmlReader(new ByteArrayInputStream(xml), true);
  }

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = r.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
