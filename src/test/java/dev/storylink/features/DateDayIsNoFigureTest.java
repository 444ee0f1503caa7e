package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.core.Article;
import dev.storylink.text.LinguaLanguageIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A day of the month written in a date is the date's, not one of the article's figures. */
class DateDayIsNoFigureTest {
  private static final FeatureExtractor FX =
      new FeatureExtractor(CorpusStats.background(), new LinguaLanguageIdentifier());

  private static ArticleFeatures features(String lang, String text) {
    return FX.extract(
        new Article(
            "d-" + lang, lang, "", text, Optional.of(LocalDate.parse("2025-03-20")), "", ""));
  }

  private static List<String> figures(String lang, String text) {
    return features(lang, text).numbers().stream().map(Mention::key).toList();
  }

  private static List<String> dates(String lang, String text) {
    return features(lang, text).dates().stream().map(Mention::key).toList();
  }

  @Test
  void theDayOfADateIsNoFigureInAnyLanguageOrCalendar() {
    String en = "The flood on 12 March killed 52 people, and on March 14 another 17 were missing.";
    assertThat(figures("en", en)).containsExactlyInAnyOrder("52", "17");
    assertThat(dates("en", en)).hasSize(2);
    assertThat(figures("de", "Am 12. März 2025 starben 52 Menschen bei dem Hochwasser."))
        .containsExactly("52");
    assertThat(figures("fa", "سیل روز ۱۲ اسفند ۱۴۰۳ جان ۵۲ نفر را گرفت."))
        .as("the Solar Hijri year goes with its date too")
        .containsExactly("52");
    assertThat(figures("ar", "أودت الفيضانات في 12 مارس بحياة 52 شخصا.")).containsExactly("52");
    assertThat(figures("tr", "Selde 12 kişi öldü.")).as("no date: a figure").containsExactly("12");
  }

  @Test
  void theTextOnlyVersionStillCountsEveryNumber() {
    assertThat(Quantities.numbers("on 12 March 52 people"))
        .extracting(Quantities.Found::key)
        .containsExactly("12", "52");
  }
}
