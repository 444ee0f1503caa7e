package dev.storylink.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.features.ArticleFeatures;
import dev.storylink.features.FeatureExtractor;
import dev.storylink.features.Mention;
import dev.storylink.features.PassageVectors;
import dev.storylink.features.TermStats;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Title, aligned-sentence and strongest-name features of pairs in one language. */
class PassageFeaturesTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(TermStats.UNIFORM, new LinguaLanguageIdentifier());

  static ArticleFeatures article(String id, String title, String text) {
    return FX.extract(new Article(id, "en", title, text, Optional.empty(), "", ""));
  }

  static final ArticleFeatures FLOOD_A =
      article(
          "a",
          "Floods force Lindenport harbour evacuation",
          "Heavy rain flooded the Lindenport harbour district on Monday morning. "
              + "Firefighters evacuated residents from the lower streets near the harbour. "
              + "Mayor Aldous Brenner said the water would recede by Wednesday evening.");

  static final ArticleFeatures FLOOD_B =
      article(
          "b",
          "Lindenport evacuates harbour district after floods",
          "Mayor Aldous Brenner ordered the evacuation of the Lindenport harbour district. "
              + "Heavy rain had flooded the streets near the harbour since Monday morning. "
              + "Schools in the district stay closed until the water recedes.");

  static final ArticleFeatures CONCERT =
      article(
          "c",
          "Orchestra opens season with Brahms symphony",
          "The city orchestra opened its winter season with a Brahms symphony on Friday. "
              + "Conductor Mirela Vasquez praised the young violin section after the concert. "
              + "Tickets for the next performances are sold out already.");

  private static double feature(ArticleFeatures a, ArticleFeatures b, String name) {
    return PairFeatures.compute(a, b)[PairFeatures.index(name)];
  }

  @Test
  void reportsOfOneStoryShareTitleSentencesAndStrongestNames() {
    for (String f : PassageFeatures.NAMES) {
      if (f.equals("dateclash")
          || f.equals("sentcopy")
          || f.equals("sentnear")
          || f.equals("dedims")) {
        continue; // evidence against, copied sentences and German pairs only: tested below
      }
      assertThat(feature(FLOOD_A, FLOOD_B, f))
          .as(f)
          .isGreaterThan(feature(FLOOD_A, CONCERT, f))
          .isBetween(0.0, 1.0);
    }
    assertThat(feature(FLOOD_A, FLOOD_B, "sentmax")).isGreaterThan(0.3);
    assertThat(feature(FLOOD_A, FLOOD_A, "title")).isGreaterThan(0.99);
    assertThat(feature(FLOOD_A, FLOOD_A, "sentshare")).isEqualTo(1.0);
  }

  private static Mention date(String key) {
    return new Mention(Mention.Kind.DATE, key, key, List.of(key), 1, 1, "");
  }

  @Test
  void fullDatesMoreThanADayApartClash() {
    assertThat(
            PassageFeatures.dateClash(
                List.of(date("2020-02-29"), date("03-01")), List.of(date("2019-11-12"))))
        .isEqualTo(1.0);
    assertThat(
            PassageFeatures.dateClash(
                List.of(date("2019-11-12"), date("2020-02-29")), List.of(date("2020-03-01"))))
        .as("a day apart: one event told from two time zones")
        .isEqualTo(0.0);
    assertThat(PassageFeatures.dateClash(List.of(date("02-29")), List.of(date("2019-11-12"))))
        .as("no year on one side: no evidence")
        .isEqualTo(0.0);
    assertThat(PassageFeatures.dateClash(List.of(), List.of(date("2019-11-12")))).isEqualTo(0.0);
    assertThat(PassageFeatures.dateClash(List.of(date("2019-02-30")), List.of(date("2019-11-12"))))
        .as("no calendar date")
        .isEqualTo(0.0);
  }

  @Test
  void articlesWithOtherFullDatesGetADateClash() {
    ArticleFeatures a =
        article(
            "d1",
            "Storm closes Lindenport harbour",
            "The storm closed the Lindenport harbour on 12 March 2020, the port authority said.");
    ArticleFeatures b =
        article(
            "d2",
            "Storm closes Lindenport harbour",
            "The storm closed the Lindenport harbour on 3 June 2019, the port authority said.");
    assertThat(feature(a, b, "dateclash")).isEqualTo(1.0);
    assertThat(feature(a, a, "dateclash")).isEqualTo(0.0);
    assertThat(feature(FLOOD_A, FLOOD_B, "dateclash")).isEqualTo(0.0);
  }

  @Test
  void copiedSentencesAreCountedApartFromRetoldOnes() {
    assertThat(feature(FLOOD_A, FLOOD_A, "sentcopy")).isEqualTo(1.0);
    assertThat(feature(FLOOD_A, FLOOD_A, "sentnear")).isEqualTo(1.0);
    assertThat(feature(FLOOD_A, FLOOD_B, "sentnear"))
        .as("retold: near partners are aligned ones")
        .isBetween(0.0, feature(FLOOD_A, FLOOD_B, "sentshare"));
    assertThat(feature(FLOOD_A, FLOOD_B, "sentcopy")).as("retold, not copied").isEqualTo(0.0);
    assertThat(feature(FLOOD_A, CONCERT, "sentcopy")).isEqualTo(0.0);
    ArticleFeatures template =
        article(
            "t",
            "Floods force Lindenport harbour evacuation",
            "Heavy rain flooded the Lindenport harbour district on Monday morning. "
                + "Conductor Mirela Vasquez praised the young violin section after the concert. "
                + "Tickets for the next performances are sold out already.");
    assertThat(feature(FLOOD_A, template, "sentcopy"))
        .as("one copied sentence (and the head) of each side's few")
        .isStrictlyBetween(0.0, 1.0);
    assertThat(feature(FLOOD_A, template, "sentnear"))
        .isGreaterThanOrEqualTo(feature(FLOOD_A, template, "sentcopy"));
  }

  @Test
  void sentenceCosinesAreSymmetric() {
    int n = PassageVectors.SENTENCES;
    double[] ab = new double[n * n];
    double[] ba = new double[n * n];
    FLOOD_A.passages().sentenceCosines(FLOOD_B.passages(), ab);
    FLOOD_B.passages().sentenceCosines(FLOOD_A.passages(), ba);
    for (int s = 0; s < n; s++) {
      for (int t = 0; t < n; t++) {
        assertThat(ab[s * n + t])
            .isCloseTo(ba[t * n + s], org.assertj.core.data.Offset.offset(1e-6));
      }
    }
    assertThat(FLOOD_A.passages().headCosine(FLOOD_B.passages()))
        .isCloseTo(
            FLOOD_B.passages().headCosine(FLOOD_A.passages()),
            org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void withoutPassagesTheyAreLeftZeroAndTheRestIsUnchanged() {
    double[] all = PairFeatures.compute(FLOOD_A, FLOOD_B);
    double[] core = PairFeatures.compute(FLOOD_A, FLOOD_B, false);
    for (int i = 0; i < all.length; i++) {
      String name = PairFeatures.NAMES.get(i);
      boolean lexicalOnly =
          PassageFeatures.NAMES.contains(name) || CorpusNeighbours.NAMES.contains(name);
      assertThat(core[i]).as(name).isEqualTo(lexicalOnly ? 0.0 : all[i]);
    }
  }

  private static ArticleFeatures german(String id, String lang, String title, String text) {
    return FX.extract(new Article(id, lang, title, text, Optional.empty(), "", ""));
  }

  @Test
  void germanPairsGetTheDiceOfTheirStemSetsAndOtherPairsZero() {
    String title = "Hochwasser in Lindenhafen";
    String text1 =
        "Das Hochwasser hat am Montag den Hafen von Lindenhafen überflutet. "
            + "Die Feuerwehr brachte die Bewohner der unteren Straßen in Sicherheit.";
    String text2 =
        "Die Feuerwehr hat am Montag Bewohner aus dem überfluteten Hafen gebracht. "
            + "Bürgermeister Aldous Brenner rechnet mit sinkenden Pegeln am Mittwoch.";
    ArticleFeatures a = german("g1", "de", title, text1);
    ArticleFeatures b = german("g2", "de", title, text2);
    double dims = feature(a, b, "dedims");
    assertThat(dims).isStrictlyBetween(0.0, 1.0).isEqualTo(a.stems().dimensionDice(b.stems()));
    assertThat(feature(a, a, "dedims")).isEqualTo(1.0);
    ArticleFeatures concert = german("g3", "de", "Konzert", "Das Orchester spielt Brahms.");
    assertThat(feature(a, concert, "dedims")).isLessThan(dims);
    ArticleFeatures englishA = german("e1", "en", title, text1);
    ArticleFeatures englishB = german("e2", "en", title, text2);
    assertThat(feature(englishA, englishB, "dedims")).as("not German: 0").isEqualTo(0.0);
    assertThat(feature(a, englishB, "dedims")).as("one side German: 0").isEqualTo(0.0);
  }
}
