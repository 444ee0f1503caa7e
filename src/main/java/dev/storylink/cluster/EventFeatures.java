package dev.storylink.cluster;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.Mention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Event-level features of an (article, candidate event) pair, in the style of Miranda et al.
 * (2018): the link probabilities against the event's representatives (best, mean, newest, oldest),
 * the mean cosine of the article's terms with theirs (its similarity to the event's centroid),
 * Gaussian time features of the publication date against the event's first, last and middle dates,
 * the inverse event size, the years the texts mention (disjoint, shared, the gap between their
 * latest years), and against the event's representatives: the event type agreement ({@link
 * dev.storylink.features.ConceptLexicon}: earthquake against election), the share of the article's
 * concepts they name, figures in the same role with other values ({@link
 * dev.storylink.features.QuantityRoles}: killed 43 against killed 34) or the same, and dates in the
 * texts that differ or agree, a day apart counting as agreeing ({@link EventDays}); and the event's
 * year profile against the article's years (a year on one side only, at a weight that falls with
 * the event's size; neither naming the other's own year); the article's main person and lead acts
 * against the representatives' ({@link FocusFeatures}); and another instance of one template
 * ({@link TemplateConflict}). Each feature is in [0, 1]. Stateless and thread-safe.
 */
public final class EventFeatures {
  /** Index of the first of the evidence features (event type, concepts, figures, dates). */
  public static final int EVIDENCE_FROM = 17;

  /** Index after the last of the evidence features. */
  public static final int EVIDENCE_TO = 26;

  /**
   * Index of {@code dates_disjoint}, followed by {@code dates_shared}: evidence computable alone.
   */
  public static final int DATES_FROM = 22;

  /** Names an article or event is most about, for {@code top_names_covered}. */
  static final int TOP_NAMES = 3;

  /** Feature names, in the order of {@link #compute}. */
  public static final List<String> NAMES =
      List.of(
          "best",
          "mean",
          "newest",
          "oldest",
          "centroid",
          "dated",
          "time_first",
          "time_last",
          "time_middle",
          "inverse_size",
          "years_disjoint",
          "years_shared",
          "latest_year_gap",
          "best_decayed",
          "names_covered",
          "event_names_covered",
          "places_covered",
          "type_same",
          "type_differ",
          "concepts_covered",
          "quantity_conflict",
          "quantity_shared",
          "dates_disjoint",
          "dates_shared",
          "top_names_covered",
          "event_top_names_covered",
          "latest_year_share",
          "latest_year_unseen",
          "years_one_sided",
          "year_conflict",
          "person_differs",
          "person_unnamed",
          "acts_opposed",
          "act_object_differs",
          "year_conflict_young",
          "year_conflict_every",
          "template_conflict");

  /** Articles of an event at most for {@code year_conflict_young}. */
  static final int YOUNG = 2;

  /** Standard deviation, in days, of the Gaussian time features. */
  static final double SIGMA_DAYS = 3.0;

  private EventFeatures() {}

  /**
   * The optional groups of features {@link #compute} fills; the others are computed always, and a
   * group left out stays 0: a model that gives it no weight need not pay for it at ingest.
   * Immutable and thread-safe.
   *
   * @param evidence the evidence features ({@value #EVIDENCE_FROM} to {@code EVIDENCE_TO}, the
   *     dates features among them)
   * @param dates the dates features ({@link EventDays#features}, from {@value #DATES_FROM}) even
   *     without the rest of the evidence
   * @param focus the focus features ({@link FocusFeatures}: person, opposing acts)
   */
  public record Parts(boolean evidence, boolean dates, boolean focus) {
    /** Every group. */
    public static final Parts ALL = new Parts(true, true, true);

    /** No optional group. */
    public static final Parts NONE = new Parts(false, false, false);

    /** {@link #ALL} when {@code all}, else {@link #NONE}. */
    public static Parts of(boolean all) {
      return all ? ALL : NONE;
    }
  }

