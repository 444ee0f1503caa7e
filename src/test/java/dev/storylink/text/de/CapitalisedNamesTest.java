package dev.storylink.text.de;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CapitalisedNames}. */
class CapitalisedNamesTest {
  private static List<Token> tokens(String text) {
    return TextAnalysis.analyze(text, "de").tokens();
  }

  private static int indexOf(List<Token> tokens, String surface) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).surface().equals(surface)) {
        return i;
      }
    }
    throw new AssertionError(surface);
  }

  private static String run(String text, String word) {
    List<Token> t = tokens(text);
    return CapitalisedNames.run(t, indexOf(t, word), Stopwords.of("de"));
  }

  @Test
  void rule1GermanAndLuxembourgishCapitaliseNouns() {
    assertThat(CapitalisedNames.capitalisesNouns("de")).isTrue();
    assertThat(CapitalisedNames.capitalisesNouns("lb")).isTrue();
    assertThat(CapitalisedNames.capitalisesNouns("en")).isFalse();
    assertThat(CapitalisedNames.capitalisesNouns("nl")).isFalse();
  }

  @Test
  void rule2ANameIsARunOfCapitalisedWordsWithoutStopWords() {
    String text =
        "Das Technische Hilfswerk stehe mit 50 Helfern bereit, sagte Recep Tayyip Erdogan.";
    assertThat(run(text, "Hilfswerk")).isEqualTo("Technische Hilfswerk");
    assertThat(run(text, "Tayyip")).isEqualTo("Recep Tayyip Erdogan");
  }

  @Test
  void rule2ACapitalisedWordAloneIsNoName() {
    assertThat(run("Rettungsteams durchsuchten eingestürzte Gebäude.", "Gebäude")).isEmpty();
    // a run ends with its sentence
    assertThat(run("Er traf Merkel. Berlin ist groß.", "Merkel")).isEmpty();
  }

  @Test
  void rule3TitleNounsDoNotCount() {
    assertThat(CapitalisedNames.isTitleNoun("Präsident")).isTrue();
    assertThat(CapitalisedNames.isTitleNoun("Präsidentin")).isTrue();
    assertThat(CapitalisedNames.isTitleNoun("Erdogan")).isFalse();
  }
}
