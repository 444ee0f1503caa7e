package dev.storylink.ingest;

import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.text.Languages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The field limits every article must meet, whatever it came from (JSONL line, JSON file, feed
 * item, HTML page, API request). One place, so that the CLI and the API accept and refuse the same
 * articles. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@code id}: 1 to {@value #MAX_ID_CHARS} characters, no control characters, no bidi
 *       embedding / override / isolate / mark characters (U+200E, U+200F, U+061C, U+202A–U+202E,
 *       U+2066–U+2069), no unpaired surrogates: an id is shown to people and must read as written.
 *   <li>{@code lang}: an ISO-639-1 code, optionally with a region ({@code ar-EG}, {@code fa_IR},
 *       {@code en-US}: the region is dropped), or empty / {@code und} for "identify it"; anything
 *       else ({@code klingon}, {@code xx}, {@code ara}) is refused, at most {@value
 *       #MAX_LANG_CHARS} characters.
 *   <li>{@code title}: at most {@value #MAX_TITLE_CHARS} characters; {@code source}: at most
 *       {@value #MAX_SOURCE_CHARS}; control characters in both become spaces.
 *   <li>{@code text}: bounded by the input size limits (one line / file / request); NUL characters
 *       are removed from title, text and source, the text's other C0 control characters (not tab,
 *       line feed, carriage return, form feed) and DEL too, with a warning.
 *   <li>{@code url}: an absolute {@code http} or {@code https} URL with a host, at most {@value
 *       #MAX_URL_CHARS} characters, without white space or control characters; any other value
 *       ({@code javascript:}, {@code data:}, {@code java\tscript:}, relative paths) is dropped with
 *       a warning and the article is kept without a url.
 *   <li>{@code date}: a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 *   <li>{@code title} and {@code text}: no run without white space over {@value #MAX_WORD_BYTES}
 *       UTF-8 bytes (a search index term is at most 32,766 bytes).
 * </ul>
 */
public final class ArticleLimits {
  /** Longest accepted id, in UTF-16 characters. */
  public static final int MAX_ID_CHARS = 512;

  /** Longest accepted title. */
  public static final int MAX_TITLE_CHARS = 2_000;

  /** Longest accepted source name. */
  public static final int MAX_SOURCE_CHARS = 512;

  /** Longest accepted url. */
  public static final int MAX_URL_CHARS = 4_096;

  /** Longest accepted language tag (BCP 47 allows 35). */
  public static final int MAX_LANG_CHARS = 35;

  /**
   * Longest run of characters without white space in a title or text, in UTF-8 bytes. A search
   * index term is at most 32,766 bytes; no word of any language comes near this, but pasted binary
   * data (base64) or an attack does. Characters of scripts written without spaces (Han, kana, Thai,
   * Lao, Khmer, Myanmar), which are cut into words by a dictionary, end a run.
   */
  public static final int MAX_WORD_BYTES = 16_000;

  /** Earliest accepted publication year. */
  public static final int MIN_YEAR = 1900;

  /** Latest accepted publication year. */
  public static final int MAX_YEAR = 2100;

  private ArticleLimits() {}

  /**
   * Checks {@code a} against the limits and returns a cleaned copy (NUL and the text's other C0
   * control characters removed with a warning, control characters in title and source replaced, a
   * non-http(s) url dropped).
   *
   * @param where names the article in messages ({@code "feed.xml entry 3"}, {@code "article [2]"})
   * @param warnings receives one line per value that was dropped (without {@code where})
   * @throws IngestInputException when the article breaks a limit
   */
  public static Article check(Article a, String where, Consumer<String> warnings) {
    List<String> problems = new ArrayList<>();
    ArticleProblems.collect(problems, () -> checkId(a.id(), where));
    String lang = a.lang();
    if (!lang.equals(Article.UNKNOWN_LANG)) {
      lang = ArticleProblems.collect(problems, () -> lang(a.lang(), where), Article.UNKNOWN_LANG);
    }
    String title = a.title();
    if (title.length() > MAX_TITLE_CHARS) {
      problems.add("title of " + title.length() + " characters; at most " + MAX_TITLE_CHARS);
    }
    String source = a.source();
    if (source.length() > MAX_SOURCE_CHARS) {
      problems.add("source of " + source.length() + " characters; at most " + MAX_SOURCE_CHARS);
    }
    a.date().ifPresent(d -> ArticleProblems.collect(problems, () -> checkDate(d, where)));
    ArticleProblems.collect(problems, () -> checkWords(a.title(), "title", where));
    ArticleProblems.collect(problems, () -> checkWords(a.text(), "text", where));
    ArticleProblems.throwIfAny(problems, where);
    String url = url(a.url(), warnings);
    String text = withoutControls(a.text(), warnings);
    title = singleLine(title);
    source = singleLine(source);
    if (title.isBlank() && text.isBlank()) {
      throw new IngestInputException(where, "article '" + a.id() + "' has neither title nor text");
    }
    if (lang.equals(a.lang())
        && title.equals(a.title())
        && text.equals(a.text())
        && source.equals(a.source())
        && url.equals(a.url())) {
      return a;
    }
    return new Article(a.id(), lang, title, text, a.date(), source, url);
  }

  /**
   * Checks an id.
   *
   * @throws IngestInputException when it is blank, too long or holds a control or bidi character
   */
  public static void checkId(String id, String where) {
    if (id.isBlank()) {
      throw new IngestInputException(where, "id must not be blank");
    }
    if (id.length() > MAX_ID_CHARS) {
      throw new IngestInputException(
          where, "id of " + id.length() + " characters; at most " + MAX_ID_CHARS);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c) || Texts.isBidiControl(c)) {
        throw new IngestInputException(
            where,
            String.format(
                Locale.ROOT,
                "id holds the control character U+%04X at position %d; ids must be printable",
                (int) c,
                i + 1));
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(id.charAt(i - 1));
        if (!paired) {
          throw new IngestInputException(
              where, "id holds an unpaired surrogate at position " + (i + 1));
        }
      }
    }
  }

  /**
   * Refuses a run without white space longer than {@link #MAX_WORD_BYTES} UTF-8 bytes.
   *
   * @throws IngestInputException naming the field and the run's length
   */
  static void checkWords(String s, String field, String where) {
    if (s.length() * 3L <= MAX_WORD_BYTES) {
      return;
    }
    long run = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || segmentedByDictionary(cp)) {
        run = 0;
        continue;
      }
      run += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (run > MAX_WORD_BYTES) {
        throw new IngestInputException(
            where,
            field
                + " holds a word of over "
                + MAX_WORD_BYTES
                + " bytes without a space (at "
                + "character "
                + i
                + "); at most "
                + MAX_WORD_BYTES);
      }
    }
  }

  private static boolean segmentedByDictionary(int cp) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return switch (sc) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  /**
   * A language tag as its ISO-639-1 code: {@code "ar-EG"} → {@code "ar"}, {@code "fa_IR"} → {@code
   * "fa"}; blank and {@code "und"} → {@code "und"}.
   *
   * @throws IngestInputException for anything that is not an ISO-639-1 code
   */
  public static String lang(String tag, String where) {
    String l = tag.strip();
    if (l.isEmpty() || l.equalsIgnoreCase(Article.UNKNOWN_LANG)) {
      return Article.UNKNOWN_LANG;
    }
    if (l.length() > MAX_LANG_CHARS) {
      throw new IngestInputException(
          where, "lang of " + l.length() + " characters is not a language tag");
    }
    String primary = primarySubtag(l);
    if (!Languages.isKnown(primary)) {
      throw new IngestInputException(
          where,
          "unknown language '"
              + Texts.oneLine(l)
              + "': not an ISO 639-1 code (two letters, such as "
              + String.join(", ", Languages.SUPPORTED)
              + "; a region may follow: ar-EG, fa_IR)");
    }
    return primary;
  }

  /** The lower-case primary subtag of {@code xx-YY} / {@code xx_YY}, or the whole tag. */
  static String primarySubtag(String tag) {
    String l = tag.strip().replace('_', '-');
    int dash = l.indexOf('-');
    if (dash >= 0 && l.substring(dash + 1).matches("[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*")) {
      l = l.substring(0, dash);
    }
    return l.toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a publication date.
   *
   * @throws IngestInputException when its year is before {@value #MIN_YEAR} or after {@value
   *     #MAX_YEAR}
   */
  public static void checkDate(LocalDate d, String where) {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      throw new IngestInputException(
          where, "date " + d + " is out of range (years " + MIN_YEAR + " to " + MAX_YEAR + ")");
    }
  }

  /**
   * The url when it is an absolute http(s) URL within the limits, else {@code ""} (the reason goes
   * to {@code warnings}).
   */
  public static String url(String url, Consumer<String> warnings) {
    if (url.isEmpty()) {
      return url;
    }
    Optional<String> why = urlProblem(url);
    if (why.isPresent()) {
      warnings.accept("url dropped: " + why.get());
      return "";
    }
    return url;
  }

  /** True for an absolute http(s) URL with a host, without white space or control characters. */
  public static boolean isSafeUrl(String url) {
    return urlProblem(url).isEmpty();
  }

  private static Optional<String> urlProblem(String url) {
    if (url.length() > MAX_URL_CHARS) {
      return Optional.of(url.length() + " characters; at most " + MAX_URL_CHARS);
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' '
          || Character.isISOControl(c)
          || Character.isWhitespace(c)
          || Texts.isBidiControl(c)) {
        return Optional.of("white space or a control character; only http(s) URLs are kept");
      }
    }
    String lower = url.toLowerCase(Locale.ROOT);
    int schemeEnd = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (schemeEnd < 0) {
      return Optional.of("'" + abbreviate(Texts.oneLine(url)) + "' is not an http(s) URL");
    }
    // the host: after the scheme, up to the path, query or fragment, without user info and port
    int end = schemeEnd;
    while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(schemeEnd, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    if (!host.startsWith("[") && host.indexOf(':') >= 0) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (host.isEmpty() || host.startsWith(".")) {
      return Optional.of("'" + abbreviate(Texts.oneLine(url)) + "' has no host");
    }
    return Optional.empty();
  }

  /** {@code s} without NUL characters. */
  public static String withoutNul(String s) {
    return s.indexOf('\0') < 0 ? s : s.replace("\0", "");
  }

  /**
   * The text without its C0 control characters other than tab, line feed, carriage return and form
   * feed (NUL, U+0001 … U+001F) and DEL, which are no part of any language's writing: a text posted
   * as {@code "\u0000\u0001binary"} is stored as {@code binary}, and {@code warnings} is told once
   * how many were removed and the first ({@code text: 2 control characters removed (the first,
   * U+0000, at character 1)}), so bytes pasted into a JSON string are not stored in silence. What
   * is left is an article like any other: it is stored when its language is identified or given,
   * else refused. The C1 controls (U+0080 … U+009F) stay: in real text they are a windows-1252
   * quote or dash read as Latin-1 (U+0093 for “), which the analysis reads as a separator.
   */
  static String withoutControls(String text, Consumer<String> warnings) {
    int count = 0;
    int first = -1;
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
          first = i;
        }
        count++;
      } else if (b != null) {
        b.append(c);
      }
    }
    if (b == null) {
      return text;
    }
    warnings.accept(
        String.format(
            Locale.ROOT,
            "text: %d control character%s removed (the first, U+%04X, at character %d)",
            count,
            count == 1 ? "" : "s",
            (int) text.charAt(first),
            first + 1));
    return b.toString();
  }

  /** NUL removed, other control and bidi-override characters replaced by spaces. */
  static String singleLine(String s) {
    String t = withoutNul(s);
    StringBuilder b = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean bad = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      if (bad) {
        if (b == null) {
          b = new StringBuilder(t);
        }
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? t : b.toString();
  }

  private static String abbreviate(String s) {
    return Texts.abbreviate(s, 57);
  }
}
