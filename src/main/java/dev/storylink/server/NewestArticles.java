package dev.storylink.server;

import dev.storylink.store.ArticleCard;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The newest articles of a story, read without reading the whole story: its {@value #STORY_EVENTS}
 * events with the newest articles are read ({@link ArticleStore#newestEventsOf}; they hold the
 * {@value #STORY_ARTICLES} newest articles, whatever the story's size), then the newest articles of
 * those events by one search sorted on the arrival number ({@link
 * ArticleStore#articlesOf(java.util.Collection, int, boolean)}). A story that cross-language merges
 * keep growing is then shown (API and CLI) by its newest events and articles, with the numbers not
 * shown.
 *
 * <p>Stateless and thread-safe.
 */
public final class NewestArticles {
  /** Articles a story's detail shows at most. */
  public static final int STORY_ARTICLES = 200;

  /**
   * Events a story's detail shows at most: those whose latest articles are the newest. As many as
   * {@link #STORY_ARTICLES}, so that they hold the newest articles (each of those is in an event at
   * least as recent as it, and fewer than that many events can be more recent).
   */
  public static final int STORY_EVENTS = STORY_ARTICLES;

  private NewestArticles() {}

  /**
   * {@code events} of {@code story} in creation order (their order in {@link
   * StoryRecord#eventIds}); an event the record does not list comes last.
   */
  public static List<EventRecord> inCreationOrder(StoryRecord story, List<EventRecord> events) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < story.eventIds().size(); i++) {
      position.putIfAbsent(story.eventIds().get(i), i);
    }
    List<EventRecord> out = new ArrayList<>(events);
    out.sort(Comparator.comparingInt(e -> position.getOrDefault(e.id(), Integer.MAX_VALUE)));
    return out;
  }

  /**
   * At most {@code limit} articles of {@code events}, the newest (highest arrival number), newest
   * first.
   */
  public static List<StoredArticle> of(ArticleStore store, List<EventRecord> events, int limit) {
    // one search over the events' articles, sorted on the arrival number's doc values
    return store.articlesOf(eventIds(store, events, limit), limit, true);
  }

  /**
   * The cards of the articles {@link #of} gives, in its order, read without their texts (what a
   * story's timeline shows).
   */
  public static List<ArticleCard> cards(ArticleStore store, List<EventRecord> events, int limit) {
    return store.cardsOf(eventIds(store, events, limit), limit, true);
  }

  /**
   * The distinct ids of {@code events}, after checking the arguments {@link #of} and cards take.
   */
  private static List<String> eventIds(ArticleStore store, List<EventRecord> events, int limit) {
    Objects.requireNonNull(store, "store");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    return events.stream().map(EventRecord::id).distinct().toList();
  }
}
