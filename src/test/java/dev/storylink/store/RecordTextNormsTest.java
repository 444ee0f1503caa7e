package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.text.CrossLingualAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event and story documents carry an empty {@code text} field, so that every document of a segment
 * has a {@code text} norm (dense norms); search must rank exactly as it did when they had none, and
 * a store written before (records without the field) must keep working, also once its segments
 * merge with new ones.
 */
class RecordTextNormsTest {
  private static final StoreSchema SCHEMA = new StoreSchema(false, false, k -> false);

  @TempDir Path tmp;

  /** Articles, events and stories of three stories, as {@code (id, document)} writes in order. */
  private static void records(boolean recordsWithoutText, Consumer<Map.Entry<String, Document>> w) {
    String[][] articles = {
      {"en1", "e1", "putin idlib putin talks"},
      {"en2", "e1", "putin erdogan call idlib"},
      {"ru1", "e2", "путин идлиб переговоры"},
      {"fa1", "e3", "برف تبریز مدارس تعطیل برف"},
      {"en3", "e4", "snow tabriz schools closed snow snow"},
    };
    for (String[] a : articles) {
      List<String> tokens = List.of(a[2].split(" "));
      w.accept(
          Map.entry(
              a[0],
              SCHEMA.article(
                  Records.article(a[0], "xx", 1, a[1], "2020-03-01"),
                  tokens,
                  Set.copyOf(tokens),
                  List.of(tokens.get(0)))));
    }
    List<Map.Entry<String, Document>> recs = new ArrayList<>();
    recs.add(Map.entry("e1", SCHEMA.event(Records.event("e1", "s1", "en", 2, true, "en1", "en2"))));
    recs.add(Map.entry("e2", SCHEMA.event(Records.event("e2", "s1", "ru", 3, true, "ru1"))));
    recs.add(Map.entry("e3", SCHEMA.event(Records.event("e3", "s2", "fa", 4, false, "fa1"))));
    recs.add(Map.entry("e4", SCHEMA.event(Records.event("e4", "s2", "en", 5, true, "en3"))));
    recs.add(
        Map.entry(
            "s1",
            SCHEMA.story(
                Records.story("s1", List.of("en", "ru"), "2020-03-01", null, 3, "e1", "e2"))));
    recs.add(
        Map.entry(
            "s2",
            SCHEMA.story(
                Records.story("s2", List.of("en", "fa"), "2020-03-01", null, 5, "e3", "e4"))));
    for (Map.Entry<String, Document> r : recs) {
      if (recordsWithoutText) {
        r.getValue().removeFields(StoreSchema.TEXT); // as written before the field was added
      }
      w.accept(r);
    }
  }

  private static InMemoryIndex index(boolean recordsWithoutText) {
    InMemoryIndex index = new InMemoryIndex();
    records(recordsWithoutText, r -> index.add(r.getKey(), r.getValue()));
    return index.commit(Map.of());
  }

  private static final List<String> QUERIES =
      List.of("Putin", "Putin Idlib", "Путин", "snow", "برف تبریز", "snow Tabriz schools", "talks");

