package dev.storylink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void regionsAreDroppedAndCaseIsFolded() {
    assertThat(Language.of("ar-EG")).isEqualTo(new Language("ar"));
    assertThat(Language.of("fa_IR").code()).isEqualTo("fa");
    assertThat(Language.of("en-US").code()).isEqualTo("en");
    assertThat(Language.of("es-419").code()).isEqualTo("es");
    assertThat(Language.of(" UR ").code()).isEqualTo("ur");
    assertThat(Language.of("ar").toString()).isEqualTo("ar");
  }

  @Test
  void undeterminedIsItsOwnValue() {
    assertThat(Language.of("und")).isEqualTo(Language.UNDETERMINED);
    assertThat(Language.UNDETERMINED.isUndetermined()).isTrue();
    assertThat(Language.of("de").isUndetermined()).isFalse();
  }

  @Test
  void anythingElseIsAClearError() {
    for (String bad :
        new String[] {"", "xx", "klingon", "eng", "ar-", "ar-EGYPT", "a", "fa IR", "ar-EG-x"}) {
      assertThatThrownBy(() -> Language.of(bad))
          .as(bad)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("ISO 639-1")
          .hasMessageContaining("ar-EG");
    }
  }

  @Test
  void theRecordHoldsOnlyValidatedLowercaseCodes() {
    assertThatThrownBy(() -> new Language("EN")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Language("xx")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Language("en-US")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Language(null)).isInstanceOf(NullPointerException.class);
  }
}
