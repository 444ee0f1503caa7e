package dev.storylink.store;

import java.util.function.ObjLongConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the corpus term statistics the store keeps: the document frequency of every counted key
 * (the articles' text terms and long-sentence keys) and the number of articles, from the term
 * dictionaries of the counted fields in one pass each. It hands them to a plain consumer, so the
 * store does not know what the caller builds from them (the clusterer's term statistics).
 *
 * <p>Thread-safe: each read runs on one point-in-time searcher.
 */
final class TermCountReader {
  private final SearcherSource index;
  private final StoreSchema schema;

  TermCountReader(SearcherSource index, StoreSchema schema) {
    this.index = index;
    this.schema = schema;
  }

  /**
   * Gives {@code perKey} each counted key with its document frequency (summed over segments) and
   * returns the number of articles the frequencies were counted over.
   */
  long read(ObjLongConsumer<String> perKey) {
    return index.withSearcher(
        s -> {
          IndexReader r = s.getIndexReader();
          for (String field : schema.countedFields()) {
            Terms terms = MultiTerms.getTerms(r, field);
            if (terms != null) {
              TermsEnum te = terms.iterator();
              for (BytesRef b = te.next(); b != null; b = te.next()) {
                perKey.accept(b.utf8ToString(), te.docFreq());
              }
            }
          }
          return schema.legacyTerms()
              ? (long) r.getDocCount(StoreSchema.TERMS)
              : (long) s.count(StoreSchema.Kind.ARTICLE.query());
        });
  }
}
