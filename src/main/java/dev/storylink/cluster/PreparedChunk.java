package dev.storylink.cluster;

import com.carrotsearch.hppc.LongObjectHashMap;
import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.StreamTermStats;
import dev.storylink.features.TermStats;
import dev.storylink.store.ArticleStore;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One chunk of articles on its way to clustering: each article's language identification, analysis,
 * term statistics, features and near-duplicate signature, computed by the {@link ChunkScheduler}
 * steps, each writing only its own slots (see {@link ChunkScheduler} for which step happens-after
 * which). An article is refused (its {@link #problems} slot set) before it touches any shared
 * state: for a repeated or stored id, an unknown or unsupported language, a failure of its analysis
 * or feature extraction, or a term the store cannot index ({@link StoreLimits}). Refusals during
 * analysis are decided before the chunk's statistics are counted; a refusal during feature
 * extraction (a failure, or a name the store cannot index) leaves the article out of the
 * statistics, though the features of later articles of the same chunk were computed counting it.
 *
 * <p>Thread-safety: the steps run on the scheduler's threads in the order {@link ChunkScheduler}
 * guarantees, each article's slots written by its own steps only; the consuming thread reads an
 * article's slots after {@link ChunkScheduler#await} for it.
 */
final class PreparedChunk implements ChunkScheduler.Work {
  final List<Article> chunk;
  final int n;
  final Article[] articles;
  final AnalyzedText[] analyzed;
  final Set<String>[] counted;
  final ArticleFeatures[] features;
  final NearDuplicateDetector.Signature[] signatures;
  final String[] problems;
  private final List<String>[] sentenceKeys;
  private final long[][] hashedKeys; // StreamTermStats.key of each counted key
  private final ArticleStore store;
  private final FeatureExtractor extractor;
  private final StreamTermStats stats;
  private final LanguageIdentifier langId;
  private final boolean passages;
  private final BoilerplateFilter boilerplate; // null: off
  private final BoilerplateFilter.Shingles[] shingles; // of each body, when boilerplate is on
  private final Article[] evidence; // the article without its boilerplate; null: as it came
  private List<PreparedChunk>
      earlier; // prepared before and not yet placed when this one was; until index()
  // ids of the articles not refused; set by index(), final after finish()
  private Set<String> accepted = Set.of();
  // term key -> [count, chunk positions ascending...]; set by index()
  private LongObjectHashMap<int[]> chunkDocs;
  private int[] before; // accepted articles before i in the chunk; set by index()
  private long base; // documents in the statistics before this chunk; set by index()
  ChunkScheduler.Chunk handle;

  /**
   * A chunk to prepare after {@code earlier} (prepared before and not yet placed), whose articles
   * are checked against the store and whose statistics grow {@code stats}; with {@code passages}
   * the features hold the head and sentence vectors ({@link #extractor}); with a {@code
   * boilerplate} filter (null: none) each article's features are computed from its body without the
   * text its outlet repeats (the statistics, the stored article and the near-duplicate signature
   * keep the whole body).
   */
  @SuppressWarnings("unchecked")
  PreparedChunk(
      List<Article> chunk,
      List<PreparedChunk> earlier,
      ArticleStore store,
      FeatureExtractor extractor,
      StreamTermStats stats,
      LanguageIdentifier langId,
      boolean passages,
      BoilerplateFilter boilerplate) {
    this.chunk = List.copyOf(chunk);
    this.n = chunk.size();
    this.articles = new Article[n];
    this.analyzed = new AnalyzedText[n];
    this.counted = new Set[n];
    this.sentenceKeys = new List[n];
    this.hashedKeys = new long[n][];
    this.features = new ArticleFeatures[n];
    this.signatures = new NearDuplicateDetector.Signature[n];
    this.problems = new String[n];
    this.earlier = earlier;
    this.store = store;
    this.extractor = extractor;
    this.stats = stats;
    this.langId = langId;
    this.passages = passages;
    this.boilerplate = boilerplate;
    this.shingles = new BoilerplateFilter.Shingles[n];
    this.evidence = new Article[n];
  }

  /**
   * The clusterer's feature extractor: {@link FeatureExtractor#forClustering}, or with {@code
   * passages} the full one, whose head and sentence vectors the lexical link model of the second
   * look reads ({@link ClusterConfig.SecondLook}).
   */
  static FeatureExtractor extractor(TermStats stats, LanguageIdentifier langId, boolean passages) {
    return passages
        ? new FeatureExtractor(stats, langId)
        : FeatureExtractor.forClustering(stats, langId);
  }

  /**
   * The store's statistics with the shipped background counts added ({@code docCount} and {@code
   * docFreq} summed), so the first articles of a young store are not weighted as if every word were
   * rare. Thread-safe if both are.
   */
  static TermStats withBackground(TermStats store, TermStats background) {
    return new TermStats() {
      @Override
      public long docCount() {
        return Math.max(
            1, store.docCount() + (background.docCount() > 1 ? background.docCount() : 0));
      }

      @Override
      public long docFreq(String term) {
        return store.docFreq(term) + background.docFreq(term);
      }
    };
  }

  /** The text compared for near-duplicates: the body (a changed headline must not hide a copy). */
  static String body(Article a) {
    return a.text().isBlank() ? a.title() : a.text();
  }

  static String alreadyStored(String id) {
    return id + ": an article with this id is already stored";
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public void analyse(int i) {
    if (problems[i] != null) {
      return;
    }
    Article input = chunk.get(i);
    if (store.containsArticle(input.id())) { // committed before (the rest: prepare, index)
      problems[i] = alreadyStored(input.id());
      return;
    }
    try {
      articles[i] = extractor.withSupportedLanguage(input);
      analyzed[i] = extractor.analyze(articles[i]);
      sentenceKeys[i] = CorpusStats.sentenceKeysBySentence(analyzed[i]);
      counted[i] = CorpusStats.countedKeys(analyzed[i], sentenceKeys[i]);
    } catch (InputException e) {
      problems[i] = e.getMessage();
      return;
    } catch (RuntimeException e) {
      problems[i] = input.id() + ": the article could not be analysed (" + e + ")";
      return;
    }
    problems[i] = StoreLimits.termProblem(input.id(), counted[i]);
    if (problems[i] == null) {
      hashedKeys[i] = counted[i].stream().mapToLong(StreamTermStats::key).toArray();
      if (boilerplate != null) {
        shingles[i] =
            BoilerplateFilter.shingles(
                BoilerplateFilter.outlet(input), input.text(), boilerplate.words());
      }
    }
  }

  @Override
  public void index() {
    // ids taken by the chunks still on their way when this one was prepared (all analysed now)
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String id = chunk.get(i).id();
      if (problems[i] == null && earlier.stream().anyMatch(e -> e.accepted.contains(id))) {
        problems[i] = alreadyStored(id);
      }
      if (problems[i] == null) {
        ids.add(id);
      }
    }
    accepted = ids;
    if (boilerplate != null) { // in stream order: each article sees the outlets' earlier text
      for (int i = 0; i < n; i++) {
        if (problems[i] == null) {
          evidence[i] = boilerplate.strip(articles[i], shingles[i]).orElse(null);
          shingles[i] = null;
        }
      }
    }
    earlier = List.of(); // (a chain of earlier chunks would keep them all in memory)
    // features of article i see the statistics as they would be had articles 0..i been added
    // one by one (what add() does): the statistics before the chunk plus the chunk's prefix
    chunkDocs = new LongObjectHashMap<>();
    for (int i = 0; i < n; i++) {
      if (problems[i] != null) {
        continue;
      }
      for (long term : hashedKeys[i]) {
        int[] docs = chunkDocs.get(term);
        if (docs == null) {
          docs = new int[3];
        } else if (docs[0] + 1 == docs.length) {
          docs = Arrays.copyOf(docs, docs.length * 2);
        }
        docs[++docs[0]] = i;
        chunkDocs.put(term, docs);
      }
    }
    before = new int[n];
    for (int i = 1; i < n; i++) {
      before[i] = before[i - 1] + (problems[i - 1] == null ? 1 : 0);
    }
    base = stats.documents();
  }

  @Override
  public void featurize(int i) {
    if (problems[i] != null) {
      return;
    }
    TermStats prefix =
        new TermStats() {
          @Override
          public long docCount() {
            return Math.max(1, base + before[i] + 1);
          }

          @Override
          public long docFreq(String term) {
            long key = StreamTermStats.key(term);
            int[] docs = chunkDocs.get(key);
            long inChunk = 0;
            if (docs != null) {
              // chunk articles up to and including i that hold the term (positions ascending)
              int at = Arrays.binarySearch(docs, 1, docs[0] + 1, i);
              inChunk = at >= 0 ? at : -at - 2;
            }
            return stats.docFreq(key) + inChunk;
          }
        };
    String id = articles[i].id();
    try {
      FeatureExtractor fx =
          extractor(withBackground(prefix, CorpusStats.background()), langId, passages);
      if (evidence[i] == null) {
        features[i] = fx.extract(articles[i], analyzed[i], sentenceKeys[i]);
      } else {
        AnalyzedText cut = fx.analyze(evidence[i]);
        features[i] = fx.extract(evidence[i], cut, CorpusStats.sentenceKeysBySentence(cut));
        evidence[i] = null;
      }
      signatures[i] = NearDuplicateDetector.signatureOf(body(articles[i]));
    } catch (RuntimeException e) {
      problems[i] = id + ": the article's features could not be computed (" + e + ")";
      return;
    }
    problems[i] = StoreLimits.nameProblem(id, features[i]);
  }

  @Override
  public void finish() {
    // the statistics grow only now, for the next chunk: this one's features saw their prefixes
    for (int i = 0; i < n; i++) {
      if (problems[i] == null) {
        stats.addHashed(hashedKeys[i]);
      } else if (hashedKeys[i] != null) {
        accepted.remove(chunk.get(i).id()); // refused by featurize: it does not hold its id
      }
    }
    chunkDocs = null;
  }
}
