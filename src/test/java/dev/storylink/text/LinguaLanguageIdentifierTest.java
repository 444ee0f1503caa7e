package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguaLanguageIdentifierTest {
  private static final LinguaLanguageIdentifier ID = new LinguaLanguageIdentifier();

  @Test
  void tellsArabicPersianAndUrduApart() {
    assertThat(ID.identify("أعلن الكرملين أن الرئيس الروسي تحدث هاتفيا مع نظيره الإيراني اليوم السبت"))
        .isEqualTo("ar");
    assertThat(ID.identify("رئیس جمهور روسیه در گفتگوی تلفنی با همتای ایرانی خود درباره سوریه صحبت کرد"))
        .isEqualTo("fa");
    assertThat(ID.identify("روسی صدر نے ایرانی ہم منصب سے ٹیلی فون پر شام کی صورتحال پر بات کی ہے"))
        .isEqualTo("ur");
  }

  @Test
  void identifiesEuropeanLanguagesAndTurkish() {
    assertThat(ID.identify("The Kremlin said the Russian president spoke with his Iranian counterpart."))
        .isEqualTo("en");
    assertThat(ID.identify("Der Kreml teilte mit, der russische Präsident habe mit Teheran telefoniert."))
        .isEqualTo("de");
    assertThat(ID.identify("Kremlin, Rusya Devlet Başkanı'nın İranlı mevkidaşıyla telefonda görüştüğünü açıkladı."))
        .isEqualTo("tr");
    assertThat(ID.identify("Кремль сообщил, что президент России провел телефонный разговор с Тегераном."))
        .isEqualTo("ru");
  }

  @Test
  void answersUndForTextWithoutLetters() {
    assertThat(ID.identify("12 34 !!")).isEqualTo("und");
    assertThat(ID.identify("")).isEqualTo("und");
  }
}
