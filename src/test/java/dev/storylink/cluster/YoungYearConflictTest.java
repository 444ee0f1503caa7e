package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.BareFeatures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code year_conflict_young} ({@link EventFeatures}): the year conflict against an event of one or
 * two articles only; and the years of a Persian article in the Solar Hijri calendar read as
 * Gregorian ({@link Years#of(Article)}), so that a report of ۱۳۸۷ compares with one of 2008.
 */
class YoungYearConflictTest {
  private static final ArticleFeatures A = BareFeatures.of("a").tokens(10).build();

  private static double young(long articleYears, YearCounts event) {
    double[] x =
        EventFeatures.compute(
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
    assertThat(x[EventFeatures.NAMES.indexOf("year_conflict_young")])
        .isLessThanOrEqualTo(x[EventFeatures.NAMES.indexOf("year_conflict")]);
    return x[EventFeatures.NAMES.indexOf("year_conflict_young")];
  }

  private static YearCounts event(String... texts) {
    YearCounts c = new YearCounts();
    for (String t : texts) {
      c.add(Years.of(t));
    }
    return c;
  }

  @Test
  void aYearConflictCountsAgainstAnEventOfOneOrTwoArticlesOnly() {
    long hiring = Years.of("hired on 24 May 2005");
    assertThat(young(hiring, event("fired in December 2008"))).isEqualTo(1);
    assertThat(young(hiring, event("fired in December 2008", "the 2008-2009 season"))).isEqualTo(1);
    assertThat(young(hiring, event("fired in 2008", "in 2008", "in 2009"))).isZero();
    // no conflict: the years agree, or one side names none
    assertThat(young(Years.of("fired in 2008"), event("fired in December 2008"))).isZero();
    assertThat(young(0, event("fired in December 2008"))).isZero();
  }

  @Test
  void persianSolarHijriYearsAreReadAsGregorian() {
    // ۱۳۸۷ (1387) is mostly 2008; a Gregorian year in a Persian text stays what it is
    Article fa =
        Article.of("fa1", "fa", "چیکس در سال ۱۳۸۷ از سرمربیگری برکنار شد و در ۲۰۰۵ آمده بود");
    assertThat(Years.of(fa)).isEqualTo(Years.of("2008 2005"));
    // in other languages 1387 is no year of the range read
    assertThat(Years.of(Article.of("en1", "en", "in the year 1387 the abbey was built"))).isZero();
    Article ar = Article.of("ar1", "ar", "في عام ١٣٨٧ بني الدير");
    assertThat(Years.of(ar)).isZero();
  }
}
