package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void scriptTableAgreesWithIcuEverywhere() {
    for (int cp = 0; cp <= 0x10000 + 0x3000; cp++) {
      assertThat(Scripts.script(cp)).as("U+%04X", cp).isEqualTo(UScript.getScript(cp));
    }
    assertThat(Scripts.script(0x1F600)).isEqualTo(UScript.getScript(0x1F600));
    assertThat(Scripts.script('پ')).isEqualTo(UScript.ARABIC);
    assertThat(Scripts.script('ж')).isEqualTo(UScript.CYRILLIC);
    assertThat(Scripts.scriptOf("12 Путин")).isEqualTo(UScript.CYRILLIC);
  }

  @Test
  void arabicScriptTest() {
    assertThat(Scripts.hasArabicScript("Putin")).isFalse();
    assertThat(Scripts.hasArabicScript("Putin بوتين")).isTrue();
    assertThat(Scripts.hasArabicScript("\uFEFB")).isTrue();
    assertThat(Scripts.isArabicScript('\u05D0')).isFalse();
  }
}
