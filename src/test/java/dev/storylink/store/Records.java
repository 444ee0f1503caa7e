package dev.storylink.store;

import dev.storylink.core.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small composed records for the store's tests. */
final class Records {
  private Records() {}

  static StoredArticle article(String id, String lang, long seq, String eventId, String date) {
    Article a =
        new Article(
            id,
            lang,
            "title " + id,
            "text of " + id,
            Optional.ofNullable(date).map(LocalDate::parse),
            "",
            "");
    return new StoredArticle(a, seq, eventId, Optional.empty());
  }

  static EventRecord event(
      String id, String storyId, String lang, long lastSeq, boolean open, String... articles) {
    return new EventRecord(
        id,
        storyId,
        lang,
        List.of(articles),
        articles.length,
        Optional.empty(),
        Optional.empty(),
        lastSeq,
        "headline " + id,
        open);
  }

  static StoryRecord story(
      String id, List<String> langs, String first, String last, long lastSeq, String... events) {
    return new StoryRecord(
        id,
        List.of(events),
        langs,
        events.length,
        "headline " + id,
        Optional.ofNullable(first).map(LocalDate::parse),
        Optional.ofNullable(last).map(LocalDate::parse),
        lastSeq);
  }
}
