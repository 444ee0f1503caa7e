package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import dev.storylink.text.TextAnalysis;
import dev.storylink.text.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The link features' names and numbers of two Persian reports of different events (the user run of
 * session 23: an explosion in Ludwigshafen, floods in Valencia), which shared the verb برجای گذاشت
 * "left behind", the month آذر and the year ۱۴۰۵ as names and a number: the rules of {@link
 * NameRules#verbOrDatePart} and {@link Quantities#linkNumbers}.
 */
class PersianVerbAndDateNamesTest {
  private static final FeatureExtractor EXTRACTOR =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  static final String FA1 =
      "انفجار در کارخانه شیمیایی لودویگسهافن آلمان ۹ کشته برجای گذاشت\n\n"
          + "انفجار در یک کارخانه مواد شیمیایی در شهر لودویگسهافن آلمان روز شنبه ۷ آذر ۱۴۰۵"
          + " دست‌کم ۹ کارگر را کشت و ۲۳ نفر را زخمی کرد.";
  static final String FA2 =
      "سیل در والنسیا چهار کشته برجای گذاشت\n\n"
          + "سیل ناگهانی در منطقه والنسیا اسپانیا روز یکشنبه ۸ آذر ۱۴۰۵ جان چهار نفر را گرفت و"
          + " ۱۲۰۰ نفر از ساکنان را مجبور به ترک خانه‌های خود کرد.";

  private static List<String> names(ArticleFeatures f) {
    return f.names().stream().flatMap(m -> m.surfaces().stream()).toList();
  }

  private static List<String> numbers(ArticleFeatures f) {
    return f.numbers().stream().map(Mention::key).toList();
  }

  @Test
  void theUserRunsReportsShareNoVerbMonthOrYear() {
    ArticleFeatures a = EXTRACTOR.extract(Article.of("fa1", "fa", FA1));
    ArticleFeatures b = EXTRACTOR.extract(Article.of("fa2", "fa", FA2));
    for (ArticleFeatures f : List.of(a, b)) {
      assertThat(names(f)).doesNotContain("برجای", "گذاشت", "آذر", "کرد");
      assertThat(numbers(f)).doesNotContain("1405");
    }
    assertThat(numbers(a)).contains("23");
    assertThat(numbers(b)).contains("1200");
  }

  private static boolean verbOrDatePart(String text, String surface) {
    List<Token> tokens = TextAnalysis.analyze(text, "fa").tokens();
    List<CalendarDates.DateMention> dates =
        CalendarDates.find(text, tokens, "fa", Optional.empty());
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).surface().equals(surface)) {
        return NameRules.verbOrDatePart(tokens, i, "fa", dates);
      }
    }
    throw new AssertionError(surface);
  }

  @Test
  void aPersianLightVerbIsNoName() {
    assertThat(verbOrDatePart("سیل چهار کشته برجای گذاشت", "گذاشت")).isTrue();
    assertThat(verbOrDatePart("او از کوه سقوط کرد", "کرد")).isTrue();
  }

  @Test
  void aLightVerbIsNoFactName() {
    List<Token> tokens = TextAnalysis.analyze(FA1, "fa").tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).surface().equals("گذاشت")) {
        double idf = CorpusStats.background().idf(tokens.get(i).term());
        assertThat(
                NameRules.isFactName(
                    tokens,
                    i,
                    2,
                    idf,
                    NameRules.rareIdf(CorpusStats.background()),
                    java.util.function.UnaryOperator.identity(),
                    dev.storylink.core.Article.UNKNOWN_LANG))
            .isFalse();
        return;
      }
    }
    throw new AssertionError("گذاشت");
  }

  @Test
  void theWordBeforeALightVerbIsNoName() {
    assertThat(verbOrDatePart("سیل چهار کشته برجای گذاشت", "برجای")).isTrue();
    assertThat(verbOrDatePart("او از کوه سقوط کرد", "سقوط")).isTrue();
    // a name followed by another word stays a name
    assertThat(verbOrDatePart("سیل در والنسیا چهار کشته برجای گذاشت", "والنسیا")).isFalse();
    // only in Persian text: Arabic كرد is "Kurds"
    List<Token> ar = TextAnalysis.analyze("قاتل المقاتلون كرد", "ar").tokens();
    assertThat(NameRules.verbOrDatePart(ar, 1, "ar", List.of())).isFalse();
  }

  @Test
  void aMonthInAWrittenDateIsNoName() {
    assertThat(verbOrDatePart("روز شنبه ۷ آذر ۱۴۰۵ انفجار رخ داد", "آذر")).isTrue();
    // without a day number the word is no date here (آذر is also a given name)
    assertThat(verbOrDatePart("آذر نوری گفت", "آذر")).isFalse();
  }

  @Test
  void theYearOfAHijriDateIsNoLinkNumber() {
    String text = "روز شنبه ۷ آذر ۱۴۰۵ دست‌کم ۹ کارگر کشته و ۲۳ نفر زخمی شدند";
    List<Token> tokens = TextAnalysis.analyze(text, "fa").tokens();
    List<CalendarDates.DateMention> dates =
        CalendarDates.find(text, tokens, "fa", Optional.empty());
    assertThat(Quantities.linkNumbers(text, dates).stream().map(Quantities.Found::key))
        .containsExactly("23");
    // a count of 1405 outside a date stays a number
    String count = "۱۴۰۵ نفر زخمی شدند";
    assertThat(Quantities.linkNumbers(count, List.of()).stream().map(Quantities.Found::key))
        .containsExactly("1405");
  }
}
