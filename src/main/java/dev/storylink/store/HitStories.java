package dev.storylink.store;

import dev.storylink.store.StoreSchema.Kind;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The event and the story of search hits, on one searcher, without a search per event: an article's
 * event is read from its doc values ({@link StoreSchema#EVENT_OF_ARTICLE}), an event's story by a
 * term look-up of the event id in each segment and a doc-values read ({@link
 * StoreSchema#STORY_OF_EVENT}). Documents written before these doc values existed are read from
 * their stored fields instead, with the same result: the story of the first live event document
 * with that id, in index order, as a search for it would give.
 *
 * <p>Not thread-safe: one instance per search (it caches the stories of the events it resolved).
 */
final class HitStories {
  private static final BytesRef EVENT_TYPE = new BytesRef(Kind.EVENT.term);
  private static final BytesRef STORY_TYPE = new BytesRef(Kind.STORY.term);

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;
  private final SortedDocValues[] eventDv;
  private final Map<String, String> storyOfEvent = new HashMap<>();
  private int storedDoc = -1;
  private String storedId = "";

  HitStories(IndexSearcher s) throws IOException {
    this.leaves = s.getIndexReader().leaves();
    this.stored = s.storedFields();
    this.eventDv = new SortedDocValues[leaves.size()];
  }

  /** The event id of the article document {@code doc} (a top-level doc id). */
  String eventOf(int doc) throws IOException {
    int i = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(i);
    int local = doc - leaf.docBase;
    SortedDocValues dv = eventDv[i];
    if (dv == null || dv.docID() >= local) { // doc values iterate forwards only: hits come by score
      dv = leaf.reader().getSortedDocValues(StoreSchema.EVENT_OF_ARTICLE);
      eventDv[i] = dv;
    }
    if (dv != null && dv.advanceExact(local)) {
      return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    Document d = stored.document(doc, Set.of(StoreSchema.ID, StoreSchema.EVENT));
    storedDoc = doc;
    storedId = d.get(StoreSchema.ID);
    String event = d.get(StoreSchema.EVENT);
    return event == null ? "" : event;
  }

  /** The id of the article document {@code doc}. */
  String articleId(int doc) throws IOException {
    if (doc == storedDoc) {
      return storedId;
    }
    return stored.document(doc, Set.of(StoreSchema.ID)).get(StoreSchema.ID);
  }

  /** The story of the event {@code eventId}, empty if no event has that id. */
  String storyOf(String eventId) throws IOException {
    String story = storyOfEvent.get(eventId);
    if (story == null) {
      story = resolve(eventId);
      storyOfEvent.put(eventId, story);
    }
    return story;
  }

  private String resolve(String eventId) throws IOException {
    int doc = liveDoc(eventId, EVENT_TYPE);
    if (doc < 0) {
      return "";
    }
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues dv = leaf.reader().getSortedDocValues(StoreSchema.STORY_OF_EVENT);
    if (dv != null && dv.advanceExact(doc - leaf.docBase)) {
      return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    String story = stored.document(doc, Set.of(StoreSchema.STORY)).get(StoreSchema.STORY);
    return story == null ? "" : story;
  }

  /** The top-level doc id of the live story document {@code storyId}, or -1 if there is none. */
  int storyDoc(String storyId) throws IOException {
    return liveDoc(storyId, STORY_TYPE);
  }

  /**
   * The first live document with this id and type, in index order (a term look-up per segment, no
   * search), or -1.
   */
  private int liveDoc(String id, BytesRef type) throws IOException {
    BytesRef idTerm = new BytesRef(id);
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      PostingsEnum docs = postings(r, StoreSchema.ID, idTerm);
      if (docs == null) {
        continue;
      }
      Bits live = r.getLiveDocs();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if ((live == null || live.get(d)) && isOfType(r, d, type)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }

  private static boolean isOfType(LeafReader r, int doc, BytesRef type) throws IOException {
    PostingsEnum ofType = postings(r, StoreSchema.TYPE, type);
    return ofType != null && ofType.advance(doc) == doc;
  }

  private static PostingsEnum postings(LeafReader r, String field, BytesRef term)
      throws IOException {
    Terms terms = r.terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    return te.seekExact(term) ? te.postings(null, PostingsEnum.NONE) : null;
  }
}
