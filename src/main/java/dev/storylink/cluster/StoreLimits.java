package dev.storylink.cluster;

import dev.storylink.core.Texts;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.util.Collection;
import org.apache.lucene.index.IndexWriter;

/**
 * Checks an article against what the store can index, so that an article the store would refuse is
 * refused by the clusterer before any state changes for it, instead of failing the store write
 * halfway through a chunk. The store indexes the article id, its text's terms, its counted keys and
 * its names' skeletons, each as one Lucene term of at most {@link #MAX_TERM_BYTES} UTF-8 bytes.
 * Stateless and thread-safe.
 */
final class StoreLimits {
  /** Lucene's limit on one indexed term, in UTF-8 bytes. */
  static final int MAX_TERM_BYTES = IndexWriter.MAX_TERM_LENGTH;

  private StoreLimits() {}

  /**
   * Why the store cannot hold an article with this id, or null if it can: an id longer than the
   * store can index, or one of the form of the store's own event and story ids ({@code e12}, {@code
   * s7}: the letter and a number without leading zeros), which share the store's id space and would
   * overwrite the article with the event's or story's record.
   */
  static String idProblem(String id) {
    if (isRecordId(id)) {
      return id
          + ": an article id of the form e<number> or s<number> is reserved for the store's event"
          + " and story ids; give the article another id (for example a-"
          + id
          + ")";
    }
    if (id.length() <= MAX_TERM_BYTES / 3) {
      return null; // at most 3 bytes per UTF-16 unit
    }
    int bytes = utf8Length(id);
    return bytes <= MAX_TERM_BYTES
        ? null
        : shortId(id)
            + ": an article id of "
            + bytes
            + " bytes (UTF-8) is longer than the "
            + MAX_TERM_BYTES
            + " bytes the store can index";
  }

  /**
   * Why the store cannot index these terms of an article (its text's terms and counted keys), or
   * null if it can.
   */
  static String termProblem(String id, Collection<String> terms) {
    for (String t : terms) {
      if (t.length() > MAX_TERM_BYTES / 3) { // shorter ones fit: at most 3 bytes per UTF-16 unit
        int bytes = utf8Length(t);
        if (bytes > MAX_TERM_BYTES) {
          return shortId(id)
              + ": a word of "
              + bytes
              + " bytes (UTF-8, starting \""
              + t.substring(0, 20)
              + "...\") is longer than the "
              + MAX_TERM_BYTES
              + " bytes the store can index";
        }
      }
    }
    return null;
  }

  /** Why the store cannot index the article's name skeletons, or null if it can. */
  static String nameProblem(String id, ArticleFeatures f) {
    for (Mention m : f.names()) {
      if (m.skeleton().length() > MAX_TERM_BYTES / 3 && utf8Length(m.skeleton()) > MAX_TERM_BYTES) {
        return shortId(id)
            + ": a name too long for the store to index ("
            + m.skeleton().length()
            + " characters)";
      }
    }
    return null;
  }

  /** True for an id of the form of an event or story id: {@code e} or {@code s}, then 1, 2, .... */
  static boolean isRecordId(String id) {
    if (id.length() < 2 || id.length() > 20 || (id.charAt(0) != 'e' && id.charAt(0) != 's')) {
      return false;
    }
    if (id.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String shortId(String id) {
    return Texts.abbreviate(id, 200);
  }

  /**
   * Length of {@code s} in UTF-8 as Lucene encodes it: 1 to 3 bytes per UTF-16 unit, 4 per
   * surrogate pair, 3 for an unpaired surrogate (written as U+FFFD).
   */
  static int utf8Length(CharSequence s) {
    int bytes = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
