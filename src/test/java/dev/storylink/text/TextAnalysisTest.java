package dev.storylink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static List<String> terms(String text, String lang) {
    return TextAnalysis.analyze(text, lang).tokens().stream().map(Token::term).toList();
  }

  @Test
  void arabicAndPersianSpellingsGiveTheSameTerms() {
    assertThat(terms("روحاني وبوتين في أستانة", "ar")).contains("روحاني", "استانه");
    assertThat(terms("روحانی و پوتین در آستانه", "fa")).contains("روحاني", "استانه");
  }

  @Test
  void arabicDefiniteArticleIsStrippedOnlyForArabic() {
    assertThat(terms("الكرملين", "ar")).containsExactly("كرملين");
    assertThat(terms("البته", "fa")).containsExactly("البته");
  }

  @Test
  void latinTextIsCaseAndAccentFolded() {
    assertThat(terms("Erdoğan in Köln", "de")).containsExactly("erdogan", "in", "koln");
  }

  @Test
  void zwnjDoesNotSplitPersianWords() {
    assertThat(terms("رئیس\u200Cجمهور", "fa")).containsExactly("رييسجمهور");
    assertThat(terms("رئیسجمهور", "fa")).containsExactly("رييسجمهور");
  }

  @Test
  void persianDigitsBecomeAscii() {
    assertThat(terms("۵۹۳ نفر", "fa")).contains("593");
  }

  @Test
  void sentencesSplitOnPunctuationAndNewlines() {
    List<Sentence> s = TextAnalysis.sentences("First one. Second one!\nThird line");
    assertThat(s)
        .extracting(Sentence::text)
        .containsExactly("First one.", "Second one!", "Third line");
  }

  @Test
  void anOrdinalDayBeforeAMonthIsNoSentenceEnd() {
    assertThat(TextAnalysis.sentences("Die Brücke werde am 12. Mai geöffnet. Danach folgt Prag."))
        .extracting(Sentence::text)
        .containsExactly("Die Brücke werde am 12. Mai geöffnet.", "Danach folgt Prag.");
    assertThat(TextAnalysis.sentences("Most otwarto 3. Maja w Dreźnie."))
        .extracting(Sentence::text)
        .containsExactly("Most otwarto 3. Maja w Dreźnie.");
    // a number ending a sentence before a word that is no month still ends it
    assertThat(TextAnalysis.sentences("Es waren 12. Danach kam Prag.")).hasSize(2);
  }

  @Test
  void tokensKnowTheirSentenceAndCapitalisation() {
    List<Token> t = TextAnalysis.analyze("Putin met Rouhani. They spoke.", "en").tokens();
    assertThat(t.get(0).sentenceInitial()).isTrue();
    assertThat(t.get(2).capitalized()).isTrue();
    assertThat(t.get(4).sentence()).isEqualTo(1);
  }
}
