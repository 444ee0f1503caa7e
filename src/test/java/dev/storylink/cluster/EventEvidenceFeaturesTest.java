package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event-type, concept, figure and date features of {@link EventFeatures}. */
class EventEvidenceFeaturesTest {
  private static Mention m(Mention.Kind kind, String key) {
    return new Mention(kind, key, key, List.of(key), 1, 1, "");
  }

  private static ArticleFeatures article(
      String id, Optional<String> type, List<String> quantities, List<String> dates) {
    return BareFeatures.of(id)
        .dates(dates.stream().map(d -> m(Mention.Kind.DATE, d)).toList())
        .concepts(type.stream().map(t -> m(Mention.Kind.CONCEPT, t)).toList())
        .quantities(quantities.stream().map(q -> m(Mention.Kind.QUANTITY, q)).toList())
        .eventType(type)
        .tokens(10)
        .build();
  }

  private static double[] features(ArticleFeatures a, ArticleFeatures rep) {
    return EventFeatures.compute(
        a,
        List.of(rep),
        new double[] {0.9},
        Optional.empty(),
        Optional.empty(),
        1,
        0,
        YearCounts.of(0),
        1,
        EventFeatures.Parts.ALL);
  }

  private static double get(double[] x, String name) {
    return x[EventFeatures.NAMES.indexOf(name)];
  }

  @Test
  void anEarthquakeAndAnElectionDisagreeOnTheEventType() {
    ArticleFeatures quake = article("a", Optional.of("earthquake"), List.of(), List.of());
    ArticleFeatures vote = article("b", Optional.of("election"), List.of(), List.of());
    ArticleFeatures quake2 = article("c", Optional.of("earthquake"), List.of(), List.of());
    ArticleFeatures none = article("d", Optional.empty(), List.of(), List.of());
    assertThat(get(features(quake, vote), "type_differ")).isEqualTo(1);
    assertThat(get(features(quake, vote), "type_same")).isZero();
    assertThat(get(features(quake, quake2), "type_same")).isEqualTo(1);
    assertThat(get(features(quake, quake2), "concepts_covered")).isEqualTo(1);
    assertThat(get(features(none, vote), "type_differ")).isZero();
  }

  @Test
  void killed43AgainstKilled34IsAConflictOfFigures() {
    ArticleFeatures a = article("a", Optional.empty(), List.of("killed:43"), List.of());
    ArticleFeatures b = article("b", Optional.empty(), List.of("killed:34"), List.of());
    ArticleFeatures c =
        article("c", Optional.empty(), List.of("killed:43", "injured:5"), List.of());
    ArticleFeatures d = article("d", Optional.empty(), List.of("injured:8"), List.of());
    assertThat(get(features(a, b), "quantity_conflict")).isEqualTo(1);
    assertThat(get(features(a, c), "quantity_conflict")).isZero();
    assertThat(get(features(a, c), "quantity_shared")).isEqualTo(1);
    assertThat(get(features(a, d), "quantity_conflict")).isZero(); // another role
  }

  @Test
  void datesOfOtherYearsDifferAndADateWithoutAYearAgrees() {
    ArticleFeatures y2005 = article("a", Optional.empty(), List.of(), List.of("2005-12-10"));
    ArticleFeatures y2008 = article("b", Optional.empty(), List.of(), List.of("2008-12-10"));
    ArticleFeatures noYear = article("c", Optional.empty(), List.of(), List.of("12-10"));
    assertThat(get(features(y2005, y2008), "dates_disjoint")).isEqualTo(1);
    assertThat(get(features(y2005, noYear), "dates_shared")).isEqualTo(1);
    assertThat(get(features(noYear, y2008), "dates_shared")).isEqualTo(1);
    assertThat(get(features(y2005, y2005), "dates_disjoint")).isZero();
  }

  @Test
  void theDatesAloneWhenOnlyTheyAreAskedFor() {
    ArticleFeatures a = article("a", Optional.of("earthquake"), List.of(), List.of("2013-09-13"));
    ArticleFeatures b = article("b", Optional.of("election"), List.of(), List.of("2013-09-20"));
    double[] x =
        EventFeatures.compute(
            a,
            List.of(b),
            new double[] {0.9},
            Optional.empty(),
            Optional.empty(),
            1,
            0,
            YearCounts.of(0),
            1,
            new EventFeatures.Parts(false, true, false));
    assertThat(get(x, "dates_disjoint")).isEqualTo(1);
    assertThat(get(x, "type_differ")).isZero(); // not computed
  }
}
