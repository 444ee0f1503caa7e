package dev.storylink.facts;

import dev.storylink.compare.CoverageComparer;
import dev.storylink.compare.SentenceLink;
import dev.storylink.features.TermStats;
import dev.storylink.store.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fact matrix of a story: extracts each article's facts ({@link FactExtractor}), aligns the
 * articles' sentences ({@link StoryAlignment}) and builds the matrix ({@link FactMatrixBuilder}).
 *
 * <p>Stored articles never change, so the facts of an article are cached by its id and text (and
 * re-stamped with the ingest number asked for), the sentence links of two articles by theirs (a
 * story that gains one of its chosen columns aligns only the new column's pairs), and a story's
 * matrix by the ids and ingest numbers of its articles (a story changes only when an article joins
 * it); the caches are bounded (cleared when full). Thread-safe: the caches are concurrent maps, and
 * two threads that miss the same story both compute it (same result).
 */
public final class StoryFacts {
  private static final int ARTICLE_CACHE = 20_000;
  private static final int STORY_CACHE = 512;
  private static final int PAIR_CACHE = 20_000;

  private final FactExtractor extractor;
  private final Map<String, ArticleFacts> articleCache = new ConcurrentHashMap<>();
  private final Map<String, FactMatrix> storyCache = new ConcurrentHashMap<>();
  private final Map<String, Optional<List<SentenceLink>>> pairCache = new ConcurrentHashMap<>();
  private final StoryAlignment.PairAligner aligner;

  /** Facts weighted by {@code stats}, sentences aligned by {@code comparer}. */
  public StoryFacts(TermStats stats, CoverageComparer comparer) {
    this.extractor = new FactExtractor(Objects.requireNonNull(stats, "stats"));
    StoryAlignment.PairAligner direct =
        StoryAlignment.aligner(Objects.requireNonNull(comparer, "comparer"));
    this.aligner =
        (a, b) -> {
          String k = identity(a) + '\u0002' + identity(b);
          Optional<List<SentenceLink>> links = pairCache.get(k);
          if (links == null) {
            links = direct.links(a, b);
            if (pairCache.size() >= PAIR_CACHE) {
              pairCache.clear();
            }
            pairCache.put(k, links);
          }
          return links;
        };
  }

  /** An article's cache key: its id and the hashes of its text, title and language. */
  private static String identity(dev.storylink.core.Article a) {
    return a.id()
        + '\u0000'
        + a.text().hashCode()
        + '\u0000'
        + a.title().hashCode()
        + '\u0000'
        + a.lang();
  }

  /**
   * The fact matrix of a story's articles (languages known, in timeline order), computed or from
   * the cache: of all of them, or of the {@link FactColumns#MAX_COLUMNS} that {@link FactColumns}
   * chooses when there are more.
   */
  public FactMatrix matrix(List<StoredArticle> story) {
    List<StoredArticle> articles = FactColumns.pick(story);
    StringBuilder key = new StringBuilder();
    for (StoredArticle a : articles) {
      key.append(a.article().id()).append('\u0000').append(a.seq()).append('\u0001');
    }
    String k = key.toString();
    FactMatrix m = storyCache.get(k);
    if (m == null) {
      m = compute(articles);
      if (storyCache.size() >= STORY_CACHE) {
        storyCache.clear();
      }
      storyCache.put(k, m);
    }
    return story.size() > articles.size() ? m.ofStoryArticles(story.size()) : m;
  }

  /** The fact matrix of a story's articles, computed afresh (the articles' facts may be cached). */
  public FactMatrix compute(List<StoredArticle> articles) {
    List<ArticleFacts> facts = new ArrayList<>(articles.size());
    java.util.Map<String, StoredArticle> byId = new java.util.HashMap<>();
    for (StoredArticle a : articles) {
      byId.put(a.article().id(), a);
    }
    for (StoredArticle a : articles) {
      facts.add(facts(a));
    }
    facts.sort(FactMatrixBuilder.COLUMN_ORDER);
    List<dev.storylink.core.Article> ordered = new ArrayList<>(facts.size());
    List<Integer> counts = new ArrayList<>(facts.size());
    for (ArticleFacts f : facts) {
      ordered.add(byId.get(f.id()).article());
      counts.add(f.sentences().size());
    }
    return FactMatrixBuilder.build(facts, StoryAlignment.of(ordered, counts, aligner));
  }

  /** The facts of one stored article, computed or from the cache. */
  public ArticleFacts facts(StoredArticle a) {
    String k = identity(a.article());
    ArticleFacts f = articleCache.get(k);
    if (f == null) {
      f = extractor.extract(a.article(), a.seq());
      if (articleCache.size() >= ARTICLE_CACHE) {
        articleCache.clear();
      }
      articleCache.put(k, f);
    }
    return f.withSeq(a.seq());
  }
}
