package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The look-alike features of the cross-language model: other figures for one role, other dates,
 * other years; and a composed pair of two earthquakes (English and Persian, other province, other
 * figures, another day given in the Solar Hijri calendar) that the model keeps apart while it joins
 * the Persian report of the same earthquake.
 */
class CrossLanguageConflictsTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static Mention m(Mention.Kind kind, String key) {
    return new Mention(kind, key, key, List.of(key), 1.0, 1, "");
  }

  private static Mention qty(String key) {
    return m(Mention.Kind.QUANTITY, key);
  }

  private static Mention date(String key) {
    return m(Mention.Kind.DATE, key);
  }

  @Test
  void aRisingTollIsNoConflictButAnotherMagnitudeIs() {
    // one shooting reported hours apart: 20, then 21, then 26 killed
    assertThat(
            CrossLanguageConflicts.quantities(
                List.of(qty("killed:20"), qty("injured:42")),
                List.of(qty("killed:26"), qty("injured:57"))))
        .isZero();
    // a look-alike event: another toll altogether
    assertThat(
            CrossLanguageConflicts.quantities(List.of(qty("killed:12")), List.of(qty("killed:30"))))
        .isEqualTo(1.0);
    // magnitudes are no counts: 5.4 against 5.9 is another earthquake
    assertThat(
            CrossLanguageConflicts.quantities(
                List.of(qty("magnitude:5.4")), List.of(qty("magnitude:5.9"))))
        .isEqualTo(1.0);
  }

  @Test
  void otherFiguresForOneRoleConflict() {
    assertThat(
            CrossLanguageConflicts.quantities(
                List.of(qty("killed:12"), qty("injured:85")), List.of(qty("killed:30"))))
        .isEqualTo(1.0);
    assertThat(
            CrossLanguageConflicts.quantities(
                List.of(qty("killed:12"), qty("killed:14")), List.of(qty("killed:12"))))
        .isZero();
    // percentages and money differ between reports of one event as a rule
    assertThat(
            CrossLanguageConflicts.quantities(
                List.of(qty("percent:1.3")), List.of(qty("percent:2.5"))))
        .isZero();
    // no common role, or nothing on one side: no evidence
    assertThat(
            CrossLanguageConflicts.quantities(List.of(qty("killed:12")), List.of(qty("injured:3"))))
        .isZero();
    assertThat(CrossLanguageConflicts.quantities(List.of(), List.of(qty("killed:3")))).isZero();
  }

  @Test
  void datesMoreThanADayApartConflict() {
    assertThat(
            CrossLanguageConflicts.dates(List.of(date("2020-02-29")), List.of(date("2020-03-01"))))
        .isZero();
    assertThat(
            CrossLanguageConflicts.dates(List.of(date("2020-02-29")), List.of(date("2019-11-12"))))
        .isEqualTo(1.0);
    // a date without its year says nothing about the day
    assertThat(CrossLanguageConflicts.dates(List.of(date("02-29")), List.of(date("2019-11-12"))))
        .isZero();
  }

  private static ArticleFeatures article(String id, String lang, String text, LocalDate day) {
    return FX.extract(new Article(id, lang, "", text, Optional.of(day), "test", ""));
  }

  private static final LocalDate DAY = LocalDate.of(2020, 2, 29);

  private static final String EN_KERMAN =
      "A magnitude 5.4 earthquake struck Kerman province in southeastern Iran on Saturday, 29"
          + " February 2020, killing 12 people and injuring 85, the Red Crescent said. Rescue teams"
          + " searched collapsed houses in villages near Rabor, and dozens of aftershocks followed.";

  private static final String FA_KERMAN =
      "زلزله‌ای به بزرگی ۵٫۴ ریشتر روز شنبه ۱۰ اسفند ۱۳۹۸ استان کرمان را لرزاند. به گفته هلال احمر"
          + " ۱۲ نفر کشته و ۸۵ نفر زخمی شدند. نیروهای امداد در روستاهای اطراف رابر خانه‌های"
          + " فروریخته را جست‌وجو کردند و ده‌ها پس‌لرزه به دنبال داشت.";

  /** Another earthquake in another province, with other figures, four months earlier. */
  private static final String FA_OTHER_QUAKE =
      "زلزله‌ای به بزرگی ۵٫۹ ریشتر روز جمعه ۱۷ آبان ۱۳۹۸ استان آذربایجان شرقی را لرزاند. به گفته"
          + " هلال احمر ۵ نفر کشته و ۳۱۲ نفر زخمی شدند. نیروهای امداد در روستاهای اطراف ترک خانه‌های"
          + " فروریخته را جست‌وجو کردند و ده‌ها پس‌لرزه به دنبال داشت.";

  @Test
  void aLookAlikeEarthquakeConflictsAndScoresBelowTheSameOne() {
    ArticleFeatures en = article("en-kerman", "en", EN_KERMAN, DAY);
    ArticleFeatures same = article("fa-kerman", "fa", FA_KERMAN, DAY);
    ArticleFeatures other = article("fa-tabriz", "fa", FA_OTHER_QUAKE, DAY);
    double[] zSame = CrossLanguageFeatures.compute(en, same);
    double[] zOther = CrossLanguageFeatures.compute(en, other);
    assertThat(zSame[CrossLanguageFeatures.index("qconflict")]).isZero();
    assertThat(zSame[CrossLanguageFeatures.index("dateconflict")]).isZero();
    assertThat(zOther[CrossLanguageFeatures.index("qconflict")]).isEqualTo(1.0);
    assertThat(zOther[CrossLanguageFeatures.index("dateconflict")]).isEqualTo(1.0);
    CrossLanguageModel model = CrossLanguageModel.shipped();
    double pSame = model.probability(en, same);
    double pOther = model.probability(en, other);
    assertThat(pSame).as("same earthquake p=%.2f", pSame).isGreaterThanOrEqualTo(0.5);
    assertThat(pOther).as("look-alike p=%.2f", pOther).isLessThan(pSame);
  }
}
