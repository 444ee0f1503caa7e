package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped decision weighs {@code dates_disjoint} (dates named in the texts, none in common)
 * against a join at −1 on the logit (docs/clustering-quality.md, nineteenth round): a link that
 * joins two reports without dates, or with a date in common, no longer joins them when every date
 * they name differs; a strong link still does.
 */
class DisjointDatesDecisionTest {
  private static ArticleFeatures article(String id, String... dates) {
    return BareFeatures.of(id)
        .dates(
            List.of(dates).stream()
                .map(d -> new Mention(Mention.Kind.DATE, d, d, List.of(d), 1, 1, ""))
                .toList())
        .tokens(10)
        .build();
  }

  private static double probability(double link, ArticleFeatures a, ArticleFeatures rep) {
    double[] x =
        EventFeatures.compute(
            a,
            List.of(rep),
            new double[] {link},
            Optional.empty(),
            Optional.empty(),
            1,
            0,
            0,
            1,
            true);
    return ClusterConfig.defaults().assignment().probability(x);
  }

  @Test
  void disjointTextDatesHoldBackABorderlineJoin() {
    AssignmentModel shipped = ClusterConfig.defaults().assignment();
    ArticleFeatures march2 = article("a", "2020-03-02");
    ArticleFeatures march9 = article("b", "2020-03-09");
    ArticleFeatures alsoMarch2 = article("c", "2020-03-02", "2020-03-01");
    ArticleFeatures undated = article("d");
    int disjoint = EventFeatures.NAMES.indexOf("dates_disjoint");
    assertThat(shipped.reads(disjoint, disjoint + 1)).isTrue();
    // at a link of 0.5: joins without dates or with a date in common, not with disjoint dates
    assertThat(probability(0.5, march9, undated)).isGreaterThanOrEqualTo(shipped.threshold());
    assertThat(probability(0.5, alsoMarch2, march2)).isGreaterThanOrEqualTo(shipped.threshold());
    assertThat(probability(0.5, march9, march2)).isLessThan(shipped.threshold());
    // a strong link joins whatever the dates
    assertThat(probability(0.7, march9, march2)).isGreaterThanOrEqualTo(shipped.threshold());
  }
}
