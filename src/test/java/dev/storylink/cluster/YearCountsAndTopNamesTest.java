package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import dev.storylink.features.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The latest-year and top-name features of {@link EventFeatures}: an event whose articles retell a
 * history shares some year with any look-alike, but most of its articles' latest year is the year
 * it happened; look-alike events share the team and the charge, not the person.
 */
class YearCountsAndTopNamesTest {
  private static Mention name(String key, int count) {
    return new Mention(Mention.Kind.NAME, key, key, List.of(key), 1, count, "");
  }

  private static ArticleFeatures article(String id, List<Mention> names) {
    return BareFeatures.of(id).names(names).tokens(10).build();
  }

  private static double get(double[] x, String name) {
    return x[EventFeatures.NAMES.indexOf(name)];
  }

  private static double[] features(
      ArticleFeatures a, ArticleFeatures rep, long articleYears, YearCounts eventYears) {
    return EventFeatures.compute(
        a,
        List.of(rep),
        new double[] {0.9},
        Optional.empty(),
        Optional.empty(),
        1,
        articleYears,
        eventYears,
        1,
        EventFeatures.Parts.ALL);
  }

  @Test
  void theFiringsLatestYearIsNotTheHiringsThoughTheirYearsOverlap() {
    YearCounts firing = new YearCounts();
    firing.add(Years.of("fired in December 2008, hired in 2005"));
    firing.add(Years.of("the 2008 firing"));
    firing.add(0); // an article without years counts for nothing
    assertThat(firing.withYears()).isEqualTo(2);
    assertThat(firing.mask()).isEqualTo(Years.of("2005 2008"));
    long hiring = Years.of("hired on 24 May 2005 after the 2004 season");
    ArticleFeatures a = article("a", List.of());
    double[] x = features(a, a, hiring, firing);
    assertThat(get(x, "years_shared")).isEqualTo(1); // the union shares 2005
    assertThat(get(x, "latest_year_share")).isZero();
    assertThat(get(x, "latest_year_unseen")).isEqualTo(1);
    double[] y = features(a, a, Years.of("the 2008-09 season: fired in 2008"), firing);
    assertThat(get(y, "latest_year_share")).isEqualTo(1);
    assertThat(get(y, "latest_year_unseen")).isZero();
    // Arabic-Indic digits count as the same years
    assertThat(firing.latestShare(Years.of("أقيل في ٢٠٠٨"))).isEqualTo(1);
    // no years on either side: neither feature fires
    double[] z = features(a, a, 0, firing);
    assertThat(get(z, "latest_year_share")).isZero();
    assertThat(get(z, "latest_year_unseen")).isZero();
  }

  @Test
  void lookAlikesShareTheTeamButNotThePerson() {
    ArticleFeatures receiver =
        article("a", List.of(name("jackson", 5), name("chargers", 3), name("san diego", 1)));
    ArticleFeatures receiver2 =
        article("b", List.of(name("jackson", 4), name("chargers", 2), name("san diego", 1)));
    ArticleFeatures lineman =
        article("c", List.of(name("jamal williams", 5), name("chargers", 3), name("san diego", 1)));
    double[] same = features(receiver2, receiver, 0, new YearCounts());
    double[] other = features(lineman, receiver, 0, new YearCounts());
    assertThat(get(same, "top_names_covered")).isEqualTo(1);
    assertThat(get(same, "event_top_names_covered")).isEqualTo(1);
    assertThat(get(other, "top_names_covered")).isEqualTo(2.0 / 3); // not the person
    assertThat(get(other, "event_top_names_covered")).isEqualTo(2.0 / 3);
  }
}
