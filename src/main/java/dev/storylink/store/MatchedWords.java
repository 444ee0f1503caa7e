package dev.storylink.store;

import dev.storylink.core.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The words a search hit shows: which query words an article matched, and how ({@link
 * StorySearch}).
 *
 * <p>Stateless and thread-safe.
 */
final class MatchedWords {
  private MatchedWords() {}

  /**
   * Why an article matched: each query word found, as the article wrote it ({@code Snow}, {@code
   * زلزله‌ای}: {@link SurfaceForms}) or in another spelling ({@code Путин ≈ بوتين}: the query word
   * as the query wrote it, {@link QueryWords.Word#written}, and the article's spelling as it wrote
   * it; a place written in several words, found by its {@link StoreSchema#PLACE_FORMS} key, as its
   * words: {@code نيويورك ≈ Nueva York}). {@code typed} are the query's words, in the order of
   * {@code words} (their plans).
   */
  static List<String> of(
      IndexSearcher s,
      HitStories stories,
      int doc,
      List<StorySearch.Word> words,
      List<QueryWords.Word> typed)
      throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Terms terms = leaf.reader().terms(StoreSchema.TEXT);
    List<String> out = new ArrayList<>();
    if (terms == null) {
      return out;
    }
    int local = doc - leaf.docBase;
    Map<Integer, String> found = new LinkedHashMap<>();
    Set<Integer> severalWords = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Optional<String> term = firstIn(terms, words.get(i).terms(), local);
      if (term.isEmpty() && !words.get(i).placeKeys().isEmpty()) {
        // a place written in several words: the spelling behind its key
        term =
            firstIn(leaf.reader().terms(StoreSchema.PLACE_FORMS), words.get(i).placeKeys(), local)
                .map(k -> k.substring(k.indexOf(StoreSchema.FORM_SEPARATOR) + 1));
        if (term.isPresent()) {
          severalWords.add(i);
        }
      }
      if (term.isPresent()) {
        found.put(i, term.get());
        wanted.addAll(List.of(term.get().split(" ")));
      }
    }
    Map<String, String> surface = new HashMap<>();
    if (!wanted.isEmpty()) {
      // the title from the card's doc values first: most matched words stand in it, and the
      // stored record (the whole text, compressed) is read only for the others
      ArticleCard card = stories.card(doc);
      surface.putAll(SurfaceForms.of(card.lang(), card.title(), wanted));
      wanted.removeAll(surface.keySet());
    }
    if (!wanted.isEmpty()) {
      Document d = s.storedFields().document(doc, Set.of(StoreSchema.JSON));
      if (d.get(StoreSchema.JSON) != null) {
        Article a = StoredJson.record(d, StoredArticle.class).article();
        surface.putAll(SurfaceForms.of(a, wanted));
      }
    }
    for (Map.Entry<Integer, String> e : found.entrySet()) {
      String term = e.getValue();
      boolean place = severalWords.contains(e.getKey());
      List<String> parts = new ArrayList<>();
      for (String t : place ? List.of(term.split(" ")) : List.of(term)) {
        parts.add(surface.getOrDefault(t, t));
      }
      String written = String.join(" ", parts);
      out.add(
          place || words.get(e.getKey()).crossScript().contains(term)
              ? typed.get(e.getKey()).written() + " ≈ " + written
              : written);
    }
    return out;
  }

  /** The first of {@code wanted} that the document {@code local} has in {@code terms}, if any. */
  private static Optional<String> firstIn(Terms terms, List<String> wanted, int local)
      throws IOException {
    if (terms == null) {
      return Optional.empty();
    }
    TermsEnum te = terms.iterator();
    for (String term : wanted) {
      if (te.seekExact(new BytesRef(term))) {
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        if (p.advance(local) == local) {
          return Optional.of(term);
        }
      }
    }
    return Optional.empty();
  }
}
