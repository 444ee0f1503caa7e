package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link RussianCaseStems}. */
class RussianCaseStemsTest {
  @Test
  void aNameInAHardConsonantWhoseFormsStemApartGivesTheirStem() {
    // Иран stems to ира; Ирана, Ирану, Иране, Ираном to иран
    assertThat(RussianCaseStems.of("иран")).containsExactly("иран");
    assertThat(RussianCaseStems.of("тегеран")).containsExactly("тегеран");
  }

  @Test
  void aNameWhoseFormsStemAsItDoesGivesNone() {
    // Лондон, Лондона, Лондону, Лондоне all stem to лондон
    assertThat(RussianCaseStems.of("лондон")).isEmpty();
  }

  @Test
  void aNameInAVowelASoftSignOrYotGivesNone() {
    assertThat(RussianCaseStems.of("москва")).isEmpty();
    assertThat(RussianCaseStems.of("казань")).isEmpty();
    assertThat(RussianCaseStems.of("китаи")).isEmpty();
  }

  @Test
  void aShortLatinOrCapitalisedTermGivesNone() {
    assertThat(RussianCaseStems.of("рим")).isEmpty();
    assertThat(RussianCaseStems.of("iran")).isEmpty();
    assertThat(RussianCaseStems.of("Иран")).isEmpty();
  }
}
