package dev.storylink.server;

import dev.storylink.core.Article;
import dev.storylink.link.CorpusNeighbours;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web API needs from a store of clustered articles. Implementations say whether they are
 * thread-safe; the API calls every method from many threads, so the ones it is given must be.
 */
public interface StoryRepository {
  /** Stories matching {@code query}, most recently updated first. */
  Page<StorySummary> stories(StoryQuery query);

  /** A story with its events and articles, or empty if the id is unknown. */
  Optional<StoryDetail> story(String id);

  /**
   * A token that changes whenever the story's articles change, or empty if the id is unknown; a
   * cheaper check than {@link #story} for caches of what a story shows.
   */
  default Optional<String> storyVersion(String id) {
    return story(id)
        .map(d -> String.join(",", d.articles().stream().map(ArticleSummary::id).toList()));
  }

  /** A stored article, or empty if the id is unknown. */
  Optional<StoredView> article(String id);

  /**
   * The corpus {@code POST /api/link} scores two articles (with their analyses and features)
   * within: the stored articles of their language ({@link dev.storylink.app.LinkCorpus}); none by
   * default.
   */
  default CorpusNeighbours linkCorpus(
      dev.storylink.app.LinkCorpus.Side a, dev.storylink.app.LinkCorpus.Side b) {
    return CorpusNeighbours.NONE;
  }

  /**
   * Adds articles, clusters them and makes them durable. Articles that cannot be added (an id
   * already stored, an unknown language) are reported in the result, not thrown.
   */
  IngestResult ingest(List<Article> articles);

  /**
   * Throws the {@link ApiException} (409) that {@link #ingest} would throw when this repository
   * takes no articles (a read-only store), so that a route can refuse before it does the work of
   * one (fetching a page); does nothing by default.
   */
  default void checkWritable() {}

  /**
   * Which stories to list. Immutable and thread-safe.
   *
   * @param lang only stories with an article in this language
   * @param from only stories with an article on or after this date
   * @param to only stories with an article on or before this date
   * @param text only stories whose articles match this text query (any script), best match first
   * @param multilingual only stories with articles in two or more languages
   * @param offset stories to skip
   * @param limit stories to return (1..100)
   */
  record StoryQuery(
      Optional<String> lang,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> text,
      boolean multilingual,
      int offset,
      int limit) {
    /** Largest page. */
    public static final int MAX_LIMIT = 100;

    public StoryQuery {
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(text, "text");
      if (offset < 0 || offset > 1_000_000) {
        throw new IllegalArgumentException("offset must be between 0 and 1000000");
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
      }
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw new IllegalArgumentException("from is after to");
      }
    }

