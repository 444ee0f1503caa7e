package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.StreamTermStats;
import dev.storylink.features.TermStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.ingest.NearDuplicateDetector;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Online event clustering and cross-lingual story linking over an {@link ArticleStore}, in the
 * style of Miranda et al. (2018), "Multilingual Clustering of Streaming News":
 *
 * <ol>
 *   <li>Each arriving article is analysed and its features computed with term statistics that
 *       grow with the stream.
 *   <li>A near-duplicate of an earlier article (same wire text republished) joins that article's
 *       event, flagged, and does not count as an original.
 *   <li>Candidate events are the active events sharing the most names, keywords, places or
 *       numbers with the article (an in-memory inverted index over their representatives).
 *   <li>Each same-language candidate is scored by the link scorer against the event's
 *       representative articles (maximum), times a time decay on the date gap; the article joins
 *       the best one at or above {@link ClusterConfig#eventThreshold}, or opens a new event.
 *   <li>The article is then scored against candidates in other languages; at or above {@link
 *       ClusterConfig#storyThreshold} their stories are merged: events are linked across languages
 *       into stories.
 *   <li>Events not updated for {@link ClusterConfig#inactiveDays} (by article dates; checked
 *       every 500 articles) or beyond {@link ClusterConfig#maxActiveEvents} (least recently
 *       updated first) are closed: dropped from memory (with their articles' near-duplicate
 *       signatures), kept on disk. The term and sentence statistics are bounded too ({@link
 *       StreamTermStats}), so memory does not grow with the number of articles ingested.
 * </ol>
 *
 * <p>Deterministic: ids are counters and all choices break ties by creation order, so the same
 * input order gives the same events and stories. Every change goes to the store; {@link #commit}
 * makes it durable together with the counters, so a restart continues where the last commit left
 * off. Not thread-safe: one ingest at a time, from one thread (the store's lock enforces one
 * process); the per-article analysis runs on internal helper threads ({@link #addChunks}).
 */
public final class StoryClusterer {
  private static final String SEQ = "seq";
  private static final String NEXT_EVENT = "nextEvent";
  private static final String NEXT_STORY = "nextStory";

  private final ArticleStore store;
  private final PairScorer scorer;
  private final ClusterConfig config;
  private final StreamTermStats stats;
  private final FeatureExtractor extractor;
  private final LanguageIdentifier langId;
  private final NearDuplicateDetector duplicates = new NearDuplicateDetector();
  private final LinkedHashMap<String, ActiveEvent> active = new LinkedHashMap<>();
  private final org.apache.lucene.internal.hppc.LongObjectHashMap<Posting> keyIndex =
      new org.apache.lucene.internal.hppc.LongObjectHashMap<>();
  private int lookup; // stamp of the current candidate lookup (slotStamp)
  private final Map<String, StoryRecord> stories = new LinkedHashMap<>(); // changed since last commit
  private final Map<String, StoryRecord> storyCache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StoryRecord> e) {
      return size() > 50_000; // as stored: read back or committed (least recently used go)
    }
  };
  private final Map<String, EventRecord> pendingEvents = new LinkedHashMap<>(); // changed since last commit
  private final List<ActiveEvent> changedActive = new ArrayList<>(); // recorded at the next commit (ActiveEvent.changed)
  private final Set<String> deletedStories = new LinkedHashSet<>(); // merged away since last commit
  private final Map<String, String> eventOfRecent = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> e) {
      return size() > 200_000;
    }
  };
  private final ChunkScheduler scheduler = new ChunkScheduler();
  private final java.util.ArrayDeque<Prepared> onTheirWay = new java.util.ArrayDeque<>(); // prepared, not placed
  private boolean broken; // a stream failed halfway (see addChunks)
  private long seq;
  private long nextEvent;
  private long nextStory;
  private Optional<LocalDate> newest = Optional.empty();

  /**
   * The store's statistics with the shipped background counts added ({@code docCount} and {@code
   * docFreq} summed), so the first articles of a young store are not weighted as if every word
   * were rare. Thread-safe if both are.
   */
  static TermStats withBackground(TermStats store, TermStats background) {
    return new TermStats() {
      @Override
      public long docCount() {
        return Math.max(1, store.docCount() + (background.docCount() > 1 ? background.docCount() : 0));
      }

      @Override
      public long docFreq(String term) {
        return store.docFreq(term) + background.docFreq(term);
      }
    };
  }

  private StoryClusterer(
      ArticleStore store, PairScorer scorer, LanguageIdentifier langId, ClusterConfig config) {
    this.store = Objects.requireNonNull(store, "store");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.config = Objects.requireNonNull(config, "config");
    this.stats = store.loadCorpusStats();
    this.langId = langId;
    this.extractor = new FeatureExtractor(withBackground(stats, CorpusStats.background()), langId);
    Map<String, String> state = store.committedState();
    this.seq = Long.parseLong(state.getOrDefault(SEQ, "0"));
    this.nextEvent = Long.parseLong(state.getOrDefault(NEXT_EVENT, "1"));
    this.nextStory = Long.parseLong(state.getOrDefault(NEXT_STORY, "1"));
  }

  /** A clusterer continuing from the store's last commit (reloads its open events). */
  public static StoryClusterer open(
      ArticleStore store, PairScorer scorer, LanguageIdentifier langId, ClusterConfig config) {
    StoryClusterer c = new StoryClusterer(store, scorer, langId, config);
    c.reloadOpenEvents();
    return c;
  }

  private void reloadOpenEvents() {
    for (EventRecord e : store.openEvents()) {
      ActiveEvent ev = new ActiveEvent(e);
      List<String> ids = e.articleIds();
      Set<String> repIds = new LinkedHashSet<>();
      int half = Math.max(1, config.representatives() / 2);
      repIds.addAll(ids.subList(0, Math.min(half, ids.size())));
      repIds.addAll(ids.subList(Math.max(0, ids.size() - (config.representatives() - half)), ids.size()));
      for (String id : repIds) {
        store.article(id).ifPresent(sa -> {
          ev.reps.add(extractor.extract(sa.article()));
          if (sa.duplicateOf().isEmpty()) {
            duplicates.findDuplicateOf(id, body(sa.article()));
          }
        });
      }
      for (String id : ids) {
        eventOfRecent.put(id, e.id());
      }
      e.lastDate().ifPresent(this::seeDate);
      active.put(e.id(), ev);
      index(ev);
    }
  }

  /** The store this clusterer writes to. */
  public ArticleStore store() {
    return store;
  }

  /** Number of events currently active in memory. */
  public int activeEvents() {
    return active.size();
  }

  private static String alreadyStored(String id) {
    return id + ": an article with this id is already stored";
  }

  /** True if an article with this id is already stored (committed or in this batch). */
  public boolean isStored(String articleId) {
    return eventOfRecent.containsKey(articleId) || store.containsArticle(articleId);
  }

  /** What became of one article of a batch: its assignment, or why it was refused. */
  public record Outcome(String articleId, Optional<Assignment> assignment, Optional<String> problem) {
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
   * Adds one article: stores it and assigns it to an event and a story (not yet durable; see
   * {@link #commit}). Throws {@link InputException} for an article whose id is already stored or
   * whose language is unknown or unsupported; the store is unchanged then.
   */
  public Assignment add(Article input) {
    Outcome o = addAll(List.of(input)).get(0);
    return o.assignment().orElseThrow(() -> new InputException(o.problem().get()));
  }

  /**
   * Adds a chunk of articles in order: {@link #addChunks} over this one chunk. Refused articles
   * (repeated id, unknown or unsupported language) come back as problems and leave the store
   * unchanged.
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
   * statistics as of itself, as if the articles came one by one, so neither the chunk sizes nor
   * the timing change the result (once the term statistics are full, which rare keys they drop
   * depends on where chunks end). Articles are written to the store one at a time in input
   * order, by whichever thread is free.
   *
   * <p>{@code placed} receives each chunk's outcomes (one per article, in order) on this thread,
   * once the chunk's articles are written to the store (not yet durable); it may {@link #commit}.
   * An id stored before, or repeated in the stream, and an article of unknown or unsupported
   * language come back as problems and leave the store unchanged. When {@code chunks} throws, the
   * chunk prepared before is still added and handed to {@code placed}, then the exception is
   * rethrown. Any other failure (of the store, or thrown by {@code placed}) leaves this clusterer
   * unusable: open a new one on the store, which holds what was last committed.
   */
  public void addChunks(java.util.Iterator<? extends List<Article>> chunks, Consumer<List<Outcome>> placed) {
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(placed, "placed");
    if (broken) {
      throw new IllegalStateException("this clusterer failed earlier; open a new one on the store");
    }
    broken = true; // until the stream is through: a failure halfway leaves prepared chunks unplaced
    Prepared pending = null;
    while (true) {
      List<Article> chunk;
      try {
        if (!chunks.hasNext()) {
          break;
        }
        chunk = chunks.next();
      } catch (RuntimeException e) {
        if (pending != null) {
          placed.accept(place(pending));
        }
        broken = false;
        throw e;
      }
      Prepared next = prepare(chunk);
      if (pending != null) {
        placed.accept(place(pending));
      }
      pending = next;
    }
    if (pending != null) {
      placed.accept(place(pending));
    }
    broken = false;
  }

  /**
   * One chunk on its way: refused ids are known at once; analysis, statistics and features are
   * computed by the {@link ChunkScheduler} steps below, each writing only its own slots.
   */
  private final class Prepared implements ChunkScheduler.Work {
    final List<Article> chunk;
    final int n;
    final Article[] articles;
    final AnalyzedText[] analyzed;
    final Set<String>[] counted;
    final List<String>[] sentenceKeys;
    final long[][] hashedKeys; // StreamTermStats.key of each counted key
    final ArticleFeatures[] features;
    final NearDuplicateDetector.Signature[] signatures;
    final String[] problems;
    List<Prepared> earlier; // prepared before and not yet placed when this one was; until index()
    Set<String> accepted = Set.of(); // ids of the articles not refused; set by index()
    // term key -> [count, chunk positions ascending...]; set by index()
    org.apache.lucene.internal.hppc.LongObjectHashMap<int[]> chunkDocs;
    int[] before; // accepted articles before i in the chunk; set by index()
    long base; // documents in the statistics before this chunk; set by index()
    ChunkScheduler.Chunk handle;

    @SuppressWarnings("unchecked")
    Prepared(List<Article> chunk, List<Prepared> earlier) {
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
      try {
        if (store.containsArticle(chunk.get(i).id())) { // committed before (the rest: prepare, index)
          problems[i] = alreadyStored(chunk.get(i).id());
          return;
        }
        articles[i] = extractor.withSupportedLanguage(chunk.get(i));
        analyzed[i] = extractor.analyze(articles[i]);
        sentenceKeys[i] = CorpusStats.sentenceKeysBySentence(analyzed[i]);
        counted[i] = CorpusStats.countedKeys(analyzed[i], sentenceKeys[i]);
        hashedKeys[i] = counted[i].stream().mapToLong(StreamTermStats::key).toArray();
      } catch (InputException e) {
        problems[i] = e.getMessage();
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
      earlier = List.of(); // (a chain of earlier chunks would keep them all in memory)
      // features of article i see the statistics as they would be had articles 0..i been added
      // one by one (what add() does): the statistics before the chunk plus the chunk's prefix
      chunkDocs = new org.apache.lucene.internal.hppc.LongObjectHashMap<>();
      for (int i = 0; i < n; i++) {
        if (problems[i] != null) {
          continue;
        }
        for (long term : hashedKeys[i]) {
          int[] docs = chunkDocs.get(term);
          if (docs == null) {
            docs = new int[3];
          } else if (docs[0] + 1 == docs.length) {
            docs = java.util.Arrays.copyOf(docs, docs.length * 2);
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
      TermStats prefix = new TermStats() {
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
            int at = java.util.Arrays.binarySearch(docs, 1, docs[0] + 1, i);
            inChunk = at >= 0 ? at : -at - 2;
          }
          return stats.docFreq(key) + inChunk;
        }
      };
      features[i] = new FeatureExtractor(withBackground(prefix, CorpusStats.background()), langId)
          .extract(articles[i], analyzed[i], sentenceKeys[i]);
      signatures[i] = NearDuplicateDetector.signatureOf(body(articles[i]));
    }

    @Override
    public void finish() {
      // the statistics grow only now, for the next chunk: this one's features saw their prefixes
      for (int i = 0; i < n; i++) {
        if (problems[i] == null) {
          stats.addHashed(hashedKeys[i]);
        }
      }
      chunkDocs = null;
    }
  }

  /** Refuses ids repeated within the chunk or clustered before, and starts the chunk's steps. */
  private Prepared prepare(List<Article> chunk) {
    Prepared p = new Prepared(chunk, List.copyOf(onTheirWay));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.n; i++) {
      String id = p.chunk.get(i).id();
      if (eventOfRecent.containsKey(id) || !ids.add(id)) {
        p.problems[i] = alreadyStored(id);
      }
    }
    p.handle = scheduler.submit(p);
    onTheirWay.add(p);
    return p;
  }

  /** Clusters a prepared chunk (the oldest one on its way) in input order. */
  private List<Outcome> place(Prepared p) {
    if (onTheirWay.peekFirst() != p) {
      throw new IllegalStateException("chunks must be placed in the order they were prepared");
    }
    List<Outcome> out = new ArrayList<>(p.n);
    for (int i = 0; i < p.n; i++) {
      scheduler.await(p.handle, i);
      String id = p.chunk.get(i).id();
      out.add(p.problems[i] != null
          ? new Outcome(id, Optional.empty(), Optional.of(p.problems[i]))
          : new Outcome(id, Optional.of(place(p.articles[i], p.analyzed[i], p.counted[i], p.features[i],
              p.signatures[i], scheduler::write)), Optional.empty()));
    }
    scheduler.awaitWritesAndFinish(p.handle);
    onTheirWay.removeFirst();
    return out;
  }

  /** The text compared for near-duplicates: the body (a changed headline must not hide a copy). */
  private static String body(Article a) {
    return a.text().isBlank() ? a.title() : a.text();
  }

  private Assignment place(
      Article article,
      AnalyzedText analyzed,
      Set<String> countedKeys,
      ArticleFeatures f,
      NearDuplicateDetector.Signature signature,
      Consumer<Runnable> writes) {
    long mySeq = ++seq;
    article.date().ifPresent(this::seeDate);

    Optional<String> dupOf = duplicates.findDuplicateOf(article.id(), signature);
    ActiveEvent target = null;
    double p = 0;
    if (dupOf.isPresent()) {
      String ev = eventOfRecent.get(dupOf.get());
      if (ev == null) {
        ev = store.article(dupOf.get()).map(StoredArticle::eventId).orElse(null);
      }
      target = ev == null ? null : active.get(ev);
      if (target == null) {
        dupOf = Optional.empty(); // original's event is closed: treat as a new article
      } else {
        p = 1.0;
      }
    }
    long[] fkeys = keys(f);
    List<ActiveEvent> candidates = shortlist(f, candidates(fkeys));
    if (target == null) {
      for (ActiveEvent ev : candidates) {
        if (!ev.lang.equals(f.lang())) {
          continue;
        }
        double q = score(f, ev);
        if (q >= config.eventThreshold() && q > p) {
          p = q;
          target = ev;
        }
      }
    }
    boolean isNew = target == null;
    if (isNew) {
      target = newEvent(f, article);
      p = 0;
    }
    target.add(article, f, mySeq, dupOf.isPresent(), config.representatives());
    active.remove(target.id); // keep `active` in order of last update, oldest first
    active.put(target.id, target);
    if (dupOf.isEmpty()) {
      index(target, fkeys); // only the new representative's keys are new
    }
    eventOfRecent.put(article.id(), target.id);

    // cross-lingual story linking
    if (dupOf.isEmpty()) {
      ActiveEvent bestOther = null;
      double bestQ = 0;
      for (ActiveEvent ev : candidates) {
        if (ev.lang.equals(f.lang()) || ev.storyId.equals(target.storyId)) {
          continue;
        }
        double q = score(f, ev);
        if (q >= config.storyThreshold() && q > bestQ) {
          bestQ = q;
          bestOther = ev;
        }
      }
      if (bestOther != null) {
        target.storyId = mergeStories(bestOther.storyId, target.storyId);
      }
    }

    StoredArticle stored = new StoredArticle(article, mySeq, target.id, dupOf);
    writes.accept(() -> store.putArticle(
        stored,
        analyzed.tokens().stream().map(dev.storylink.text.Token::term).toList(),
        countedKeys,
        f.names().stream().map(Mention::key).toList()));
    markChanged(target); // its record is built once, at the commit
    updateStory(target, article, mySeq);
    closeInactive();
    return new Assignment(article.id(), target.id, target.storyId, isNew, dupOf, p);
  }

  /** Makes all changes since the last commit durable, with the counters. */
  public void commit() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put(SEQ, Long.toString(seq));
    state.put(NEXT_EVENT, Long.toString(nextEvent));
    state.put(NEXT_STORY, Long.toString(nextStory));
    // events and stories are written once per commit, however often they changed
    for (ActiveEvent ev : changedActive) {
      if (ev.changed) { // not closed since (a closed event's record is pending already)
        pendingEvents.put(ev.id, ev.record(true));
        ev.changed = false;
      }
    }
    changedActive.clear();
    pendingEvents.values().forEach(store::putEvent);
    stories.values().forEach(store::putStory);
    deletedStories.forEach(store::deleteStory);
    store.commit(state);
    pendingEvents.clear();
    storyCache.putAll(stories);
    stories.clear();
    deletedStories.clear();
  }

  private void markChanged(ActiveEvent ev) {
    if (!ev.changed) {
      ev.changed = true;
      changedActive.add(ev);
    }
  }

  private void writeEvent(EventRecord e) {
    pendingEvents.put(e.id(), e);
  }

  private Optional<EventRecord> eventRecord(String id) {
    ActiveEvent a = active.get(id);
    if (a != null) {
      return Optional.of(a.record(true));
    }
    EventRecord p = pendingEvents.get(id);
    return p != null ? Optional.of(p) : store.event(id);
  }

  private void seeDate(LocalDate d) {
    if (newest.isEmpty() || d.isAfter(newest.get())) {
      newest = Optional.of(d);
    }
  }

  /**
   * Cheap first pass: each candidate scored against its newest representative only; the best
   * {@link #SHORTLIST} per language side (same language, other languages) go on to full scoring.
   */
  private List<ActiveEvent> shortlist(ArticleFeatures f, List<ActiveEvent> candidates) {
    if (candidates.size() <= 2 * SHORTLIST) {
      return candidates;
    }
    List<ActiveEvent> same = new ArrayList<>();
    List<ActiveEvent> other = new ArrayList<>();
    for (ActiveEvent ev : candidates) {
      ev.quick = scorer.probability(f, ev.reps.get(ev.reps.size() - 1));
      ev.quickStamp = lookup;
      ev.quickRep = ev.reps.get(ev.reps.size() - 1);
      (ev.lang.equals(f.lang()) ? same : other).add(ev);
    }
    Comparator<ActiveEvent> byQuick =
        Comparator.comparingDouble((ActiveEvent ev) -> -ev.quick).thenComparingLong(ev -> ev.number);
    same.sort(byQuick);
    other.sort(byQuick);
    List<ActiveEvent> out = new ArrayList<>(same.subList(0, Math.min(SHORTLIST, same.size())));
    out.addAll(other.subList(0, Math.min(SHORTLIST, other.size())));
    return out;
  }

  /** Candidates per language side that get full scoring against all representatives. */
  static final int SHORTLIST = 3;

  private double score(ArticleFeatures f, ActiveEvent ev) {
    double best = 0;
    int newest = ev.reps.size() - 1;
    for (int r = 0; r <= newest; r++) {
      // the shortlist scored this article against the newest representative already
      boolean known = r == newest && ev.quickStamp == lookup && ev.quickRep == ev.reps.get(r);
      best = Math.max(best, known ? ev.quick : scorer.probability(f, ev.reps.get(r)));
    }
    return best * decay(f, ev);
  }

  private double decay(ArticleFeatures f, ActiveEvent ev) {
    if (f.date().isEmpty() || ev.lastDate.isEmpty() || ev.firstDate.isEmpty()) {
      return 1.0;
    }
    LocalDate d = f.date().get();
    long gap;
    if (d.isBefore(ev.firstDate.get())) {
      gap = ChronoUnit.DAYS.between(d, ev.firstDate.get());
    } else if (d.isAfter(ev.lastDate.get())) {
      gap = ChronoUnit.DAYS.between(ev.lastDate.get(), d);
    } else {
      gap = 0;
    }
    return gap <= 1 ? 1.0 : Math.exp(-(gap - 1) / config.decayDays());
  }

  // ------------------------------------------------------------ candidates

  /**
   * The candidate keys of an article's features: its names, name skeletons, places, numbers and
   * keywords, each hashed to 64 bits with its kind, distinct and sorted.
   */
  private static long[] keys(ArticleFeatures f) {
    long[] keys = new long[2 * f.names().size() + f.places().size() + f.numbers().size() + f.keywords().length];
    int n = 0;
    for (Mention m : f.names()) {
      keys[n++] = keyHash('n', m.key());
      if (!m.skeleton().isEmpty()) {
        keys[n++] = keyHash('k', m.skeleton());
      }
    }
    for (Mention m : f.places()) {
      keys[n++] = keyHash('p', m.key());
    }
    for (Mention m : f.numbers()) {
      keys[n++] = keyHash('#', m.key());
    }
    for (long k : f.keywords()) {
      keys[n++] = mix64(k ^ 0x77L); // keywords are hashed terms already
    }
    java.util.Arrays.sort(keys, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || keys[i] != keys[distinct - 1]) {
        keys[distinct++] = keys[i];
      }
    }
    return java.util.Arrays.copyOf(keys, distinct);
  }

  /** 64-bit hash of a key of one kind ({@code kind} is its one-character tag). */
  private static long keyHash(char kind, String key) {
    long h = (0xcbf29ce484222325L ^ kind) * 0x100000001b3L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }

  /** SplitMix64 finalizer. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Event slots: each indexed active event holds a slot in these primitive arrays, so the
   * candidate lookup counts overlaps in a few small contiguous arrays instead of updating a field
   * on each event object it meets (the lookup is mostly memory traffic). A slot is released when
   * its event closes, and its generation grows then, so index entries left behind by the closed
   * event no longer match.
   */
  private int[] slotGen = new int[1024];
  private int[] slotStamp = new int[1024]; // candidate lookup that last counted the slot
  private int[] slotOverlap = new int[1024]; // keys shared with the article of that lookup
  private ActiveEvent[] slotEvent = new ActiveEvent[1024];
  private int slotsUsed; // slots ever handed out
  private final org.apache.lucene.internal.hppc.IntArrayList freeSlots = new org.apache.lucene.internal.hppc.IntArrayList();
  private int[] touchedSlots = new int[1024];

  private int slotOf(ActiveEvent ev) {
    if (ev.slot < 0) {
      int s;
      if (!freeSlots.isEmpty()) {
        s = freeSlots.removeLast();
      } else {
        s = slotsUsed++;
        if (s == slotEvent.length) {
          int cap = 2 * s;
          slotGen = java.util.Arrays.copyOf(slotGen, cap);
          slotStamp = java.util.Arrays.copyOf(slotStamp, cap);
          slotOverlap = java.util.Arrays.copyOf(slotOverlap, cap);
          slotEvent = java.util.Arrays.copyOf(slotEvent, cap);
          touchedSlots = new int[cap]; // a lookup touches each slot at most once
        }
      }
      ev.slot = s;
      slotEvent[s] = ev;
      slotStamp[s] = 0;
    }
    return ev.slot;
  }

  private void releaseSlot(ActiveEvent ev) {
    if (ev.slot >= 0) {
      slotGen[ev.slot]++;
      slotEvent[ev.slot] = null;
      freeSlots.add(ev.slot);
      ev.slot = -1;
    }
  }

  /** An index entry: an event's slot and the slot's generation when the event took it. */
  private long entry(ActiveEvent ev) {
    int s = slotOf(ev);
    return (long) slotGen[s] << 32 | s;
  }

  private boolean isLive(long entry) {
    return slotGen[(int) entry] == (int) (entry >>> 32);
  }

  /**
   * The active events indexed under one key, as slot entries. Closed events are dropped lazily:
   * {@code live} counts the active ones, and the list is compacted when most entries are closed.
   */
  private final class Posting {
    long[] entries = new long[2];
    int size;
    int live;

    void add(ActiveEvent ev) {
      if (size == entries.length) {
        if (live < size / 2) {
          compact();
        }
        if (size == entries.length) {
          entries = java.util.Arrays.copyOf(entries, size * 2);
        }
      }
      entries[size++] = entry(ev);
      live++;
    }

    void compact() {
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (isLive(entries[i])) {
          entries[n++] = entries[i];
        }
      }
      size = n;
    }
  }

  private void index(ActiveEvent ev) {
    for (ArticleFeatures rep : ev.reps) {
      index(ev, keys(rep));
    }
  }

  private void index(ActiveEvent ev, long[] keys) {
    for (long k : keys) {
      if (ev.keys.add(k)) {
        Posting p = keyIndex.get(k);
        if (p == null) {
          p = new Posting();
          keyIndex.put(k, p);
        }
        p.add(ev);
      }
    }
  }

  private void unindex(ActiveEvent ev) {
    releaseSlot(ev); // its entries stop matching now
    for (var cursor : ev.keys) {
      long k = cursor.value;
      Posting p = keyIndex.get(k);
      if (p != null && --p.live == 0) {
        keyIndex.remove(k);
      } else if (p != null && p.size > 2 * p.live + 8) {
        p.compact(); // closed events hold no more than about half of a posting
      }
    }
    ev.keys.clear();
    ev.reps.clear(); // a closed event is only written out
  }

  /**
   * The {@link ClusterConfig#candidates} active events sharing the most keys with the article
   * (ties: older event first). Keys of more than 2000 active events are too common to count.
   */
  private List<ActiveEvent> candidates(long[] keys) {
    int stamp = ++lookup;
    if (stamp == 0) { // wrapped around: no slot may look counted already
      java.util.Arrays.fill(slotStamp, 0);
      stamp = ++lookup;
    }
    int[] gen = slotGen;
    int[] stamps = slotStamp;
    int[] overlap = slotOverlap;
    int[] touched = touchedSlots;
    int nTouched = 0;
    for (long k : keys) {
      Posting p = keyIndex.get(k);
      if (p == null || p.live > 2000) {
        continue; // too common to discriminate
      }
      if (p.size > 2 * p.live + 8) {
        p.compact();
      }
      long[] es = p.entries;
      for (int i = 0, n = p.size; i < n; i++) {
        long e = es[i];
        int s = (int) e;
        if (gen[s] != (int) (e >>> 32)) {
          continue; // its event has closed
        }
        if (stamps[s] != stamp) {
          stamps[s] = stamp;
          overlap[s] = 0;
          touched[nTouched++] = s;
        }
        overlap[s]++;
      }
    }
    // the best `candidates` by (overlap descending, number ascending), kept sorted
    int max = config.candidates();
    ActiveEvent[] best = new ActiveEvent[Math.min(max, nTouched)];
    int size = 0;
    for (int t = 0; t < nTouched; t++) {
      ActiveEvent e = slotEvent[touched[t]];
      e.overlap = overlap[touched[t]];
      if (size == best.length && !ranksBefore(e, best[size - 1])) {
        continue;
      }
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && ranksBefore(e, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = e;
    }
    return java.util.Arrays.asList(best);
  }

  private static boolean ranksBefore(ActiveEvent a, ActiveEvent b) {
    return a.overlap > b.overlap || a.overlap == b.overlap && a.number < b.number;
  }

  private static long number(String id) {
    return Long.parseLong(id.substring(1));
  }

  // ------------------------------------------------------------ events and stories

  private ActiveEvent newEvent(ArticleFeatures f, Article article) {
    String id = "e" + nextEvent++;
    String story = "s" + nextStory++;
    ActiveEvent ev = new ActiveEvent(id, story, f.lang(), headline(article));
    active.put(id, ev);
    return ev;
  }

  private static String headline(Article a) {
    String h = a.title().isBlank() ? a.text().strip().lines().findFirst().orElse("") : a.title();
    return h.length() > 200 ? h.substring(0, 200) + "…" : h;
  }

  private StoryRecord storyRecord(String id) {
    StoryRecord s = stories.get(id);
    if (s == null) {
      s = storyCache.get(id);
    }
    if (s == null) {
      s = store.story(id).orElse(null);
      if (s != null) {
        storyCache.put(id, s);
      }
    }
    return s;
  }

  private void updateStory(ActiveEvent ev, Article article, long mySeq) {
    StoryRecord old = storyRecord(ev.storyId);
    List<String> events = new ArrayList<>(old == null ? List.of() : old.eventIds());
    if (!events.contains(ev.id)) {
      events.add(ev.id);
    }
    TreeSet<String> langs = new TreeSet<>(old == null ? List.of() : old.langs());
    langs.add(ev.lang);
    StoryRecord s =
        new StoryRecord(
            ev.storyId,
            events,
            List.copyOf(langs),
            (old == null ? 0 : old.articleCount()) + 1,
            old == null ? ev.headline : old.headline(),
            min(old == null ? Optional.empty() : old.firstDate(), article.date()),
            max(old == null ? Optional.empty() : old.lastDate(), article.date()),
            mySeq);
    stories.put(s.id(), s);
  }

  /**
   * Merges two stories into the older one (lower number) and returns its id. Events of the
   * younger story that are already recorded move over; the caller moves the event whose story is
   * not recorded yet.
   */
  private String mergeStories(String x, String y) {
    if (x.equals(y)) {
      return x;
    }
    // keep the older story id (lower number) so ids are stable
    String into = number(x) <= number(y) ? x : y;
    String from = into.equals(x) ? y : x;
    StoryRecord a = storyRecord(into);
    StoryRecord b = storyRecord(from);
    if (b != null) {
      for (String evId : b.eventIds()) {
        ActiveEvent ev = active.get(evId);
        if (ev != null) {
          ev.storyId = into;
          markChanged(ev);
        } else {
          eventRecord(evId).ifPresent(e -> writeEvent(new EventRecord(e.id(), into, e.lang(),
              e.articleIds(), e.originals(), e.firstDate(), e.lastDate(), e.lastSeq(), e.headline(), e.open())));
        }
      }
    }
    if (a != null && b != null) {
      List<String> events = new ArrayList<>(a.eventIds());
      b.eventIds().stream().filter(e -> !events.contains(e)).forEach(events::add);
      TreeSet<String> langs = new TreeSet<>(a.langs());
      langs.addAll(b.langs());
      StoryRecord merged =
          new StoryRecord(into, events, List.copyOf(langs), a.articleCount() + b.articleCount(),
              a.headline(), min(a.firstDate(), b.firstDate()), max(a.lastDate(), b.lastDate()),
              Math.max(a.lastSeq(), b.lastSeq()));
      stories.put(into, merged);
    }
    stories.remove(from);
    storyCache.remove(from);
    deletedStories.add(from);
    return into;
  }

  private void closeInactive() {
    List<String> close = new ArrayList<>();
    var it = active.values().iterator();
    for (int over = active.size() - config.maxActiveEvents(); over > 0 && it.hasNext(); over--) {
      close.add(it.next().id); // least recently updated first
    }
    if (newest.isPresent() && seq % 500 == 0) {
      LocalDate cutoff = newest.get().minusDays(config.inactiveDays());
      for (ActiveEvent e : active.values()) {
        if (e.lastDate.isPresent() && e.lastDate.get().isBefore(cutoff) && !close.contains(e.id)) {
          close.add(e.id);
        }
      }
    }
    for (String id : close) {
      ActiveEvent e = active.remove(id);
      unindex(e);
      e.articleIds.forEach(duplicates::forget); // a copy of a closed event's article starts anew
      e.changed = false; // its final record is written now
      writeEvent(e.record(false));
    }
  }

  private static Optional<LocalDate> min(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }

  private static Optional<LocalDate> max(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }

  /** In-memory state of an open event. Confined to the clusterer. */
  private static final class ActiveEvent {
    final String id;
    final long number;
    String storyId;
    final String lang;
    final String headline;
    final List<String> articleIds = new ArrayList<>();
    final List<ArticleFeatures> reps = new ArrayList<>();
    final org.apache.lucene.internal.hppc.LongHashSet keys = new org.apache.lucene.internal.hppc.LongHashSet();
    boolean changed; // in changedActive: its record is written at the next commit
    int slot = -1; // in the candidate index's slot arrays while indexed
    int overlap; // keys shared with the article of the current candidate lookup
    double quick; // shortlist score of the article being placed against quickRep
    ArticleFeatures quickRep; // the newest representative when quick was computed
    int quickStamp; // candidate lookup quick belongs to
    int originals;
    Optional<LocalDate> firstDate = Optional.empty();
    Optional<LocalDate> lastDate = Optional.empty();
    long lastSeq;

    ActiveEvent(String id, String storyId, String lang, String headline) {
      this.id = id;
      this.number = StoryClusterer.number(id);
      this.storyId = storyId;
      this.lang = lang;
      this.headline = headline;
    }

    ActiveEvent(EventRecord e) {
      this(e.id(), e.storyId(), e.lang(), e.headline());
      articleIds.addAll(e.articleIds());
      originals = e.originals();
      firstDate = e.firstDate();
      lastDate = e.lastDate();
      lastSeq = e.lastSeq();
    }

    void add(Article a, ArticleFeatures f, long seq, boolean duplicate, int maxReps) {
      articleIds.add(a.id());
      if (!duplicate) {
        originals++;
        // keep the first half of the slots for the earliest articles, rotate the rest
        int half = Math.max(1, maxReps / 2);
        if (reps.size() < maxReps) {
          reps.add(f);
        } else {
          reps.remove(half);
          reps.add(f);
        }
      }
      firstDate = StoryClusterer.min(firstDate, a.date());
      lastDate = StoryClusterer.max(lastDate, a.date());
      lastSeq = seq;
    }

    EventRecord record(boolean open) {
      return new EventRecord(id, storyId, lang, articleIds, originals, firstDate, lastDate, lastSeq, headline, open);
    }
  }
}
