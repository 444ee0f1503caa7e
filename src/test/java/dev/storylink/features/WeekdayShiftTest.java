package dev.storylink.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storylink.text.TextAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link WeekdayTense#shift}: "last" and "next" next to a weekday. */
class WeekdayShiftTest {
  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2020, 2, 28);

  private static List<LocalDate> days(String lang, String text, LocalDate published) {
    return CalendarDates.find(
            text, TextAnalysis.analyze(text, lang).tokens(), lang, Optional.of(published))
        .stream()
        .map(d -> d.day().orElseThrow())
        .toList();
  }

  @Test
  void lastWeekdayOnThatWeekdayIsAWeekBack() {
    assertThat(days("en", "The plant closed last Friday.", FRIDAY))
        .containsExactly(LocalDate.of(2020, 2, 21));
    // without "last" the same weekday is the day itself
    assertThat(days("en", "The plant closed on Friday.", FRIDAY)).containsExactly(FRIDAY);
    // on another day "last Wednesday" is the latest Wednesday
    assertThat(days("en", "The plant closed last Wednesday.", FRIDAY))
        .containsExactly(LocalDate.of(2020, 2, 26));
  }

  @Test
  void nextWeekdayIsAheadWithoutAFutureMarker() {
    // "is expected to appear" has no future marker: "next" alone puts Monday ahead
    assertThat(days("en", "He is expected to appear in court next Monday.", FRIDAY))
        .containsExactly(LocalDate.of(2020, 3, 2));
    assertThat(days("en", "The vote is next Friday.", FRIDAY))
        .containsExactly(LocalDate.of(2020, 3, 6));
  }

  @Test
  void lastAndNextInOtherLanguages() {
    LocalDate lastFriday = LocalDate.of(2020, 2, 21);
    LocalDate nextMonday = LocalDate.of(2020, 3, 2);
    assertThat(days("de", "Das Werk schloss am vergangenen Freitag.", FRIDAY))
        .containsExactly(lastFriday);
    assertThat(days("fr", "L'usine a fermé vendredi dernier.", FRIDAY)).containsExactly(lastFriday);
    assertThat(days("es", "La fábrica cerró el viernes pasado.", FRIDAY))
        .containsExactly(lastFriday);
    assertThat(days("it", "La fabbrica ha chiuso venerdì scorso.", FRIDAY))
        .containsExactly(lastFriday);
    assertThat(days("de", "Die Abstimmung ist am nächsten Montag.", FRIDAY))
        .containsExactly(nextMonday);
    assertThat(days("fr", "Le vote a lieu lundi prochain.", FRIDAY)).containsExactly(nextMonday);
    assertThat(days("es", "La votación es el próximo lunes.", FRIDAY)).containsExactly(nextMonday);
  }

  @Test
  void theWordMustStandInTheWeekdaysSentence() {
    // "last" ends one sentence; Friday starts the next: the day itself
    assertThat(days("en", "It was the last. Friday came.", FRIDAY)).containsExactly(FRIDAY);
  }
}