  /**
   * The features, with the event's years counted by article ({@link YearCounts}): the share of its
   * articles whose latest year is the article's ({@code latest_year_share}), and whether none is
   * ({@code latest_year_unseen}), computed whatever the parts say.
   *
   * @param f the article
   * @param reps the event's representatives, oldest first (at least one)
   * @param repProbs link probabilities of the article against {@code reps}
   * @param first the event's first date
   * @param last the event's last date
   * @param size the event's original articles
   * @param articleYears the years the article mentions ({@link Years})
   * @param eventYearCounts the years the event's articles mention, counted by article
   * @param decay the time decay ({@link #decay})
   * @param parts the optional groups to compute
   */
  public static double[] compute(
      ArticleFeatures f,
      List<ArticleFeatures> reps,
      double[] repProbs,
      Optional<LocalDate> first,
      Optional<LocalDate> last,
      int size,
      long articleYears,
      YearCounts eventYearCounts,
      double decay,
      Parts parts) {
    long eventYears = eventYearCounts.mask();
    int count = reps.size();
    if (count < 1 || count > repProbs.length) {
      throw new IllegalArgumentException("count out of range: " + count);
    }
    double[] x = new double[NAMES.size()];
    double best = 0;
    double sum = 0;
    double cos = 0;
    for (int i = 0; i < count; i++) {
      best = Math.max(best, repProbs[i]);
      sum += repProbs[i];
      cos += f.terms().cosine(reps.get(i).terms());
    }
    x[0] = best;
    x[1] = sum / count;
    x[2] = repProbs[count - 1];
    x[3] = repProbs[0];
    x[4] = cos / count;
    Optional<LocalDate> date = f.date();
    if (date.isPresent() && first.isPresent() && last.isPresent()) {
      LocalDate d = date.get();
      long toFirst = ChronoUnit.DAYS.between(first.get(), d);
      long toLast = ChronoUnit.DAYS.between(last.get(), d);
      x[5] = 1;
      x[6] = gauss(toFirst);
      x[7] = gauss(toLast);
      x[8] = gauss((toFirst + toLast) / 2.0);
    }
    x[9] = 1.0 / Math.max(1, size);
    if (articleYears != 0 && eventYears != 0) {
      x[10] = (articleYears & eventYears) == 0 ? 1 : 0;
      x[11] = (articleYears & eventYears) != 0 ? 1 : 0;
      x[12] = Math.min(1.0, Math.abs(Years.latest(articleYears) - Years.latest(eventYears)) / 3.0);
    }
    if (articleYears != 0 && eventYearCounts.withYears() > 0) {
      x[26] = eventYearCounts.latestShare(articleYears);
      x[27] = x[26] == 0 ? 1 : 0;
    }
    yearEvidence(articleYears, eventYearCounts, x);
    x[13] = best * decay;
    Set<String> eventNames = new HashSet<>();
    Set<String> eventPlaces = new HashSet<>();
    for (ArticleFeatures r : reps) {
      r.names().forEach(m -> eventNames.add(m.key()));
      r.places().forEach(m -> eventPlaces.add(m.key()));
    }
    x[14] = covered(f.names(), eventNames);
    if (!eventNames.isEmpty() && !f.names().isEmpty()) {
      Set<String> mine = new HashSet<>();
      f.names().forEach(m -> mine.add(m.key()));
      int in = 0;
      for (String k : eventNames) {
        in += mine.contains(k) ? 1 : 0;
      }
      x[15] = (double) in / eventNames.size();
    }
    x[16] = covered(f.places(), eventPlaces);
    x[36] = TemplateConflict.of(f, reps);
    if (parts.evidence()) {
      evidence(f, reps, x);
      topNames(f, reps, eventNames, x);
    }
    if (parts.evidence() || parts.dates()) {
      EventDays.features(f, reps, x);
    }
    if (parts.focus()) {
      FocusFeatures.compute(f, reps, size, x);
    }
    return x;
  }

  /**
   * Features 28-29, the event's year profile against the article's years, when the texts are the
   * only clue to time: {@code years_one_sided} when the article names a year and none of the
   * event's articles does, or the article names none and at least half of the event's articles do;
   * {@code year_conflict} when both name years and neither names the other's own year (the
   * article's latest, the event's {@link YearCounts#dominantLatest}): a hiring in 2005 (its reports
   * name 2003 to 2005) against a firing in 2009 (2003, 2008, 2009); {@code year_conflict_young},
   * the same against an event of at most {@value #YOUNG} articles only; {@code
   * year_conflict_every}, the same against an event of two articles or more each of which has the
   * event's own year as its latest (a report naming only 2008 against an event whose two reports
   * name 2011: the event's year is known, and none of its articles names the article's).
   */
  private static void yearEvidence(long articleYears, YearCounts event, double[] x) {
    int counted = event.articles();
    if (counted == 0) {
      return;
    }
    boolean mine = articleYears != 0;
    if (mine != (event.withYears() > 0) && (mine || 2 * event.withYears() >= counted)) {
      x[28] = 1.0 / counted;
    }
    if (mine && event.withYears() > 0) {
      int theirs = event.dominantLatest();
      boolean iNameTheirs = (articleYears & (1L << (theirs - Years.FIRST))) != 0;
      boolean theyNameMine =
          (event.mask() & (1L << (Years.latest(articleYears) - Years.FIRST))) != 0;
      x[29] = !iNameTheirs && !theyNameMine ? 1 : 0;
      x[34] = counted <= YOUNG ? x[29] : 0; // year_conflict_young
      // year_conflict_every: at least two articles, every one's latest year the event's own
      x[35] = counted >= 2 && event.latestCount(theirs) == counted ? x[29] : 0;
    }
  }

