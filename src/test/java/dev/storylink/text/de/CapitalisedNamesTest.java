package dev.storylink.text.de;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.Stopwords;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import java.util.function.IntPredicate;
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
    return CapitalisedNames.run(t, indexOf(t, word), Stopwords.of("de"), k -> false);
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
    assertThat(run("Der russische Präsident Wladimir Putin telefonierte.", "Putin"))
        .isEqualTo("Wladimir Putin");
  }

  @Test
  void rule4APlaceJoinsNoRun() {
    List<Token> t = tokens("Putin begrüßte die Bereitschaft Teherans, den Gipfel auszurichten.");
    int teherans = indexOf(t, "Teherans");
    IntPredicate place = k -> k == teherans;
    // the genitive place after its noun: the noun stands alone and is no name
    assertThat(CapitalisedNames.run(t, indexOf(t, "Bereitschaft"), Stopwords.of("de"), place))
        .isEmpty();
    // without the place finder's mark the two words would make a run
    assertThat(CapitalisedNames.run(t, indexOf(t, "Bereitschaft"), Stopwords.of("de"), k -> false))
        .isEqualTo("Bereitschaft Teherans");
    List<Token> u = tokens("Der Außenminister Russlands traf Recep Tayyip Erdogan in Ankara.");
    int russlands = indexOf(u, "Russlands");
    assertThat(
            CapitalisedNames.run(
                u, indexOf(u, "Außenminister"), Stopwords.of("de"), k -> k == russlands))
        .isEmpty();
    assertThat(
            CapitalisedNames.run(u, indexOf(u, "Tayyip"), Stopwords.of("de"), k -> k == russlands))
        .isEqualTo("Recep Tayyip Erdogan");
  }
}
