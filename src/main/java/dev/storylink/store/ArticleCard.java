package dev.storylink.store;

import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * What a list of articles shows of one article (a story's timeline, a search hit): its id,
 * language, display title, source, URL, date, arrival number, event and the article it republishes
 * — everything but the text. The store keeps it beside each article as a doc value ({@link
 * StoreSchema#CARD}), so a story's 200 newest articles are shown without reading (and
 * decompressing) 200 stored texts; an article written before cards were kept gets its card from its
 * stored record ({@link #of(StoredArticle)}), with the same values.
 *
 * <p>The display title is the article's title, or for an untitled article the first line of its
 * text, cut to {@value #TITLE_CHARS} characters with an ellipsis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the article's id
 * @param lang its language code
 * @param title its display title (never blank when the article has text)
 * @param source its outlet (may be empty)
 * @param url its URL (may be empty)
 * @param date its publication date, when known
 * @param seq its arrival number (1, 2, ...)
 * @param eventId the event it belongs to
 * @param duplicateOf the earlier article it republishes, when it is a near-duplicate
 */
public record ArticleCard(
    String id,
    String lang,
    String title,
    String source,
    String url,
    Optional<LocalDate> date,
    long seq,
    String eventId,
    Optional<String> duplicateOf) {
  /** Longest display title taken from an untitled article's first line. */
  public static final int TITLE_CHARS = 120;

  /** Longest field a card encodes (its encoding holds at most 64 KB of UTF-8 per field). */
  static final int MAX_FIELD_CHARS = 16_000;

  /** First byte of an encoded card: the encoding's version. */
  private static final int VERSION = 1;

  public ArticleCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (seq < 1) {
      throw new IllegalArgumentException("seq must be positive");
    }
  }

  /** The card of a stored article. */
  public static ArticleCard of(StoredArticle sa) {
    Article a = sa.article();
    return new ArticleCard(
        a.id(),
        a.lang(),
        displayTitle(a),
        a.source(),
        a.url(),
        a.date(),
        sa.seq(),
        sa.eventId(),
        sa.duplicateOf());
  }

  /** The article's title, or the first line of its text cut to {@value #TITLE_CHARS} chars. */
  static String displayTitle(Article a) {
    if (!a.title().isBlank()) {
      return a.title();
    }
    String t = a.text().strip();
    int nl = t.indexOf('\n');
    String line = nl > 0 ? t.substring(0, nl) : t;
    return line.length() > TITLE_CHARS ? Texts.abbreviate(line, TITLE_CHARS - 3) : line;
  }

  /**
   * The card as the store keeps it (a version byte, then the fields); empty when a field is over
   * {@value #MAX_FIELD_CHARS} characters (more than ingest lets through): the store then keeps no
   * card and the card is read from the stored record.
   */
  Optional<BytesRef> encode() {
    for (String s : new String[] {id, lang, title, source, url, eventId, duplicateOf.orElse("")}) {
      if (s.length() > MAX_FIELD_CHARS) {
        return Optional.empty();
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + title.length() * 2);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(id);
      out.writeUTF(lang);
      out.writeUTF(title);
      out.writeUTF(source);
      out.writeUTF(url);
      out.writeLong(date.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
      out.writeLong(seq);
      out.writeUTF(eventId);
      out.writeUTF(duplicateOf.orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory, strings under writeUTF's limit: unreachable
    }
    return Optional.of(new BytesRef(bytes.toByteArray()));
  }

  /** A card read back from {@link #encode()}. */
  static ArticleCard decode(BytesRef b) {
    try (DataInputStream in = input(b)) {
      String id = in.readUTF();
      String lang = in.readUTF();
      String title = in.readUTF();
      String source = in.readUTF();
      String url = in.readUTF();
      long day = in.readLong();
      long seq = in.readLong();
      String event = in.readUTF();
      String dup = in.readUTF();
      return new ArticleCard(
          id,
          lang,
          title,
          source,
          url,
          day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day)),
          seq,
          event,
          dup.isEmpty() ? Optional.empty() : Optional.of(dup));
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(
          "corrupt article card in store: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** Only the id of an encoded card (a search hit's article). */
  static String decodeId(BytesRef b) {
    try (DataInputStream in = input(b)) {
      return in.readUTF();
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt article card in store: " + e.getMessage(), e);
    }
  }

  private static DataInputStream input(BytesRef b) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(b.bytes, b.offset, b.length));
    int version = in.readUnsignedByte();
    if (version != VERSION) {
      throw new IOException("unknown article card version " + version);
    }
    return in;
  }
}
