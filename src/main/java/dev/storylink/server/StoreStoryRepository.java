package dev.storylink.server;

import dev.storylink.app.IngestItem;
import dev.storylink.app.IngestListener;
import dev.storylink.app.RepeatRule;
import dev.storylink.app.StoryLink;
import dev.storylink.cluster.Assignment;
import dev.storylink.cluster.StoryClusterer;
import dev.storylink.core.Article;
import dev.storylink.ingest.IngestProblem;
import dev.storylink.store.ArticleCard;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.FoundStory;
import dev.storylink.store.Repeat;
import dev.storylink.store.StoryFilter;
import dev.storylink.store.StoryRecord;
import dev.storylink.store.StoryResults;
import dev.storylink.text.LanguageIdentifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link StoryRepository} over the embedded {@link ArticleStore} of a {@link StoryLink}, which
 * clusters posted articles. One bad article of a request is rejected with its index and the rest is
 * stored; it never stops later requests. Thread-safe: reads run concurrently through {@link
 * StoryLink#read}, the sources shown in story lists are cached per story until its next article (a
 * concurrent map); ingests are serialised by the {@link StoryLink}.
 */
public final class StoreStoryRepository implements StoryRepository {
  private static final int MAX_SOURCES = StoryRecord.MAX_SOURCES;
  private static final int SOURCE_CACHE_LIMIT = 50_000;

  /** Story-list and search pages kept for the current view of the store. */
  static final int PAGES_KEPT = 512;

  /** Story details kept for the current view of the store (each up to 200 articles and events). */
  static final int DETAILS_KEPT = 256;

  /** Articles read at most for the sources of one story in a list. */
  static final int SOURCE_READS = 30;

  /** Sources of a story as of its latest article (a story only changes when an article arrives). */
  private record CachedSources(long lastSeq, List<String> sources) {}

  private final java.util.concurrent.ConcurrentHashMap<String, CachedSources> sourceCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final StoryLink storyLink;
  private final PageCache<StoryQuery, Page<StorySummary>> pages;
  private final PageCache<String, Optional<StoryDetail>> details;

  /** A repository over a {@link StoryLink} with a store (writable if ingests are to work). */
  public StoreStoryRepository(StoryLink storyLink) {
    this(storyLink, true);
  }

  /**
   * A repository over a {@link StoryLink}; with {@code cachePages}, the story lists, searches and
   * story details of the current view of the store are kept and shared ({@link PageCache}), else
   * every read computes its answer (benchmarks compare both).
   */
  public StoreStoryRepository(StoryLink storyLink, boolean cachePages) {
    this.storyLink = Objects.requireNonNull(storyLink, "storyLink");
    this.pages = new PageCache<>(cachePages ? PAGES_KEPT : 0);
    this.details = new PageCache<>(cachePages ? DETAILS_KEPT : 0);
    if (storyLink.dataDir().isEmpty()) {
      throw new IllegalArgumentException("the StoryLink has no store");
    }
  }

  /**
   * A repository over a store the caller opened and closes (tests, benchmarks that fill the store
   * first), identifying languages with {@code langId}.
   */
  public StoreStoryRepository(ArticleStore store, LanguageIdentifier langId) {
    this(StoryLink.builder().store(store).languages(langId).build());
  }

  @Override
  public Page<StorySummary> stories(StoryQuery q) {
    // an unknown language is an InputException (a 400 naming the supported ones)
    StoryFilter filter = new StoryFilter(q.lang(), q.from(), q.to(), q.text(), q.multilingual());
    return storyLink.read(store -> pages.get(q, store.readerStamp(), () -> page(store, filter, q)));
  }

  private Page<StorySummary> page(ArticleStore store, StoryFilter filter, StoryQuery q) {
    StoryResults res = store.find(filter, q.offset(), q.limit() + 1);
    List<FoundStory> found = res.stories();
    boolean more = found.size() > q.limit();
    List<StorySummary> items = new ArrayList<>();
    for (FoundStory f : found.subList(0, Math.min(q.limit(), found.size()))) {
      items.add(
          summary(
              store,
              f.story(),
              null,
              f.hit().map(ArticleStore.SearchHit::matched).orElse(List.of())));
    }
    return new Page<>(items, q.offset(), q.limit(), more, res.undatedLeftOut());
  }

  private StorySummary summary(
      ArticleStore store, StoryRecord s, List<ArticleSummary> articles, List<String> matched) {
    Set<String> sources = new LinkedHashSet<>();
    if (articles != null) {
      for (ArticleSummary a : articles) {
        if (!a.source().isBlank() && sources.size() < MAX_SOURCES) {
          sources.add(a.source());
        }
      }
    } else if (!s.sources().isEmpty()) {
      sources.addAll(s.sources()); // kept by the record: no article read
    } else {
      CachedSources c = sourceCache.get(s.id());
      if (c != null && c.lastSeq == s.lastSeq()) {
        sources.addAll(c.sources);
      } else {
        // a list shows a few sources: the first articles of the first events only, however big
        // the story (each article read is its whole stored JSON, text included)
        int budget = SOURCE_READS;
        for (String eventId : s.eventIds().subList(0, Math.min(MAX_SOURCES, s.eventIds().size()))) {
          List<ArticleCard> first = store.cardsOf(List.of(eventId), budget, false);
          budget -= first.size();
          for (ArticleCard a : first) {
            if (!a.source().isBlank()) {
              sources.add(a.source());
            }
          }
          if (sources.size() >= MAX_SOURCES || budget <= 0) {
            break;
          }
        }
        if (sourceCache.size() >= SOURCE_CACHE_LIMIT) {
          sourceCache.clear();
        }
        sourceCache.put(s.id(), new CachedSources(s.lastSeq(), List.copyOf(sources)));
      }
    }
    return new StorySummary(
        s.id(),
        s.headline(),
        s.langs(),
        sources.stream().limit(MAX_SOURCES).toList(),
        s.articleCount(),
        s.eventIds().size(),
        s.firstDate(),
        s.lastDate(),
        matched);
  }

