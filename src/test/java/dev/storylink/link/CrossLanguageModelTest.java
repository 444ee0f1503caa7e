package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.Json;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.NameKeys;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cross-language model on short pairs written for this test: an earthquake reported in English
 * and in Persian (figures, place, the date in the Solar Hijri calendar) is one event; unrelated
 * reports of one day that share only small numbers are apart.
 */
class CrossLanguageModelTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
  private static final FeaturePairScorer SCORER = FeaturePairScorer.shipped();
  private static final LocalDate DAY = LocalDate.of(2020, 2, 29);

  private static ArticleFeatures article(String id, String lang, String title, String text) {
    return FX.extract(new Article(id, lang, title, text, Optional.of(DAY), "test", ""));
  }

  private static final String EN_QUAKE =
      "A magnitude 5.7 earthquake struck near Khoy in West Azerbaijan province of Iran on"
          + " Saturday, 29 February 2020, killing 9 people and injuring 120, the Red Crescent said."
          + " Rescue teams were sent to the villages around Khoy near the border with Turkey. The"
          + " quake was felt in Tabriz and Urmia, and dozens of aftershocks followed.";

  private static final String FA_QUAKE =
      "زمین‌لرزه‌ای به بزرگی ۵٫۷ ریشتر روز شنبه ۱۰ اسفند ۱۳۹۸ حوالی خوی در استان آذربایجان غربی"
          + " ایران را لرزاند. به گفته هلال احمر ۹ نفر کشته و ۱۲۰ نفر زخمی شدند. تیم‌های امداد به"
          + " روستاهای اطراف خوی در نزدیکی مرز ترکیه اعزام شدند. این زلزله در تبریز و ارومیه نیز"
          + " احساس شد و ده‌ها پس‌لرزه به دنبال داشت.";

  private static final String EN_FOOTBALL =
      "Liverpool beat West Ham 3-2 at Anfield on Saturday to stay 22 points clear at the top of"
          + " the Premier League. Georginio Wijnaldum, Mohamed Salah and Sadio Mane scored for"
          + " Jurgen Klopp's side, who have won 9 league games in a row and 27 of 28 this season.";

  private static final String FA_PARLIAMENT =
      "وزارت کشور روز شنبه اعلام کرد شمارش آرای انتخابات مجلس در ۹ حوزه انتخابیه تهران به پایان"
          + " رسید و نتایج نهایی تا ۳ روز دیگر اعلام می‌شود. میزان مشارکت در این دوره به ۴۲ درصد"
          + " رسید که کمترین میزان از زمان انقلاب است.";

  @Test
  void anEarthquakeReportedInEnglishAndPersianIsOneEvent() {
    ArticleFeatures en = article("en-quake", "en", "Earthquake kills 9 in Iran", EN_QUAKE);
    ArticleFeatures fa = article("fa-quake", "fa", "زلزله خوی ۹ کشته برجای گذاشت", FA_QUAKE);
    assertThat(FeaturePairScorer.crossLanguage(en, fa)).isTrue();
    LinkResult r = SCORER.link(en, fa);
    assertThat(r.sameStory()).as("p=%.2f", r.probability()).isTrue();
    assertThat(r.probability()).isEqualTo(SCORER.probability(fa, en), within(0.05));
    assertThat(r.reasons())
        .extracting(Reason::kind)
        .contains(Mention.Kind.PLACE, Mention.Kind.NUMBER, Mention.Kind.CONCEPT);
  }

  @Test
  void unrelatedReportsOfOneDaySharingSmallNumbersAreApart() {
    ArticleFeatures en = article("en-ball", "en", "Liverpool beat West Ham", EN_FOOTBALL);
    ArticleFeatures fa = article("fa-vote", "fa", "پایان شمارش آرا در تهران", FA_PARLIAMENT);
    LinkResult r = SCORER.link(en, fa);
    assertThat(r.sameStory()).as("p=%.2f", r.probability()).isFalse();
    ArticleFeatures quake = article("fa-quake", "fa", "زلزله خوی", FA_QUAKE);
    assertThat(SCORER.link(en, quake).sameStory()).isFalse();
  }

  @Test
  void theClustererScoresPairsInDifferentLanguagesWithTheSameModel() {
    ArticleFeatures en = article("en-quake", "en", "Earthquake kills 9 in Iran", EN_QUAKE);
    ArticleFeatures fa = article("fa-quake", "fa", "زلزله خوی", FA_QUAKE);
    assertThat(FeaturePairScorer.forClustering().probability(en, fa))
        .isEqualTo(SCORER.probability(en, fa));
  }

  @Test
  void namesMatchAcrossScriptsWithOneLetterLeftOut() {
    Mention washington = name("Washington");
    Mention arabic = name("واشنطن");
    assertThat(washington.skeleton()).isNotEqualTo(arabic.skeleton());
    double[] cover =
        CrossLanguageFeatures.nameCover(List.of(washington), List.of(arabic, name("بغداد")), true);
    assertThat(cover[1]).isEqualTo(1);
    assertThat(cover[0]).isEqualTo(1.0);
    // three-letter skeletons must match exactly
    assertThat(
            CrossLanguageFeatures.nameCover(List.of(name("Mali")), List.of(name("مالطا")), true)[1])
        .isZero();
  }

  @Test
  void modelRoundTripsThroughJsonAndRefusesOtherFeatures() {
    CrossLanguageModel m = CrossLanguageModel.shipped();
    CrossLanguageModel back = CrossLanguageModel.fromJson(m.toJson(Json.MAPPER));
    assertThat(back).isEqualTo(m);
    var json = m.toJson(Json.MAPPER);
    json.putArray("features").add("names");
    assertThatThrownBy(() -> CrossLanguageModel.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train xlink");
  }

  @Test
  void trainerLearnsThatSharedEvidenceMeansTheSameStory() {
    java.util.List<CrossLanguageTrainer.Row> rows = new java.util.ArrayList<>();
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < 60; i++) {
      boolean same = i % 2 == 0;
      double[] z = new double[CrossLanguageFeatures.NAMES.size()];
      z[CrossLanguageFeatures.index("namecover")] = (same ? 0.5 : 0.05) + 0.1 * rnd.nextDouble();
      z[CrossLanguageFeatures.index("concepts")] = (same ? 0.4 : 0.1) + 0.1 * rnd.nextDouble();
      rows.add(new CrossLanguageTrainer.Row(i + ".fa", "x" + i, z, same ? 1.0 : 4.0, true));
    }
    CrossLanguageModel m = CrossLanguageTrainer.train(rows);
    for (CrossLanguageTrainer.Row r : rows) {
      boolean linked = m.probability(m.similarity(r.z())) >= 0.5;
      assertThat(linked).isEqualTo(r.gold() < 2);
    }
  }

  @Test
  void sharedConceptsAloneAreNoSameEvent() {
    CrossLanguageModel m = CrossLanguageModel.shipped();
    // 21_9ecbplus.fa (a hit-and-run in Queens) against 21_9ecb.zh (one in Bloomington): seven
    // shared concepts, no name, place, number or date; the regression alone says 0.73
    double[] z = new double[CrossLanguageFeatures.NAMES.size()];
    z[CrossLanguageFeatures.index("concepts")] = 0.5;
    z[CrossLanguageFeatures.index("conceptcover")] = 0.563;
    z[CrossLanguageFeatures.index("concepthits")] = 0.7;
    z[CrossLanguageFeatures.index("evcover")] = 0.233;
    assertThat(m.probability(m.similarity(z))).isGreaterThan(0.5);
    assertThat(m.probability(m.decided(z)))
        .isCloseTo(CrossLanguageModel.NO_SPECIFIC_EVIDENCE, within(1e-9));
    // one shared place is evidence of its own: the regression decides
    z[CrossLanguageFeatures.index("places")] = 0.2;
    assertThat(m.decided(z)).isEqualTo(m.similarity(z));
  }

  private static Mention name(String word) {
    return new Mention(
        Mention.Kind.NAME, word, word, List.of(word), 1.0, 1, NameKeys.skeleton(word));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