    /** A query of every story, multilingual or not. */
    public StoryQuery(
        Optional<String> lang,
        Optional<LocalDate> from,
        Optional<LocalDate> to,
        Optional<String> text,
        int offset,
        int limit) {
      this(lang, from, to, text, false, offset, limit);
    }
  }

  /**
   * One page of results. Immutable and thread-safe.
   *
   * @param items the results
   * @param offset offset of the first result
   * @param limit requested page size
   * @param hasMore whether more results follow
   * @param undatedLeftOut undated stories left out by a date filter (0 without one)
   */
  record Page<T>(List<T> items, int offset, int limit, boolean hasMore, long undatedLeftOut) {
    public Page {
      items = List.copyOf(items);
    }

    /** A page without undated stories left out. */
    public Page(List<T> items, int offset, int limit, boolean hasMore) {
      this(items, offset, limit, hasMore, 0);
    }
  }

  /**
   * A story in a list. Immutable and thread-safe.
   *
   * @param id story id
   * @param headline headline of its first event
   * @param languages languages of its articles, sorted
   * @param sources outlets of its articles (at most 10)
   * @param articleCount number of articles
   * @param eventCount number of events
   * @param firstDate earliest publication date, when known
   * @param lastDate latest publication date, when known
   * @param matched for a text query, the words its best article matched, as it wrote them ({@code
   *     Putin ≈ بوتين} for a spelling in another script: the query word as typed); empty otherwise
   */
  record StorySummary(
      String id,
      String headline,
      List<String> languages,
      List<String> sources,
      int articleCount,
      int eventCount,
      Optional<LocalDate> firstDate,
      Optional<LocalDate> lastDate,
      List<String> matched) {
    public StorySummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(firstDate, "firstDate");
      Objects.requireNonNull(lastDate, "lastDate");
      languages = List.copyOf(languages);
      sources = List.copyOf(sources);
      matched = List.copyOf(matched);
    }
  }

  /**
   * An article without its text, as listed in a story. Immutable and thread-safe.
   *
   * @param id article id
   * @param lang language
   * @param title headline (or the start of the text when there is none)
   * @param source outlet
   * @param url address
   * @param date publication date, when known
   * @param eventId event it belongs to
   * @param duplicateOf the article it republishes, when it is a near-duplicate
   */
  record ArticleSummary(
      String id,
      String lang,
      String title,
      String source,
      String url,
      Optional<LocalDate> date,
      String eventId,
      Optional<String> duplicateOf) {
    public ArticleSummary {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
  }

  /**
   * An event of a story: articles in one language about one happening. Immutable and thread-safe.
   *
   * @param id event id
   * @param lang language
   * @param headline headline of its first article
   * @param articleIds its articles in arrival order; of an event with more than {@value
   *     #EVENT_ARTICLE_IDS}, the newest {@value #EVENT_ARTICLE_IDS}
   * @param articleCount its articles, all of them
   * @param firstDate earliest publication date, when known
   * @param lastDate latest publication date, when known
   */
  record EventView(
      String id,
      String lang,
      String headline,
      List<String> articleIds,
      int articleCount,
      Optional<LocalDate> firstDate,
      Optional<LocalDate> lastDate) {
    /** Article ids an event lists at most. */
    static final int EVENT_ARTICLE_IDS = 200;

    public EventView {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(lang, "lang");
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(firstDate, "firstDate");
      Objects.requireNonNull(lastDate, "lastDate");
      articleIds = List.copyOf(articleIds);
      if (articleIds.size() > EVENT_ARTICLE_IDS || articleCount < articleIds.size()) {
        throw new IllegalArgumentException(
            "an event lists at most " + EVENT_ARTICLE_IDS + " of its articleCount articles");
      }
    }

    /** The view of an event with these articles (the newest {@link #EVENT_ARTICLE_IDS} listed). */
    static EventView of(
        String id,
        String lang,
        String headline,
        List<String> articleIds,
        Optional<LocalDate> firstDate,
        Optional<LocalDate> lastDate) {
      int n = articleIds.size();
      return new EventView(
          id,
          lang,
          headline,
          articleIds.subList(Math.max(0, n - EVENT_ARTICLE_IDS), n),
          n,
          firstDate,
          lastDate);
    }
  }

  /**
   * A story with everything in it. Immutable and thread-safe.
   *
   * @param story the summary
   * @param events its events in creation order; a big story shows only the events with its newest
   *     articles (see {@code NewestArticles})
   * @param articles its articles as a timeline: by date (undated last), then arrival; a big story
   *     shows only its newest articles
   * @param notShown the story's articles left out of {@code articles} (0 when all are shown)
   * @param eventsNotShown the story's events left out of {@code events} (0 when all are shown)
   */
  record StoryDetail(
      StorySummary story,
      List<EventView> events,
      List<ArticleSummary> articles,
      int notShown,
      int eventsNotShown) {
    public StoryDetail {
      Objects.requireNonNull(story, "story");
      events = List.copyOf(events);
      articles = List.copyOf(articles);
      if (notShown < 0 || eventsNotShown < 0) {
        throw new IllegalArgumentException("notShown and eventsNotShown must not be negative");
      }
    }

    /** Every event and article, nothing left out. */
    StoryDetail(StorySummary story, List<EventView> events, List<ArticleSummary> articles) {
      this(story, events, articles, 0, 0);
    }
  }

  /**
   * A stored article with its place in the clustering. Immutable and thread-safe.
   *
   * @param article the article, text included
   * @param eventId its event
   * @param storyId its story (empty string if the event is unknown)
   * @param duplicateOf the article it republishes, when it is a near-duplicate
   */
  record StoredView(Article article, String eventId, String storyId, Optional<String> duplicateOf) {
    public StoredView {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(duplicateOf, "duplicateOf");
    }
  }

  /**
   * What an ingest did. Immutable and thread-safe.
   *
   * @param added the articles added, with their story
   * @param rejected the articles not added, with why
   * @param duplicates the articles not added because they repeat a stored one (or one earlier in
   *     the request): by id, URL or title and text ({@link dev.storylink.app.RepeatRule#BY_KEYS})
   */
  record IngestResult(List<Added> added, List<Rejected> rejected, List<Duplicate> duplicates) {
    public IngestResult {
      added = List.copyOf(added);
      rejected = List.copyOf(rejected);
      duplicates = List.copyOf(duplicates);
    }

    /** Why nothing was added: the first rejection's error, else the first duplicate's. */
    public String firstError() {
      return rejected.isEmpty()
          ? duplicates.isEmpty() ? "nothing to add" : duplicates.get(0).error()
          : rejected.get(0).error();
    }
  }

  /**
   * An article not added because it repeats a stored article. Immutable and thread-safe.
   *
   * @param id the article's id
   * @param duplicateOf the id of the stored article it repeats
   * @param by the key they share: {@code id}, {@code url} or {@code content}
   * @param error the line a person reads: its position and {@code duplicate of stored article 'ID'
   *     (same URL)}
   */
  record Duplicate(String id, String duplicateOf, String by, String error) {
    public Duplicate {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(duplicateOf, "duplicateOf");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * An article added: its id, event, story and whether it is a near-duplicate. Immutable and
   * thread-safe.
   */
  record Added(String id, String eventId, String storyId, boolean duplicate) {
    public Added {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(storyId, "storyId");
    }
  }

  /** An article that was not added, and why. Immutable and thread-safe. */
  record Rejected(String id, String error) {
    public Rejected {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
    }
  }
}
