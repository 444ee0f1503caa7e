package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number words as figures ({@link QuantityRoles}, rule 7): a toll written in words, as in the user
 * run of session 23 (the Ludwigshafen explosion: seven killed in English, German and Arabic, nine
 * in Persian digits), is a figure of its role, so the reports' figures can conflict.
 */
class QuantityNumberWordsTest {
  private static List<String> keys(String lang, String text) {
    return QuantityRoles.find(text, TextAnalysis.analyze(text, lang).tokens(), lang).stream()
        .map(QuantityRoles.RoleQuantity::key)
        .toList();
  }

  @Test
  void theUserRunsTollsInWords() {
    assertThat(
            keys(
                "en",
                "An explosion at a chemical plant in Ludwigshafen killed seven workers and"
                    + " injured 23."))
        .containsExactly("killed:7", "injured:23");
    assertThat(keys("de", "Die Explosion im Chemiewerk forderte sieben Tote und 23 Verletzte."))
        .containsExactly("killed:7", "injured:23");
    assertThat(keys("ar", "قتل سبعة عمال في انفجار بمصنع كيميائي في لودفيغسهافن"))
        .containsExactly("killed:7");
    assertThat(keys("fa", "در این انفجار هفت نفر کشته شدند")).containsExactly("killed:7");
  }

  @Test
  void numberWordsOfEachLanguageTakeTheirRole() {
    assertThat(keys("es", "La explosión dejó siete muertos")).containsExactly("killed:7");
    assertThat(keys("fr", "L'explosion a fait sept morts")).containsExactly("killed:7");
    assertThat(keys("ru", "При взрыве погибли семь человек")).containsExactly("killed:7");
    assertThat(keys("ur", "دھماکے میں سات افراد ہلاک ہو گئے")).containsExactly("killed:7");
    assertThat(keys("en", "Police arrested twelve people")).containsExactly("arrested:12");
    // a two-word Arabic number is one number: thirteen, not three
    assertThat(keys("ar", "قتل ثلاثة عشر شخصا")).containsExactly("killed:13");
  }

  @Test
  void aNumberWordWithoutARoleOfTheEventIsNoFigure() {
    assertThat(keys("en", "Seven people attended the meeting.")).isEmpty();
    assertThat(keys("en", "Seven days later the plant reopened.")).isEmpty();
    assertThat(keys("fa", "انفجار در یک کارخانه مواد شیمیایی رخ داد")).isEmpty();
    assertThat(keys("en", "The quake of magnitude six shook the city.")).isEmpty();
  }
}
