package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.features.SparseVector;
import dev.storylink.ingest.NearDuplicateDetector;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.PairScorer;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.EventRecord;
import dev.storylink.store.StoreStats;
import dev.storylink.store.StoredArticle;
import dev.storylink.store.StoryRecord;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.LanguageIdentifier;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Online multilingual event clustering in the style of Miranda et al. (2018), writing into an
 * {@link ArticleStore}.
 *
 * <p>Each arriving article is turned into features ({@link FeatureExtractor} over the store's
 * statistics); candidate events are the active events sharing the most keywords, names (by their
 * cross-script skeleton), places and numbers with it; each same-language candidate is scored
 * against its representative articles (first and latest) with the {@link PairScorer} (the
 * highest probability) times a time decay on the date gap. The article joins
 * the best event scoring at least {@link ClusterConfig#joinThreshold()}, otherwise it opens a new
 * event (first story detection). Other-language candidates scoring at least {@link
 * ClusterConfig#storyThreshold()} link the two events into one story (cross-lingual event
 * linking; stories merge into the one with the smaller id). Near-duplicates ({@link
 * NearDuplicateDetector}) join their original's event, flagged, and are not counted in the term
 * statistics or compared.
 *
 * <p>Memory is bounded: events whose latest article is {@link ClusterConfig#inactiveDays()} older
 * than the newest date seen, or beyond {@link ClusterConfig#maxActiveEvents()} (least recently
 * joined first), are closed: written to the store and dropped from memory. The near-duplicate
 * index is kept for the latest two generations of {@value #DUP_GENERATION} articles.
 *
 * <p>Deterministic: the same articles in the same order give the same event and story ids.
 * Nothing is durable until {@link #commit()}, which writes the changed events and stories and the
 * articles in one store commit. Not thread-safe: one thread adds and commits.
 */
public final class StreamClusterer {
  static final int DUP_GENERATION = 50_000;
  private static final int CLOSE_CHECK_EVERY = 64;

  private final ArticleStore store;
  private final ClusterConfig config;
  private final PairScorer scorer;
  private final StoreStats stats;
  private final FeatureExtractor extractor;
  private NearDuplicateDetector dupCurrent = new NearDuplicateDetector();
  private NearDuplicateDetector dupPrevious = new NearDuplicateDetector();
  private int dupCount;

  private final LinkedHashMap<String, Event> active = new LinkedHashMap<>(256, 0.75f, true);
  private final Map<Long, LinkedHashSet<Event>> postings = new HashMap<>();
  private final Map<String, Event> eventOfArticle = new HashMap<>();
  private final Map<String, Story> stories = new HashMap<>();
  private final Set<Event> dirtyEvents = new LinkedHashSet<>();
  private final Set<String> dirtyStories = new LinkedHashSet<>();
  private final Set<String> pendingIds = new HashSet<>();

  private long nextEvent;
  private long nextStory;
  private long eventCount;
  private long storyCount;
  private long articleCount;
  private long duplicateCount;
  private long seq;
  private Optional<LocalDate> newest = Optional.empty();

  /** Statistics of the latest commit or of the whole session so far; see {@link #counts()}. */
  public record Counts(long articles, long duplicates, long events, long stories, int activeEvents) {}

  /**
   * A clusterer continuing the state stored in {@code store} (opened for writing), with the
   * shipped scorer and Lingua for articles without a language.
   */
  public static StreamClusterer open(ArticleStore store, ClusterConfig config) {
    return new StreamClusterer(store, config, FeaturePairScorer.shipped(), LazyIdentifier.INSTANCE);
  }

  /** A clusterer continuing the state stored in {@code store} (opened for writing). */
  public StreamClusterer(
      ArticleStore store, ClusterConfig config, PairScorer scorer, LanguageIdentifier identifier) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    if (!store.writable()) {
      throw new IllegalArgumentException("the store must be open for writing");
    }
    this.stats = store.loadStats(CorpusStats.background());
    this.extractor = new FeatureExtractor(stats, identifier);
    Map<String, String> meta = store.meta();
    nextEvent = Long.parseLong(meta.getOrDefault("nextEvent", "1"));
    nextStory = Long.parseLong(meta.getOrDefault("nextStory", "1"));
    eventCount = Long.parseLong(meta.getOrDefault("events", "0"));
    storyCount = Long.parseLong(meta.getOrDefault("stories", "0"));
    articleCount = Long.parseLong(meta.getOrDefault("articles", "0"));
    duplicateCount = Long.parseLong(meta.getOrDefault("duplicates", "0"));
    String nd = meta.getOrDefault("newest", "");
    newest = nd.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(nd));
    for (EventRecord r : store.openEvents()) {
      restore(r);
    }
  }

  private void restore(EventRecord r) {
    Event e = new Event(r.id(), r.storyId(), r.lang());
    e.first = r.firstDate();
    e.last = r.lastDate();
    e.articleIds.addAll(r.articleIds());
    e.duplicates = r.duplicateCount();
    for (String id : r.representativeIds()) {
      store.article(id).ifPresent(sa -> {
        Article a = sa.article();
        AnalyzedText at = TextAnalysis.analyze(a.fullText(), a.lang());
        Rep rep = new Rep(a.id(), extractor.extract(a, at));
        if (e.reps.isEmpty()) {
          e.firstRep = rep;
        }
        e.reps.add(rep);
        register(e, keys(rep.features()));
        dupCurrent.findDuplicateOf(a.id(), a.text().isBlank() ? a.title() : a.text());
      });
    }
    if (e.reps.size() > 1) {
      // the first stays first; the rest are the latest
      e.latest.addAll(e.reps.subList(1, e.reps.size()));
    }
    e.touch = ++seq;
    for (String id : e.articleIds) {
      eventOfArticle.put(id, e);
    }
    active.put(e.id, e);
    story(e.storyId).activeEvents++;
  }

  /** The term statistics (store plus background) features are weighted with. */
  public StoreStats stats() {
    return stats;
  }

  /** Counters over the whole store, including what is not committed yet. */
  public Counts counts() {
    return new Counts(articleCount, duplicateCount, eventCount, storyCount, active.size());
  }

  /**
   * Clusters one article and writes it to the store (durable at the next {@link #commit()}).
   *
   * @throws InputException when the article's language is unsupported or cannot be identified, or
   *     an article with its id is already stored
   */
  public Assignment add(Article input) {
    Outcome o = addAll(List.of(input)).get(0);
    if (o.problem().isPresent()) {
      throw new InputException(o.problem().get());
    }
    return o.assignment().orElseThrow();
  }

  /**
   * What became of one article of {@link #addAll}: an assignment, or the reason it was skipped.
   *
   * @param articleId the article id
   * @param assignment where it went, when it was added
   * @param problem why it was skipped, when it was not
   */
  public record Outcome(String articleId, Optional<Assignment> assignment, Optional<String> problem) {
    /** Validates. */
    public Outcome {
      Objects.requireNonNull(articleId, "articleId");
      if (assignment.isPresent() == problem.isPresent()) {
        throw new IllegalArgumentException("exactly one of assignment and problem");
      }
    }
  }

  /** An article through the parallel and sequential steps of {@link #addAll}. */
  private static final class Prepared {
    Article article;
    AnalyzedText analyzed;
    Set<String> dfTerms;
    ArticleFeatures features;
    String problem;
    Optional<String> duplicateOf = Optional.empty();
  }

  /**
   * Clusters articles in order and writes them to the store (durable at the next {@link
   * #commit()}). Steps: language and analysis in parallel; then in order the id check, the
   * near-duplicate check and the term statistics (so the batch's own terms count); then features
   * in parallel; then clustering in order on this thread. The outcome depends only on the
   * articles, their order and the batch boundaries, not on the thread count.
   */
  public List<Outcome> addAll(List<Article> batch) {
    List<Prepared> prepared =
        java.util.stream.IntStream.range(0, batch.size()).parallel().mapToObj(i -> analyze(batch.get(i))).toList();
    for (Prepared p : prepared) {
      if (p.problem != null) {
        continue;
      }
      String id = p.article.id();
      if (pendingIds.contains(id) || store.containsCommitted(id)) {
        p.problem = id + ": an article with this id is already stored";
        continue;
      }
      pendingIds.add(id);
      Article a = p.article;
      String body = a.text().isBlank() ? a.title() : a.text();
      p.duplicateOf = dupCurrent.findDuplicateOf(id, body);
      if (p.duplicateOf.isEmpty()) {
        p.duplicateOf = dupPrevious.findDuplicateOf(id, body);
      }
      if (++dupCount >= DUP_GENERATION) {
        dupPrevious = dupCurrent;
        dupCurrent = new NearDuplicateDetector();
        dupCount = 0;
      }
      if (p.duplicateOf.isEmpty()) {
        stats.addDocument(p.dfTerms);
      }
    }
    prepared.parallelStream().forEach(p -> {
      if (p.problem == null && p.duplicateOf.isEmpty()) {
        p.features = extractor.extract(p.article, p.analyzed);
      }
      p.analyzed = null;
    });
    List<Outcome> out = new ArrayList<>(batch.size());
    List<StoredArticle> docs = new ArrayList<>();
    List<Set<String>> docTerms = new ArrayList<>();
    for (Prepared p : prepared) {
      if (p.problem != null) {
        out.add(new Outcome(p.article.id(), Optional.empty(), Optional.of(p.problem)));
      } else {
        out.add(new Outcome(p.article.id(), Optional.of(cluster(p, docs, docTerms)), Optional.empty()));
      }
    }
    store.addArticles(docs, docTerms);
    return out;
  }

  private Prepared analyze(Article input) {
    Prepared p = new Prepared();
    p.article = input;
    try {
      p.article = extractor.withSupportedLanguage(input);
      p.analyzed = TextAnalysis.analyze(p.article.fullText(), p.article.lang());
      p.dfTerms = distinctTerms(p.analyzed);
    } catch (InputException e) {
      p.problem = e.getMessage();
    }
    return p;
  }

  private Assignment cluster(Prepared p, List<StoredArticle> docs, List<Set<String>> docTerms) {
    Article article = p.article;
    seq++;
    article.date().ifPresent(d -> {
      if (newest.isEmpty() || d.isAfter(newest.get())) {
        newest = Optional.of(d);
      }
    });
    articleCount++;
    if (p.duplicateOf.isPresent()) {
      Optional<Assignment> a = addDuplicate(article, p.duplicateOf.get(), docs, docTerms);
      if (a.isPresent()) {
        return a.get();
      }
      // the original is gone: cluster it as a new article
      stats.addDocument(p.dfTerms);
      p.features = extractor.extract(article, TextAnalysis.analyze(article.fullText(), article.lang()));
    }

    Set<String> dfTerms = p.dfTerms;
    ArticleFeatures f = p.features;
    long[] keys = keys(f);
    List<Event> candidates = candidates(keys);
    Event best = null;
    double bestScore = -1;
    List<Event> others = new ArrayList<>();
    for (Event e : candidates) {
      if (!e.lang.equals(article.lang())) {
        others.add(e);
        continue;
      }
      double s = score(f, e);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    boolean opened = false;
    if (best == null || bestScore < config.joinThreshold()) {
      best = newEvent(article.lang());
      opened = true;
      bestScore = 0;
    }
    Event event = best;
    event.addArticle(article, new Rep(article.id(), f), config.representatives());
    register(event, keys);
    eventOfArticle.put(article.id(), event);
    touch(event);
    Story story = story(event.storyId);
    story.add(article, event.lang);
    dirtyStories.add(story.id);

    // cross-lingual event linking
    for (Event o : others) {
      if (o.storyId.equals(event.storyId) || !active.containsKey(o.id)) {
        continue;
      }
      if (score(f, o) >= config.storyThreshold()) {
        mergeStories(event.storyId, o.storyId);
      }
    }

    docs.add(new StoredArticle(article, event.id, event.storyId, Optional.empty()));
    docTerms.add(dfTerms);
    if (seq % CLOSE_CHECK_EVERY == 0 || active.size() > config.maxActiveEvents()) {
      closeInactive();
    }
    return new Assignment(article.id(), article.lang(), event.id, event.storyId, opened, bestScore, Optional.empty());
  }

  private Optional<Assignment> addDuplicate(
      Article article, String originalId, List<StoredArticle> docs, List<Set<String>> docTerms) {
    Event e = eventOfArticle.get(originalId);
    String eventId;
    String storyId;
    if (e != null) {
      e.articleIds.add(article.id());
      e.duplicates++;
      article.date().ifPresent(e::extendDates);
      eventOfArticle.put(article.id(), e);
      touch(e);
      Story s = story(e.storyId);
      s.add(article, e.lang);
      dirtyStories.add(s.id);
      eventId = e.id;
      storyId = e.storyId;
    } else {
      Optional<StoredArticle> orig = store.article(originalId);
      if (orig.isEmpty()) {
        return Optional.empty();
      }
      Optional<EventRecord> rec = store.event(orig.get().eventId());
      if (rec.isEmpty()) {
        return Optional.empty();
      }
      EventRecord r = rec.get();
      List<String> ids = new ArrayList<>(r.articleIds());
      ids.add(article.id());
      Optional<LocalDate> first = r.firstDate();
      Optional<LocalDate> last = r.lastDate();
      if (article.date().isPresent()) {
        LocalDate d = article.date().get();
        first = Optional.of(first.filter(x -> x.isBefore(d)).orElse(d));
        last = Optional.of(last.filter(x -> x.isAfter(d)).orElse(d));
      }
      store.putEvent(new EventRecord(r.id(), r.storyId(), r.lang(), first, last, ids, r.duplicateCount() + 1,
          r.representativeIds(), false));
      Story s = story(r.storyId());
      s.add(article, r.lang());
      dirtyStories.add(s.id);
      releaseIfIdle(s);
      eventId = r.id();
      storyId = r.storyId();
    }
    duplicateCount++;
    docs.add(new StoredArticle(article, eventId, storyId, Optional.of(originalId)));
    docTerms.add(Set.of());
    return Optional.of(new Assignment(article.id(), article.lang(), eventId, storyId, false, 1.0,
        Optional.of(originalId)));
  }

  /** Distinct terms and sentence keys, as {@link CorpusStats#add} counts them. */
  static Set<String> distinctTerms(AnalyzedText at) {
    Set<String> seen = new TreeSet<>();
    for (Token t : at.tokens()) {
      seen.add(t.term());
    }
    for (String k : CorpusStats.sentenceKeysBySentence(at)) {
      if (!k.isEmpty()) {
        seen.add(k);
      }
    }
    return seen;
  }

  /** Candidate-selection keys of an article: keywords, name skeletons, places, numbers. */
  static long[] keys(ArticleFeatures f) {
    Set<Long> out = new LinkedHashSet<>();
    for (long k : f.keywords()) {
      out.add(k);
    }
    for (Mention m : f.names()) {
      out.add(SparseVector.hash("n:" + (m.skeleton().isEmpty() ? m.key() : m.skeleton())));
    }
    for (Mention m : f.places()) {
      out.add(SparseVector.hash("p:" + m.key()));
    }
    for (Mention m : f.numbers()) {
      out.add(SparseVector.hash("#:" + m.key()));
    }
    long[] a = new long[out.size()];
    int i = 0;
    for (long k : out) {
      a[i++] = k;
    }
    return a;
  }

  private void register(Event e, long[] keys) {
    for (long k : keys) {
      if (e.keys.add(k)) {
        postings.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e);
      }
    }
  }

  private List<Event> candidates(long[] keys) {
    Map<Event, int[]> overlap = new LinkedHashMap<>();
    for (long k : keys) {
      LinkedHashSet<Event> list = postings.get(k);
      if (list == null || list.size() > config.postingCap()) {
        continue;
      }
      for (Event e : list) {
        overlap.computeIfAbsent(e, x -> new int[1])[0]++;
      }
    }
    List<Map.Entry<Event, int[]>> entries = new ArrayList<>(overlap.entrySet());
    entries.sort((a, b) -> {
      int c = Integer.compare(b.getValue()[0], a.getValue()[0]);
      return c != 0 ? c : Long.compare(a.getKey().number, b.getKey().number);
    });
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < entries.size() && i < config.candidates(); i++) {
      out.add(entries.get(i).getKey());
    }
    return out;
  }

  /**
   * Score of an article against an event: the highest probability against its representatives
   * (the average was tried: it loses recall on ECB+ and SemEval without a gain in precision),
   * time-decayed.
   */
  double score(ArticleFeatures f, Event e) {
    double max = 0;
    for (Rep r : e.reps) {
      max = Math.max(max, scorer.probability(f, r.features()));
    }
    double s = max;
    if (f.date().isPresent() && e.first.isPresent()) {
      LocalDate d = f.date().get();
      long gap = 0;
      if (d.isBefore(e.first.get())) {
        gap = ChronoUnit.DAYS.between(d, e.first.get());
      } else if (d.isAfter(e.last.get())) {
        gap = ChronoUnit.DAYS.between(e.last.get(), d);
      }
      s *= Math.exp(-gap / config.decayDays());
    }
    return s;
  }

  private Event newEvent(String lang) {
    String id = "e" + nextEvent++;
    String storyId = "s" + nextStory++;
    eventCount++;
    storyCount++;
    Event e = new Event(id, storyId, lang);
    Story s = new Story(storyId);
    stories.put(storyId, s);
    s.eventIds.add(id);
    s.activeEvents++;
    active.put(id, e);
    return e;
  }

  private void touch(Event e) {
    e.touch = ++seq;
    active.get(e.id); // access order
    dirtyEvents.add(e);
  }

  private Story story(String id) {
    Story s = stories.get(id);
    if (s == null) {
      StoryRecord r = store.story(id).orElseThrow(() -> new IllegalStateException("missing story " + id));
      s = new Story(id);
      s.eventIds.addAll(r.eventIds());
      s.langs.addAll(r.langs());
      s.articleCount = r.articleCount();
      s.first = r.firstDate();
      s.last = r.lastDate();
      s.headline = r.headline();
      stories.put(id, s);
    }
    return s;
  }

  /** Merges the later of two stories into the earlier one. */
  private void mergeStories(String a, String b) {
    String keep = ArticleStore.compareIds(a, b) <= 0 ? a : b;
    String gone = keep.equals(a) ? b : a;
    Story k = story(keep);
    Story g = story(gone);
    for (String eid : g.eventIds) {
      Event e = active.get(eid);
      if (e != null) {
        e.storyId = keep;
        dirtyEvents.add(e);
        k.activeEvents++;
      } else {
        store.event(eid).ifPresent(r -> store.putEvent(new EventRecord(r.id(), keep, r.lang(), r.firstDate(),
            r.lastDate(), r.articleIds(), r.duplicateCount(), r.representativeIds(), r.open())));
      }
    }
    k.absorb(g);
    stories.remove(gone);
    dirtyStories.remove(gone);
    store.deleteStory(gone);
    dirtyStories.add(keep);
    storyCount--;
  }

  /** Closes events inactive for too long or beyond the cap. */
  private void closeInactive() {
    if (newest.isPresent()) {
      LocalDate limit = newest.get().minusDays(config.inactiveDays());
      List<Event> old = new ArrayList<>();
      for (Event e : active.values()) {
        if (e.last.isPresent() && e.last.get().isBefore(limit)) {
          old.add(e);
        }
      }
      old.forEach(this::close);
    }
    while (active.size() > config.maxActiveEvents()) {
      Iterator<Event> it = active.values().iterator();
      close(it.next());
    }
  }

  private void close(Event e) {
    active.remove(e.id);
    for (long k : e.keys) {
      LinkedHashSet<Event> list = postings.get(k);
      if (list != null) {
        list.remove(e);
        if (list.isEmpty()) {
          postings.remove(k);
        }
      }
    }
    for (String id : e.articleIds) {
      eventOfArticle.remove(id);
    }
    dirtyEvents.remove(e);
    store.putEvent(e.record(false));
    Story s = story(e.storyId);
    s.activeEvents--;
    releaseIfIdle(s);
  }

  private void releaseIfIdle(Story s) {
    if (s.activeEvents <= 0) {
      if (dirtyStories.remove(s.id)) {
        store.putStory(s.record());
      }
      stories.remove(s.id);
    }
  }

  private void flushDirty() {
    for (Event e : dirtyEvents) {
      store.putEvent(e.record(true));
    }
    dirtyEvents.clear();
    for (String id : dirtyStories) {
      Story s = stories.get(id);
      if (s != null) {
        store.putStory(s.record());
      }
    }
    dirtyStories.clear();
  }

  /**
   * Writes the changed events and stories and the counters, and commits them together with the
   * articles added since the last commit. Articles are acknowledged (durable) once this returns.
   */
  public void commit() {
    flushDirty();
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("nextEvent", Long.toString(nextEvent));
    meta.put("nextStory", Long.toString(nextStory));
    meta.put("events", Long.toString(eventCount));
    meta.put("stories", Long.toString(storyCount));
    meta.put("articles", Long.toString(articleCount));
    meta.put("duplicates", Long.toString(duplicateCount));
    meta.put("newest", newest.map(LocalDate::toString).orElse(""));
    store.putMeta(meta);
    store.commit();
    pendingIds.clear();
  }

  /** One representative article. */
  record Rep(String id, ArticleFeatures features) {}

  /** An active event. */
  static final class Event {
    final String id;
    final long number;
    String storyId;
    final String lang;
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    final List<String> articleIds = new ArrayList<>();
    int duplicates;
    Rep firstRep;
    final java.util.ArrayDeque<Rep> latest = new java.util.ArrayDeque<>();
    final List<Rep> reps = new ArrayList<>();
    final Set<Long> keys = new HashSet<>();
    long touch;

    Event(String id, String storyId, String lang) {
      this.id = id;
      this.number = Long.parseLong(id.substring(1));
      this.storyId = storyId;
      this.lang = lang;
    }

    void extendDates(LocalDate d) {
      if (first.isEmpty() || d.isBefore(first.get())) {
        first = Optional.of(d);
      }
      if (last.isEmpty() || d.isAfter(last.get())) {
        last = Optional.of(d);
      }
    }

    void addArticle(Article a, Rep rep, int maxReps) {
      articleIds.add(a.id());
      a.date().ifPresent(this::extendDates);
      if (firstRep == null) {
        firstRep = rep;
      } else {
        latest.addLast(rep);
        while (latest.size() > maxReps - 1) {
          latest.removeFirst();
        }
      }
      reps.clear();
      reps.add(firstRep);
      reps.addAll(latest);
    }

    EventRecord record(boolean open) {
      return new EventRecord(id, storyId, lang, first, last, articleIds, duplicates,
          reps.stream().map(Rep::id).toList(), open);
    }
  }

  /** A story with at least one active event (or being merged). */
  static final class Story {
    final String id;
    final List<String> eventIds = new ArrayList<>();
    final Set<String> langs = new TreeSet<>();
    int articleCount;
    Optional<LocalDate> first = Optional.empty();
    Optional<LocalDate> last = Optional.empty();
    String headline = "";
    int activeEvents;

    Story(String id) {
      this.id = id;
    }

    void add(Article a, String lang) {
      langs.add(lang);
      articleCount++;
      a.date().ifPresent(d -> {
        if (first.isEmpty() || d.isBefore(first.get())) {
          first = Optional.of(d);
        }
        if (last.isEmpty() || d.isAfter(last.get())) {
          last = Optional.of(d);
        }
      });
      if (headline.isEmpty()) {
        headline = headlineOf(a);
      }
    }

    void absorb(Story g) {
      for (String e : g.eventIds) {
        if (!eventIds.contains(e)) {
          eventIds.add(e);
        }
      }
      eventIds.sort(ArticleStore::compareIds);
      langs.addAll(g.langs);
      articleCount += g.articleCount;
      if (g.first.isPresent() && (first.isEmpty() || g.first.get().isBefore(first.get()))) {
        first = g.first;
      }
      if (g.last.isPresent() && (last.isEmpty() || g.last.get().isAfter(last.get()))) {
        last = g.last;
      }
    }

    StoryRecord record() {
      return new StoryRecord(id, eventIds, List.copyOf(langs), Math.max(1, articleCount), first, last, headline);
    }
  }

  /** A headline for display: the title, or the first line of the text, at most 120 characters. */
  public static String headlineOf(Article a) {
    String h = a.title().isBlank() ? a.text().strip().lines().findFirst().orElse("") : a.title().strip();
    h = h.replaceAll("\\s+", " ");
    return h.length() > 120 ? h.substring(0, 117) + "..." : h;
  }

  /** Lingua, created on first use (it takes seconds to load). Thread-safe. */
  private static final class LazyIdentifier implements LanguageIdentifier {
    static final LazyIdentifier INSTANCE = new LazyIdentifier();
    private volatile LanguageIdentifier delegate;

    @Override
    public String identify(String text) {
      LanguageIdentifier d = delegate;
      if (d == null) {
        synchronized (this) {
          if (delegate == null) {
            delegate = new LinguaLanguageIdentifier();
          }
          d = delegate;
        }
      }
      return d.identify(text);
    }
  }
}
