package dev.storylink.app;

import dev.storylink.core.Article;
import dev.storylink.store.RepeatKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One article to ingest and where it came from, so a problem with it can name its position ({@code
 * feed.jsonl:17}, {@code article [3]}, a feed item). The position is computed only when a problem
 * is reported. Immutable and thread-safe if the position supplier is.
 *
 * @param article the article
 * @param where its position in the input, computed on demand
 * @param keys its {@link RepeatKeys} when the caller computed them already (a feed item), else
 *     empty: computed by the ingest when its {@link RepeatRule} needs them
 */
public record IngestItem(Article article, Supplier<String> where, Optional<RepeatKeys> keys) {
  public IngestItem {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(keys, "keys");
  }

  /** An item whose keys the ingest computes if it needs them. */
  public IngestItem(Article article, Supplier<String> where) {
    this(article, where, Optional.empty());
  }

  /** The item with {@code keys}, {@code article}'s keys computed by the caller. */
  public IngestItem withKeys(RepeatKeys keys) {
    return new IngestItem(article, where, Optional.of(keys));
  }

  /** Its repeat keys: those given, else computed now. */
  RepeatKeys repeatKeys() {
    return keys.orElseGet(() -> RepeatKeys.of(article));
  }

  /** An item at a position known up front. */
  public static IngestItem at(Article article, String where) {
    Objects.requireNonNull(where, "where");
    return new IngestItem(article, () -> where);
  }

  /**
   * Articles given in memory (an evaluation set, a request), each positioned by its 1-based number
   * and id: {@code article 3 (id)}.
   */
  public static List<IngestItem> numbered(Collection<Article> articles) {
    List<IngestItem> items = new ArrayList<>(articles.size());
    for (Article a : articles) {
      int n = items.size() + 1;
      items.add(new IngestItem(a, () -> "article " + n + " (" + SourceItems.clip(a.id()) + ")"));
    }
    return items;
  }

  /** The position, as shown to the user. */
  public String position() {
    return where.get();
  }
}
