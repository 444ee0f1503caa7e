package dev.storylink.cluster;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.link.BoundedProbability;
import dev.storylink.link.PairScorer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scores an article against active events: the link scorer's probability against the event's
 * representatives (the maximum), times a time decay on the date gap; and a cheap shortlist that
 * scores each candidate against its newest representative only. Not thread-safe: it keeps the
 * shortlist's scores on the events for the lookup they belong to (confined to the clusterer's
 * thread). The pair scorer must be thread-safe only if shared with other threads.
 *
 * <p>Every pair probability it reads is the scorer's clusterer probability with the {@link
 * ClusterConfig.SecondLook} (pairs in one language whose language-neutral probability is borderline
 * get the lexical model's), in the shortlist and the full scoring alike.
 */
final class EventScorer {
  /** Candidates per language side that get full scoring against all representatives. */
  static final int SHORTLIST = 3;

  private final PairScorer scorer;
  private final double decayDays;
  private final ClusterConfig.SecondLook look;

  EventScorer(PairScorer scorer, double decayDays) {
    this(scorer, decayDays, ClusterConfig.SecondLook.NONE);
  }

  EventScorer(PairScorer scorer, double decayDays, ClusterConfig.SecondLook look) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    if (!(decayDays > 0)) {
      throw new IllegalArgumentException("decayDays must be positive: " + decayDays);
    }
    this.decayDays = decayDays;
    this.look = Objects.requireNonNull(look, "look");
  }

  /** This scorer with another second look. */
  EventScorer withSecondLook(ClusterConfig.SecondLook other) {
    return other.equals(look) ? this : new EventScorer(scorer, decayDays, other);
  }

  /**
   * The pair probability the clusterer reads (with the second look; with a top-k look, the neutral
   * one: see {@link #probability(ArticleFeatures, ActiveEvent, ArticleFeatures, int)}).
   */
  private double probability(ArticleFeatures a, ArticleFeatures b) {
    return look.none() || look.topK() > 0
        ? scorer.probability(a, b)
        : scorer.probability(a, b, look.from(), look.to(), look.weight());
  }

  /**
   * The pair probability of the article {@code a} with the representative {@code rep} of the
   * candidate event {@code ev} in lookup {@code lookup}: with a top-k look, the look's only when
   * the shortlist ranked {@code ev} among the k best of the article's language.
   */
  private double probability(ArticleFeatures a, ActiveEvent ev, ArticleFeatures rep, int lookup) {
    return look.topK() > 0 && ev.lookStamp == lookup
        ? scorer.probability(a, rep, look.from(), look.to(), look.weight())
        : probability(a, rep);
  }

  /** Whether the shortlist's score of {@code ev} in {@code lookup} is the one to read. */
  private static boolean known(ActiveEvent ev, int r, int lookup) {
    return r == ev.reps.size() - 1 && ev.quickStamp == lookup && ev.quickRep == ev.reps.get(r);
  }

  /**
   * Cheap first pass for candidate lookup {@code lookup}: each candidate scored against its newest
   * representative only; the best {@link #SHORTLIST} per language side (same language, other
   * languages) go on to full scoring. Fewer than {@code 2 * SHORTLIST} candidates pass unscored.
   */
  List<ActiveEvent> shortlist(ArticleFeatures f, List<ActiveEvent> candidates, int lookup) {
    if (look.topK() > 0) {
      markTopK(f, candidates, lookup);
    }
    if (candidates.size() <= 2 * SHORTLIST) {
      return candidates;
    }
    List<ActiveEvent> same = new ArrayList<>();
    List<ActiveEvent> other = new ArrayList<>();
    if (look.none() && look.topK() == 0) {
      bounded(f, candidates, lookup, same, other);
    } else {
      quick(f, candidates, lookup, same, other);
    }
    List<ActiveEvent> out = new ArrayList<>(same.subList(0, Math.min(SHORTLIST, same.size())));
    out.addAll(other.subList(0, Math.min(SHORTLIST, other.size())));
    return out;
  }

  /**
   * Scores each candidate against its newest representative (the neutral probability with a top-k
   * look) into {@code same} and {@code other} language, each sorted best first.
   */
  private void quick(
      ArticleFeatures f,
      List<ActiveEvent> candidates,
      int lookup,
      List<ActiveEvent> same,
      List<ActiveEvent> other) {
    for (ActiveEvent ev : candidates) {
      if (ev.quickStamp != lookup) {
        ev.quick = probability(f, ev.reps.get(ev.reps.size() - 1));
        ev.quickStamp = lookup;
        ev.quickRep = ev.reps.get(ev.reps.size() - 1);
      }
      (ev.lang.equals(f.lang()) ? same : other).add(ev);
    }
    same.sort(BY_QUICK);
    other.sort(BY_QUICK);
  }

  /** The shortlist's order: the best quick score first, then the lower event number. */
  private static final Comparator<ActiveEvent> BY_QUICK =
      Comparator.comparingDouble((ActiveEvent ev) -> -ev.quick).thenComparingLong(ev -> ev.number);

  /**
   * As {@link #quick}, without the look (every quick score the pair probability) and leaving out
   * the candidates that cannot rank among the {@link #SHORTLIST} best of their side: each
   * candidate's probability is first bounded ({@link PairScorer#bounded}: all pair features but the
   * character 4-gram cosine), then computed exactly in the order of the bounds, highest first,
   * until the next bound is below the {@link #SHORTLIST}-th best exact score of its side. A
   * candidate left out scores at most its bound, below that many others: the best {@link
   * #SHORTLIST} of {@code same} and {@code other} are those of {@link #quick}, in the same order;
   * its quick score is not set (not stamped with {@code lookup}).
   */
  private void bounded(
      ArticleFeatures f,
      List<ActiveEvent> candidates,
      int lookup,
      List<ActiveEvent> same,
      List<ActiveEvent> other) {
    List<Bound> sameOpen = new ArrayList<>();
    List<Bound> otherOpen = new ArrayList<>();
    for (ActiveEvent ev : candidates) {
      boolean mine = ev.lang.equals(f.lang());
      if (ev.quickStamp == lookup) {
        (mine ? same : other).add(ev);
        continue;
      }
      ArticleFeatures rep = ev.reps.get(ev.reps.size() - 1);
      BoundedProbability p = scorer.bounded(f, rep);
      if (p.isKnown()) {
        stamp(ev, p.exact(), rep, lookup);
        (mine ? same : other).add(ev);
      } else {
        (mine ? sameOpen : otherOpen).add(new Bound(ev, rep, p));
      }
    }
    settle(sameOpen, same, lookup);
    settle(otherOpen, other, lookup);
    same.sort(BY_QUICK);
    other.sort(BY_QUICK);
  }

  /** A candidate with its newest representative and its bounded quick score. */
  private record Bound(ActiveEvent ev, ArticleFeatures rep, BoundedProbability p) {}

  /**
   * Computes the exact quick scores of {@code open} in the order of their bounds, highest first,
   * adding each to {@code exact} (the side's candidates scored already), until the next bound is
   * below the {@link #SHORTLIST}-th best exact score.
   */
  private static void settle(List<Bound> open, List<ActiveEvent> exact, int lookup) {
    if (open.isEmpty()) {
      return;
    }
    open.sort(Comparator.comparingDouble((Bound b) -> -b.p().atMost()));
    double[] best = new double[SHORTLIST]; // the best exact scores, best first
    int known = 0;
    for (ActiveEvent ev : exact) {
      known = keep(best, known, ev.quick);
    }
    for (Bound b : open) {
      if (known == SHORTLIST && b.p().atMost() < best[SHORTLIST - 1]) {
        return; // this one and the rest score below SHORTLIST others
      }
      double q = b.p().exact();
      stamp(b.ev(), q, b.rep(), lookup);
      exact.add(b.ev());
      known = keep(best, known, q);
    }
  }

  /** Puts {@code q} among the {@code known} best scores {@code best} (best first, at most all). */
  private static int keep(double[] best, int known, double q) {
    int i = Math.min(known, best.length - 1);
    if (known == best.length && !(q > best[i])) {
      return known;
    }
    while (i > 0 && best[i - 1] < q) {
      best[i] = best[i - 1];
      i--;
    }
    best[i] = q;
    return Math.min(known + 1, best.length);
  }

  private static void stamp(ActiveEvent ev, double q, ArticleFeatures rep, int lookup) {
    ev.quick = q;
    ev.quickStamp = lookup;
    ev.quickRep = rep;
  }

  /**
   * Marks the top-k look's same-language candidates of {@code lookup} (scored by {@link #quick}).
   */
  private void markTopK(ArticleFeatures f, List<ActiveEvent> candidates, int lookup) {
    List<ActiveEvent> same = new ArrayList<>();
    quick(f, candidates, lookup, same, new ArrayList<>());
    for (int i = 0; i < Math.min(look.topK(), same.size()); i++) {
      same.get(i).lookStamp = lookup;
    }
  }

  /**
   * The article's best link probability against the event's representatives, times the time decay;
   * reuses the shortlist's score of lookup {@code lookup} against the newest one.
   */
  double score(ArticleFeatures f, ActiveEvent ev, int lookup) {
    double best = 0;
    boolean looked = look.topK() > 0 && ev.lookStamp == lookup; // its quick score is no look's
    for (int r = 0; r < ev.reps.size(); r++) {
      // the shortlist scored this article against the newest representative already
      boolean known = !looked && known(ev, r, lookup);
      best = Math.max(best, known ? ev.quick : probability(f, ev, ev.reps.get(r), lookup));
    }
    return best * decay(f, ev);
  }

  /**
   * The {@link EventFeatures} of the article against a candidate event: its link probabilities
   * against the event's representatives (reusing the shortlist's score of lookup {@code lookup}
   * against the newest one), their term cosines, the dates, the size and the years; the optional
   * groups of {@code parts}.
   */
  double[] features(
      ArticleFeatures f, ActiveEvent ev, int lookup, long articleYears, EventFeatures.Parts parts) {
    int n = ev.reps.size();
    double[] probs = new double[n];
    boolean looked = look.topK() > 0 && ev.lookStamp == lookup; // its quick score is no look's
    for (int r = 0; r < n; r++) {
      boolean known = !looked && known(ev, r, lookup);
      probs[r] = known ? ev.quick : probability(f, ev, ev.reps.get(r), lookup);
    }
    return EventFeatures.compute(
        f,
        ev.reps,
        probs,
        ev.firstDate,
        ev.lastDate,
        ev.originals,
        articleYears,
        ev.years,
        decay(f, ev),
        parts);
  }

  /** The mean pair probability between the representatives of two events (no time decay). */
  double meanProbability(List<ArticleFeatures> a, List<ArticleFeatures> b) {
    double sum = 0;
    for (ArticleFeatures x : a) {
      for (ArticleFeatures y : b) {
        sum += probability(x, y);
      }
    }
    return a.isEmpty() || b.isEmpty() ? 0 : sum / (a.size() * b.size());
  }

  /**
   * 1 for an article dated within a day of the event's date range (or either undated), else {@code
   * exp(-(gap - 1) / decayDays)} for a gap of {@code gap} days.
   */
  double decay(ArticleFeatures f, ActiveEvent ev) {
    return EventFeatures.decay(f.date(), ev.firstDate, ev.lastDate, decayDays);
  }
}
