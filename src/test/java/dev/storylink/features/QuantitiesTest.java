package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static List<String> numbers(String s) {
    return Quantities.numbers(s).stream().map(Quantities.Found::key).toList();
  }

  private static List<String> dates(String s, String lang) {
    return Quantities.dates(s, TextAnalysis.analyze(s, lang).tokens()).stream()
        .map(Quantities.Found::key)
        .toList();
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
  void keepsSmallNumbersWithADecimalPart() {
    // a magnitude or a rate says which event it is, where a bare 3 does not
    assertThat(numbers("an earthquake of magnitude 6.1 and 3 aftershocks")).containsExactly("6.1");
    assertThat(numbers("زلزله‌ای به بزرگی ۶.۱ ریشتر")).containsExactly("6.1");
  }

  @Test
  void findsDatesWithLocalMonthNames() {
    assertThat(dates("Am 29. Februar 2020 telefonierte er", "de")).containsExactly("2020-02-29");
    assertThat(dates("On February 29 they spoke", "en")).containsExactly("02-29");
    assertThat(dates("في 29 فبراير أجرى روحاني اتصالا", "ar")).containsExactly("02-29");
  }

  @Test
  void numbersGluedToWordsOfScriptsWithoutSpaces() {
    assertThat(numbers("伊朗已有43人死亡，593人感染")).containsExactly("43", "593");
    assertThat(numbers("코로나바이러스로 43명이 숨지고")).containsExactly("43");
    assertThat(numbers("A320 and F16")).isEmpty();
  }

  @Test
  void findsChineseJapaneseAndKoreanDates() {
    assertThat(dates("普京2020年2月29日与鲁哈尼通电话", "zh")).containsExactly("2020-02-29");
    assertThat(dates("プーチン氏は2月29日に電話した", "ja")).containsExactly("02-29");
    assertThat(dates("푸틴은 2월 29일 통화했다", "ko")).containsExactly("02-29");
    assertThat(dates("Ο Πούτιν μίλησε στις 29 Φεβρουαρίου", "el")).containsExactly("02-29");
  }

  @Test
  void findsNumericDates() {
    assertThat(dates("Published 2020-02-29 and 01/03/2020", "en"))
        .containsExactly("2020-02-29", "2020-03-01");
  }
}
