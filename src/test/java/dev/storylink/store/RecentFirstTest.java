package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class RecentFirstTest {
  private static final Sort LATEST_FIRST =
      new Sort(new SortField(StoreSchema.SEQ, SortField.Type.LONG, true));

  @Test
  void givesTheSameDocumentsAsSortingEveryMatchBySeqDescending() throws Exception {
    Random rnd = new Random(7);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
      long seq = 0;
      for (int commit = 0; commit < 30; commit++) {
        for (int i = 0; i < 50; i++) {
          String id = "s" + rnd.nextInt(400); // updated stories are written again, newer
          Document d = new Document();
          d.add(new StringField(StoreSchema.ID, id, Field.Store.YES));
          d.add(
              new StringField(
                  StoreSchema.LANGS, rnd.nextInt(5) == 0 ? "pl" : "en", Field.Store.NO));
          if (rnd.nextInt(50) != 0) { // a few without SEQ sort as 0
            // seq grows, with a few repeated values for ties
            d.add(new NumericDocValuesField(StoreSchema.SEQ, rnd.nextInt(10) == 0 ? seq : ++seq));
          }
          w.updateDocument(new Term(StoreSchema.ID, id), d);
        }
        if (commit % 7 == 3) {
          w.deleteDocuments(new Term(StoreSchema.ID, "s" + rnd.nextInt(400)));
        }
        w.commit();
      }
      try (DirectoryReader r = DirectoryReader.open(w)) {
        IndexSearcher s = new IndexSearcher(r);
        assertThat(r.leaves().size()).isGreaterThan(3);
        RecentFirst recent = new RecentFirst();
        Query[] queries = {
          new MatchAllDocsQuery(), new TermQuery(new Term(StoreSchema.LANGS, "pl"))
        };
        for (Query q : queries) {
          for (int n : new int[] {1, 5, 20, 60, 500, 5000}) {
            int[] expected =
                Arrays.stream(s.search(q, n, LATEST_FIRST).scoreDocs)
                    .mapToInt(sd -> sd.doc)
                    .toArray();
            assertThat(recent.top(s, q, n)).as("%s, %d", q, n).containsExactly(expected);
            assertThat(recent.top(s, q, n)).as("cached bounds").containsExactly(expected);
          }
        }
        assertThat(recent.top(s, new MatchAllDocsQuery(), 0)).isEmpty();
        int[] all =
            Arrays.stream(s.search(new MatchAllDocsQuery(), r.maxDoc(), LATEST_FIRST).scoreDocs)
                .mapToInt(sd -> sd.doc)
                .toArray();
        assertThat(recent.top(s, new MatchAllDocsQuery(), Integer.MAX_VALUE))
            .as("all of them")
            .containsExactly(all);
        ScoreDoc[] none = s.search(new TermQuery(new Term(StoreSchema.LANGS, "xx")), 5).scoreDocs;
        assertThat(recent.top(s, new TermQuery(new Term(StoreSchema.LANGS, "xx")), 5))
            .hasSize(none.length);
      }
    }
  }
}
