package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.StreamTermStats;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Online event clustering and cross-lingual story linking over an {@link ArticleStore}, in the
 * style of Miranda et al. (2018), "Multilingual Clustering of Streaming News":
 *
 * <ol>
 *   <li>Each arriving article is analysed and its features computed with term statistics that grow
 *       with the stream.
 *   <li>A near-duplicate of an earlier article (same wire text republished) joins that article's
 *       event, flagged, and does not count as an original.
 *   <li>Candidate events are the active events sharing the most names, keywords, places or numbers
 *       with the article (an in-memory inverted index over their representatives).
 *   <li>Each same-language candidate is described by {@link EventFeatures} (the link scorer's
 *       probabilities against the event's representative articles, time decay on the date gap, the
 *       years the texts mention...); the {@link AssignmentModel} ranks them and the article joins
 *       the best one when likely enough ({@link ClusterConfig#assignment}), or opens a new event.
 *   <li>The article is then scored against candidates in other languages; at or above {@link
 *       ClusterConfig#storyThreshold} their stories are merged: events are linked across languages
 *       into stories.
 *   <li>Events not updated for {@link ClusterConfig#inactiveDays} (by article dates; checked every
 *       500 articles) or beyond {@link ClusterConfig#maxActiveEvents} (least recently updated
 *       first) are closed: dropped from memory (with their articles' near-duplicate signatures),
 *       kept on disk. The term and sentence statistics are bounded too ({@link StreamTermStats}),
 *       so memory does not grow with the number of articles ingested.
 * </ol>
 *
 * <p>This class is the facade; its parts, each with one role: {@link PreparedChunk} (the
 * per-article analysis and features, run ahead on helper threads by the {@link ChunkScheduler}),
 * {@link ArticlePlacer} (places one article at a time, in input order, with the counters), {@link
 * NearDuplicateDetector}, {@link CandidateIndex} (the inverted index from keys to active events),
 * {@link EventScorer} (link score times time decay), {@link ActiveEvents} (the events in memory and
 * closing idle ones), {@link StoryBook} (stories and their merging) and {@link PendingWrites} (what
 * the next {@link #commit} writes).
 *
 * <p>Deterministic: ids are counters and all choices break ties by creation order, so the same
 * input order gives the same events and stories. Every change goes to the store; {@link #commit}
 * makes it durable together with the counters, so a restart continues where the last commit left
 * off. Not thread-safe: one ingest at a time, from one thread (the store's lock enforces one
 * process); the per-article analysis runs on internal helper threads ({@link #addChunks}).
 */
public final class StoryClusterer {
  private final ArticleStore store;
  private final StreamTermStats stats;
  private final FeatureExtractor extractor;
  private final LanguageIdentifier langId;
  private final boolean passages; // the second look's lexical model reads them
  private final PendingWrites pending = new PendingWrites();
  private final ActiveEvents events;
  private final StoryBook stories;
  private final ChunkScheduler scheduler = new ChunkScheduler();
  private final ArrayDeque<PreparedChunk> onTheirWay = new ArrayDeque<>(); // prepared, not placed
  private final ArticlePlacer placer;
  private final BoilerplateFilter boilerplate; // null: off (the shipped setting)
  private boolean broken; // a stream failed halfway (see addChunks)

  private StoryClusterer(
      ArticleStore store, PairScorer scorer, LanguageIdentifier langId, ClusterConfig config) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(config, "config");
    NearDuplicateDetector duplicates = new NearDuplicateDetector();
    CandidateIndex index = new CandidateIndex(config.candidates());
    this.events = new ActiveEvents(store, config, index, duplicates, pending);
    this.stories = new StoryBook(store, pending);
    this.stats = new StreamTermStats(StreamTermStats.DEFAULT_CAPACITY);
    stats.setDocuments(store.readTermCounts(stats::addCount));
    this.langId = langId;
    this.passages = !config.secondLook().none();
    this.boilerplate =
        config.boilerplate().none() ? null : new BoilerplateFilter(config.boilerplate());
    this.extractor =
        PreparedChunk.extractor(
            PreparedChunk.withBackground(stats, CorpusStats.background()), langId, passages);
    this.placer =
        new ArticlePlacer(
            store,
            config,
            store.committedState(),
            duplicates,
            index,
            new EventScorer(scorer, config.decayDays()),
            events,
            stories,
            pending);
  }

  /** A clusterer continuing from the store's last commit (reloads its open events). */
  public static StoryClusterer open(
      ArticleStore store, PairScorer scorer, LanguageIdentifier langId, ClusterConfig config) {
    StoryClusterer c = new StoryClusterer(store, scorer, langId, config);
    c.events.reload(c.extractor);
    return c;
  }

  /** The store this clusterer writes to. */
  public ArticleStore store() {
    return store;
  }

  /** Number of events currently active in memory. */
  public int activeEvents() {
    return events.size();
  }

  /** The years ({@link Years} mask) the articles of an active event mention; 0 if not active. */
  long yearsOf(String eventId) {
    ActiveEvent ev = events.get(eventId);
    return ev == null ? 0 : ev.years.mask();
  }

  /** The articles of an active event counted for its year profile, and those naming years. */
  int[] yearArticlesOf(String eventId) {
    ActiveEvent ev = events.get(eventId);
    return ev == null ? new int[2] : new int[] {ev.years.articles(), ev.years.withYears()};
  }

  /** True if an article with this id is already stored (committed or in this batch). */
  public boolean isStored(String articleId) {
    return events.isRecent(articleId) || store.containsArticle(articleId);
  }

  /** What became of one article of a batch: its assignment, or why it was refused. */
  public record Outcome(
      String articleId, Optional<Assignment> assignment, Optional<String> problem) {
    public Outcome {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(assignment, "assignment");
      Objects.requireNonNull(problem, "problem");
      if (assignment.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("an outcome is either an assignment or a problem");
      }
    }
  }

  /** Articles per chunk whose analysis and features are computed in parallel. */
  public static final int CHUNK = 256;

  /**
   * Adds one article: stores it and assigns it to an event and a story (not yet durable; see {@link
   * #commit}). Throws {@link InputException} for an article refused as {@link #addChunks}
   * describes; the store and this clusterer are unchanged then.
   */
  public Assignment add(Article input) {
    Outcome o = addAll(List.of(input)).get(0);
    return o.assignment().orElseThrow(() -> new InputException(o.problem().get()));
  }

  /**
   * Adds a chunk of articles in order: {@link #addChunks} over this one chunk. Refused articles
   * come back as problems and leave the store unchanged.
   */
  public List<Outcome> addAll(List<Article> chunk) {
    List<List<Outcome>> out = new ArrayList<>(1);
    addChunks(List.of(chunk).iterator(), out::add);
    return out.get(0);
  }

  /**
   * Adds chunks of articles in order, clustering one article at a time in input order while the
   * next chunk is prepared on the other cores: its articles' language identification, analysis,
   * term statistics, features and near-duplicate signatures. Each article's features see the term
   * statistics as of itself, as if the articles came one by one, so neither the chunk sizes nor the
   * timing change the result (once the term statistics are full, which rare keys they drop depends
   * on where chunks end). Articles are written to the store one at a time in input order, by
   * whichever thread is free.
   *
   * <p>{@code placed} receives each chunk's outcomes (one per article, in order) on this thread,
   * once the chunk's articles are written to the store (not yet durable); it may {@link #commit}.
   *
   * <p>Failures of one article are that article's refusal, an outcome with the reason as its
   * problem; the store and this clusterer stay as if the article had not been given, and the rest
   * of the chunk and later chunks go on: an id stored before or repeated in the stream; an unknown
   * or unsupported language; an id or a word (or name) longer than the store can index (32,766
   * bytes in UTF-8); an exception thrown by the article's analysis or feature extraction.
   *
   * <p>When {@code chunks} throws, the chunk prepared before is still added and handed to {@code
   * placed}, then the exception is rethrown. Any other failure (of the store, or thrown by {@code
   * placed}) leaves this clusterer unusable: open a new one on the store, which holds what was last
   * committed.
   */
  public void addChunks(Iterator<? extends List<Article>> chunks, Consumer<List<Outcome>> placed) {
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(placed, "placed");
    if (broken) {
      throw new IllegalStateException("this clusterer failed earlier; open a new one on the store");
    }
    broken = true; // until the stream is through: a failure halfway leaves prepared chunks unplaced
    PreparedChunk pendingChunk = null;
    while (true) {
      List<Article> chunk;
      try {
        if (!chunks.hasNext()) {
          break;
        }
        chunk = chunks.next();
      } catch (RuntimeException e) {
        if (pendingChunk != null) {
          placed.accept(place(pendingChunk));
        }
        broken = false;
        throw e;
      }
      PreparedChunk next = prepare(chunk);
      if (pendingChunk != null) {
        placed.accept(place(pendingChunk));
      }
      pendingChunk = next;
    }
    if (pendingChunk != null) {
      placed.accept(place(pendingChunk));
    }
    broken = false;
  }

  /**
   * Refuses ids the store cannot index, repeated within the chunk or clustered before, and starts
   * the chunk's steps.
   */
  private PreparedChunk prepare(List<Article> chunk) {
    PreparedChunk p =
        new PreparedChunk(
            chunk, List.copyOf(onTheirWay), store, extractor, stats, langId, passages, boilerplate);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.n; i++) {
      String id = p.chunk.get(i).id();
      p.problems[i] = StoreLimits.idProblem(id);
      if (p.problems[i] == null && (events.isRecent(id) || !ids.add(id))) {
        p.problems[i] = PreparedChunk.alreadyStored(id);
      }
    }
    p.handle = scheduler.submit(p);
    onTheirWay.add(p);
    return p;
  }

  /** Clusters a prepared chunk (the oldest one on its way) in input order. */
  private List<Outcome> place(PreparedChunk p) {
    if (onTheirWay.peekFirst() != p) {
      throw new IllegalStateException("chunks must be placed in the order they were prepared");
    }
    List<Outcome> out = new ArrayList<>(p.n);
    for (int i = 0; i < p.n; i++) {
      scheduler.await(p.handle, i);
      String id = p.chunk.get(i).id();
      out.add(
          p.problems[i] != null
              ? new Outcome(id, Optional.empty(), Optional.of(p.problems[i]))
              : new Outcome(
                  id,
                  Optional.of(
                      placer.place(
                          p.articles[i],
                          p.analyzed[i],
                          p.counted[i],
                          p.features[i],
                          p.signatures[i],
                          scheduler::write)),
                  Optional.empty()));
    }
    scheduler.awaitWritesAndFinish(p.handle);
    onTheirWay.removeFirst();
    return out;
  }

  /** Makes all changes since the last commit durable, with the counters. */
  public void commit() {
    rewriteMergedArticles();
    // events and stories are written once per commit, however often they changed
    pending.writeTo(store);
    store.commit(placer.state());
    placer.committed();
    stories.committed(pending.stories());
    pending.clear();
  }

  /**
   * Writes the articles of the events merged away since the last commit ({@link EventMerges}) again
   * under the id of the event they now belong to: the article as stored, its text analysed and its
   * features computed again for the indexed terms and names (as when it was placed). Merges are
   * rare (an article the decision puts in two events of one language, with the same own year), so
   * this is a handful of articles per commit at most.
   */
  private void rewriteMergedArticles() {
    Map<String, String> merged = pending.mergedEvents();
    if (merged.isEmpty()) {
      return;
    }
    store.refresh(); // the articles written since the last commit
    for (Map.Entry<String, String> m : merged.entrySet()) {
      for (StoredArticle a : store.articlesOf(m.getKey())) {
        Article art = a.article();
        AnalyzedText analyzed = extractor.analyze(art);
        List<String> sentenceKeys = CorpusStats.sentenceKeysBySentence(analyzed);
        ArticlePlacer.write(
            store,
            new StoredArticle(art, a.seq(), m.getValue(), a.duplicateOf()),
            analyzed,
            CorpusStats.countedKeys(analyzed, sentenceKeys),
            extractor.extract(art, analyzed, sentenceKeys),
            false);
      }
    }
  }
}
