package dev.storylink.store;

import dev.storylink.store.StoreSchema.Kind;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
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
  private static final TermsEnum NO_TERMS = TermsEnum.EMPTY;

  private final List<LeafReaderContext> leaves;
  private final StoredFields stored;
  private final SortedDocValues[] eventDv;
  private final ArticleCards cards;
  private final Map<String, String> storyOfEvent = new HashMap<>();
  private final TermsEnum[] idTerms; // per segment, made on first use
  private final TermsEnum[] typeTerms;
  private PostingsEnum idPostings; // reused
  private PostingsEnum typePostings;
  private int storedDoc = -1;
  private String storedId = "";

  HitStories(IndexSearcher s) throws IOException {
    this.leaves = s.getIndexReader().leaves();
    this.stored = s.storedFields();
    this.eventDv = new SortedDocValues[leaves.size()];
    this.cards = new ArticleCards(s);
    this.idTerms = new TermsEnum[leaves.size()];
    this.typeTerms = new TermsEnum[leaves.size()];
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

  /** The id of the article document {@code doc} (from its card: no stored text is read). */
  String articleId(int doc) throws IOException {
    if (doc == storedDoc) {
      return storedId;
    }
    return cards.id(doc);
  }

  /** The card of the article document {@code doc} (its doc values: no stored text is read). */
  ArticleCard card(int doc) throws IOException {
    return cards.card(doc);
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
   * search), or -1. The terms enums of each segment are made once per instance and reused.
   */
  private int liveDoc(String id, BytesRef type) throws IOException {
    BytesRef idTerm = new BytesRef(id);
    for (int i = 0; i < leaves.size(); i++) {
      LeafReaderContext leaf = leaves.get(i);
      TermsEnum ids = idTerms[i] != null ? idTerms[i] : (idTerms[i] = terms(leaf, StoreSchema.ID));
      if (ids == NO_TERMS || !ids.seekExact(idTerm)) {
        continue;
      }
      idPostings = ids.postings(idPostings, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = idPostings.nextDoc();
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = idPostings.nextDoc()) {
        if ((live == null || live.get(d)) && isOfType(i, d, type)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }

  private boolean isOfType(int leaf, int doc, BytesRef type) throws IOException {
    TermsEnum types =
        typeTerms[leaf] != null
            ? typeTerms[leaf]
            : (typeTerms[leaf] = terms(leaves.get(leaf), StoreSchema.TYPE));
    if (types == NO_TERMS || !types.seekExact(type)) {
      return false;
    }
    typePostings = types.postings(typePostings, PostingsEnum.NONE);
    return typePostings.advance(doc) == doc;
  }

  /** The segment's terms enum of {@code field}, or {@link #NO_TERMS} when it has none. */
  private static TermsEnum terms(LeafReaderContext leaf, String field) throws IOException {
    Terms terms = leaf.reader().terms(field);
    return terms == null ? NO_TERMS : terms.iterator();
  }
}
