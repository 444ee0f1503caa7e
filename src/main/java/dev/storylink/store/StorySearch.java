package dev.storylink.store;

import dev.storylink.store.ArticleStore.SearchHit;
import dev.storylink.store.NameForms.Spelling;
import dev.storylink.store.RankedStories.Ranked;
import dev.storylink.text.LanguageAnalyzers;
import dev.storylink.text.Scripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Finds stories by text, ranked. Each query word is looked up in the articles' title and text
 * ({@code text}, BM25) as written and, when it may be a name, as every spelling of that name the
 * store holds in other scripts and languages ({@link NameForms}: Putin also as Путин, بوتين,
 * Poutine; never as a look-alike such as Bütün or بتعاون, never when the word is a common word).
 * All the spellings of one word weigh the same: BM25 with the idf of the name (the articles that
 * write it in any spelling), so an Arabic article and an English one that name Putin equally often
 * score alike, and a rare name weighs more than a frequent one. An article's score is the sum over
 * the query words; a story's is that of its best article. Each hit says which words matched, and as
 * which spelling. A Persian word with a suffix or prefix (کشته‌ها, کشته ها, کشتهها) is also looked
 * up as its core, so the three ways of writing the affix find each other ({@link QueryWords}). In a
 * store of format 3 a Persian, Arabic or Urdu word (and its core) is also looked up as the plurals
 * the store indexes behind it ({@link PluralForms}: طرف finds طرف‌ها, حكومة finds حكومات), weighed
 * like a name's spellings; a store written before does not look for them ({@link
 * StoreSchema#pluralForms}). A word written with an apostrophe ending (Kirman'da, Kirman’da,
 * Kirmanʼda) is also looked up as the bare word and the apostrophe forms the store indexes behind
 * it, as an article indexes it ({@link QueryWords}), and its spellings in other scripts are those
 * of the bare word. A word that names a place (بغداد, Bagdad, Irak) is also looked up as every
 * spelling of that place the store's articles write, in any script, weighed like a name's spellings
 * and shown so ({@code بغداد ≈ Bagdad}; {@link PlaceForms}). The words a hit shows are {@link
 * MatchedWords}'.
 *
 * <p>A store written before name spellings were indexed falls back on the skeleton alone.
 *
 * <p>Thread-safe: each search runs on one point-in-time searcher.
 */
final class StorySearch {
  /** Query words looked up at most. */
  static final int MAX_QUERY_TERMS = 64;

  /** Article hits read at most per story asked for (one story may have many matching articles). */
  private static final int ARTICLES_PER_STORY = 20;

  private static final float SKELETON_BOOST = 0.8f;

  private final SearcherSource index;
  private final Plans plans;

  /** Search of a store of format 3 (plurals indexed). */
  StorySearch(SearcherSource index) {
    this(index, true, System::nanoTime);
  }

  /** Search of a store that indexes plurals ({@link StoreSchema#pluralForms}) or not. */
  StorySearch(SearcherSource index, boolean plurals) {
    this(index, plurals, System::nanoTime);
  }

  /** With the clock that ages the query plans (tests). */
  StorySearch(SearcherSource index, LongSupplier nanoClock) {
    this(index, true, nanoClock);
  }

  private StorySearch(SearcherSource index, boolean plurals, LongSupplier nanoClock) {
    this.index = index;
    this.plans = new Plans(nanoClock, plurals);
  }

  /**
   * The plans of recent queries (each word's terms, spellings in other scripts and document
   * frequencies). A plan is made on one point-in-time reader and reused on later ones (the next
   * page, a popular query, the readers an ingest's commits open every second) for {@value
   * #PLAN_MILLIS} ms: its queries name terms, not documents, so they run correctly on any reader;
   * what may be stale is a spelling first written in the last minute, and the weights of each
   * spelling (document frequencies change little between commits). At most {@value #PLANS} plans
   * are kept.
   *
   * <p>Thread-safe (a synchronized map; planning runs outside the lock).
   */
  private static final class Plans {
    /** How long a plan is reused on newer readers. */
    static final long PLAN_MILLIS = 60_000;

    private static final int PLANS = 512;

    private record Plan(List<Word> words, long madeNanos) {}