  /** Features 17-21: event type, concepts and figures against the representatives. */
  private static void evidence(ArticleFeatures f, List<ArticleFeatures> reps, double[] x) {
    Set<String> types = new HashSet<>();
    Set<String> concepts = new HashSet<>();
    Set<String> quantities = new HashSet<>();
    Set<String> roles = new HashSet<>();
    for (ArticleFeatures r : reps) {
      r.eventType().ifPresent(types::add);
      r.concepts().forEach(m -> concepts.add(m.key()));
      for (Mention q : r.quantities()) {
        quantities.add(q.key());
        roles.add(role(q.key()));
      }
    }
    if (f.eventType().isPresent() && !types.isEmpty()) {
      boolean same = types.contains(f.eventType().get());
      x[17] = same ? 1 : 0;
      x[18] = same ? 0 : 1;
    }
    x[19] = covered(f.concepts(), concepts);
    boolean conflict = false;
    boolean shared = false;
    for (Mention q : f.quantities()) {
      if (quantities.contains(q.key())) {
        shared = true;
      } else if (roles.contains(role(q.key()))) {
        conflict = true;
      }
    }
    x[20] = conflict && !shared ? 1 : 0;
    x[21] = shared ? 1 : 0;
  }

  /**
   * Features 24-25: the share of the article's {@value #TOP_NAMES} most mentioned names (count
   * times weight) that the representatives name, and the share of the representatives' most
   * mentioned names that the article names: two look-alike events (a receiver and a lineman of one
   * team arrested for drunk driving) share the team, the city and the charge, not the person.
   */
  private static void topNames(
      ArticleFeatures f, List<ArticleFeatures> reps, Set<String> eventNames, double[] x) {
    if (f.names().isEmpty() || eventNames.isEmpty()) {
      return;
    }
    List<String> mine =
        top(f.names().stream().map(m -> Map.entry(m.key(), m.count() * m.weight())));
    int in = 0;
    for (String k : mine) {
      in += eventNames.contains(k) ? 1 : 0;
    }
    x[24] = (double) in / mine.size();
    Map<String, Double> sums = new HashMap<>();
    for (ArticleFeatures r : reps) {
      r.names().forEach(m -> sums.merge(m.key(), m.count() * m.weight(), Double::sum));
    }
    List<String> theirs = top(sums.entrySet().stream());
    Set<String> keys = new HashSet<>();
    f.names().forEach(m -> keys.add(m.key()));
    in = 0;
    for (String k : theirs) {
      in += keys.contains(k) ? 1 : 0;
    }
    x[25] = (double) in / theirs.size();
  }

  /** The keys of the {@value #TOP_NAMES} heaviest entries (ties by key). */
  private static List<String> top(Stream<Map.Entry<String, Double>> entries) {
    return entries
        .sorted(
            Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(TOP_NAMES)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The role of a quantity key ({@code killed:12} → {@code killed}). */
  private static String role(String key) {
    int c = key.indexOf(':');
    return c < 0 ? key : key.substring(0, c);
  }

  /** Weighted share of the mentions whose key is in {@code keys}. */
  private static double covered(List<Mention> mentions, Set<String> keys) {
    double all = 0;
    double in = 0;
    for (Mention m : mentions) {
      all += m.weight();
      in += keys.contains(m.key()) ? m.weight() : 0;
    }
    return all == 0 ? 0 : in / all;
  }

  /**
   * 1 for an article dated within a day of the event's date range (or either undated), else {@code
   * exp(-(gap - 1) / decayDays)} for a gap of {@code gap} days.
   */
  public static double decay(
      Optional<LocalDate> date,
      Optional<LocalDate> first,
      Optional<LocalDate> last,
      double decayDays) {
    if (date.isEmpty() || first.isEmpty() || last.isEmpty()) {
      return 1.0;
    }
    LocalDate d = date.get();
    long gap;
    if (d.isBefore(first.get())) {
      gap = ChronoUnit.DAYS.between(d, first.get());
    } else if (d.isAfter(last.get())) {
      gap = ChronoUnit.DAYS.between(last.get(), d);
    } else {
      gap = 0;
    }
    return gap <= 1 ? 1.0 : Math.exp(-(gap - 1) / decayDays);
  }

  private static double gauss(double days) {
    return Math.exp(-days * days / (2 * SIGMA_DAYS * SIGMA_DAYS));
  }
}
