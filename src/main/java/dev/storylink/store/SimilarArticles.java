package dev.storylink.store;

import dev.storylink.store.StoreSchema.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * A more-like-this search over the stored articles of one language (docs/link-model.md, Session
 * 20): the candidates among which {@code link.CorpusNeighbours} picks an article's nearest stored
 * neighbours. The query is the {@value #QUERY_TERMS} terms of the article's analysed text (the
 * terms the store indexes as {@code text}) with the highest {@code tf · idf}, {@code idf = ln(1 +
 * (N − df + 0.5) / (df + 0.5))} over the stored articles (terms no article holds are left out; ties
 * by term), as SHOULD clauses scored by BM25, at least one matching, restricted to articles of the
 * language and without the excluded ids. Stateless; thread-safe.
 */
final class SimilarArticles {
  /** Terms of the query article in the search. */
  static final int QUERY_TERMS = 25;

  private SimilarArticles() {}

  /** Stored articles in {@code lang}. */
  static long count(StoreIndex index, String lang) {
    return index.withSearcher(s -> (long) s.count(inLanguage(lang).build()));
  }

  /**
   * At most {@code limit} stored articles in {@code lang} most like a text of the analysed terms
   * {@code tokens}, best first, none of whose id is in {@code exclude}.
   */
  static List<StoredArticle> find(
      StoreIndex index, List<String> tokens, String lang, Collection<String> exclude, int limit) {
    if (limit < 1 || tokens.isEmpty()) {
      return List.of();
    }
    return index.withSearcher(
        s -> {
          List<String> terms = queryTerms(s, tokens);
          if (terms.isEmpty()) {
            return List.of();
          }
          BooleanQuery.Builder q = inLanguage(lang);
          for (String t : terms) {
            q.add(new TermQuery(new Term(StoreSchema.TEXT, t)), Occur.SHOULD);
          }
          for (String id : exclude) {
            q.add(new TermQuery(new Term(StoreSchema.ID, id)), Occur.MUST_NOT);
          }
          q.setMinimumNumberShouldMatch(1);
          List<StoredArticle> out = new ArrayList<>();
          for (ScoreDoc d : s.search(q.build(), limit).scoreDocs) {
            out.add(StoredJson.record(s.storedFields().document(d.doc), StoredArticle.class));
          }
          return out;
        });
  }

  private static BooleanQuery.Builder inLanguage(String lang) {
    return new BooleanQuery.Builder()
        .add(Kind.ARTICLE.query(), Occur.FILTER)
        .add(new TermQuery(new Term(StoreSchema.LANGS, lang)), Occur.FILTER);
  }

  /** The {@value #QUERY_TERMS} terms of {@code tokens} with the highest tf · idf. */
  private static List<String> queryTerms(IndexSearcher s, List<String> tokens)
      throws java.io.IOException {
    Map<String, Integer> tf = new TreeMap<>();
    for (String t : tokens) {
      tf.merge(t, 1, Integer::sum);
    }
    IndexReader r = s.getIndexReader();
    double n = r.getDocCount(StoreSchema.TEXT);
    record Weighted(String term, double weight) {}
    List<Weighted> ws = new ArrayList<>();
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      int df = r.docFreq(new Term(StoreSchema.TEXT, e.getKey()));
      if (df > 0) {
        ws.add(new Weighted(e.getKey(), e.getValue() * Math.log(1 + (n - df + 0.5) / (df + 0.5))));
      }
    }
    ws.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
    return ws.stream().limit(QUERY_TERMS).map(Weighted::term).toList();
  }
}
