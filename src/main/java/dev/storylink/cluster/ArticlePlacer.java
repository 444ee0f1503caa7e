package dev.storylink.cluster;

import dev.storylink.core.Article;
import dev.storylink.core.Texts;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import dev.storylink.store.ArticleStore;
import dev.storylink.store.StoredArticle;
import dev.storylink.text.AnalyzedText;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Places one prepared article, in input order: the near-duplicate check, the candidate lookup,
 * scoring, joining the best same-language event or opening one, merging two events it shows to be
 * one ({@link EventMerges}), linking its story with another language's, and the bookkeeping (the
 * store write handed over, the event and story changes, idle events closed). Holds the counters
 * that are committed with the store: the sequence number and the next event and story numbers. Not
 * thread-safe: confined to the clusterer's thread.
 */
final class ArticlePlacer {
  private static final String SEQ = "seq";
  private static final String NEXT_EVENT = "nextEvent";
  private static final String NEXT_STORY = "nextStory";

  private final ArticleStore store;
  private final ClusterConfig config;
  private final NearDuplicateDetector duplicates;
  private final CandidateIndex index;
  private final EventScorer scorer;
  private final ActiveEvents events;
  private final StoryBook stories;
  private final PendingWrites pending;
  private final EventMerges merges;
  private long seq;
  private long committedSeq; // seq at the last commit
  private long nextEvent;
  private long nextStory;

