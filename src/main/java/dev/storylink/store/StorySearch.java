package dev.storylink.store;

import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.text.CrossLingualAnalyzer;
import dev.storylink.text.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds stories by text: the query is analysed like article text, and its words are also looked up
 * as name skeletons, so "Putin Idlib" finds Arabic and Russian coverage too. Articles are ranked
 * and grouped by story, one hit per story, best first.
 *
 * <p>Thread-safe: each search runs on one point-in-time searcher.
 */
final class StorySearch {
  /** Query words looked up at most. */
  static final int MAX_QUERY_TERMS = 64;

  private static final float SKELETON_BOOST = 0.8f;

  private final SearcherSource index;

  StorySearch(SearcherSource index) {
    this.index = index;
  }

  /** The best {@code limit} stories for {@code query}, one hit per story, best first. */
  List<SearchHit> search(String query, int limit) {
    return articleQuery(query)
        .map(q -> index.withSearcher(s -> bestPerStory(s, q, limit)))
        .orElse(List.of());
  }

  /** The query over articles for a text; empty when the text has no searchable word. */
  static Optional<Query> articleQuery(String query) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    try (TokenStream ts = CrossLingualAnalyzer.INSTANCE.tokenStream(StoreSchema.TEXT, query)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && clauses < MAX_QUERY_TERMS) {
        String term = t.toString();
        // the term and the forms articles are indexed with (Arabic: definite article stripped)
        for (String v : LanguageAnalyzers.queryVariants(term)) {
          q.add(new TermQuery(new Term(StoreSchema.TEXT, v)), BooleanClause.Occur.SHOULD);
        }
        StoreSchema.skeleton(term)
            .ifPresent(
                skel ->
                    q.add(
                        new BoostQuery(
                            new TermQuery(new Term(StoreSchema.SKEL, skel)), SKELETON_BOOST),
                        BooleanClause.Occur.SHOULD));
        clauses++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (clauses == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BooleanQuery.Builder()
            .add(q.build(), BooleanClause.Occur.MUST)
            .add(StoreSchema.Kind.ARTICLE.query(), BooleanClause.Occur.FILTER)
            .build());
  }

  // TODO(text-chain): this second stripping pass goes once the analyzer chain strips Arabic
  // proclitics itself; then remove this method and its one call.
  private static List<SearchHit> bestPerStory(IndexSearcher s, Query q, int limit)
      throws IOException {
    TopDocs td = s.search(q, Math.max(limit * 10, 100));
    StoredFields sf = s.storedFields();
    Map<String, SearchHit> byStory = new LinkedHashMap<>();
    Map<String, String> storyOfEvent = new HashMap<>();
    for (ScoreDoc sd : td.scoreDocs) {
      // the ids only, no JSON decoding
      Document d = sf.document(sd.doc, Set.of(StoreSchema.ID, StoreSchema.EVENT));
      String story =
          storyOfEvent.computeIfAbsent(d.get(StoreSchema.EVENT), e -> storyOfEvent(s, e));
      if (!story.isEmpty() && !byStory.containsKey(story)) {
        byStory.put(story, new SearchHit(story, d.get(StoreSchema.ID), sd.score));
        if (byStory.size() >= limit) {
          break;
        }
      }
    }
    return new ArrayList<>(byStory.values());
  }

  private static String storyOfEvent(IndexSearcher s, String eventId) {
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(StoreSchema.ID, eventId)), BooleanClause.Occur.FILTER)
              .add(StoreSchema.Kind.EVENT.query(), BooleanClause.Occur.FILTER)
              .build();
      TopDocs td = s.search(q, 1);
      if (td.scoreDocs.length == 0) {
        return "";
      }
      String story =
          s.storedFields()
              .document(td.scoreDocs[0].doc, Set.of(StoreSchema.STORY))
              .get(StoreSchema.STORY);
      return story == null ? "" : story;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
