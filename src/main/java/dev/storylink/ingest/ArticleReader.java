package dev.storylink.ingest;

import dev.storylink.core.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads exactly one article from a file, from standard input ({@code "-"}) or from an http(s) URL,
 * sniffing the format: a JSON article object, an HTML page, or plain text.
 *
 * <p>JSON objects have the fields {@code id, lang, title, text, date, source, url} (all optional
 * except that title or text must be present); {@code date} is {@code yyyy-MM-dd} or an ISO
 * date-time. In plain text the first line is the title when it is shorter than 200 characters and
 * more text follows; otherwise everything is the body. The id defaults to the file name without
 * extension ({@code "stdin"} for standard input). The language is {@code "und"} unless the input
 * says otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleReader {

  /** The argument that means standard input. */
  public static final String STDIN = "-";

  /** The formats a single article can come in. */
  public enum Format {
    /** One JSON object. */
    JSON,
    /** An HTML page. */
    HTML,
    /** Plain text, optionally with a headline on the first line. */
    TEXT
  }

  /** Longest first line that is still taken as a headline. */
  static final int MAX_TITLE_CHARS = 200;

  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HTML_TAGS =
      Pattern.compile("<(body|p|article)(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

  private final InputGuard guard;
  private final HtmlArticleExtractor html;
  private final HttpFetcher fetcher;

  /** A reader with the default 20 MB limit. */
  public ArticleReader() {
    this(InputGuard.defaults());
  }

  /** A reader with the given limits. */
  public ArticleReader(InputGuard guard) {
    this(guard, new HttpFetcher(guard));
  }

  /** A reader with the given limits and HTTP client. */
  public ArticleReader(InputGuard guard, HttpFetcher fetcher) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.html = new HtmlArticleExtractor();
  }

  /**
   * Reads the article named by a CLI argument: {@code "-"} for standard input, an http(s) URL, or a
   * file path.
   *
   * @throws dev.storylink.core.InputException when the input is missing, empty, binary, too big,
   *     not decodable or malformed
   */
  public Article read(String arg) {
    return read(arg, System.in);
  }

  /** Like {@link #read(String)} with an explicit standard input stream. */
  public Article read(String arg, InputStream stdin) {
    Objects.requireNonNull(arg, "arg");
    if (arg.equals(STDIN)) {
      return read(stdin, "stdin", "stdin");
    }
    if (HttpFetcher.isHttpUrl(arg)) {
      return readUrl(arg);
    }
    if (arg.isBlank()) {
      throw new IngestInputException("''", "empty file name");
    }
    Path path;
    try {
      path = Paths.get(arg);
    } catch (RuntimeException e) {
      throw new IngestInputException(arg, "not a valid file name");
    }
    return read(path);
  }

  /** Reads an article file; the id defaults to the file name without extension. */
  public Article read(Path path) {
    return read(path, defaultId(path));
  }

  /** Reads an article file with the given default id (used when the content has none). */
  public Article read(Path path, String defaultId) {
    String name = path.toString();
    if (!Files.exists(path)) {
      throw new IngestInputException(name, "no such file");
    }
    String text = isHtmlName(name) ? htmlFileText(path, name) : guard.readText(path);
    return parse(text, name, defaultId, "");
  }

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\s[^>]*charset\\s*=\\s*[\"']?([a-z0-9_.:-]{2,40})");

  private static boolean isHtmlName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /**
   * A saved HTML page as text: UTF-8 (or UTF-16 with a BOM) as every file, else the charset its
   * first 4 KB declare in a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}
   * (windows-1256, ISO-8859-1...), decoded strictly; a page that is neither is refused as invalid
   * UTF-8.
   */
  private String htmlFileText(Path path, String name) {
    byte[] bytes = guard.readBytes(path);
    guard.checkNotBinary(bytes, name);
    try {
      return guard.decode(bytes, name);
    } catch (IngestInputException notUtf8) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      var m = META_CHARSET.matcher(head);
      if (!m.find() || !supported(m.group(1))) {
        throw notUtf8;
      }
      Charset cs = Charset.forName(m.group(1));
      if (cs.equals(StandardCharsets.UTF_8)) {
        throw notUtf8;
      }
      try {
        return InputGuard.strictDecode(bytes, 0, cs, name);
      } catch (IngestInputException e) {
        throw new IngestInputException(
            name, "not valid " + cs.name() + " as its meta tag declares", e);
      }
    }
  }

  /** Reads an article from a stream (not closed). */
  public Article read(InputStream in, String name, String defaultId) {
    return parse(guard.readText(in, name), name, defaultId, "");
  }

  /** Fetches a web page and extracts its article; the id is derived from the URL. */
  public Article readUrl(String url) {
    HttpFetcher.Response r = fetcher.fetch(url);
    return extractPage(r, guard, html, url, idFromUrl(r.uri().toString()));
  }

  /**
   * Parses already decoded text in the sniffed format.
   *
   * @param text the content
   * @param name input name for messages
   * @param defaultId id to use unless a JSON object carries one
   * @param pageUrl URL the content came from, or {@code ""}
   */
  public Article parse(String text, String name, String defaultId, String pageUrl) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (content.isBlank()) {
      throw new IngestInputException(name, "file is empty");
    }
    return switch (sniff(content)) {
      case JSON -> JsonArticles.parse(content, name, defaultId);
      case HTML -> html.extract(content, name, defaultId, pageUrl);
      case TEXT -> plainText(content, defaultId);
    };
  }

  /**
   * True when {@code head} (the start of a document) opens as an HTML page: an optional XML
   * declaration and comments, then {@code <!doctype html} or {@code <html}, any case.
   */
  static boolean startsAsHtml(String head) {
    return HTML_START.matcher(head.stripLeading()).lookingAt();
  }

  /** Guesses the format of decoded content. */
  public static Format sniff(String content) {
    String head = content.length() > 65536 ? content.substring(0, 65536) : content;
    String s = head.stripLeading();
    if (s.startsWith("{") || s.startsWith("[")) {
      return Format.JSON;
    }
    if (HTML_START.matcher(s).lookingAt() || HTML_TAGS.matcher(head).find()) {
      return Format.HTML;
    }
    return Format.TEXT;
  }

  /** Plain text: a short first line followed by more text is the headline. */
  static Article plainText(String content, String id) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n').strip();
    int nl = text.indexOf('\n');
    String title = "";
    String body = text;
    if (nl > 0) {
      String first = text.substring(0, nl).strip();
      String rest = text.substring(nl + 1).strip();
      if (first.length() < MAX_TITLE_CHARS && !rest.isEmpty()) {
        title = first;
        body = rest;
      }
    }
    return new Article(id, Article.UNKNOWN_LANG, title, body, Optional.empty(), "", "");
  }

  /**
   * File name without directory and extension ({@code "a/b/story.en.txt"} → {@code "story.en"}).
   */
  public static String defaultId(Path path) {
    Path fileName = path.getFileName();
    String name = fileName == null ? path.toString() : fileName.toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    return id.isBlank() ? "article" : id;
  }

  public static String idFromUrl(String url) {
    String u = url.replaceFirst("(?i)^https?://", "").replaceFirst("[?#].*$", "");
    u = u.replaceAll("/+$", "");
    return u.isBlank() ? "page" : u;
  }

  /**
   * The article of the fetched page {@code r} ({@link HtmlArticleExtractor#extract(Document,
   * String, String, String)}, its address {@code r.uri()}), read as {@link #parseHtml} parses it:
   * once (the page was parsed twice when its header named no UTF-8: once to find its charset, then
   * again from the text that parse wrote back).
   */
  public static Article extractPage(
      HttpFetcher.Response r, InputGuard guard, HtmlArticleExtractor html, String name, String id) {
    return html.extract(parseHtml(r, guard, name), name, id, r.uri().toString());
  }

  /**
   * Parses an HTML page: decoded strictly as UTF-8 when its header says UTF-8 (an invalid byte is
   * refused), else decoded by the header's charset or jsoup's meta/BOM detection; refused when it
   * looks binary.
   */
  static Document parseHtml(HttpFetcher.Response r, InputGuard guard, String name) {
    guard.checkNotBinary(r.body(), name);
    Optional<String> cs = r.charset().filter(ArticleReader::supported);
    String base = r.uri().toString();
    if (cs.isPresent() && Charset.forName(cs.get()).equals(StandardCharsets.UTF_8)) {
      return Jsoup.parse(guard.decode(r.body(), name), base);
    }
    try {
      return Jsoup.parse(new ByteArrayInputStream(r.body()), cs.orElse(null), base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean supported(String cs) {
    try {
      return Charset.isSupported(cs);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
