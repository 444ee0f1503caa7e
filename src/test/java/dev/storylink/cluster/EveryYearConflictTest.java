package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code year_conflict_every} ({@link EventFeatures}): the year conflict against an event of two
 * articles or more that all have the event's own year as their latest; with the shipped decision it
 * keeps a report of 2008 out of a young event of 2011 even at the grid's lowest event threshold
 * (docs/clustering-quality.md, twelfth round).
 */
class EveryYearConflictTest {
  /** The features at a link of 0.6 ({@link YearEvidenceTest#features}). */
  private static double[] features(String article, String... event) {
    return YearEvidenceTest.features(Years.of(article), YearEvidenceTest.event(event));
  }

  private static double every(String article, String... event) {
    return features(article, event)[EventFeatures.NAMES.indexOf("year_conflict_every")];
  }

  @Test
  void aYearConflictCountsAgainstAnEventWhoseEveryArticleNamesItsYear() {
    String report2008 = "Indian navy sinks pirate ship in the Gulf of Aden, 2008";
    String a2011 = "Navy foils pirate attack on a merchant ship in 2011";
    String b2011 = "Indian navy captures 61 pirates, the 2011 operation";
    assertThat(every(report2008, a2011, b2011)).isEqualTo(1);
    // one report of 2011 only, or one without a year: the event's year is not known yet
    assertThat(every(report2008, a2011)).isZero();
    assertThat(every(report2008, a2011, "Navy foils pirate attack")).isZero();
    // the background year of one report (1991) against a report without a year
    assertThat(every(report2008, "Somalia has had no government since 1991", "pirates seized"))
        .isZero();
    // the event's reports with other latest years, or the article naming the event's year
    assertThat(every(report2008, a2011, "pirates in 2010")).isZero();
    assertThat(every("in 2008, and again in 2011", a2011, b2011)).isZero();
    assertThat(every("no year", a2011, b2011)).isZero();
  }

  @Test
  void theShippedDecisionKeepsTheReportOutAtTheLowestThreshold() {
    AssignmentModel low = ClusterConfig.defaults().withEventThreshold(0.39).assignment();
    String a2011 = "pirates in 2011";
    String b2011 = "the 2011 attack";
    // at a link of 0.6: the report of 2008 stays out of the 2011 event
    assertThat(low.probability(features("pirates in 2008", a2011, b2011)))
        .isLessThan(low.threshold());
    // while the year conflict alone (one report of 2011) lets it in at that threshold
    assertThat(low.probability(features("pirates in 2008", a2011)))
        .isGreaterThanOrEqualTo(low.threshold());
  }
}
