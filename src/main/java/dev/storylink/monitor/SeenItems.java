package dev.storylink.monitor;

import dev.storylink.core.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The feed items seen so far, by id, by URL and by content (a SHA-256 of the title and text, lower
 * case, white space collapsed), so an item that a feed lists again, that another feed syndicates
 * under another URL, or that reappears with a new guid but the same text is not fetched and
 * ingested twice. Bounded: the oldest keys are forgotten beyond {@code capacity} (the store still
 * skips ids it holds). Thread-safe (synchronized).
 */
final class SeenItems {
  private final Map<String, Boolean> keys;

  SeenItems(int capacity) {
    this.keys =
        new LinkedHashMap<>(1024, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Marks the item seen; true if neither its id, its URL nor its content was seen before. */
  synchronized boolean firstSight(Article a) {
    String id = "id:" + a.id();
    String url = a.url().isBlank() ? id : urlKey(a);
    String content = contentSeenKey(a);
    boolean fresh = !keys.containsKey(id) && !keys.containsKey(url) && !keys.containsKey(content);
    keys.put(id, Boolean.TRUE);
    keys.put(url, Boolean.TRUE);
    keys.put(content, Boolean.TRUE);
    return fresh;
  }

  /**
   * Forgets the URL and the content of an item the writer refused (its id stays seen, so the feed
   * that lists it is not tried again): a copy of the same story under another id, in this feed or
   * another, is then new, and one feed's bad item does not hide that story from the others.
   */
  synchronized void refused(Article a) {
    if (!a.url().isBlank()) {
      keys.remove(urlKey(a));
    }
    keys.remove(contentSeenKey(a));
  }

  private static String urlKey(Article a) {
    return "url:" + a.url();
  }

  private static String contentSeenKey(Article a) {
    return "content:" + contentKey(a);
  }

  static String contentKey(Article a) {
    String norm =
        (a.title() + "\n" + a.text()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
