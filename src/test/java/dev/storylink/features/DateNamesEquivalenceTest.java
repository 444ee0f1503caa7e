package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storylink.core.RealNews;
import dev.storylink.core.Resources;
import dev.storylink.text.Languages;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 22: months and holidays are looked up once per token in one lexicon ({@link
 * CalendarTables#dateNameAt}); it must find at every token what the month look-up, then the holiday
 * look-up of session 21 found (the month look-up, then the holiday look-up of {@link
 * HolidayDates#of}, each {@link #nameAt}).
 */
class DateNamesEquivalenceTest {

  /** Session 21's rule: the month at the token, else the language's holiday at it. */
  private static TermLexicon.Entry<?> old(List<Token> tokens, int i, String lang) {
    TermLexicon.Entry<CalendarTables.Month> month =
        nameAt(CalendarTables.months(), tokens, i, lang);
    if (month != null) {
      return month;
    }
    Optional<TermLexicon<HolidayDates.Day>> holidays = HolidayDates.of(lang);
    return holidays.isEmpty() ? null : nameAt(holidays.get(), tokens, i, lang);
  }

  /**
   * Session 21's look-up of one lexicon: its first (longest) entry named at {@code tokens[i]}, else
   * the one the token's part before an apostrophe names, or {@code null} when none.
   */
  private static <T> TermLexicon.Entry<T> nameAt(
      TermLexicon<T> lexicon, List<Token> tokens, int i, String lang) {
    List<TermLexicon.Entry<T>> found = lexicon.matchAt(tokens, i, lang);
    if (found.isEmpty()) {
      Token cut = CalendarTables.beforeApostrophe(tokens.get(i));
      if (cut != null) {
        found = lexicon.matchAt(List.of(cut), 0, lang);
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /** Compares old and new at every token of {@code text} read as {@code lang}; returns the hits. */
  private static int compare(String text, String lang) {
    List<Token> tokens = TextAnalysis.analyze(text, lang).tokens();
    TermLexicon<DateName> names = CalendarTables.dateNames(lang);
    int hits = 0;
    for (int i = 0; i < tokens.size(); i++) {
      TermLexicon.Entry<?> want = old(tokens, i, lang);
      TermLexicon.Entry<DateName> got = CalendarTables.dateNameAt(names, tokens, i, lang);
      assertThat(Objects.equals(got, want))
          .as(lang + " token " + i + " " + tokens.get(i) + ": " + got + " against " + want)
          .isTrue();
      hits += want == null ? 0 : 1;
    }
    return hits;
  }

  @Test
  void everyHolidayAndMonthNameWithSuffixesAndCliticsInEveryLanguage() {
    StringBuilder all = new StringBuilder();
    for (String line : Resources.text(HolidayDates.class, "holiday-dates.tsv").split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 4 && !line.startsWith("#")) {
        // the name alone, with a year, a Turkish suffix, a glued Arabic conjunction and a day
        all.append(f[3])
            .append(" 2019. ")
            .append(f[3])
            .append("'de ve ")
            .append('و')
            .append(f[3])
            .append(" 12 ")
            .append(f[3])
            .append(".\n");
      }
    }
    String months =
        "12 Mart'ta, 1 Şubat’ta, 29 février, 29 февраля, ۱۰ اسفند ۱۳۹۸، ٥ رجب ١٤٤١ هـ، 3 كانون"
            + " الثاني، وفبراير، 4 جانفي، 14 ژانویه، 2 جنوری، Noel'de 25 Aralık, Nevruz’da, Christmas"
            + " Eve, December 24, New Year's Eve, Sept 3, 12. Mai, 12 maja, Navidad 2019.";
    int hits = 0;
    List<String> langs = new ArrayList<>(Languages.IDENTIFIED);
    langs.add("sw");
    for (String lang : langs) {
      hits += compare(all + months, lang);
    }
    assertThat(hits).isGreaterThan(500);
  }

  @Test
  void realNewsInEveryLanguageOfTheData() {
    int hits = 0;
    int texts = 0;
    for (JsonNode n : RealNews.withEcb()) {
      String lang = n.path("lang").asText("en");
      if (texts++ % 3 == 0) { // a third of them keeps the test quick
        hits += compare(n.path("title").asText() + "\n" + n.path("text").asText(), lang);
      }
    }
    assertThat(hits).isGreaterThan(100);
  }
}
