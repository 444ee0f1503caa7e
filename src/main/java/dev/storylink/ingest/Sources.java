package dev.storylink.ingest;

import dev.storylink.core.Article;
import dev.storylink.text.LanguageIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns CLI arguments (files, folders, URLs, {@code "-"}) into one lazy stream of articles for
 * {@code storylink ingest}, dispatching each argument to the right reader:
 *
 * <ul>
 *   <li>{@code -}: JSONL on standard input ({@link JsonlReader});
 *   <li>{@code http://} / {@code https://}: a feed when the response is RSS/Atom ({@link
 *       FeedReader}), otherwise a web page ({@link HtmlArticleExtractor});
 *   <li>a folder: its article files ({@link TextFolderReader});
 *   <li>{@code .jsonl} / {@code .ndjson}: {@link JsonlReader};
 *   <li>{@code .xml} / {@code .rss} / {@code .atom}: {@link FeedReader};
 *   <li>{@code .json}: an array of article objects, or a single article object;
 *   <li>{@code .txt}, {@code .html}, {@code .htm} and anything else: sniffed by content, read as
 *       feed, JSONL or single article ({@link ArticleReader}).
 * </ul>
 *
 * <p>Sources are opened one after another only when the stream reaches them, so inputs of any size
 * are never held in memory at once (a feed document is read whole). Whatever cannot be read — a
 * missing file, a bad JSONL line, a broken feed entry — is passed to the problem callback and
 * reading goes on. The problem callback is called on the thread consuming the stream.
 *
 * <p>Usage:
 *
 * <pre>{@code
 * List<IngestProblem> problems = new ArrayList<>();
 * try (Stream<Article> articles = new Sources().open(args, problems::add)) {
 *   articles.forEach(store::add);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; each returned stream is sequential, single-threaded and must be
 * closed.
 */
public final class Sources {

  private final IngestOptions options;
  private final ArticleReader articleReader;
  private final JsonlReader jsonlReader;
  private final TextFolderReader folderReader;
  private final FeedReader feedReader;
  private final HttpFetcher fetcher;
  private final InputGuard articleGuard;
  private final InputGuard feedGuard;

  /** Sources with default options. */
  public Sources() {
    this(IngestOptions.defaults());
  }

  /** Sources with the given options; a feed's declared language is kept. */
  public Sources(IngestOptions options) {
    this(options, Optional.empty());
  }

  /**
   * Sources with the given options; a feed entry's declared language is a hint that {@code
   * languages} overrules when confident the text is in another one ({@link FeedLanguage}).
   */
  public Sources(IngestOptions options, LanguageIdentifier languages) {
    this(options, Optional.of(new FeedLanguage(languages)));
  }

  private Sources(IngestOptions options, Optional<FeedLanguage> language) {
    this.options = Objects.requireNonNull(options, "options");
    this.articleGuard = new InputGuard(options.maxArticleBytes());
    this.feedGuard = new InputGuard(options.maxFeedBytes());
    this.fetcher =
        new HttpFetcher(
            new InputGuard(Math.max(options.maxArticleBytes(), options.maxFeedBytes())),
            options.connectTimeout(),
            options.requestTimeout(),
            options.allowPrivateAddresses());
    this.articleReader = new ArticleReader(articleGuard, fetcher);
    this.jsonlReader = new JsonlReader(articleGuard);
    this.folderReader = new TextFolderReader(articleReader);
    this.feedReader = new FeedReader(feedGuard, fetcher, options.fetchLinkedPages(), language);
  }

  /** The options in use. */
  public IngestOptions options() {
    return options;
  }

  /**
   * Classifies an argument by its form, extension and (for files with other extensions) the first
   * bytes of its content.
   */
  public static SourceKind kindOf(String arg) {
    Objects.requireNonNull(arg, "arg");
    if (arg.equals(ArticleReader.STDIN)) {
      return SourceKind.STDIN;
    }
    if (HttpFetcher.isHttpUrl(arg)) {
      return SourceKind.URL;
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (RuntimeException e) {
      return SourceKind.MISSING;
    }
    if (Files.isDirectory(path)) {
      return SourceKind.FOLDER;
    }
    if (!Files.isRegularFile(path)) {
      return SourceKind.MISSING;
    }
    String ext = TextFolderReader.extension(path);
    return switch (ext) {
      case "jsonl", "ndjson" -> SourceKind.JSONL;
      case "xml", "rss", "atom" -> SourceKind.FEED;
      case "json" -> startsWithArray(head(path)) ? SourceKind.JSON_ARRAY : SourceKind.ARTICLE;
      case "txt", "text", "html", "htm" -> SourceKind.ARTICLE;
      default -> sniff(head(path));
    };
  }

  /** Opens one argument; see {@link #open(List, InputStream, Consumer)}. */
  public Stream<Article> open(String arg, Consumer<IngestProblem> problems) {
    return open(List.of(arg), System.in, problems);
  }

  /** Opens arguments in order, with {@link System#in} as standard input. */
  public Stream<Article> open(List<String> args, Consumer<IngestProblem> problems) {
    return open(args, System.in, problems);
  }

  /**
   * Opens arguments as one lazy stream of articles, in argument order.
   *
   * @param args files, folders, URLs or {@code "-"}
   * @param stdin the stream {@code "-"} reads
   * @param problems receives everything that was skipped
   */
  public Stream<Article> open(
      List<String> args, InputStream stdin, Consumer<IngestProblem> problems) {
    List<String> copy = List.copyOf(args);
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(problems, "problems");
    Chain chain = new Chain(copy, stdin, problems);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(chain::close);
  }

  /** An article and the argument it was read from. */
  public record Sourced(String input, Article article) {
    public Sourced {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * As {@link #open(List, InputStream, Consumer)}, each article with the argument it came from (for
   * positions in messages).
   */
  public Stream<Sourced> openSourced(
      List<String> args, InputStream stdin, Consumer<IngestProblem> problems) {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(problems, "problems");
    Chain chain = new Chain(List.copyOf(args), stdin, problems);
    Iterator<Sourced> sourced =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return chain.hasNext();
          }

          @Override
          public Sourced next() {
            Article a = chain.next(); // sets the chain's current argument
            return new Sourced(chain.currentArg, a);
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(sourced, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(chain::close);
  }

  private Stream<Article> openOne(String arg, InputStream stdin, Consumer<IngestProblem> problems) {
    return switch (kindOf(arg)) {
      case STDIN -> jsonlReader.read(stdin, "stdin", "stdin", problems);
      case URL -> openUrl(arg, problems);
      case FOLDER -> folderReader.read(Path.of(arg), problems);
      case JSONL -> jsonlReader.read(Path.of(arg), problems);
      case JSON_ARRAY -> JsonArrayReader.read(Path.of(arg), problems);
      case FEED -> feedReader.read(Path.of(arg), problems).stream();
      case ARTICLE -> Stream.of(articleReader.read(Path.of(arg)));
      case MISSING -> throw new IngestInputException(arg, "no such file or folder");
    };
  }

  private Stream<Article> openUrl(String url, Consumer<IngestProblem> problems) {
    HttpFetcher.Response r = fetcher.fetch(url);
    String type = r.contentType().toLowerCase(Locale.ROOT);
    boolean feed =
        type.contains("rss")
            || type.contains("atom")
            || type.contains("/xml")
            || sniff(r.body()) == SourceKind.FEED;
    if (feed) {
      return feedReader
          .parse(r.body(), url.strip(), FeedReader.idPrefix(url), r.uri().toString(), problems)
          .stream();
    }
    return Stream.of(
        ArticleReader.extractPage(
            r,
            articleGuard,
            new HtmlArticleExtractor(),
            url,
            ArticleReader.idFromUrl(r.uri().toString())));
  }

  private static byte[] head(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(4096);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWithArray(byte[] head) {
    return headText(head, head.length).startsWith("[");
  }

  /**
   * The first {@code max} bytes of a file as text for sniffing: UTF-16 when they begin with its
   * byte order mark, else UTF-8; without the mark and leading white space.
   */
  private static String headText(byte[] head, int max) {
    int n = Math.min(head.length, max);
    java.nio.charset.Charset cs =
        Utf16Input.hasBom(head) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    return new String(head, 0, n, cs).replace("\uFEFF", "").stripLeading();
  }

  /** Content sniffing for files with unknown extensions and for HTTP responses. */
  static SourceKind sniff(byte[] head) {
    String s = headText(head, 4096);
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<rss")
        || lower.startsWith("<feed")
        || lower.startsWith("<rdf:rdf")
        || (lower.startsWith("<?xml")
            && (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")))) {
      return SourceKind.FEED;
    }
    if (s.startsWith("[")) {
      return SourceKind.JSON_ARRAY;
    }
    if (s.startsWith("{")) {
      int nl = s.indexOf('\n');
      String firstLine = nl < 0 ? s : s.substring(0, nl).strip();
      String rest = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
      if (firstLine.endsWith("}") && rest.startsWith("{")) {
        return SourceKind.JSONL;
      }
    }
    return SourceKind.ARTICLE;
  }

  /** Walks the sources one at a time. */
  private final class Chain implements Iterator<Article>, AutoCloseable {
    private final List<String> args;
    private final InputStream stdin;
    private final Consumer<IngestProblem> problems;
    private int nextArg;
    private String currentArg = "";
    private Stream<Article> current;
    private Iterator<Article> currentIt;
    private final List<Stream<Article>> toClose = new ArrayList<>(1);

    Chain(List<String> args, InputStream stdin, Consumer<IngestProblem> problems) {
      this.args = args;
      this.stdin = stdin;
      this.problems = problems;
    }

    @Override
    public boolean hasNext() {
      while (true) {
        if (currentIt != null) {
          try {
            if (currentIt.hasNext()) {
              return true;
            }
          } catch (RuntimeException e) {
            problems.accept(IngestProblem.from(currentArg, OptionalLong.empty(), e));
          }
          closeCurrent();
        }
        if (nextArg >= args.size()) {
          return false;
        }
        currentArg = args.get(nextArg++);
        try {
          current = openOne(currentArg, stdin, problems);
          toClose.add(current);
          currentIt = current.iterator();
        } catch (RuntimeException e) {
          problems.accept(IngestProblem.from(currentArg, OptionalLong.empty(), e));
        }
      }
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return currentIt.next();
    }

    private void closeCurrent() {
      if (current != null) {
        toClose.remove(current);
        current.close();
      }
      current = null;
      currentIt = null;
    }

    @Override
    public void close() {
      closeCurrent();
      for (Stream<Article> s : toClose) {
        s.close();
      }
      toClose.clear();
    }
  }
}
