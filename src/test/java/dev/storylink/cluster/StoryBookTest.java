package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.Mention;
import dev.storylink.link.LinkResult;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoryRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryBookTest {
  @TempDir Path tmp;

  private static Article article(String id, String date) {
    return new Article(
        id, "en", "Title " + id, "Text of " + id + ".", Optional.of(LocalDate.parse(date)), "", "");
  }

  @Test
  void articlesAreCountedIntoTheirEventsStory() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent en = new ActiveEvent("e1", "s1", "en", "Floods in Lisbon");
      ActiveEvent es = new ActiveEvent("e2", "s1", "es", "Inundaciones en Lisboa");
      book.add(en, article("a", "2020-02-03"), 1);
      book.add(en, article("b", "2020-02-01"), 2);
      book.add(es, article("c", "2020-02-05"), 3);
      StoryRecord s = book.story("s1").orElseThrow();
      assertThat(s.eventIds()).containsExactly("e1", "e2");
      assertThat(s.langs()).containsExactly("en", "es");
      assertThat(s.articleCount()).isEqualTo(3);
      assertThat(s.headline()).isEqualTo("Floods in Lisbon");
      assertThat(s.firstDate()).contains(LocalDate.parse("2020-02-01"));
      assertThat(s.lastDate()).contains(LocalDate.parse("2020-02-05"));
      assertThat(s.lastSeq()).isEqualTo(3);
      assertThat(pending.stories()).containsExactly(s);
      assertThat(book.story("s9")).isEmpty();
    }
  }

  private static Article from(String id, String source) {
    return new Article(
        id, "en", "Title " + id, "Text.", Optional.of(LocalDate.parse("2020-02-01")), source, "");
  }

  @Test
  void aStoryKeepsItsFirstTenDistinctSourcesInArrivalOrderAcrossMerges() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent en = new ActiveEvent("e1", "s1", "en", "Floods");
      ActiveEvent es = new ActiveEvent("e2", "s2", "es", "Inundaciones");
      book.add(en, from("a", "wire.example"), 1);
      book.add(en, from("b", ""), 2); // no source: nothing to keep
      book.add(en, from("c", "wire.example"), 3);
      book.add(en, from("d", "daily.example"), 4);
      book.add(es, from("e", "diario.example"), 5);
      book.add(es, from("f", "daily.example"), 6);
      assertThat(book.story("s1").orElseThrow().sources())
          .containsExactly("wire.example", "daily.example");
      book.merge("s1", "s2", (event, story) -> {});
      assertThat(book.story("s1").orElseThrow().sources())
          .containsExactly("wire.example", "daily.example", "diario.example");
      for (int i = 0; i < 12; i++) {
        book.add(en, from("x" + i, "outlet" + i + ".example"), 7 + i);
      }
      assertThat(book.story("s1").orElseThrow().sources())
          .hasSize(StoryRecord.MAX_SOURCES)
          .startsWith("wire.example", "daily.example", "diario.example", "outlet0.example");
    }
  }

  @Test
  void aStoryStoredWithoutSourcesKeepsNoneSoThatReadersLookThemUp() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      // as written by an older StoryLink: three articles, no sources in the record
      pending.putStory(
          new StoryRecord(
              "s1", List.of("e1"), List.of("en"), 3, "Old", Optional.empty(), Optional.empty(), 3));
      book.add(new ActiveEvent("e1", "s1", "en", "Old"), from("n", "new.example"), 4);
      StoryRecord s = book.story("s1").orElseThrow();
      assertThat(s.articleCount()).isEqualTo(4);
      assertThat(s.sources()).as("not only the newest article's source").isEmpty();
    }
  }

  @Test
  void mergingKeepsTheOlderStoryMovesTheEventsAndDeletesTheYoungerOne() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent ru = new ActiveEvent("e3", "s3", "ru", "Звонок");
      ActiveEvent en = new ActiveEvent("e4", "s10", "en", "The call");
      book.add(ru, article("r", "2020-03-02"), 1);
      book.add(en, article("e", "2020-03-01"), 2);
      List<String> moved = new ArrayList<>();
      String into = book.merge("s10", "s3", (event, story) -> moved.add(event + "->" + story));
      assertThat(into).as("s3 < s10 by number, not by text").isEqualTo("s3");
      assertThat(moved).containsExactly("e4->s3");
      StoryRecord s = book.story("s3").orElseThrow();
      assertThat(s.eventIds()).containsExactly("e3", "e4");
      assertThat(s.langs()).containsExactly("en", "ru");
      assertThat(s.articleCount()).isEqualTo(2);
      assertThat(s.headline()).isEqualTo("Звонок");
      assertThat(s.firstDate()).contains(LocalDate.parse("2020-03-01"));
      assertThat(s.lastSeq()).isEqualTo(2);
      assertThat(book.story("s10")).isEmpty();
      assertThat(book.merge("s3", "s3", (event, story) -> moved.add("unexpected"))).isEqualTo("s3");
      assertThat(moved).hasSize(1);
    }
  }

  @Test
  void committedStoriesAreReadBackAndAMergedAwayStoryIsDeletedFromTheStore() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvent a = new ActiveEvent("e1", "s1", "en", "A");
      ActiveEvent b = new ActiveEvent("e2", "s2", "de", "B");
      book.add(a, article("x", "2020-01-01"), 1);
      book.add(b, article("y", "2020-01-02"), 2);
      pending.writeTo(store);
      store.commit(Map.of());
      book.committed(pending.stories());
      pending.clear();
      assertThat(pending.isEmpty()).isTrue();
      assertThat(store.story("s2")).isPresent();

      // a second book on the same store reads the committed stories from the store
      PendingWrites pending2 = new PendingWrites();
      StoryBook fresh = new StoryBook(store, pending2);
      assertThat(fresh.story("s1").orElseThrow().articleCount()).isEqualTo(1);
      assertThat(fresh.merge("s1", "s2", (event, story) -> {})).isEqualTo("s1");
      pending2.writeTo(store);
      store.commit(Map.of());
      assertThat(store.story("s2")).isEmpty();
      assertThat(store.story("s1").orElseThrow().eventIds()).containsExactly("e1", "e2");
    }
  }

  private static ArticleFeatures features(String id, String lang) {
    return BareFeatures.of(id).lang(lang).date(LocalDate.parse("2020-02-01")).ownKeyword().build();
  }

  /** A scorer that links the article pairs it is given (either order), and nothing else. */
  private static PairScorer links(Map<String, Double> pairs) {
    return new PairScorer() {
      @Override
      public LinkResult link(ArticleFeatures a, ArticleFeatures b) {
        throw new UnsupportedOperationException();
      }

      @Override
      public double probability(ArticleFeatures a, ArticleFeatures b) {
        Double p = pairs.get(a.id() + "~" + b.id());
        return p != null ? p : pairs.getOrDefault(b.id() + "~" + a.id(), 0.1);
      }
    };
  }

  /** Opens an event of one article in story {@code story} and counts it in. */
  private static ActiveEvent event(
      ActiveEvents events, StoryBook book, String id, String story, String lang, String article) {
    ActiveEvent ev = events.open(id, story, lang, "headline " + id);
    ev.add(
        new Article(article, lang, "t", "Text of " + article, Optional.empty(), "", ""),
        features(article, lang),
        1,
        false,
        6);
    book.add(ev, new Article(article, lang, "t", "Text.", Optional.empty(), "", ""), 1);
    return ev;
  }

  @Test
  void twoStoriesMergeOnlyWhenALinkBesidesTheJoiningOneAgrees() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvents events =
          new ActiveEvents(
              store,
              ClusterConfig.defaults(),
              new CandidateIndex(10),
              new NearDuplicateDetector(),
              pending);
      // two look-alike events, each in a story with its report in another language
      ActiveEvent enA = event(events, book, "e1", "s1", "en", "a-en");
      event(events, book, "e2", "s1", "fa", "a-fa");
      ActiveEvent arB = event(events, book, "e3", "s2", "ar", "b-ar");
      event(events, book, "e4", "s2", "en", "b-en");
      Map<String, Double> p = new HashMap<>();
      p.put("a-en~b-ar", 0.97); // the one link asking for the join
      p.put("a-fa~b-en", 0.77); // the twins look alike, but not that much
      EventScorer scorer = new EventScorer(links(p), 3.0);
      assertThat(book.agree(enA, arB, events, scorer, 0.95)).isFalse();
      assertThat(book.agree(enA, arB, events, scorer, 0.7)).isTrue();

      p.put("a-fa~b-en", 0.96); // a second link: the stories report one event
      assertThat(book.agree(enA, arB, events, new EventScorer(links(p), 3.0), 0.95)).isTrue();

      // an event alone in its story attaches on its one link
      ActiveEvent ruC = event(events, book, "e5", "s3", "ru", "c-ru");
      assertThat(book.agree(ruC, arB, events, new EventScorer(links(Map.of()), 3.0), 0.95))
          .isTrue();
      assertThat(book.agree(enA, ruC, events, new EventScorer(links(Map.of()), 3.0), 0.95))
          .isTrue();
    }
  }

  /** Opens an event of one article with its main person and lead acts. */
  private static ActiveEvent focused(
      ActiveEvents events,
      StoryBook book,
      String id,
      String story,
      String lang,
      String article,
      Optional<String> person,
      List<String> acts) {
    ActiveEvent ev = events.open(id, story, lang, (lang.equals("fa") ? "گزارش " : "report ") + id);
    ArticleFeatures f =
        BareFeatures.of(article)
            .lang(lang)
            .date(LocalDate.parse("2020-02-01"))
            .names(
                person.stream()
                    .map(k -> new Mention(Mention.Kind.NAME, k, k, List.of(k), 4.0, 2, ""))
                    .toList())
            .focus(person, acts)
            .build();
    ev.add(
        new Article(article, lang, "t", "Text of " + article, Optional.empty(), "", ""),
        f,
        1,
        false,
        6);
    book.add(ev, new Article(article, lang, "t", "Text.", Optional.empty(), "", ""), 1);
    return ev;
  }

  @Test
  void aStoryJoinDoesNotPutTogetherLookAlikeEventsOfOneLanguage() {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("d"))) {
      PendingWrites pending = new PendingWrites();
      StoryBook book = new StoryBook(store, pending);
      ActiveEvents events =
          new ActiveEvents(
              store,
              ClusterConfig.defaults(),
              new CandidateIndex(10),
              new NearDuplicateDetector(),
              pending);
      EventScorer none = new EventScorer(links(Map.of()), 3.0);
      List<String> arrest = List.of("arrest", "drunk_driving");
      // the receiver's arrest, reported in English and Russian; the lineman's, in English
      ActiveEvent jackson =
          focused(events, book, "e1", "s1", "en", "j-en", Optional.of("jackson"), arrest);
      focused(events, book, "e2", "s1", "ru", "j-ru", Optional.of("джексон"), arrest);
      ActiveEvent williams =
          focused(events, book, "e3", "s2", "en", "w-en", Optional.of("williams"), arrest);
      // a Turkish report of the lineman's arrest links to both English events: it may join the
      // lineman's story, not the receiver's (same script, a person the receiver's never names)
      ActiveEvent turkish =
          focused(events, book, "e4", "s3", "tr", "w-tr", Optional.of("williams"), arrest);
      assertThat(book.agree(turkish, williams, events, none, 0.95)).isTrue();
      assertThat(book.agree(turkish, jackson, events, none, 0.95)).isFalse();
      // the lineman's English event linking to the receiver's Russian report: the story would
      // hold both English events
      ActiveEvent russian = events.get("e2");
      assertThat(book.agree(williams, russian, events, none, 0.95)).isFalse();
      // a hiring against a firing of one coach, each with a report in another language
      ActiveEvent fired =
          focused(
              events,
              book,
              "e5",
              "s5",
              "en",
              "f-en",
              Optional.of("cheeks"),
              List.of("dismissal", "coach"));
      focused(events, book, "e6", "s5", "ar", "f-ar", Optional.empty(), List.of("dismissal"));
      ActiveEvent hiredAr =
          focused(events, book, "e7", "s7", "ar", "h-ar", Optional.empty(), List.of("hiring"));
      focused(
          events,
          book,
          "e8",
          "s7",
          "en",
          "h-en",
          Optional.of("cheeks"),
          List.of("hiring", "coach"));
      assertThat(book.agree(fired, hiredAr, events, none, 0.95)).isFalse();
      // a Persian report with no person and no act attaches on its one link
      ActiveEvent persian =
          focused(events, book, "e9", "s9", "fa", "x-fa", Optional.empty(), List.of());
      assertThat(book.agree(persian, jackson, events, none, 0.95)).isTrue();
    }
  }
}
