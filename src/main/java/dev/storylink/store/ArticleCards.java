package dev.storylink.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads {@link ArticleCard}s of article documents on one searcher: from the {@link
 * StoreSchema#CARD} doc values, or, for an article written before cards were kept, from its stored
 * record (the same values, at the cost of decompressing its text).
 *
 * <p>Not thread-safe: one instance per read (it keeps a doc-values iterator per segment, which only
 * moves forwards).
 */
final class ArticleCards {
  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;
  private final BinaryDocValues[] cards;
  private final boolean[] has; // whether cards[i] has a value on its current document

  ArticleCards(IndexSearcher s) throws IOException {
    this.leaves = s.getIndexReader().leaves();
    this.stored = s.storedFields();
    this.cards = new BinaryDocValues[leaves.size()];
    this.has = new boolean[leaves.size()];
  }

  /** The cards of {@code hits} (article documents), in the hits' order. */
  static List<ArticleCard> of(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    // doc values iterate forwards only: read in document order, give back in the hits' order
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    ArticleCard[] out = new ArticleCard[hits.length];
    ArticleCards reader = new ArticleCards(s);
    for (int i : order) {
      out[i] = reader.card(hits[i].doc);
    }
    return new ArrayList<>(Arrays.asList(out));
  }

  /** The card of the article document {@code doc} (a top-level doc id). */
  ArticleCard card(int doc) throws IOException {
    BinaryDocValues dv = at(doc);
    if (dv != null) {
      return ArticleCard.decode(dv.binaryValue());
    }
    return ArticleCard.of(StoredJson.record(stored.document(doc), StoredArticle.class));
  }

  /** The id of the article document {@code doc}, read from its card when it has one. */
  String id(int doc) throws IOException {
    BinaryDocValues dv = at(doc);
    if (dv != null) {
      return ArticleCard.decodeId(dv.binaryValue());
    }
    return stored.document(doc, Set.of(StoreSchema.ID)).get(StoreSchema.ID);
  }

  /** The card doc values positioned on {@code doc}, or null when it has no card. */
  private BinaryDocValues at(int doc) throws IOException {
    int i = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(i);
    int local = doc - leaf.docBase;
    BinaryDocValues dv = cards[i];
    if (dv != null && dv.docID() == local) { // the same document again
      return has[i] ? dv : null;
    }
    if (dv == null || dv.docID() > local) { // a new segment, or a document before the last one
      dv = leaf.reader().getBinaryDocValues(StoreSchema.CARD);
      cards[i] = dv;
    }
    has[i] = dv != null && dv.advanceExact(local);
    return has[i] ? dv : null;
  }
}