    /** Keyed by the words' forms: a plan is the same whatever case or spelling typed them. */
    private final Map<List<List<String>>, Plan> recent =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<List<List<String>>, Plan> e) {
            return size() > PLANS;
          }
        };

    private final LongSupplier clock;
    private final boolean plurals;

    Plans(LongSupplier nanoClock, boolean plurals) {
      this.clock = nanoClock;
      this.plurals = plurals;
    }

    List<Word> get(IndexReader r, List<QueryWords.Word> words) throws IOException {
      long now = clock.getAsLong();
      List<List<String>> key = words.stream().map(QueryWords.Word::forms).toList();
      synchronized (recent) {
        Plan known = recent.get(key);
        if (known != null && now - known.madeNanos() < PLAN_MILLIS * 1_000_000L) {
          return known.words();
        }
      }
      List<Word> planned = plan(r, words, plurals);
      synchronized (recent) {
        recent.put(key, new Plan(planned, now));
      }
      return planned;
    }
  }

  /**
   * One query word: the terms that count as it in {@code text}, those of them that are spellings in
   * other scripts, the {@link StoreSchema#PLACE_FORMS} keys of a place's spellings of several words
   * that count as it, and its query. Immutable.
   */
  record Word(
      String word,
      List<String> terms,
      Set<String> crossScript,
      List<String> placeKeys,
      Query query) {}

  /** The best {@code limit} stories for {@code query}, one hit per story, best first. */
  List<SearchHit> search(String query, int limit) {
    return index.withSearcher(
        s -> {
          Optional<Results> results = open(s, query, limit);
          List<SearchHit> out = new ArrayList<>();
          if (results.isPresent()) {
            for (Optional<Ranked> r = results.get().next();
                r.isPresent() && out.size() < limit;
                r = results.get().next()) {
              out.add(results.get().hit(r.get()));
            }
          }
          return out;
        });
  }

  /**
   * The stories matching {@code query} on {@code s}, best first, among the hits a search for the
   * {@code maxStories} best reads; empty when the query has no words. The caller reads as many as
   * it needs (a page), and asks for the hit (article id, matched words) of those it shows only.
   */
  Optional<Results> open(IndexSearcher s, String query, int maxStories) throws IOException {
    List<QueryWords.Word> words = words(query);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Word> planned = plans.get(s.getIndexReader(), words);
    int maxHits = Math.max(maxStories * ARTICLES_PER_STORY, 200);
    return Optional.of(
        new Results(s, planned, words, new RankedStories(s, articleQuery(planned), maxHits)));
  }

  /**
   * One search on one searcher: its stories in rank order, and the hit of a story read.
   *
   * <p>Not thread-safe: one instance per search.
   */
  static final class Results {
    private final IndexSearcher searcher;
    private final List<Word> words;
    private final List<QueryWords.Word> typed;
    private final RankedStories ranked;

    private Results(
        IndexSearcher searcher,
        List<Word> words,
        List<QueryWords.Word> typed,
        RankedStories ranked) {
      this.searcher = searcher;
      this.words = words;
      this.typed = typed;
      this.ranked = ranked;
    }

    /** The next story in rank order, empty when none is left. */
    Optional<Ranked> next() throws IOException {
      return ranked.next();
    }

    /** The resolver of the hits' stories (also finds a story's document). */
    HitStories stories() {
      return ranked.stories();
    }

    /** The hit of a story this search gave: its best article's id, its score, the words matched. */
    SearchHit hit(Ranked r) throws IOException {
      return new SearchHit(
          r.storyId(),
          ranked.stories().articleId(r.doc()),
          r.score(),
          MatchedWords.of(searcher, ranked.stories(), r.doc(), words, typed));
    }
  }

  /**
   * The analysed words of a query (distinct, at most {@link #MAX_QUERY_TERMS}), a Persian affix
   * written joined, behind a ZWNJ or behind a space found all three ways ({@link QueryWords}).
   */
  static List<QueryWords.Word> words(String query) {
    return QueryWords.of(query, MAX_QUERY_TERMS);
  }

  private static List<Word> plan(IndexReader r, List<QueryWords.Word> words, boolean plurals)
      throws IOException {
    boolean spellings = NameForms.available(r);
    CollectionStatistics cs = new IndexSearcher(r).collectionStatistics(StoreSchema.TEXT);
    long docs = cs == null ? 1 : cs.docCount();
    List<Word> out = new ArrayList<>();
    for (QueryWords.Word qw : words) {
      String w = qw.term();
      // the word and the forms articles are indexed with (Arabic: definite article stripped;
      // Persian: the core without its affix, as an article writing the affix apart indexes it)
      Set<String> forms = new LinkedHashSet<>(LanguageAnalyzers.queryVariants(w));
      forms.addAll(qw.forms());
      List<String> variants = List.copyOf(forms);
      // a name written with an apostrophe ending (Kirman'da) is spelled elsewhere as its core
      String nameWord = qw.core().isEmpty() || Scripts.hasArabicScript(w) ? w : qw.core();
      Optional<String> skel = NameForms.skeleton(nameWord);
      if (skel.isPresent() && !spellings) {
        out.add(legacy(w, variants, skel.get()));
        continue;
      }
      List<Spelling> others =
          skel.isPresent() ? NameForms.of(r, nameWord, skel.get()) : List.<Spelling>of();
      Map<String, Integer> df = new LinkedHashMap<>();
      for (String v : variants) {
        df.put(v, r.docFreq(new Term(StoreSchema.TEXT, v)));
      }
      if (plurals) {
        for (String v : variants) {
          for (Spelling p : PluralForms.of(r, v)) {
            df.putIfAbsent(p.term(), p.textDf());
          }
        }
      }
      Set<String> cross = new LinkedHashSet<>();
      for (Spelling sp : others) {
        if (!df.containsKey(sp.term())) {
          df.put(sp.term(), sp.textDf());
          cross.add(sp.term());
        }
      }
      // a place: its spellings in the articles that name it, in every script (PlaceForms)
      Map<String, Integer> keyDf = new LinkedHashMap<>();
      Optional<String> place = PlaceForms.placeOf(variants);
      if (place.isPresent()) {
        for (Spelling sp : PlaceForms.spellings(r, place.get())) {
          if (PlaceForms.severalWords(sp.term())) {
            keyDf.put(PlaceForms.key(place.get(), sp.term()), sp.nameDf());
          } else if (!df.containsKey(sp.term())) {
            df.put(sp.term(), sp.textDf());
            cross.add(sp.term());
          }
        }
      }
      out.add(
          new Word(
              w,
              List.copyOf(df.keySet()),
              cross,
              List.copyOf(keyDf.keySet()),
              query(df, keyDf, docs)));
    }
    return out;
  }

  /**
   * One word's query: its terms in {@code text} and its place keys in {@link
   * StoreSchema#PLACE_FORMS} ({@code keyDf}), the best one counting, each weighted by the idf of
   * all of them together (the name's or place's specificity, whatever the spelling).
   */
  private static Query query(Map<String, Integer> df, Map<String, Integer> keyDf, long docs) {
    if (df.size() == 1 && keyDf.isEmpty()) {
      return new TermQuery(new Term(StoreSchema.TEXT, df.keySet().iterator().next()));
    }
    long sum = 0;
    for (int n : df.values()) {
      sum += n;
    }
    for (int n : keyDf.values()) {
      sum += n;
    }
    double keyIdf = idf(Math.min(docs, sum), docs);
    List<Query> alternatives = new ArrayList<>();
    df.forEach((term, n) -> alternatives.add(weighed(StoreSchema.TEXT, term, n, keyIdf, docs)));
    keyDf.forEach(
        (key, n) -> alternatives.add(weighed(StoreSchema.PLACE_FORMS, key, n, keyIdf, docs)));
    return new DisjunctionMaxQuery(alternatives, 0f);
  }

  /**
   * A term's query, boosted to weigh as the idf {@code keyIdf} (unboosted when no article has it).
   */
  private static Query weighed(String field, String term, int n, double keyIdf, long docs) {
    Query tq = new TermQuery(new Term(field, term));
    return n == 0 ? tq : new BoostQuery(tq, (float) (keyIdf / idf(n, docs)));
  }

  /** BM25's idf, as Lucene computes it. */
  private static double idf(long df, long docs) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  private static Word legacy(String w, List<String> variants, String skel) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String v : variants) {
      q.add(new TermQuery(new Term(StoreSchema.TEXT, v)), BooleanClause.Occur.SHOULD);
    }
    q.add(
        new BoostQuery(new TermQuery(new Term(StoreSchema.SKEL, skel)), SKELETON_BOOST),
        BooleanClause.Occur.SHOULD);
    return new Word(w, variants, Set.of(), List.of(), q.build());
  }

  /**
   * The articles' query: the words' queries, any of them. Only articles index {@code text} (and
   * {@code skel}), so no filter on the record kind is needed, and without one Lucene scores the
   * disjunction with its block-max bulk scorer.
   */
  private static Query articleQuery(List<Word> words) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (Word w : words) {
      q.add(w.query(), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }
}
