package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The event's year profile against the article's years ({@link EventFeatures} {@code
 * years_one_sided}, {@code year_conflict}; {@link YearCounts#dominantLatest}): the look-alike that
 * joins a one-article event names a year where the event names none, or the other way round; a
 * hiring reported in 2005 and a firing in 2009 name neither the other's year.
 */
class YearEvidenceTest {
  private static final ArticleFeatures A = BareFeatures.of("a").tokens(10).build();

  static double[] features(long articleYears, YearCounts event) {
    return EventFeatures.compute(
        A,
        List.of(A),
        new double[] {0.6},
        Optional.empty(),
        Optional.empty(),
        event.articles(),
        articleYears,
        event,
        1,
        EventFeatures.Parts.NONE);
  }

  private static double get(double[] x, String name) {
    return x[EventFeatures.NAMES.indexOf(name)];
  }

  static YearCounts event(String... texts) {
    YearCounts c = new YearCounts();
    for (String t : texts) {
      c.add(Years.of(t));
    }
    return c;
  }

  @Test
  void theDominantLatestYearIsTheMostCommonLatestYearTiesToTheLater() {
    YearCounts c = event("hired in 2005", "fired in 2008 (hired 2005)", "the 2008 firing", "none");
    assertThat(c.articles()).isEqualTo(4);
    assertThat(c.withYears()).isEqualTo(3);
    assertThat(c.dominantLatest()).isEqualTo(2008);
    assertThat(event("in 2005", "in 2008").dominantLatest()).isEqualTo(2008);
    assertThat(event("no year").dominantLatest()).isZero();
    assertThat(new YearCounts().articles()).isZero();
  }

  @Test
  void aYearOnOneSideOnlyIsOneSidedAndWeighsLessAsTheEventGrows() {
    // the article names a year, the one-article event none (a DUI arrest in February 2009
    // against a report of an earlier arrest that names no year)
    assertThat(
            get(
                features(Years.of("arrested on 1 February 2009"), event("arrested")),
                "years_one_sided"))
        .isEqualTo(1);
    // the article names none, the event's article does
    assertThat(get(features(0, event("fired in December 2008")), "years_one_sided")).isEqualTo(1);
    // half of a two-article event names years: one-sided, at half the weight
    assertThat(get(features(0, event("fired in 2008", "fired")), "years_one_sided")).isEqualTo(0.5);
    // a minority of the event's articles names years: not one-sided
    assertThat(get(features(0, event("in 2008", "fired", "fired")), "years_one_sided")).isZero();
    // both or neither: not one-sided
    assertThat(get(features(Years.of("2008"), event("in 2008")), "years_one_sided")).isZero();
    assertThat(get(features(0, event("fired")), "years_one_sided")).isZero();
  }

  @Test
  void yearsConflictWhenNeitherSideNamesTheOthersOwnYear() {
    YearCounts firing = event("fired in 2009; he came in 2003", "the 2008-2009 season, 2009");
    // the hiring's reports name 1978-2005, the firing's 2003-2009: 2003 is shared, yet neither
    // names the other's own year
    long hiring = Years.of("born 1978, coach since 2003, hired on 24 May 2005");
    double[] x = features(hiring, firing);
    assertThat(get(x, "years_shared")).isEqualTo(1);
    assertThat(get(x, "year_conflict")).isEqualTo(1);
    // an article that retells the firing's year does not conflict
    assertThat(get(features(Years.of("hired in 2005, fired in 2009"), firing), "year_conflict"))
        .isZero();
    // an article of 2009 agrees
    assertThat(get(features(Years.of("in 2009"), firing), "year_conflict")).isZero();
    // no years on one side: no conflict (that is years_one_sided)
    assertThat(get(features(0, firing), "year_conflict")).isZero();
  }

  @Test
  void theShippedRuleAsksMoreOfAOneSidedJoinIntoAOneArticleEvent() {
    AssignmentModel m = AssignmentModel.shipped();
    double[] x = new double[EventFeatures.NAMES.size()];
    int best = EventFeatures.NAMES.indexOf("best_decayed");
    int oneSided = EventFeatures.NAMES.indexOf("years_one_sided");
    x[best] = 0.46;
    assertThat(m.probability(x)).as("a join at 0.46").isGreaterThanOrEqualTo(m.threshold());
    x[oneSided] = 1;
    assertThat(m.probability(x))
        .as("not into a one-article event that names a year where the article names none")
        .isLessThan(m.threshold());
    x[best] = 0.55;
    assertThat(m.probability(x)).isGreaterThanOrEqualTo(m.threshold());
    // the same evidence against a ten-article event weighs a tenth
    x[best] = 0.46;
    x[oneSided] = 0.1;
    assertThat(m.probability(x)).isGreaterThanOrEqualTo(m.threshold());
  }
}