  /** A placer continuing from the counters of a {@link #state} committed before (empty: start). */
  ArticlePlacer(
      ArticleStore store,
      ClusterConfig config,
      Map<String, String> committedState,
      NearDuplicateDetector duplicates,
      CandidateIndex index,
      EventScorer scorer,
      ActiveEvents events,
      StoryBook stories,
      PendingWrites pending) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    this.index = Objects.requireNonNull(index, "index");
    // the config's second look at borderline pairs in one language
    this.scorer = scorer.withSecondLook(config.secondLook());
    this.events = Objects.requireNonNull(events, "events");
    this.stories = Objects.requireNonNull(stories, "stories");
    this.pending = Objects.requireNonNull(pending, "pending");
    this.merges =
        new EventMerges(
            this.scorer,
            events,
            index,
            stories,
            pending,
            config.representatives(),
            config.mergeLink());
    this.seq = Long.parseLong(committedState.getOrDefault(SEQ, "0"));
    this.committedSeq = seq;
    this.nextEvent = Long.parseLong(committedState.getOrDefault(NEXT_EVENT, "1"));
    this.nextStory = Long.parseLong(committedState.getOrDefault(NEXT_STORY, "1"));
  }

  /** The counters, to be committed with the store. */
  Map<String, String> state() {
    Map<String, String> state = new LinkedHashMap<>();
    state.put(SEQ, Long.toString(seq));
    state.put(NEXT_EVENT, Long.toString(nextEvent));
    state.put(NEXT_STORY, Long.toString(nextStory));
    return state;
  }

  /** The store committed the {@link #state} taken last. */
  void committed() {
    committedSeq = seq;
  }

  /**
   * Places the article (accepted, with its analysis, counted keys, features and near-duplicate
   * signature); its store write goes to {@code writes}, to run in order.
   */
  Assignment place(
      Article article,
      AnalyzedText analyzed,
      Set<String> countedKeys,
      ArticleFeatures f,
      NearDuplicateDetector.Signature signature,
      Consumer<Runnable> writes) {
    long mySeq = ++seq;
    article.date().ifPresent(events::seeDate);

    Optional<String> dupOf = duplicates.findDuplicateOf(article.id(), signature);
    ActiveEvent target = null;
    double p = 0;
    if (dupOf.isPresent()) {
      String ev = events.eventOf(dupOf.get());
      target = ev == null ? null : events.get(ev);
      if (target == null) {
        dupOf = Optional.empty(); // original's event is closed: treat as a new article
      } else {
        p = 1.0;
      }
    }
    long[] fkeys = CandidateKeys.keys(f);
    long[] crossKeys = CandidateKeys.crossKeys(f);
    // a copy that joins its original's event scores no candidates (neither joins nor story links)
    List<ActiveEvent> candidates =
        target != null
            ? List.of()
            : scorer.shortlist(f, index.candidates(fkeys, crossKeys, f.lang()), index.lookup());
    long years = Years.of(article);
    List<ActiveEvent> joinable = new ArrayList<>(); // same-language events the decision accepts
    if (target == null) {
      // the learned decision: rank the same-language candidates, join the best one if likely enough
      AssignmentModel model = config.assignment();
      // the dates features alone when the decision weighs no other evidence (EventFeatures)
      int dates = EventFeatures.DATES_FROM;
      EventFeatures.Parts parts =
          new EventFeatures.Parts(
              model.reads(EventFeatures.EVIDENCE_FROM, dates)
                  || model.reads(dates + 2, EventFeatures.EVIDENCE_TO),
              model.reads(dates, dates + 2),
              model.reads(FocusFeatures.FROM));
      for (ActiveEvent ev : candidates) {
        if (!ev.lang.equals(f.lang())) {
          continue;
        }
        double q = model.probability(scorer.features(f, ev, index.lookup(), years, parts));
        if (q >= model.threshold()) {
          joinable.add(ev);
          if (q > p) {
            p = q;
            target = ev;
          }
        }
      }
    }
    boolean isNew = target == null;
    if (isNew) {
      target = events.open("e" + nextEvent++, "s" + nextStory++, f.lang(), headline(article));
      stories.opened(target.storyId);
      p = 0;
    }
    target.add(article, f, mySeq, dupOf.isPresent(), config.representatives(), years);
    if (dupOf.isEmpty()) {
      index.index(target, fkeys); // only the new representative's keys are new
      index.index(target, crossKeys);
    }
    events.added(target, article.id());
    // an article the decision puts in two events may show them to be one (EventMerges)
    if (joinable.size() > 1) {
      for (ActiveEvent other : joinable) {
        target = merges.mergeIfOne(target, other);
      }
    }

    // cross-lingual story linking
    if (dupOf.isEmpty()) {
      ActiveEvent bestOther = null;
      double bestQ = 0;
      for (ActiveEvent ev : candidates) {
        if (ev.lang.equals(f.lang()) || ev.storyId.equals(target.storyId)) {
          continue;
        }
        double q = scorer.score(f, ev, index.lookup());
        if (q >= config.storyThreshold() && q > bestQ) {
          bestQ = q;
          bestOther = ev;
        }
      }
      if (bestOther != null
          && stories.agree(target, bestOther, events, scorer, config.storyThreshold())) {
        target.storyId = stories.merge(bestOther.storyId, target.storyId, events);
      }
    }

    StoredArticle stored = new StoredArticle(article, mySeq, target.id, dupOf);
    // a new id (StoryClusterer#prepare): in no committed article, nor in one written since as long
    // as every article since the commit is remembered (ActiveEvents#isRecent)
    boolean surelyNew = mySeq - committedSeq <= ActiveEvents.RECENT_ARTICLES;
    writes.accept(() -> write(store, stored, analyzed, countedKeys, f, surelyNew));
    pending.markChanged(target); // its record is built once, at the commit
    stories.add(target, article, mySeq);
    events.closeInactive(seq);
    return new Assignment(article.id(), target.id, target.storyId, isNew, dupOf, p);
  }

  /**
   * Writes an article to the store with its analysed text's terms, its counted keys, its names and
   * its places: when it is placed ({@code added}: as a new document, its id known to be in none),
   * and again under another event's id after a merge ({@link StoryClusterer#commit}; replacing the
   * first).
   */
  static void write(
      ArticleStore store,
      StoredArticle stored,
      AnalyzedText analyzed,
      Set<String> countedKeys,
      ArticleFeatures f,
      boolean added) {
    List<String> tokens = analyzed.tokens().stream().map(Token::term).toList();
    List<String> names = f.names().stream().map(Mention::key).toList();
    if (added) {
      store.addArticle(stored, tokens, countedKeys, names, f.places());
    } else {
      store.putArticle(stored, tokens, countedKeys, names, f.places());
    }
  }

  private static String headline(Article a) {
    String h = a.title().isBlank() ? a.text().strip().lines().findFirst().orElse("") : a.title();
    return Texts.abbreviate(h, 200);
  }
}
