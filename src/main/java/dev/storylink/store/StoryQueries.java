package dev.storylink.store;

import dev.storylink.store.RankedStories.Ranked;
import dev.storylink.store.StoreSchema.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
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
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(StoreSchema.SEQ, SortField.Type.LONG, true));

  private final SearcherSource index;
  private final RecentFirst recentFirst = new RecentFirst(); // the story list, latest first

  private final StorySearch search;

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
              StoredJson.record(s.storedFields().document(td.scoreDocs[0].doc), cls));
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

  /**
   * At most {@code limit} articles of the events {@code eventIds} together: the first ones (arrival
   * order) or the newest ones (newest first), by one search sorted on the arrival number's doc
   * values, without reading the others.
   */
  List<StoredArticle> articlesOf(Collection<String> eventIds, int limit, boolean newestFirst) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    return list(
        articlesOfEvents(eventIds),
        newestFirst ? NEWEST_FIRST : BY_SEQ,
        limit,
        StoredArticle.class);
  }

  /**
   * The cards of at most {@code limit} articles of the events {@code eventIds} together, chosen and
   * ordered as {@link #articlesOf(Collection, int, boolean)} does, read from doc values (no stored
   * text is decompressed).
   */
  List<ArticleCard> cardsOf(Collection<String> eventIds, int limit, boolean newestFirst) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    Query q = articlesOfEvents(eventIds);
    Sort sort = newestFirst ? NEWEST_FIRST : BY_SEQ;
    return index.withSearcher(s -> ArticleCards.of(s, top(s, q, sort, limit)));
  }

  /** The article documents of the events {@code eventIds}. */
  private static Query articlesOfEvents(Collection<String> eventIds) {
    return both(Kind.ARTICLE.query(), anyOf(StoreSchema.EVENT, eventIds));
  }

  /**
   * The {@code limit} events of a story whose latest articles are the newest, newest first: a story
   * grown by merges is not read whole (only the doc values of its other events are visited).
   */
  List<EventRecord> newestEventsOf(String storyId, int limit) {
    return list(
        both(Kind.EVENT.query(), new TermQuery(new Term(StoreSchema.STORY, storyId))),
        NEWEST_FIRST,
        limit,
        EventRecord.class);
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

  /**
   * Documents with any of {@code ids} in {@code field}: one term query each (a term look-up that
   * the field's Bloom filter answers in the segments without the id, {@link StoreCodec}), or a
   * term-set query past the clause limit.
   */
  private static Query anyOf(String field, Collection<String> ids) {
    if (ids.size() > IndexSearcher.getMaxClauseCount()) {
      return new TermInSetQuery(field, ids.stream().map(BytesRef::new).toList());
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String id : ids) {
      any.add(new TermQuery(new Term(field, id)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder()
        .add(a, BooleanClause.Occur.FILTER)
        .add(b, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Stories matching {@code filter}, {@code offset}/{@code limit}: with a text query in the order
   * of {@link StorySearch} (among its {@link #MAX_TEXT_MATCHES} best), else most recently updated
   * first; and the undated stories a date filter left out.
   */
  StoryResults find(StoryFilter filter, int offset, int limit) {
    if (filter.text().isPresent()) {
      return index.withSearcher(s -> findText(s, filter, offset, limit));
    }
    return index.withSearcher(
        s -> {
          Query q = FilterQueries.of(s, filter, true);
          long undated = 0;
          if (filter.dated()) {
            undated = s.count(both(FilterQueries.of(s, filter, false), FilterQueries.undated()));
          }
          List<FoundStory> found = new ArrayList<>();
          StoredFields sf = s.storedFields();
          for (int doc : recentFirst.top(s, q, offset + limit)) { // as sorted by SEQ, highest first
            found.add(
                new FoundStory(
                    StoredJson.record(sf.document(doc), StoryRecord.class), Optional.empty()));
          }
          return new StoryResults(
              found.subList(Math.min(offset, found.size()), found.size()), undated);
        });
  }

  /**
   * A text filter's page: the stories of the search in rank order (among its {@link
   * #MAX_TEXT_MATCHES} best), each checked against the other filters on its own document, read only
   * until the page is full (all of them when the undated ones left out must be counted); the
   * records and the hits (article id, matched words) of the page's stories only.
   */
  private StoryResults findText(IndexSearcher s, StoryFilter filter, int offset, int limit)
      throws IOException {
    Optional<StorySearch.Results> results = search.open(s, filter.text().get(), MAX_TEXT_MATCHES);
    if (results.isEmpty()) {
      return new StoryResults(List.of(), 0);
    }
    DocMatcher keep = new DocMatcher(s, FilterQueries.of(s, filter, true));
    Optional<DocMatcher> undatedOut =
        filter.dated()
            ? Optional.of(
                new DocMatcher(
                    s, both(FilterQueries.of(s, filter, false), FilterQueries.undated())))
            : Optional.empty();
    StoredFields sf = s.storedFields();
    List<FoundStory> found = new ArrayList<>();
    long undated = 0;
    int skipped = 0;
    int considered = 0;
    for (Optional<Ranked> r = results.get().next();
        r.isPresent() && considered++ < MAX_TEXT_MATCHES;
        r = results.get().next()) {
      if (found.size() >= limit && undatedOut.isEmpty()) {
        break;
      }
      int doc = results.get().stories().storyDoc(r.get().storyId());
      if (doc < 0) {
        continue;
      }
      if (undatedOut.isPresent() && undatedOut.get().matches(doc)) {
        undated++;
      }
      if (found.size() >= limit || !keep.matches(doc) || skipped++ < offset) {
        continue;
      }
      found.add(
          new FoundStory(
              StoredJson.record(sf.document(doc), StoryRecord.class),
              Optional.of(results.get().hit(r.get()))));
    }
    return new StoryResults(found, undated);
  }

  /**
   * Whether single documents match a query, asked in any order (a scorer per question: for the few
   * stories of a page, not for scans).
   *
   * <p>Not thread-safe: one per search.
   */
  private static final class DocMatcher {
    private final Weight weight;
    private final List<LeafReaderContext> leaves;

    DocMatcher(IndexSearcher s, Query q) throws IOException {
      this.weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      this.leaves = s.getIndexReader().leaves();
    }

    boolean matches(int doc) throws IOException {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      Scorer sc = weight.scorer(leaf);
      if (sc == null) {
        return false;
      }
      int local = doc - leaf.docBase;
      TwoPhaseIterator two = sc.twoPhaseIterator();
      DocIdSetIterator it = two == null ? sc.iterator() : two.approximation();
      return it.advance(local) == local && (two == null || two.matches());
    }
  }

  private <T> List<T> list(Query q, Sort sort, int limit, Class<T> cls) {
    return index.withSearcher(s -> list(s, q, sort, limit, cls));
  }

  private static <T> List<T> list(IndexSearcher s, Query q, Sort sort, int limit, Class<T> cls)
      throws IOException {
    ScoreDoc[] hits = top(s, q, sort, limit);
    StoredFields sf = s.storedFields();
    List<T> out = new ArrayList<>(hits.length);
    for (ScoreDoc sd : hits) {
      out.add(StoredJson.record(sf.document(sd.doc), cls));
    }
    return out;
  }

  /** The first {@code limit} documents matching {@code q} in {@code sort}'s order. */
  private static ScoreDoc[] top(IndexSearcher s, Query q, Sort sort, int limit) throws IOException {
    int n = Math.max(1, Math.min(limit, Math.max(1, s.getIndexReader().maxDoc())));
    return s.search(q, n, sort).scoreDocs;
  }
}