  @Test
  void everyDocumentOfASegmentHasATextNormAndRecordsHaveNorm0() throws Exception {
    try (InMemoryIndex index = index(false);
        DirectoryReader r = index.reader()) {
      assertThat(r.leaves()).hasSize(1);
      LeafReader leaf = r.leaves().get(0).reader();
      NumericDocValues norms = leaf.getNormValues(StoreSchema.TEXT);
      int articles = 0;
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        assertThat(norms.advanceExact(doc)).as("doc %d has a text norm", doc).isTrue();
        if (norms.longValue() != 0) {
          articles++;
        }
      }
      assertThat(articles).isEqualTo(5); // the 6 records' norms are 0
      assertThat(leaf.maxDoc()).isEqualTo(11);
      // the text's statistics count the articles only
      assertThat(leaf.terms(StoreSchema.TEXT).getDocCount()).isEqualTo(5);
    }
  }

  @Test
  void searchRanksExactlyAsWhenRecordsHadNoTextField() throws Exception {
    try (InMemoryIndex now = index(false);
        InMemoryIndex before = index(true)) {
      StorySearch a = new StorySearch(now);
      StorySearch b = new StorySearch(before);
      for (String q : QUERIES) {
        List<SearchHit> hits = a.search(q, 10);
        assertThat(hits).as(q).isNotEmpty().isEqualTo(b.search(q, 10)); // ids, scores, words
      }
      try (DirectoryReader ra = now.reader();
          DirectoryReader rb = before.reader()) {
        CollectionStatistics sa = new IndexSearcher(ra).collectionStatistics(StoreSchema.TEXT);
        CollectionStatistics sb = new IndexSearcher(rb).collectionStatistics(StoreSchema.TEXT);
        assertThat(sa.docCount()).isEqualTo(sb.docCount()).isEqualTo(5);
        assertThat(sa.sumTotalTermFreq()).isEqualTo(sb.sumTotalTermFreq());
        assertThat(sa.sumDocFreq()).isEqualTo(sb.sumDocFreq());
        for (String term : List.of("putin", "snow", "برف", "idlib")) {
          ScoreDoc[] x = new IndexSearcher(ra).search(termQuery(term), 10).scoreDocs;
          ScoreDoc[] y = new IndexSearcher(rb).search(termQuery(term), 10).scoreDocs;
          assertThat(x).hasSameSizeAs(y).isNotEmpty();
          for (int i = 0; i < x.length; i++) {
            assertThat(x[i].score).as(term).isEqualTo(y[i].score);
          }
        }
      }
    }
  }

  private static TermQuery termQuery(String term) {
    return new TermQuery(new Term(StoreSchema.TEXT, term));
  }

  @Test
  void aStoreWrittenBeforeOpensTakesNewRecordsAndMergesWithThem() throws Exception {
    // the store as written before: records without the text field, committed as format 2
    Path data = tmp.resolve("old");
    Path indexDir = data.resolve("index");
    Files.createDirectories(indexDir);
    List<Map.Entry<String, Document>> docs = new ArrayList<>();
    records(true, docs::add);
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE).setCodec(new StoreCodec()))) {
      for (Map.Entry<String, Document> d : docs.subList(0, 3)) { // a first batch...
        w.updateDocument(new Term(StoreSchema.ID, d.getKey()), d.getValue());
      }
      w.setLiveCommitData(
          Map.of(StoreSchema.FORMAT_KEY, StoreSchema.FORMAT, "seq", "3").entrySet());
      w.commit();
      for (Map.Entry<String, Document> d : docs.subList(3, docs.size())) { // ...and the rest
        w.updateDocument(new Term(StoreSchema.ID, d.getKey()), d.getValue());
      }
      w.setLiveCommitData(
          Map.of(StoreSchema.FORMAT_KEY, StoreSchema.FORMAT, "seq", "5").entrySet());
      w.commit();
    }
    List<SearchHit> expected;
    try (InMemoryIndex fresh = index(false)) {
      // the same records written since, with an event and a story rewritten by a later batch
      fresh
          .add("e4", SCHEMA.event(Records.event("e4", "s2", "en", 6, false, "en3")))
          .add(
              "s2",
              SCHEMA.story(
                  Records.story("s2", List.of("en", "fa"), "2020-03-01", null, 6, "e3", "e4")))
          .commit(Map.of());
      expected = new StorySearch(fresh).search("snow Tabriz Putin", 10);
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.articleCount()).isEqualTo(5);
      assertThat(store.committedState()).containsEntry("seq", "5");
      store.putEvent(Records.event("e4", "s2", "en", 6, false, "en3"));
      store.putStory(Records.story("s2", List.of("en", "fa"), "2020-03-01", null, 6, "e3", "e4"));
      store.commit(Map.of("seq", "6"));
      assertThat(store.search("snow Tabriz Putin", 10)).isEqualTo(expected);
    }
    // old segments (records without text norms) and the new one merge into one
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(CrossLingualAnalyzer.INSTANCE).setCodec(new StoreCodec()))) {
      w.forceMerge(1);
      w.commit();
    }
    try (ArticleStore store = ArticleStore.openReadOnly(data)) {
      assertThat(store.search("snow Tabriz Putin", 10)).isEqualTo(expected);
      assertThat(store.event("e4").orElseThrow().open()).isFalse();
      assertThat(store.storyCount()).isEqualTo(2);
      assertThat(store.eventCount()).isEqualTo(4);
      assertThat(store.committedState()).containsEntry("seq", "6");
    }
    try (FSDirectory dir = FSDirectory.open(indexDir);
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertThat(r.leaves()).hasSize(1);
    }
  }
}
