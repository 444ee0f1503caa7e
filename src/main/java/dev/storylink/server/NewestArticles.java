package dev.storylink.server;

import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The newest articles of a story, read without reading the whole story: events are visited from the
 * latest article down ({@link EventRecord#lastSeq}) and their articles read until no event left can
 * hold an article newer than the {@code limit}-th newest found. A story that cross-language merges
 * keep growing is then shown (API and CLI) by its newest articles, with the number not shown.
 *
 * <p>Stateless and thread-safe.
 */
public final class NewestArticles {
  /** Articles a story's detail shows at most. */
  public static final int STORY_ARTICLES = 200;

  private NewestArticles() {}

  /**
   * At most {@code limit} articles of {@code events}, the newest (highest arrival number), newest
   * first.
   */
  public static List<StoredArticle> of(ArticleStore store, List<EventRecord> events, int limit) {
    Objects.requireNonNull(store, "store");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    List<EventRecord> latestFirst = new ArrayList<>(events);
    latestFirst.sort(Comparator.comparingLong(EventRecord::lastSeq).reversed());
    Comparator<StoredArticle> newestFirst = Comparator.comparingLong(StoredArticle::seq).reversed();
    List<StoredArticle> out = new ArrayList<>();
    for (EventRecord e : latestFirst) {
      if (out.size() >= limit && e.lastSeq() < out.get(limit - 1).seq()) {
        break; // this event and every later one hold only older articles
      }
      out.addAll(store.articlesOf(e.id()));
      out.sort(newestFirst);
      if (out.size() > limit) {
        out.subList(limit, out.size()).clear();
      }
    }
    return out;
  }
}
