package dev.storylink.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.Article;
import dev.storylink.core.RealNews;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.Scripts;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Session 31: an article's document counts its text's terms once ({@link TextTerms}) and indexes
 * each distinct term with its count; its name and plural keys are read from the distinct terms.
 * This must give what session 30 gave: the text field indexed token by token has the same terms,
 * postings, frequencies, norms and BM25 scores; {@link NameForms#indexKeysOfDistinct} and {@link
 * PluralForms#keysOfDistinct} the keys of session 30's {@code indexKeys} and {@code keys} ({@link
 * #indexKeysBefore}, {@link #pluralKeysBefore}), on every real article and on composed texts.
 */
class TextTermsEquivalenceTest {

  private static final FeatureExtractor FEATURES =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  /** An article's analysed terms and its names' keys, as ingest hands them to the store. */
  private record Analysed(String lang, String text, List<String> tokens, List<String> names) {}

  private static Analysed analysed(Article a) {
    List<String> tokens =
        TextAnalysis.analyze(a.fullText(), a.lang()).tokens().stream().map(Token::term).toList();
    ArticleFeatures f = FEATURES.extract(a);
    return new Analysed(
        a.lang(), a.fullText(), tokens, f.names().stream().map(Mention::key).toList());
  }

  private static List<Analysed> realArticles() {
    List<Analysed> out = new ArrayList<>();
    for (JsonNode n : RealNews.articles()) {
      String title = n.path("title").asText("");
      String text = n.path("text").asText("");
      if (title.isBlank() && text.isBlank()) {
        continue;
      }
      out.add(
          analysed(
              new Article(
                  n.path("id").asText("x"),
                  n.path("lang").asText(""),
                  title,
                  text,
                  Optional.empty(),
                  "",
                  "")));
    }
    return out;
  }

  private static List<Analysed> composed() {
    List<Analysed> out = new ArrayList<>();
    String[][] texts = {
      {"ar", "بوتين يلتقي المسلمين في الكرملين. المسلمين والحكومات ووبوتين وبوتين بوتين عرفات"},
      {"fa", "طرف‌ها و طرفها و حملات اطلاعات؛ نیروهایی از ایران و اردوغان. طرف‌ها"},
      {"ur", "لوگوں کی کتابیں اور مریضوں کے امتحانات، مذاکرات اور عرفات۔ لوگوں"},
      {"tr", "Erdoğan'ın Van'da ve Ankara’da konuştuğu gün Van'da yağmur yağdı. Erdoğan'ın"},
      {"fr", "L'Élysée et l'ONU: d'Emmanuel Macron à l'ONU, l'Élysée répond."},
      {"en", "Putin met Putin's envoy. Putin, putin, PUTIN and the Kremlin's Kremlin."},
      {"en", "x"},
    };
    for (String[] t : texts) {
      out.add(analysed(new Article("c" + out.size(), t[0], "", t[1], Optional.empty(), "", "")));
    }
    return out;
  }

  @Test
  void nameAndPluralKeysOfTheDistinctTermsAreSession30sOnEveryRealAndComposedText() {
    List<Analysed> all = new ArrayList<>(composed());
    all.addAll(realArticles());
    int withNameKeys = 0;
    int withPluralKeys = 0;
    for (Analysed a : all) {
      List<String> distinct = TextTerms.of(a.tokens()).distinct();
      // the names the features found, and every fifth term taken for a name (more hits, and
      // Arabic-script words that end like plurals)
      List<String> moreNames = new ArrayList<>(a.names());
      for (int i = 0; i < distinct.size(); i += 5) {
        moreNames.add(distinct.get(i));
      }
      for (List<String> names : List.of(a.names(), moreNames, List.<String>of())) {
        List<String> before = indexKeysBefore(a.tokens(), names);
        assertThat(NameForms.indexKeysOfDistinct(distinct, names)).as(a.text()).isEqualTo(before);
        assertThat(NameForms.indexKeys(a.tokens(), names)).as(a.text()).isEqualTo(before);
        List<String> plurals = pluralKeysBefore(a.lang(), a.tokens(), names, a.text());
        assertThat(PluralForms.keysOfDistinct(a.lang(), distinct, names, a.text()))
            .as(a.text())
            .isEqualTo(plurals);
        assertThat(PluralForms.keys(a.lang(), a.tokens(), names, a.text()))
            .as(a.text())
            .isEqualTo(plurals);
        withNameKeys += before.isEmpty() ? 0 : 1;
        withPluralKeys += plurals.isEmpty() ? 0 : 1;
      }
    }
    // the comparison saw keys of both kinds, not only empty lists
    assertThat(withNameKeys).isGreaterThan(all.size());
    assertThat(withPluralKeys).isGreaterThan(20);
  }

  @Test
  void theTextIndexedByDistinctTermsWithCountsIsTheTextIndexedTokenByToken() throws IOException {
    List<Analysed> all = new ArrayList<>(composed());
    all.addAll(realArticles());
    try (Directory tokenByToken = new ByteBuffersDirectory();
        Directory counted = new ByteBuffersDirectory()) {
      write(tokenByToken, all, false);
      write(counted, all, true);
      try (DirectoryReader a = DirectoryReader.open(tokenByToken);
          DirectoryReader b = DirectoryReader.open(counted)) {
        assertThat(a.leaves()).hasSize(1);
        assertThat(b.leaves()).hasSize(1);
        sameTextField(a.leaves().get(0).reader(), b.leaves().get(0).reader());
        sameScores(new IndexSearcher(a), new IndexSearcher(b), all);
      }
    }
  }

  /** One document per article (and a record's empty text between them), as the schema writes. */
  private static void write(Directory dir, List<Analysed> all, boolean distinct)
      throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (Analysed a : all) {
        Document d = new Document();
        d.add(
            new Field(
                StoreSchema.TEXT,
                distinct ? TextTerms.of(a.tokens()).stream() : new ListTokenStream(a.tokens()),
                StoreSchema.TEXT_TYPE));
        w.addDocument(d);
        Document record = new Document();
        record.add(
            new Field(StoreSchema.TEXT, new ListTokenStream(List.of()), StoreSchema.TEXT_TYPE));
        w.addDocument(record);
      }
      w.forceMerge(1);
    }
  }

  private static void sameTextField(LeafReader a, LeafReader b) throws IOException {
    Terms ta = a.terms(StoreSchema.TEXT);
    Terms tb = b.terms(StoreSchema.TEXT);
    assertThat(tb.size()).isEqualTo(ta.size());
    assertThat(tb.getDocCount()).isEqualTo(ta.getDocCount());
    assertThat(tb.getSumDocFreq()).isEqualTo(ta.getSumDocFreq());
    assertThat(tb.getSumTotalTermFreq()).isEqualTo(ta.getSumTotalTermFreq());
    TermsEnum ea = ta.iterator();
    TermsEnum eb = tb.iterator();
    PostingsEnum pa = null;
    PostingsEnum pb = null;
    for (BytesRef t = ea.next(); t != null; t = ea.next()) {
      assertThat(eb.next()).isEqualTo(t);
      assertThat(eb.docFreq()).as(t.utf8ToString()).isEqualTo(ea.docFreq());
      assertThat(eb.totalTermFreq()).as(t.utf8ToString()).isEqualTo(ea.totalTermFreq());
      pa = ea.postings(pa, PostingsEnum.FREQS);
      pb = eb.postings(pb, PostingsEnum.FREQS);
      for (int doc = pa.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pa.nextDoc()) {
        assertThat(pb.nextDoc()).isEqualTo(doc);
        assertThat(pb.freq()).isEqualTo(pa.freq());
      }
      assertThat(pb.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
    }
    assertThat(eb.next()).isNull();
    NumericDocValues na = a.getNormValues(StoreSchema.TEXT);
    NumericDocValues nb = b.getNormValues(StoreSchema.TEXT);
    for (int doc = na.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = na.nextDoc()) {
      assertThat(nb.nextDoc()).isEqualTo(doc);
      assertThat(nb.longValue()).as("norm of %d", doc).isEqualTo(na.longValue());
    }
    assertThat(nb.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
  }

  /** BM25 scores of a query of each article's first distinct terms: the same hits and scores. */
  private static void sameScores(IndexSearcher a, IndexSearcher b, List<Analysed> all)
      throws IOException {
    for (Analysed art : all) {
      List<String> distinct = TextTerms.of(art.tokens()).distinct();
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String t : distinct.subList(0, Math.min(6, distinct.size()))) {
        q.add(new TermQuery(new Term(StoreSchema.TEXT, t)), BooleanClause.Occur.SHOULD);
      }
      TopDocs ra = a.search(q.build(), 20);
      TopDocs rb = b.search(q.build(), 20);
      assertThat(rb.scoreDocs).hasSameSizeAs(ra.scoreDocs);
      for (int i = 0; i < ra.scoreDocs.length; i++) {
        ScoreDoc x = ra.scoreDocs[i];
        ScoreDoc y = rb.scoreDocs[i];
        assertThat(y.doc).isEqualTo(x.doc);
        assertThat(y.score).isEqualTo(x.score);
      }
    }
  }

  // ------------------------------------------------------------ session 30's rules, as they were

  /** Session 30's {@code NameForms.indexKeys}. */
  private static List<String> indexKeysBefore(List<String> tokens, Collection<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    Set<String> keys = NameForms.nameKeys(names);
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String t : tokens) {
      if (!seen.add(t)) {
        continue;
      }
      String key = NameForms.nameKey(t);
      if (keys.contains(key)) {
        NameForms.skeleton(key).ifPresent(skel -> out.add(skel + StoreSchema.FORM_SEPARATOR + t));
      }
    }
    return out;
  }

  /** Session 30's {@code PluralForms.keys(String, List, Collection, String)}. */
  private static List<String> pluralKeysBefore(
      String lang, List<String> tokens, Collection<String> names, String text) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    if (!Set.of("fa", "ar", "ur").contains(lang)) {
      for (String t : tokens) {
        Optional<String> bare = PluralForms.apostropheForm(lang, t);
        if (bare.isPresent() && seen.add(t)) {
          out.add(bare.get() + StoreSchema.FORM_SEPARATOR + t);
        }
      }
      return out;
    }
    Set<String> nameKeys = NameForms.nameKeys(names);
    Set<String> named = new HashSet<>();
    Set<String> checked = new HashSet<>();
    for (String t : tokens) {
      if (Scripts.hasArabicScript(t)
          && PluralEvidence.hasPluralEnding(t)
          && checked.add(t)
          && PluralForms.isName(t, nameKeys)) {
        named.add(t);
      }
    }
    Set<String> plurals = PluralEvidence.of(lang, text, named);
    for (String t : tokens) {
      if (!seen.add(t) || !Scripts.hasArabicScript(t)) {
        continue;
      }
      boolean notAName = !named.contains(t) || plurals.contains(t);
      for (String singular : PluralForms.singulars(lang, t, notAName)) {
        out.add(singular + StoreSchema.FORM_SEPARATOR + t);
      }
    }
    return out;
  }
}
