package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.link.FeaturePairScorer;
import dev.storylink.link.LinkResult;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Country names that are also common words or given names (Turkey, China, Georgia, Jordan, Niger,
 * Guinea, Chad) are places where the text says so ({@link AmbiguousCountries}): one test per rule.
 * Texts written for this test.
 */
class AmbiguousCountriesTest {
  private static List<String> places(String text, String lang) {
    List<Token> tokens = TextAnalysis.analyze(text, lang).tokens();
    return Places.get().find(tokens, text, lang).stream()
        .map(m -> m.place().id() + ":" + m.surface())
        .toList();
  }

  @Test
  void aCapitalisedCountryWordIsTheCountryInsideAndAtTheStartOfASentence() {
    assertThat(places("Turkey and Qatar offered help. Erdogan's Turkey sent teams.", "en"))
        .containsExactly("TR:Turkey", "QA:Qatar", "TR:Turkey");
    assertThat(places("Talks between Jordan and China ended in Niger and Guinea.", "en"))
        .containsExactly("JO:Jordan", "CN:China", "NE:Niger", "GN:Guinea");
    // English only: the gazetteer's other languages keep leaving them out (German China)
    assertThat(places("Der Präsident reiste am Montag nach China.", "de")).isEmpty();
  }

  @Test
  void rule1aLowerCaseUseAnywhereMakesEveryOccurrenceTheCommonNoun() {
    assertThat(places("Turkey dinner costs more this year, as turkey prices rose.", "en"))
        .isEmpty();
    assertThat(places("China plates and fine china were sold in Paris.", "en"))
        .containsExactly("Europe/Paris:Paris");
  }

  @Test
  void rule2aRunOfCapitalisedWordsIsNoCountry() {
    assertThat(places("Ships sailed in the South China Sea near the Niger Delta.", "en")).isEmpty();
    assertThat(places("The Turkey Point plant was closed, China Daily said.", "en")).isEmpty();
    // but the word after is not looked at in a headline
    assertThat(places("Turkey Sends Troops To The Border", "en")).containsExactly("TR:Turkey");
  }

  @Test
  void rule3aNameRunOfJordanChadOrGeorgiaIsNoCountryAnywhereInTheText() {
    assertThat(places("Coach Eddie Jordan was fired. Jordan said he was tired.", "en")).isEmpty();
    assertThat(places("Doctors of Central Georgia met in Tbilisi. Georgia is proud.", "en"))
        .containsExactly("Asia/Tbilisi:Tbilisi");
    assertThat(places("Jordan Henderson scored. Later Jordan left the pitch.", "en")).isEmpty();
    assertThat(places("King Abdullah of Jordan met the Chad delegation's head.", "en"))
        .containsExactly("JO:Jordan", "TD:Chad");
  }

  @Test
  void rule4GeorgiaNeedsTbilisiOrGeorgianInTheText() {
    assertThat(places("Voters in Georgia went to the polls on Tuesday.", "en")).isEmpty();
    assertThat(places("Protesters in Georgia marched to parliament in Tbilisi.", "en"))
        .contains("GE:Georgia");
    assertThat(places("Georgia said Georgian troops would stay.", "en")).contains("GE:Georgia");
  }

  @Test
  void englishTurkeyIsASharedPlaceWithTurkishArabicAndPersianReports() {
    FeatureExtractor fx =
        new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());
    Article en =
        Article.of(
            "en",
            "en",
            "A strong earthquake struck eastern Turkey on Friday. Turkey said 22 people were killed"
                + " in Elazig province.");
    List<Article> others =
        List.of(
            Article.of(
                "tr", "tr", "Türkiye'nin doğusunda cuma günü deprem oldu, Elazığ'da 22 kişi öldü."),
            Article.of("ar", "ar", "ضرب زلزال شرق تركيا يوم الجمعة وقتل 22 شخصا في إلازيغ."),
            Article.of(
                "fa", "fa", "زلزله روز جمعه شرق ترکیه را لرزاند و ۲۲ نفر در الازیغ کشته شدند."));
    ArticleFeatures enf = fx.extract(en);
    assertThat(enf.places()).anyMatch(m -> m.key().equals("TR"));
    // and still a name, so an English pair meets on it as before
    assertThat(enf.names()).anyMatch(m -> m.label().equals("Turkey"));
    for (Article o : others) {
      LinkResult r = FeaturePairScorer.shipped().link(enf, fx.extract(o));
      assertThat(r.reasons())
          .as(o.lang())
          .anyMatch(x -> x.kind() == Mention.Kind.PLACE && x.inA().contains("Turkey"));
    }
  }
}
