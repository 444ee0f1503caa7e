package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The main person ({@link MainPerson}) needs evidence that a name is a person ({@link GivenNames}):
 * a given name or a title before it, in the scripts of several languages, on reports composed for
 * this test; weekdays, teams, places and capitalised nouns are no person.
 */
class MainPersonLanguagesTest {
  private static final FeatureExtractor EXTRACTOR =
      FeatureExtractor.forClustering(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures extract(String lang, String text) {
    return EXTRACTOR.extract(Article.of("a", lang, text));
  }

  @Test
  void aGivenNameMakesThePersonEvenWhenItIsAlsoAPlace() {
    // "Maurice" is Mauritius to CLDR, and the headline is in title case
    ArticleFeatures f =
        extract(
            "en",
            "Sixers Hire Maurice Cheeks as Head Coach\n"
                + "Maurice Cheeks was officially introduced as the head coach of the Sixers on"
                + " Tuesday.\n"
                + "Cheeks played for the team for eleven seasons.");
    assertThat(f.mainPerson()).contains("cheeks");
    assertThat(f.leadConcepts()).contains("hiring").doesNotContain("dismissal");
  }

  @Test
  void aTeamOrAWeekdayNamedAgainAndAgainIsNoPerson() {
    ArticleFeatures f =
        extract(
            "en",
            "Chargers lose again on Saturday\n"
                + "The Chargers lost on Saturday in San Diego, and the Chargers fans left early.\n"
                + "The Chargers play again next Saturday.");
    assertThat(f.mainPerson()).isEmpty();
  }

  @Test
  void aTitleMakesThePerson() {
    ArticleFeatures f =
        extract(
            "en",
            "President Okonkwo visits the flooded region\n"
                + "President Okonkwo flew to the region on Monday and met rescue teams.");
    assertThat(f.mainPerson()).contains("okonkwo");
  }

  @Test
  void germanNounsAreNoPersonsButTheChancellorIs() {
    ArticleFeatures nouns =
        extract(
            "de",
            "Regierung plant neue Regeln für Mieten\n"
                + "Die Regierung will die Mieten in großen Städten begrenzen, sagte ein Sprecher"
                + " am Montag.");
    assertThat(nouns.mainPerson()).isEmpty();
    ArticleFeatures chancellor =
        extract(
            "de",
            "Kanzlerin Brandtner reist nach Paris\n"
                + "Bundeskanzlerin Greta Brandtner trifft am Montag den französischen"
                + " Präsidenten.");
    assertThat(chancellor.mainPerson()).contains("brandtner");
  }

  @Test
  void aRussianNameInAnyCase() {
    ArticleFeatures f =
        extract(
            "ru",
            "Тренер Сергея Ковальчука уволен\n"
                + "Клуб уволил Сергея Ковальчука после поражения в субботу.\n"
                + "Ковальчук руководил командой два года.");
    assertThat(f.mainPerson()).contains("ковальчука");
    assertThat(f.leadConcepts()).contains("dismissal");
  }

  @Test
  void arabicAndPersianTitlesAndGivenNames() {
    ArticleFeatures ar =
        extract(
            "ar",
            "الرئيس يوسف الكرملاني يزور العاصمة\n"
                + "وصل الرئيس يوسف الكرملاني إلى العاصمة أمس في زيارة تستمر يومين.");
    assertThat(ar.mainPerson()).isPresent();
    // a title alone is no evidence in Arabic script: the next word is as often a verb
    ArticleFeatures verb =
        extract(
            "ar", "الرئيس رفض الاقتراح الكرملاني\n" + "قال الرئيس إن الاقتراح الكرملاني مرفوض.");
    assertThat(verb.mainPerson()).isEmpty();
    ArticleFeatures fa =
        extract(
            "fa",
            "حسن کرملانی سرمربی تیم شد\n"
                + "باشگاه حسن کرملانی را به عنوان سرمربی جدید منصوب کرد.");
    assertThat(fa.mainPerson()).isPresent();
    assertThat(fa.leadConcepts()).contains("hiring");
  }

  @Test
  void turkishPlayerAfterHisTeam() {
    ArticleFeatures f =
        extract(
            "tr",
            "Chargers oyuncusu Williams gözaltına alındı\n"
                + "San Diego Chargers oyuncusu Jamal Williams alkollü araç kullanma şüphesiyle"
                + " gözaltına alındı.");
    assertThat(f.mainPerson()).contains("williams");
    assertThat(f.leadConcepts()).contains("arrest");
  }

  @Test
  void theListsLoadAndRefuseMalformedLines() throws Exception {
    GivenNames shipped = GivenNames.shipped();
    assertThat(shipped.kinds("jamal") & GivenNames.GIVEN).isNotZero();
    assertThat(shipped.kinds("владимира") & GivenNames.GIVEN).isNotZero();
    assertThat(shipped.kinds("president", "en") & GivenNames.TITLE).isNotZero();
    assertThat(shipped.kinds("league") & GivenNames.NOT).isNotZero();
    assertThat(shipped.kinds("saturday")).isZero();
    assertThat(shipped.kinds("president", "de") & GivenNames.TITLE).isZero();
    assertThat(shipped.kinds("президента", "ru") & GivenNames.TITLE).isNotZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                GivenNames.parse(
                    new BufferedReader(new StringReader("kind\tlang\twords\nfirst\ten\tJamal\n")),
                    "bad.tsv"))
        .hasMessageContaining("bad.tsv:2");
  }
}
