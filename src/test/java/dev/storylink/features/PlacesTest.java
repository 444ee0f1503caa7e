package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.AnalyzedText;
import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  private static List<String> places(String text, String lang) {
    AnalyzedText a = TextAnalysis.analyze(text, lang);
    return Places.get().find(a.tokens(), text, lang).stream().map(m -> m.place().name()).toList();
  }

  @Test
  void syriaInArabicPersianGermanAndEnglish() {
    assertThat(places("الوضع في سورية", "ar")).containsExactly("Syria");
    assertThat(places("تحولات سوریه", "fa")).containsExactly("Syria");
    assertThat(places("Die Lage in Syrien", "de")).containsExactly("Syria");
    assertThat(places("The war in Syria", "en")).containsExactly("Syria");
  }

  @Test
  void viennaThroughCldrCityNames() {
    assertThat(places("الاجتماع في فيينا", "ar")).containsExactly("Vienna");
    assertThat(places("اجلاس در وین", "fa")).containsExactly("Vienna");
    assertThat(places("Treffen in Wien", "de")).containsExactly("Vienna");
  }

  @Test
  void multiWordNamesMatchLongestFirst() {
    assertThat(places("Talks with the United States began", "en")).containsExactly("United States");
    assertThat(places("مع الولايات المتحدة", "ar")).containsExactly("United States");
  }

  @Test
  void lowercaseWordsAreNotPlacesInCasedScripts() {
    assertThat(places("we will nice things", "en")).isEmpty();
    assertThat(places("a roast turkey", "en")).isEmpty();
  }
}
