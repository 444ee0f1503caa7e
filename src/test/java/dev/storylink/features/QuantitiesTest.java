package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static List<String> numbers(String s) {
    return Quantities.numbers(s).stream().map(Quantities.Found::key).toList();
  }

  @Test
  void readsArabicIndicAndPersianDigits() {
    assertThat(numbers("ارتفع عدد الضحايا إلى ٤٣ والمصابين إلى ٥٩٣")).containsExactly("43", "593");
    assertThat(numbers("تعداد مبتلایان به ۵۹۳ نفر رسید")).containsExactly("593");
  }

  @Test
  void joinsThousandsGroupsAndReadsDecimalCommas() {
    assertThat(numbers("200.000 Euro Schaden")).containsExactly("200000");
    assertThat(numbers("1,000 people and 13,5 percent")).containsExactly("1000", "13.5");
  }

  @Test
  void leavesOutSmallNumbersYearsAndModelNames() {
    assertThat(numbers("In 2020, 3 F16 jets flew")).isEmpty();
  }

  @Test
  void aTimeOfDayIsNoFigureOfAFact() {
    // "at 11:12 a climber died": the hour and the minutes are a time, not 11 and 12 of something
    assertThat(figures("ساعت ۱۱:۱۲ یک کوهنورد جان باخت و ۴۳ نفر زخمی شدند")).containsExactly("43");
    assertThat(figures("The crash happened at 13:26 and injured 17 people")).containsExactly("17");
    assertThat(figures("وقع الحادث الساعة ١٣:٢٦ وأصيب ١٧ شخصا")).containsExactly("17");
    assertThat(numbers("The crash happened at 13:26")).as("the link features' reading").hasSize(2);
  }

  private static List<String> figures(String s) {
    return Quantities.numbers(s, List.of()).stream().map(Quantities.Found::key).toList();
  }

  @Test
  void keepsSmallNumbersWithADecimalPart() {
    // a magnitude or a rate says which event it is, where a bare 3 does not
    assertThat(numbers("an earthquake of magnitude 6.1 and 3 aftershocks")).containsExactly("6.1");
    assertThat(numbers("زلزله‌ای به بزرگی ۶.۱ ریشتر")).containsExactly("6.1");
  }

  @Test
  void numbersGluedToWordsOfScriptsWithoutSpaces() {
    assertThat(numbers("伊朗已有43人死亡，593人感染")).containsExactly("43", "593");
    assertThat(numbers("코로나바이러스로 43명이 숨지고")).containsExactly("43");
    assertThat(numbers("A320 and F16")).isEmpty();
  }

  private static List<String> numbersOutsideDates(String lang, String s) {
    List<CalendarDates.DateMention> dates =
        CalendarDates.find(
            s,
            dev.storylink.text.TextAnalysis.analyze(s, lang).tokens(),
            lang,
            java.util.Optional.empty());
    return Quantities.numbers(s, dates).stream().map(Quantities.Found::key).toList();
  }

  @Test
  void aDatesDayAndYearAreNoFigures() {
    assertThat(numbers("on 12 March 43 people died")).containsExactly("12", "43");
    assertThat(numbersOutsideDates("en", "on 12 March 43 people died")).containsExactly("43");
    assertThat(numbersOutsideDates("tr", "12 Mart'ta 43 kişi öldü")).containsExactly("43");
    assertThat(numbersOutsideDates("ar", "في ١٢ آذار توفي ٤٣ شخصا")).containsExactly("43");
    // the Solar Hijri year is no figure either, nor a numeric date's day and month
    assertThat(numbersOutsideDates("fa", "۱۲ اسفند ۱۳۹۸ تعداد ۴۳ نفر")).containsExactly("43");
    assertThat(numbersOutsideDates("de", "am 29.02.2020 starben 43 Menschen"))
        .containsExactly("43");
  }
}
