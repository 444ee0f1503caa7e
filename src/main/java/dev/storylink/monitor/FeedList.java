package dev.storylink.monitor;

import dev.storylink.core.InputException;
import dev.storylink.ingest.InputGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the list of feeds that {@code storylink serve --feeds FILE} watches. Two formats:
 *
 * <ul>
 *   <li><b>OPML</b> (a document whose root is {@code <opml>}): every {@code <outline>} with an
 *       {@code xmlUrl} attribute is a feed, titled by its {@code title} or {@code text}; an
 *       optional {@code pollInterval} attribute ({@code 90s}, {@code 5m}, {@code 1h}, {@code
 *       500ms}) gives it its own schedule. Read with jsoup's XML parser, which loads no DTD and
 *       expands no external entity.
 *   <li><b>Plain</b>: one feed per line, an http(s) URL or a local file path (relative to the
 *       list's folder), optionally followed by {@code every=DURATION}; blank lines and lines
 *       starting with {@code #} are ignored.
 * </ul>
 *
 * <p>A line or outline that is not a usable feed is an {@link InputException} naming its line or
 * outline number, so a typo is not silently skipped. Repeated feeds are kept once, the first
 * written: two locations are one feed when their {@link FeedSource#key()} is the same. Stateless
 * and thread-safe.
 */
public final class FeedList {
  private static final Pattern DURATION =
      Pattern.compile("(?i)\\s*([0-9]{1,9})\\s*(ms|s|m|h)?\\s*");

  private FeedList() {}

  /**
   * The feeds of a list file (OPML or plain), at most {@code 1 MB}; a file with no text (0 bytes,
   * or only a byte order mark: UTF-8 {@code EF BB BF}, UTF-16 {@code FE FF} or {@code FF FE}) lists
   * none, as a file of only white space or comments does.
   */
  public static List<FeedSource> read(Path file) {
    try {
      if (Files.size(file) == 0) {
        return List.of();
      }
    } catch (IOException e) {
      // the guard below says why the file cannot be read
    }
    InputGuard guard = new InputGuard(1024 * 1024);
    byte[] bytes = guard.readBytes(file);
    if (bytes.length > 0 && InputGuard.byteOrderMarkLength(bytes) == bytes.length) {
      return List.of();
    }
    String text = guard.decode(bytes, file.toString());
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir == null ? Optional.empty() : Optional.of(dir));
  }

  /**
   * The feeds of a list's text; {@code name} names it in errors, relative file paths are resolved
   * against {@code baseDir} when given. Byte order marks (U+FEFF) are dropped wherever they are (a
   * list saved twice with one, or two lists joined).
   */
  public static List<FeedSource> parse(String text, String name, Optional<Path> baseDir) {
    String t = text.replace("\uFEFF", "").strip();
    boolean opml = t.startsWith("<") && Pattern.compile("(?i)<opml[\\s>]").matcher(t).find();
    List<FeedSource> feeds = opml ? opml(t, name) : plain(t, name, baseDir);
    Set<String> seen = new LinkedHashSet<>();
    List<FeedSource> out = new ArrayList<>();
    for (FeedSource f : feeds) {
      if (seen.add(f.key())) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  private static List<FeedSource> opml(String text, String name) {
    Document doc = Jsoup.parse(text, "", Parser.xmlParser());
    List<FeedSource> out = new ArrayList<>();
    int n = 0;
    for (Element o : doc.select("outline")) {
      n++;
      String url = o.attr("xmlUrl").strip();
      if (url.isEmpty()) {
        continue; // a folder of outlines
      }
      String where = name + ": outline " + n;
      String title = o.hasAttr("title") ? o.attr("title") : o.attr("text");
      Optional<Duration> every =
          o.hasAttr("pollInterval")
              ? Optional.of(duration(o.attr("pollInterval"), where))
              : Optional.empty();
      out.add(source(url, title.strip(), every, where));
    }
    return out;
  }

  private static List<FeedSource> plain(String text, String name, Optional<Path> baseDir) {
    List<FeedSource> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + (i + 1);
      String location = line;
      Optional<Duration> every = Optional.empty();
      Matcher m = Pattern.compile("\\s+every=(\\S+)$").matcher(line);
      if (m.find()) {
        every = Optional.of(duration(m.group(1), where));
        location = line.substring(0, m.start()).strip();
      }
      if (!isUrl(location) && baseDir.isPresent()) {
        location = baseDir.get().resolve(location).normalize().toString();
      }
      out.add(source(location, "", every, where));
    }
    return out;
  }

  private static boolean isUrl(String s) {
    return s.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*");
  }

  private static FeedSource source(
      String location, String title, Optional<Duration> every, String where) {
    String lower = location.toLowerCase(Locale.ROOT);
    if (isUrl(location) && !lower.startsWith("http://") && !lower.startsWith("https://")) {
      throw new InputException(where + ": only http(s) URLs and file paths are feeds: " + location);
    }
    try {
      return new FeedSource(location, title, every);
    } catch (IllegalArgumentException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * A duration written {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h} or a number of seconds.
   *
   * @throws InputException naming {@code where} for anything else
   */
  public static Duration duration(String s, String where) {
    Matcher m = DURATION.matcher(s);
    if (!m.matches()) {
      throw new InputException(
          where + ": not a duration: '" + s + "' (write 500ms, 90s, 5m or 1h)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
