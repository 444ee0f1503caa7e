package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The article's main person and lead concepts ({@link MainPerson}, {@link
 * EventEvidence#leadConcepts}) on composed reports: a player named with his first name is the main
 * person, not his team, the city or the charge; a name written twice, always after other names, is
 * none; a hiring and a firing name their acts in the lead.
 */
class MainPersonTest {
  private static final FeatureExtractor EXTRACTOR =
      FeatureExtractor.forClustering(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures extract(String text) {
    return EXTRACTOR.extract(Article.of("a", "en", text));
  }

  @Test
  void thePlayerIsTheMainPersonNotTheTeamOrTheCharge() {
    ArticleFeatures f =
        extract(
            "Chargers lineman arrested on DUI charge\n"
                + "Chargers defensive tackle Jamal Williams was arrested early Sunday on suspicion"
                + " of drunken driving, police said.\n"
                + "Williams was stopped on a freeway after midnight.\n"
                + "The Chargers said they were aware of the arrest of Williams.\n"
                + "Williams faces a court date in March.");
    assertThat(f.mainPerson()).contains("williams");
    assertThat(f.leadConcepts()).contains("arrest");
  }

  @Test
  void aNameFollowedByAnotherNameIsNoPerson() {
    ArticleFeatures f =
        extract(
            "Fans gather in Porto Alegre Grêmio stadium\n"
                + "Thousands of fans of Porto Alegre Grêmio gathered on the square.");
    assertThat(f.mainPerson()).isEmpty();
  }

  @Test
  void hiringAndFiringAreLeadActs() {
    ArticleFeatures fired =
        extract(
            "The Sixers fired coach Doug Cheeks on Saturday after a poor start.\n"
                + "Cheeks had coached the team for four seasons.\n"
                + "Cheeks was hired in the spring of an earlier year.");
    ArticleFeatures hired =
        extract(
            "The Sixers hired Doug Cheeks as their new head coach.\n"
                + "Cheeks played for the team for eleven seasons.");
    assertThat(fired.mainPerson()).contains("cheeks");
    assertThat(hired.mainPerson()).contains("cheeks");
    assertThat(fired.leadConcepts()).contains("dismissal").doesNotContain("hiring");
    assertThat(hired.leadConcepts()).contains("hiring").doesNotContain("dismissal");
  }

  @Test
  void aRepeatedTitleAndADatelineDoNotEndTheLead() {
    // a page whose text repeats the title and gives the date before naming the player
    ArticleFeatures f =
        EXTRACTOR.extract(
            new Article(
                "t",
                "tr",
                "San Diego Chargers oyuncusu gözaltına alındı",
                "San Diego Chargers oyuncusu gözaltına alındı\n"
                    + "4 Şubat 2009\n"
                    + "San Diego Chargers'ın savunma oyuncusu Jamal Williams alkollü araç"
                    + " kullanma şüphesiyle gözaltına alındı.\n"
                    + "Williams kan örneği verdi.",
                java.util.Optional.empty(),
                "",
                ""));
    assertThat(f.mainPerson()).contains("williams");
  }

  @Test
  void aPersonsNameThatNamesAClinicIsNoMainPerson() {
    // the clinic is named more often than the actress, in Turkish and in English
    ArticleFeatures tr =
        EXTRACTOR.extract(
            Article.of(
                "tr",
                "tr",
                "Oyuncu Sena Doruk Betty Ford Merkezine yattı\n"
                    + "Oyuncu Sena Doruk, perşembe gecesi Betty Ford Kliniği'ne üç ay kalmak"
                    + " üzere yattı.\n"
                    + "Betty Ford'a geri dönmek istiyordu, çünkü oradaki herkesi tanıyor.\n"
                    + "Doruk 2010'da da Betty Ford'da tedavi görmüştü."));
    ArticleFeatures en =
        extract(
            "Actress Sarah Doruk checks into Betty Ford\n"
                + "Actress Sarah Doruk checked into the Betty Ford Center on Thursday night.\n"
                + "She wanted to go back to Betty Ford because she knows everyone there.\n"
                + "Doruk was treated at Betty Ford in 2010 too.");
    assertThat(tr.mainPerson()).contains("doruk");
    assertThat(en.mainPerson()).contains("doruk");
  }

  @Test
  void aPersonWithAnInstitutionOfAnotherNameStaysTheMainPerson() {
    // "the Trump Organization" names no given name before the surname: Trump stays the person
    ArticleFeatures f =
        extract(
            "Donald Trump visits Scotland\n"
                + "President Donald Trump arrived in Scotland on Friday, where the Trump"
                + " Organization owns a golf course.\n"
                + "Trump met local officials.");
    assertThat(f.mainPerson()).contains("trump");
  }
}
