package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearsTest {
  @Test
  void findsFourDigitYearsInRangeAsWords() {
    long m =
        Years.of("Hired in 2005, fired on 13 December 2008; 12005 and 1899 and 2005a are not.");
    assertThat(m).isEqualTo((1L << (2005 - Years.FIRST)) | (1L << (2008 - Years.FIRST)));
    assertThat(Years.latest(m)).isEqualTo(2008);
    assertThat(Years.of("no years here, only 52 000 fans")).isZero();
  }

  @Test
  void readsDigitsOfAnyScriptAndTheTitle() {
    assertThat(Years.of("سال ۲۰۰۵ و ٢٠٠٨")).isEqualTo(Years.of("2005 2008"));
    assertThat(Years.of("x۲۰۰۵ ۲۰۰۵x ١٢٠٠٥")).isZero();
    Article a =
        new Article("a", "en", "Fired in 2008", "He was hired in 2005.", Optional.empty(), "", "");
    assertThat(Years.of(a)).isEqualTo(Years.of("2005 2008"));
  }

  @Test
  void lettersOfAnyScriptAndPunctuationAroundTheDigits() {
    assertThat(Years.of("é2005 2005ж (2006) [2007] 2008.")).isEqualTo(Years.of("2006 2007 2008"));
    assertThat(Years.of("２００５")).isEqualTo(Years.of("2005")); // full-width digits
    assertThat(Years.of("2005")).isEqualTo(1L << (2005 - Years.FIRST));
    assertThat(Years.of("@2005` {2006}")).isEqualTo(Years.of("2005 2006"));
  }

  @Test
  void latestOfAnEmptyMaskIsAnError() {
    assertThatThrownBy(() -> Years.latest(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
