package dev.storylink.store;

import dev.storylink.store.StoreSchema.Kind;
import java.io.IOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene queries of a story list's filters (language, dates, several languages), its text aside
 * ({@link StorySearch}).
 *
 * <p>Stateless and thread-safe.
 */
final class FilterQueries {
  private FilterQueries() {}

  /** Undated stories (indexed with last = MAX). */
  static Query undated() {
    return LongPoint.newExactQuery(StoreSchema.LAST, Long.MAX_VALUE);
  }

  /** The query of a filter's stories (its text aside), with or without its date bounds. */
  static Query of(IndexSearcher s, StoryFilter filter, boolean dates) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(Kind.STORY.query(), BooleanClause.Occur.FILTER);
    filter
        .lang()
        .ifPresent(
            l -> q.add(new TermQuery(new Term(StoreSchema.LANGS, l)), BooleanClause.Occur.FILTER));
    // an undated story is indexed with first = MIN and last = MAX: the bounds leave it out
    if (dates) {
      filter
          .from()
          .ifPresent(
              f ->
                  q.add(
                      LongPoint.newRangeQuery(StoreSchema.LAST, f.toEpochDay(), Long.MAX_VALUE - 1),
                      BooleanClause.Occur.FILTER));
      filter
          .to()
          .ifPresent(
              t ->
                  q.add(
                      LongPoint.newRangeQuery(
                          StoreSchema.FIRST, Long.MIN_VALUE + 1, t.toEpochDay()),
                      BooleanClause.Occur.FILTER));
    }
    if (filter.multilingual()) {
      q.add(twoLanguagesOrMore(s), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  /** Records with two or more of the languages the index holds. */
  private static Query twoLanguagesOrMore(IndexSearcher s) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    Terms langs = MultiTerms.getTerms(s.getIndexReader(), StoreSchema.LANGS);
    int n = 0;
    if (langs != null) {
      TermsEnum te = langs.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        any.add(
            new TermQuery(new Term(StoreSchema.LANGS, BytesRef.deepCopyOf(t))),
            BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    if (n < 2) {
      return new MatchNoDocsQuery("fewer than two languages in the store");
    }
    any.setMinimumNumberShouldMatch(2);
    return any.build();
  }
}
