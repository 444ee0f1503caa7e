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
}
