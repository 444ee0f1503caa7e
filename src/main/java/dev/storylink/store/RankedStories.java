package dev.storylink.store;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The stories of a search in rank order (a story's rank is that of its best article), read lazily:
 * the article hits are collected in pages of growing size ({@value #FIRST_PAGE}, then twice as many
 * each time, at most {@code maxHits} in all), each page after the last hit of the one before, and
 * resolved to their stories only as far as the caller reads. A page of the API (20 stories) then
 * reads a few dozen hits, not the {@code maxHits} a filter may need. The order is that of one
 * search for the {@code maxHits} best (score, then document order: {@code searchAfter} continues it
 * exactly). No hit count is asked for (a total-hits threshold of 1), so block-max WAND skips the
 * blocks that cannot enter a page.
 *
 * <p>Not thread-safe: one instance per search, on one searcher.
 */
final class RankedStories {
  /** Hits collected by the first page. */
  static final int FIRST_PAGE = 64;

  /** A story in rank order: its id, and its best article's document and score. */
  record Ranked(String storyId, int doc, float score) {}

  private final IndexSearcher searcher;
  private final Query query;
  private final int maxHits;
  private final HitStories stories;
  private final Set<String> seen = new HashSet<>();
  private ScoreDoc[] page = new ScoreDoc[0];
  private ScoreDoc last;
  private int pos;
  private int read;
  private int pageSize = FIRST_PAGE;
  private boolean exhausted;

  RankedStories(IndexSearcher searcher, Query query, int maxHits) throws IOException {
    if (maxHits < 1) {
      throw new IllegalArgumentException("maxHits must be positive");
    }
    this.searcher = searcher;
    this.query = query;
    this.maxHits = maxHits;
    this.stories = new HitStories(searcher);
  }

  /** The resolver of the hits' events and stories (its caches serve the caller too). */
  HitStories stories() {
    return stories;
  }

  /** The next story in rank order, empty when no hit is left (or {@code maxHits} were read). */
  Optional<Ranked> next() throws IOException {
    while (true) {
      if (pos == page.length && !fetch()) {
        return Optional.empty();
      }
      ScoreDoc sd = page[pos++];
      String story = stories.storyOf(stories.eventOf(sd.doc));
      if (!story.isEmpty() && seen.add(story)) {
        return Optional.of(new Ranked(story, sd.doc, sd.score));
      }
    }
  }

  private boolean fetch() throws IOException {
    if (exhausted || read >= maxHits) {
      return false;
    }
    int n = Math.min(pageSize, maxHits - read);
    TopDocs td = searcher.search(query, new TopScoreDocCollectorManager(n, last, 1));
    page = td.scoreDocs;
    pos = 0;
    read += page.length;
    exhausted = page.length < n;
    pageSize = (int) Math.min(Integer.MAX_VALUE / 2, 2L * pageSize);
    if (page.length == 0) {
      return false;
    }
    last = page[page.length - 1];
    return true;
  }
}
