package dev.storylink.store;

import dev.storylink.core.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The keys an article is recognised by when it comes back under another id: its address ({@link
 * #url}) and its content ({@link #content}). The store indexes both, hashed, on every article it
 * writes ({@link StoreSchema#REPEAT_KEYS}: {@code u} and 32 hex digits of the SHA-256 of the URL
 * key, when the article has a URL; {@code c} and the content key), so a feed item that repeats a
 * stored article is found by a term look-up per key and segment ({@link #find}). Articles written
 * before the field existed have no such terms: they are found by their id only. Stateless and
 * thread-safe.
 */
public final class ArticleKeys {
  /** Today's accepted {@code scheme://authority...} form, for what {@link URI} does not parse. */
  private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)");

  private ArticleKeys() {}

  /**
   * The address two URLs are one by: for a URL ({@code scheme://authority...}) the scheme and host
   * lower-cased, a default port ({@code :80} for http, {@code :443} for https) and a {@code
   * #fragment} dropped, the user info, path and query kept as written ({@code
   * HTTP://Example.com:80/Feed?a=1#top} is {@code http://example.com/Feed?a=1}); anything else (a
   * file path) as it is, stripped. Parsed by {@link URI} (server-based authority); what it does not
   * parse (a space, a host with {@code _}) is split by the pattern {@code scheme://authority rest}
   * with the same rules.
   */
  public static String url(String location) {
    String s = location.strip();
    try {
      URI u = new URI(s);
      if (u.getScheme() != null && !u.isOpaque() && u.getHost() != null) {
        String user = u.getRawUserInfo() == null ? "" : u.getRawUserInfo() + "@";
        String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        return join(u.getScheme(), user, u.getHost(), u.getPort(), u.getRawPath() + query);
      }
      if (u.getScheme() == null || u.getRawAuthority() == null) {
        return s; // a path, or a scheme without an authority
      }
    } catch (URISyntaxException e) {
      // split by the pattern below
    }
    Matcher m = URL.matcher(s);
    if (!m.matches()) {
      return s;
    }
    String authority = m.group(2);
    String rest = m.group(3);
    int hash = rest.indexOf('#');
    rest = hash >= 0 ? rest.substring(0, hash) : rest;
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    int port = -1;
    String host = hostPort;
    if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
      host = hostPort.substring(0, colon);
      String p = hostPort.substring(colon + 1);
      port = p.matches("[0-9]{1,5}") ? Integer.parseInt(p) : -2;
      rest = port == -2 ? ":" + p + rest : rest;
    }
    return join(m.group(1), authority.substring(0, at + 1), host, port, rest);
  }

  /** {@code port} -1: none; -2: kept in {@code rest} (not a number). */
  private static String join(String scheme, String user, String host, int port, String rest) {
    String sc = scheme.toLowerCase(Locale.ROOT);
    boolean dflt = (sc.equals("http") && port == 80) || (sc.equals("https") && port == 443);
    String p = port < 0 || dflt ? "" : ":" + port;
    return sc + "://" + user + host.toLowerCase(Locale.ROOT) + p + rest;
  }

  /**
   * The content key of an article: 32 hex digits of the SHA-256 of its title, a line break and its
   * text, each character lower-cased by {@link Character#toLowerCase(int)} (no locale, one code
   * point for one), each run of white space ({@link Character#isWhitespace}) one space, with none
   * at either end, encoded in UTF-8 (an unpaired surrogate as {@code ?}, as {@link String#getBytes}
   * writes it). One pass over the text, folded straight into the digest's bytes (it runs on every
   * article the store writes).
   */
  public static String content(Article a) {
    FoldedDigest d = new FoldedDigest();
    boolean space = d.append(a.title(), false);
    space = d.append("\n", space);
    d.append(a.text(), space);
    return HexFormat.of().formatHex(d.digest(), 0, 16);
  }

  /** The folded text of {@link #content}, as UTF-8 bytes fed to a SHA-256 through a buffer. */
  private static final class FoldedDigest {
    /** Chars copied out of a string at a time (one more when a surrogate pair would be split). */
    private static final int CHUNK = 1024;

    /** Bytes one char can add: a space and a code point's four. */
    private static final int MAX_PER_CHAR = 5;

    private final MessageDigest sha = sha256();
    private final byte[] buf = new byte[2048];
    private final char[] chars = new char[CHUNK + 1];
    private int n;
    private boolean any; // a character written: white space before the next one is a space

    /**
     * Appends {@code s} lower-cased with white-space runs as one space (none at the start); {@code
     * pending}: a run before {@code s} not yet written. Returns whether a run is pending at its end
     * (written only if something follows). The string is read in chunks copied to an array, a
     * surrogate pair never split between two.
     */
    boolean append(String s, boolean pending) {
      boolean space = pending;
      int len = s.length();
      for (int from = 0; from < len; ) {
        int to = Math.min(len, from + CHUNK);
        if (to < len
            && Character.isHighSurrogate(s.charAt(to - 1))
            && Character.isLowSurrogate(s.charAt(to))) {
          to++; // the pair stays in one chunk
        }
        s.getChars(from, to, chars, 0);
        space = appendChars(to - from, space);
        from = to;
      }
      return space;
    }

    /** {@link #append} of the first {@code end} chars of {@link #chars}. */
    private boolean appendChars(int end, boolean pending) {
      boolean space = pending;
      char[] c = chars;
      byte[] b = buf;
      for (int i = 0; i < end; ) {
        char ch = c[i];
        int cp;
        if (ch < 0x80) { // ASCII, most characters of most texts: the same answers, no look-ups
          i++;
          if (ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1C && ch <= 0x1F)) {
            space = true; // Character.isWhitespace in ASCII
            continue;
          }
          cp = ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
        } else if (!Character.isSurrogate(ch)) { // the rest of the BMP: one table read
          i++;
          char f = BmpFold.FOLD[ch];
          if (f == BmpFold.WHITE) {
            space = true;
            continue;
          }
          cp = f;
        } else {
          cp = Character.codePointAt(c, i, end);
          i += Character.charCount(cp);
          if (Character.isWhitespace(cp)) {
            space = true;
            continue;
          }
          cp = Character.toLowerCase(cp);
        }
        if (n > b.length - MAX_PER_CHAR) {
          flush();
        }
        if (space && any) {
          b[n++] = ' ';
        }
        space = false;
        any = true;
        if (cp < 0x80) {
          b[n++] = (byte) cp;
        } else {
          n = utf8(cp, b, n);
        }
      }
      return space;
    }

    /** Hashes the buffer's bytes and empties it. */
    private void flush() {
      sha.update(buf, 0, n);
      n = 0;
    }

    /**
     * Writes the UTF-8 bytes of a code point of 0x80 or more at {@code at} (an unpaired surrogate
     * as {@code ?}); returns the index after them.
     */
    private static int utf8(int cp, byte[] b, int at) {
      int k = at;
      if (cp < 0x800) {
        b[k++] = (byte) (0xC0 | cp >> 6);
        b[k++] = (byte) (0x80 | cp & 0x3F);
      } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        b[k++] = '?'; // unpaired
      } else if (cp < 0x10000) {
        b[k++] = (byte) (0xE0 | cp >> 12);
        b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[k++] = (byte) (0x80 | cp & 0x3F);
      } else {
        b[k++] = (byte) (0xF0 | cp >> 18);
        b[k++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[k++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[k++] = (byte) (0x80 | cp & 0x3F);
      }
      return k;
    }

    byte[] digest() {
      flush();
      return sha.digest();
    }
  }

  /**
   * The fold of {@link #content} for every char of the Basic Multilingual Plane that is no
   * surrogate, read from a table instead of {@link Character}'s properties (two look-ups per char
   * of a non-Latin text): {@link #WHITE} for a white-space char ({@link Character#isWhitespace}),
   * else its {@link Character#toLowerCase(int)}, which for such a char is such a char again
   * (checked when the table is built). Built on first use (128 KB); immutable after.
   */
  static final class BmpFold {
    /** Marks white space: a surrogate, which no lower case of a non-surrogate char is. */
    static final char WHITE = Character.MIN_SURROGATE;

    static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (Character.isSurrogate((char) c)) {
          continue; // read by code point, never from the table
        }
        int lower = Character.toLowerCase(c);
        if (lower > Character.MAX_VALUE || Character.isSurrogate((char) lower)) {
          throw new IllegalStateException("lower case of U+" + Integer.toHexString(c));
        }
        FOLD[c] = Character.isWhitespace(c) ? WHITE : (char) lower;
      }
    }

    private BmpFold() {}
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 32 hex digits of the SHA-256 of {@code s} in UTF-8. */
  static String hash(String s) {
    byte[] h = sha256().digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(h, 0, 16);
  }

  /**
   * A live article whose URL key or content key is one of {@code keys} (the first found, segment by
   * segment), else empty. The id itself is not looked up here.
   */
  static Optional<Repeat> find(IndexSearcher s, RepeatKeys keys) throws IOException {
    List<String> terms = keys.terms();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Terms field = leaf.reader().terms(StoreSchema.REPEAT_KEYS);
      if (field == null) {
        continue; // written before the field existed, or no article
      }
      TermsEnum te = field.iterator();
      Bits live = leaf.reader().getLiveDocs();
      for (String t : terms) {
        if (!te.seekExact(new BytesRef(t))) {
          continue;
        }
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          if (live == null || live.get(d)) {
            String id =
                leaf.reader()
                    .storedFields()
                    .document(d, Set.of(StoreSchema.ID))
                    .get(StoreSchema.ID);
            return Optional.of(
                new Repeat(
                    id, t.charAt(0) == RepeatKeys.URL_TERM ? Repeat.By.URL : Repeat.By.CONTENT));
          }
        }
      }
    }
    return Optional.empty();
  }
}
