package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.Languages;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The day-word tables: the bit filter in front of each map answers as the map does. */
class CalendarTablesTest {
  private static final List<String> LANGUAGES = new ArrayList<>(Languages.IDENTIFIED);

  static {
    LANGUAGES.add("sw"); // no day words of its own: those of every language
  }

  private static String term(String word, String lang) {
    List<Token> tokens = TextAnalysis.analyze(word, lang).tokens();
    return tokens.isEmpty() ? word : tokens.get(0).term();
  }

  @Test
  void theFilterAnswersAsTheMapForEveryDayWordOfEveryLanguageAndOrdinaryWords() {
    Set<String> terms = new LinkedHashSet<>();
    for (String lang : LANGUAGES) {
      terms.addAll(DayWords.forLanguage(lang).words().keySet());
    }
    String text =
        "روز شنبه در تهران هفته آینده وزیران دیدار کردند. يوم السبت أمس في دمشق قالت الحكومة."
            + " ہفتہ کے روز اسلام آباد میں گزشتہ روز وزیر اعظم نے کہا. On Saturday the minister said"
            + " yesterday. В субботу вчера Путин заявил. Am Samstag sagte gestern die Regierung.";
    for (String lang : List.of("fa", "ar", "ur", "en", "ru", "de")) {
      for (Token t : TextAnalysis.analyze(text, lang).tokens()) {
        terms.add(t.term());
      }
    }
    assertThat(terms).hasSizeGreaterThan(100);
    for (String lang : LANGUAGES) {
      DayWords words = DayWords.forLanguage(lang);
      for (String t : terms) {
        assertThat(words.of(t)).as(lang + " " + t).isEqualTo(words.words().getOrDefault(t, 0));
      }
    }
  }

  @Test
  void eachLanguageReadsItsOwnDayWords() {
    assertThat(DayWords.forLanguage("en").of(term("Saturday", "en"))).isEqualTo(6);
    assertThat(DayWords.forLanguage("ar").of(term("أمس", "ar"))).isEqualTo(DayWords.YESTERDAY);
    // Urdu ہفتہ (Saturday) folds to Persian هفته (week): a weekday only in Urdu text
    assertThat(DayWords.forLanguage("ur").of(term("ہفتہ", "ur"))).isEqualTo(6);
    assertThat(DayWords.forLanguage("fa").of(term("هفته", "fa"))).isZero();
    assertThat(DayWords.forLanguage("sw").of(term("Saturday", "en"))).isEqualTo(6);
  }

  @Test
  void aTermIsCutAtItsFirstApostropheAfterTwoCharacters() {
    Token mart = new Token("Mart'ta", "mart'ta", 0, 7, 0, true, false);
    assertThat(CalendarTables.beforeApostrophe(mart).term()).isEqualTo("mart");
    Token curly = new Token("Şubat’ta", "şubat’ta", 3, 11, 1, true, false);
    Token cut = CalendarTables.beforeApostrophe(curly);
    assertThat(cut.term()).isEqualTo("şubat");
    assertThat(cut.start()).isEqualTo(3);
    assertThat(cut.end()).isEqualTo(11);
    assertThat(
            CalendarTables.beforeApostrophe(new Token("a'b'c", "a'b'c", 0, 5, 0, false, false))
                .term())
        .isEqualTo("a'b");
    assertThat(CalendarTables.beforeApostrophe(new Token("Mart", "mart", 0, 4, 0, true, false)))
        .isNull();
    assertThat(CalendarTables.beforeApostrophe(new Token("d'Or", "d'or", 0, 4, 0, false, false)))
        .isNull();
  }
}
