package dev.storylink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link EventDays} (slack 0: the same day). */
class EventDaysTest {
  private static EventDays of(String... keys) {
    EventDays d = new EventDays();
    for (String k : keys) {
      d.add(k);
    }
    return d;
  }

  @Test
  void datesWithYearsAgreeOnTheSameDayOnly() {
    EventDays event = of("2013-09-13");
    assertThat(event.near("2013-09-13")).isTrue();
    assertThat(event.near("2013-09-14")).isFalse();
    // the same month and day in another year is another date
    assertThat(event.near("2012-09-13")).isFalse();
  }

  @Test
  void aDateWithoutAYearAgreesWithAnyYears() {
    assertThat(of("2013-09-13").near("09-13")).isTrue();
    assertThat(of("2013-09-13").near("09-14")).isFalse();
    assertThat(of("09-13").near("2005-09-13")).isTrue();
    assertThat(of("09-13").near("2005-09-12")).isFalse();
  }

  @Test
  void leapDaysCount() {
    assertThat(of("02-29").near("02-29")).isTrue();
    assertThat(of("02-29").near("03-01")).isFalse();
  }

  @Test
  void emptyUntilADayIsAdded() {
    assertThat(new EventDays().isEmpty()).isTrue();
    assertThat(of("02-30").isEmpty()).isTrue();
    assertThat(of("02-30").near("02-30")).isFalse();
  }
}
