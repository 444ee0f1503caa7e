package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storylink.core.Article;
import dev.storylink.core.InputException;
import dev.storylink.features.CorpusStats;
import dev.storylink.features.FeatureExtractor;
import org.junit.jupiter.api.Test;

class LinguaLanguageIdentifierTest {
  private static final LinguaLanguageIdentifier ID = new LinguaLanguageIdentifier();

  @Test
  void aTextOfOneLetterWordsIsInNoLanguageLikeOneOfDigits() {
    // session 23: "x y z" was Polish; a text needs three letters in words of two or more
    assertThat(ID.identify("x y z")).isEqualTo("und");
    assertThat(ID.identify("12345 67890")).isEqualTo("und");
    assertThat(ID.identify("a 1 b 2 c 3 !")).isEqualTo("und");
    assertThat(LinguaLanguageIdentifier.wordLetters("بِسْمِ"))
        .as("harakat inside the word")
        .isEqualTo(3);
    assertThat(LinguaLanguageIdentifier.wordLetters("می‌رود")).isEqualTo(5);
    assertThat(ID.identify("Putin spoke")).isEqualTo("en");
    FeatureExtractor fx = new FeatureExtractor(CorpusStats.background(), ID);
    for (String text : new String[] {"x y z", "12345 67890"}) {
      assertThatThrownBy(() -> fx.withSupportedLanguage(Article.of("t", "und", text)))
          .as(text)
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("t: could not identify the language");
    }
  }

  @Test
  void tellsArabicPersianAndUrduApart() {
    assertThat(
            ID.identify("أعلن الكرملين أن الرئيس الروسي تحدث هاتفيا مع نظيره الإيراني اليوم السبت"))
        .isEqualTo("ar");
    assertThat(
            ID.identify(
                "رئیس جمهور روسیه در گفتگوی تلفنی با همتای ایرانی خود درباره سوریه صحبت کرد"))
        .isEqualTo("fa");
    assertThat(ID.identify("روسی صدر نے ایرانی ہم منصب سے ٹیلی فون پر شام کی صورتحال پر بات کی ہے"))
        .isEqualTo("ur");
  }

  @Test
  void identifiesEuropeanLanguagesAndTurkish() {
    assertThat(
            ID.identify(
                "The Kremlin said the Russian president spoke with his Iranian counterpart."))
        .isEqualTo("en");
    assertThat(
            ID.identify(
                "Der Kreml teilte mit, der russische Präsident habe mit Teheran telefoniert."))
        .isEqualTo("de");
    assertThat(
            ID.identify(
                "Kremlin, Rusya Devlet Başkanı'nın İranlı mevkidaşıyla telefonda görüştüğünü açıkladı."))
        .isEqualTo("tr");
    assertThat(
            ID.identify(
                "Кремль сообщил, что президент России провел телефонный разговор с Тегераном."))
        .isEqualTo("ru");
  }

  @Test
  void languagesWithAScriptOfTheirOwnAreIdentifiedByIt() {
    assertThat(ID.identify("俄罗斯总统普京与伊朗总统鲁哈尼通电话")).isEqualTo("zh");
    assertThat(ID.identify("プーチン大統領はイランのロウハニ大統領と電話で会談した")).isEqualTo("ja");
    assertThat(ID.identify("푸틴 대통령은 로하니 대통령과 전화 통화를 했다")).isEqualTo("ko");
    assertThat(ID.identify("Ο Πούτιν μίλησε τηλεφωνικά με τον Ροχανί")).isEqualTo("el");
    assertThat(ID.identify("פוטין שוחח בטלפון עם רוחאני")).isEqualTo("he");
    assertThat(ID.identify("पुतिन ने रूहानी से फोन पर बात की")).isEqualTo("hi");
    // a Latin text quoting a few Chinese characters is still identified by Lingua
    assertThat(ID.identify("The Chinese word 新闻 means news, and the reporters said so again."))
        .isEqualTo("en");
  }

  @Test
  void everyIso639CodeIsAKnownLanguage() {
    assertThat(Languages.isKnown("zh")).isTrue();
    assertThat(Languages.isKnown("he")).isTrue();
    assertThat(Languages.isKnown("sv")).isTrue();
    assertThat(Languages.isKnown("tlh")).isFalse();
    assertThat(Languages.isKnown("xx")).isFalse();
    assertThat(Languages.IDENTIFIED).startsWith("ar", "fa", "ur").contains("zh", "ko", "el", "he");
  }

  @Test
  void stopWordsOfAnyLanguageWithoutRecursion() {
    // an unsupported language once made the stop-word cache recurse ("Recursive update")
    assertThat(Stopwords.of("zh")).isEmpty();
    assertThat(Stopwords.of("el")).isNotEmpty();
    assertThat(Stopwords.of("he")).contains("של", "על");
    assertThat(Stopwords.of("sv")).contains("och");
  }

  @Test
  void answersUndForTextWithoutLetters() {
    assertThat(ID.identify("12 34 !!")).isEqualTo("und");
    assertThat(ID.identify("")).isEqualTo("und");
  }
}
