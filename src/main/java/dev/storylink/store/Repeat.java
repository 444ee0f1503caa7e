package dev.storylink.store;

import dev.storylink.core.Article;
import java.util.Objects;

/**
 * An article the store holds that an incoming one repeats, and by which key ({@link
 * ArticleStore#storedCopy(Article, RepeatKeys)}). Immutable and thread-safe.
 *
 * @param storedId the id of the stored article
 * @param by the key they share: the same id, URL ({@link ArticleKeys#url}) or content ({@link
 *     ArticleKeys#content})
 */
public record Repeat(String storedId, By by) {
  /** The key two articles share. */
  public enum By {
    ID("same id"),
    URL("same URL"),
    CONTENT("same title and text");

    private final String label;

    By(String label) {
      this.label = label;
    }

    /** How people read it: {@code same id}, {@code same URL}, {@code same title and text}. */
    public String label() {
      return label;
    }
  }

  public Repeat {
    Objects.requireNonNull(storedId, "storedId");
    Objects.requireNonNull(by, "by");
  }

  /** One line for people: {@code duplicate of stored article 'ID' (same URL)}. */
  public String describe() {
    return "duplicate of stored article '" + storedId + "' (" + by.label() + ")";
  }
}
