package dev.storylink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.features.CommonWords;
import org.junit.jupiter.api.Test;

class ResourcesTest {
  @Test
  void readsAPackagedWordListAsUtf8() {
    String text = Resources.text(CommonWords.class, "common-words.txt");
    assertThat(text).isNotBlank();
    assertThat(
            text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
        .as("Arabic-script entries decode as UTF-8")
        .isTrue();
  }

  @Test
  void aMissingResourceIsAPackagingErrorNamingIt() {
    assertThatThrownBy(() -> Resources.text(ResourcesTest.class, "no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing resource no-such-list.txt");
  }
}
