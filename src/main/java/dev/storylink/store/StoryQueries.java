package dev.storylink.store;

import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.store.ArticleStore.StoryFilter;
import dev.storylink.store.StoreSchema.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The store's reads of records: counts, look-ups by id, the articles of an event, the events of a
 * story, the open events, and the story list with its filters (the text filter through {@link
 * StorySearch}).
 *
 * <p>Thread-safe: each read runs on one point-in-time searcher.
 */
final class StoryQueries {
  /** Stories a text filter considers at most (the best-matching ones). */
  static final int MAX_TEXT_MATCHES = 200;

  private static final Sort BY_SEQ = new Sort(new SortField(StoreSchema.SEQ, SortField.Type.LONG));

  private final SearcherSource index;
  private final StorySearch search;
  private final RecentFirst recentFirst = new RecentFirst(); // the story list's latest-first walk

  StoryQueries(SearcherSource index, StorySearch search) {
    this.index = index;
    this.search = search;
  }

  /** Number of stored records of one kind. */
  long count(Kind kind) {
    return index.withSearcher(s -> (long) s.count(kind.query()));
  }

  /**
   * True if an article with this id is stored: a term lookup per segment (the id's documents
   * intersected with the articles), without searching or reading the record.
   */
  boolean containsArticle(String id) {
    BytesRef idTerm = new BytesRef(id);
    BytesRef article = new BytesRef(Kind.ARTICLE.term);
    return index.withSearcher(
        s -> {
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            PostingsEnum ids = postings(leaf, StoreSchema.ID, idTerm);
            if (ids == null) {
              continue;
            }
            PostingsEnum articles = postings(leaf, StoreSchema.TYPE, article);
            if (articles == null) {
              continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            int end = DocIdSetIterator.NO_MORE_DOCS;
            for (int d = ids.nextDoc(); d != end; d = ids.nextDoc()) {
              int a = articles.docID() < d ? articles.advance(d) : articles.docID();
              if (a == end) {
                break;
              }
              if (a == d && (live == null || live.get(d))) {
                return true;
              }
            }
          }
          return false;
        });
  }

  private static PostingsEnum postings(LeafReaderContext leaf, String field, BytesRef term)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    return te.seekExact(term) ? te.postings(null, PostingsEnum.NONE) : null;
  }

  /** The record of this kind with this id. */
  <T> Optional<T> byId(String id, Kind kind, Class<T> cls) {
    return index.withSearcher(
        s -> {
          TopDocs td = s.search(idOf(id, kind), 1);
          if (td.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(
              StoreSchema.record(s.storedFields().document(td.scoreDocs[0].doc), cls));
        });
  }

  private static Query idOf(String id, Kind kind) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(StoreSchema.ID, id)), BooleanClause.Occur.FILTER)
        .add(kind.query(), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Articles of an event, in arrival order. */
  List<StoredArticle> articlesOf(String eventId) {
    return list(
        both(Kind.ARTICLE.query(), new TermQuery(new Term(StoreSchema.EVENT, eventId))),
        BY_SEQ,
        Integer.MAX_VALUE,
        StoredArticle.class);
  }

  /** Events of a story, in creation order. */
  List<EventRecord> eventsOf(String storyId) {
    return list(
        both(Kind.EVENT.query(), new TermQuery(new Term(StoreSchema.STORY, storyId))),
        Sort.INDEXORDER,
        Integer.MAX_VALUE,
        EventRecord.class);
  }

  /** Events still open (active in the clusterer), in order of their latest article. */
  List<EventRecord> openEvents() {
    return list(
        both(Kind.EVENT.query(), new TermQuery(new Term(StoreSchema.OPEN, "true"))),
        BY_SEQ,
        Integer.MAX_VALUE,
        EventRecord.class);
  }

  /** All stored articles in arrival order. */
  List<StoredArticle> allArticles() {
    return list(Kind.ARTICLE.query(), BY_SEQ, Integer.MAX_VALUE, StoredArticle.class);
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.FILTER)
        .add(b, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Stories matching {@code filter}, most recently updated first, {@code offset}/{@code limit}. A
   * text filter keeps the {@link #MAX_TEXT_MATCHES} best-matching stories.
   */
  List<StoryRecord> stories(StoryFilter filter, int offset, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(Kind.STORY.query(), BooleanClause.Occur.FILTER);
    filter
        .lang()
        .ifPresent(
            l -> q.add(new TermQuery(new Term(StoreSchema.LANGS, l)), BooleanClause.Occur.FILTER));
    filter
        .from()
        .ifPresent(
            f ->
                q.add(
                    LongPoint.newRangeQuery(StoreSchema.LAST, f.toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER));
    filter
        .to()
        .ifPresent(
            t ->
                q.add(
                    LongPoint.newRangeQuery(StoreSchema.FIRST, Long.MIN_VALUE, t.toEpochDay()),
                    BooleanClause.Occur.FILTER));
    if (filter.text().isPresent() && !filter.text().get().isBlank()) {
      List<SearchHit> hits = search.search(filter.text().get(), MAX_TEXT_MATCHES);
      if (hits.isEmpty()) {
        return List.of();
      }
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (SearchHit h : hits) {
        anyOf.add(new TermQuery(new Term(StoreSchema.ID, h.storyId())), BooleanClause.Occur.SHOULD);
      }
      q.add(anyOf.build(), BooleanClause.Occur.FILTER);
    }
    Query query = q.build();
    List<StoryRecord> all =
        index.withSearcher(
            s -> {
              StoredFields sf = s.storedFields();
              List<StoryRecord> out = new ArrayList<>();
              for (int doc : recentFirst.top(s, query, offset + limit)) {
                out.add(StoreSchema.record(sf.document(doc), StoryRecord.class));
              }
              return out;
            });
    return all.subList(Math.min(offset, all.size()), all.size());
  }

  private <T> List<T> list(Query q, Sort sort, int limit, Class<T> cls) {
    return index.withSearcher(
        s -> {
          int n = Math.max(1, Math.min(limit, Math.max(1, s.getIndexReader().maxDoc())));
          TopDocs td = s.search(q, n, sort);
          StoredFields sf = s.storedFields();
          List<T> out = new ArrayList<>(td.scoreDocs.length);
          for (ScoreDoc sd : td.scoreDocs) {
            out.add(StoreSchema.record(sf.document(sd.doc), cls));
          }
          return out;
        });
  }
}