  @Override
  public Optional<StoryDetail> story(String id) {
    return storyLink.read(store -> details.get(id, store.readerStamp(), () -> story(store, id)));
  }

  private Optional<StoryDetail> story(ArticleStore store, String id) {
    Optional<StoryRecord> rec = store.story(id);
    if (rec.isEmpty()) {
      return Optional.empty();
    }
    // a story grown by merges is shown by its newest events and articles, not read whole
    StoryRecord story = rec.get();
    List<EventRecord> records = store.newestEventsOf(id, NewestArticles.STORY_EVENTS);
    List<EventView> events = new ArrayList<>();
    for (EventRecord e : NewestArticles.inCreationOrder(story, records)) {
      events.add(
          EventView.of(
              e.id(), e.lang(), e.headline(), e.articleIds(), e.firstDate(), e.lastDate()));
    }
    List<ArticleSummary> articles = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    for (ArticleCard card : NewestArticles.cards(store, records, NewestArticles.STORY_ARTICLES)) {
      articles.add(summaryOf(card));
      seqs.add(card.seq());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> byDate =
        Comparator.comparing((Integer i) -> articles.get(i).date().orElse(LocalDate.MAX));
    order.sort(byDate.thenComparing(seqs::get));
    List<ArticleSummary> timeline = order.stream().map(articles::get).toList();
    return Optional.of(
        new StoryDetail(
            summary(store, story, timeline, List.of()),
            events,
            timeline,
            Math.max(0, story.articleCount() - timeline.size()),
            Math.max(0, story.eventIds().size() - events.size())));
  }

  static ArticleSummary summaryOf(ArticleCard c) {
    return new ArticleSummary(
        c.id(), c.lang(), c.title(), c.source(), c.url(), c.date(), c.eventId(), c.duplicateOf());
  }

  /** The story's last arrival number and article count (a story changes only when one arrives). */
  @Override
  public Optional<String> storyVersion(String id) {
    return storyLink.read(store -> store.story(id).map(s -> s.lastSeq() + ":" + s.articleCount()));
  }

  @Override
  public dev.storylink.link.CorpusNeighbours linkCorpus(
      dev.storylink.app.LinkCorpus.Side a, dev.storylink.app.LinkCorpus.Side b) {
    return storyLink.linkCorpus(a, b).neighbours();
  }

  @Override
  public Optional<StoredView> article(String id) {
    return storyLink.read(
        store ->
            store
                .article(id)
                .map(
                    sa ->
                        new StoredView(
                            sa.article(),
                            sa.eventId(),
                            store.event(sa.eventId()).map(EventRecord::storyId).orElse(""),
                            sa.duplicateOf())));
  }

  /**
   * Clusters and stores the articles through {@link StoryLink#ingest}; each repeat ({@link
   * RepeatRule#BY_KEYS}) is listed as a duplicate with the stored id it repeats, each other one not
   * stored (an unknown language, an article the clusterer fails on) is rejected with its index in
   * the request, and the others are stored and committed.
   */
  @Override
  public void checkWritable() {
    if (storyLink.readOnly()) {
      throw new ApiException(
          409, "the server was started on a read-only store; ingest is disabled");
    }
  }

  @Override
  public IngestResult ingest(List<Article> articles) {
    checkWritable();
    List<IngestItem> items = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      items.add(
          IngestItem.at(articles.get(i), articles.size() == 1 ? "article" : "article [" + i + "]"));
    }
    List<Added> added = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    storyLink.ingest(
        items.iterator(),
        new IngestListener() {
          @Override
          public void stored(IngestItem item, StoryClusterer.Outcome o) {
            Assignment as = o.assignment().orElseThrow();
            added.add(
                new Added(
                    as.articleId(), as.eventId(), as.storyId(), as.duplicateOf().isPresent()));
          }

          @Override
          public void failed(IngestItem item, IngestProblem problem) {
            rejected.add(new Rejected(item.article().id(), problem.message()));
          }

          @Override
          public void known(IngestItem item, Repeat repeat) {
            String id = item.article().id();
            duplicates.add(
                new Duplicate(
                    id,
                    repeat.storedId(),
                    repeat.by().name().toLowerCase(Locale.ROOT),
                    item.position() + ": " + repeat.describe()));
          }
        },
        RepeatRule.BY_KEYS);
    return new IngestResult(added, rejected, duplicates);
  }
}
