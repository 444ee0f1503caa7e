package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link EventDays}. */
class EventDaysTest {
  private static EventDays of(String... keys) {
    EventDays d = new EventDays();
    for (String k : keys) {
      d.add(k);
    }
    return d;
  }

  @Test
  void datesWithYearsADayApartAgree() {
    EventDays event = of("2013-09-13");
    assertThat(event.near("2013-09-14")).isTrue();
    assertThat(event.near("2013-09-12")).isTrue();
    assertThat(event.near("2013-09-15")).isFalse();
    // the same month and day in another year is another date
    assertThat(event.near("2012-09-13")).isFalse();
  }

  @Test
  void aDateWithoutAYearAgreesWithAnyYearsDayApart() {
    EventDays event = of("2013-09-13");
    assertThat(event.near("09-14")).isTrue();
    assertThat(event.near("09-15")).isFalse();
    EventDays yearless = of("09-13");
    assertThat(yearless.near("2005-09-12")).isTrue();
    assertThat(yearless.near("2005-09-11")).isFalse();
  }

  @Test
  void acrossTheTurnOfTheYear() {
    assertThat(of("12-31").near("01-01")).isTrue();
    assertThat(of("2013-12-31").near("2014-01-01")).isTrue();
    assertThat(of("2013-12-31").near("2013-01-01")).isFalse();
  }

  @Test
  void monthsAndDaysCountInALeapYear() {
    assertThat(of("02-28").near("03-01")).isFalse();
    assertThat(of("02-29").near("03-01")).isTrue();
  }

  @Test
  void emptyUntilADayIsAdded() {
    assertThat(new EventDays().isEmpty()).isTrue();
    assertThat(of("02-30").isEmpty()).isTrue();
    assertThat(of("02-30").near("02-30")).isFalse();
  }
}
